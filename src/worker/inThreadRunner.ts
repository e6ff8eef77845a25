import { KNOWN_LANGUAGES } from '../core/lang/basics.ts';
import { loadLanguages } from '../core/lang/registry.ts';
import type { AnalysisRunner } from './runner.ts';

/**
 * Runs the analysis on the calling thread (tests, jsdom, browsers without module workers).
 * Example: await inThreadRunner({ inputs, options: {} }, () => {}, new AbortController().signal)
 */
export const inThreadRunner: AnalysisRunner = async (job, onProgress, signal) => {
  // Every language and the bridge, before the core is imported (its stages read them then); the page
  // has the languages already, the bridge is fetched the first time.
  await loadLanguages(KNOWN_LANGUAGES, { crossLanguage: true });
  // Loaded lazily so the core stays out of the main bundle when the worker runs it.
  const { analyzeCase } = await import('../core/index.ts');
  if (signal.aborted) throw new DOMException('Analysis cancelled', 'AbortError');
  return analyzeCase(job.inputs, { ...job.options, forScreen: true, onProgress });
};
