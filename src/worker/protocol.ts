import type { Actor, AnalyzedArticle, CaseAnalysis, Row } from '../core/types.ts';
import type { AnalysisJob } from './runner.ts';

/** Main thread → worker. */
export interface AnalyzeRequest {
  id: number;
  job: AnalysisJob;
  /**
   * When set, a big result comes as 'part' messages (slices of this many articles, rows and actors) before
   * 'done' (the rest): each message is decoded in its own task, so no single main-thread task copies
   * the whole result (one 1,000-article result took ~250 ms to decode).
   */
  partSize?: number;
}

/** A slice of the result ahead of 'done' (only when the request set `partSize`). */
export interface AnalyzePartMessage {
  id: number;
  type: 'part';
  articles: AnalyzedArticle[];
  rows: Row[];
  actors: Actor[];
}

/** Everything the worker posts. */
export type WorkerMessage = AnalyzeMessage | AnalyzePartMessage;

/** Worker → main thread. */
export type AnalyzeMessage =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; result: CaseAnalysis }
  | { id: number; type: 'error'; reason: string }
  /** The worker's analysis code was loaded for other languages than this case's: run it in a new worker. */
  | { id: number; type: 'restart' };
