import type { AnalyzeOptions, ArticleInput, CaseAnalysis } from '../core/types.ts';

/** Everything an analysis run needs, in a form that can be posted to a worker. */
export interface AnalysisJob {
  inputs: ArticleInput[];
  options: Omit<AnalyzeOptions, 'onProgress'>;
}

/**
 * Runs `analyzeCase` somewhere (a Web Worker in the browser, the main thread in tests) and resolves with
 * the result; rejects when `signal` aborts. Injected into makeStore so tests control it.
 */
export type AnalysisRunner = (
  job: AnalysisJob,
  onProgress: (fraction: number, stage: string) => void,
  signal: AbortSignal,
) => Promise<CaseAnalysis>;
