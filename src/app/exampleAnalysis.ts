import type { CaseAnalysis } from '../core/types.ts';
import { exampleCase } from '../features/library/exampleCase.ts';
import { selectAnalysisJob } from '../model/analysisJob.ts';
import { caseLoaded } from '../model/caseSlice.ts';
import { rootReducer } from '../model/rootReducer.ts';
import type { UiLanguage } from '../model/uiSlice.ts';
import { inThreadRunner } from '../worker/inThreadRunner.ts';

/** Interface languages the example case is named in (its outlets' names differ, so its analysis does too). */
export const EXAMPLE_LANGUAGES: readonly UiLanguage[] = ['en', 'ar'];

/**
 * The example case's analysis, as the app would ask for it on opening the case: the job the store makes
 * of the loaded case, run by the app's own runner (the worker runs the same core with the same options).
 * Run by the build (vite.config.ts), so a first visit shows the case without analysing it in the page.
 * Example: (await exampleAnalysis('en')).articles.length === 5
 */
export function exampleAnalysis(language: UiLanguage): Promise<CaseAnalysis> {
  const job = selectAnalysisJob(rootReducer(undefined, caseLoaded({ snapshot: exampleCase(language) })));
  return inThreadRunner(job, () => undefined, new AbortController().signal);
}
