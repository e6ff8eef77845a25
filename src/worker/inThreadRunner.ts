import type { AnalysisRunner } from './runner.ts';

/**
 * Runs the analysis on the calling thread (tests, jsdom, browsers without module workers).
 * Example: await inThreadRunner({ inputs, options: {} }, () => {}, new AbortController().signal)
 */
export const inThreadRunner: AnalysisRunner = async (job, onProgress, signal) => {
  // Loaded lazily so the core stays out of the main bundle when the worker runs it.
  const { analyzeCase } = await import('../core/index.ts');
  if (signal.aborted) throw new DOMException('Analysis cancelled', 'AbortError');
  return analyzeCase(job.inputs, { ...job.options, forScreen: true, onProgress });
};
