import type { CaseAnalysis } from '../core/types.ts';
import type { AnalysisJob } from '../store/runner.ts';

/** Main thread → worker. */
export interface AnalyzeRequest {
  id: number;
  job: AnalysisJob;
}

/** Worker → main thread. */
export type AnalyzeMessage =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; result: CaseAnalysis }
  | { id: number; type: 'error'; reason: string };
