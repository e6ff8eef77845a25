import { isAnyOf } from '@reduxjs/toolkit';
import type { CaseAnalysis } from '../core/types.ts';
import type { AppStartListening, StoreDeps } from './store.ts';
import { articleAdded, articleMetadataEdited, articleRemoved, articlesAdded, caseCreated, caseLoaded } from '../model/caseSlice.ts';
import { labelAddedToLexicon, labelRemovedFromLexicon, selectCorrections } from '../model/correctionsSlice.ts';
import { prepareArticles } from '../model/applyCorrections.ts';
import { analysisCancelled, analysisCompleted, analysisFailed, analysisProgressed, analysisRequested, analysisRerunRequested } from '../model/analysisSlice.ts';
import { redone, undone } from '../model/history.ts';
import { selectAnalysisJob } from '../model/analysisJob.ts';
import { rootReducer } from '../model/rootReducer.ts';
import { warmRest, warmSelectors } from './warmSelectors.ts';

const EMPTY: CaseAnalysis = { articles: [], rows: [], actors: [], diagnostics: [] };

/** Whenever the case changes, (re-)analyse it off the main thread; a newer change or the user's cancel stops an older run. */
export function addAnalysisListeners(startAppListening: AppStartListening, deps: StoreDeps): void {
  const isCaseEdit = isAnyOf(
    caseCreated,
    caseLoaded,
    articleAdded,
    articlesAdded,
    articleRemoved,
    articleMetadataEdited,
    labelAddedToLexicon,
    labelRemovedFromLexicon,
    analysisCancelled,
    analysisRerunRequested,
  );
  startAppListening({
    // Undo and redo re-run only when they bring back other articles or other lexicon labels.
    predicate: (action, current, previous) =>
      isCaseEdit(action) ||
      ((undone.match(action) || redone.match(action)) &&
        (current.case.articles !== previous.case.articles || current.corrections.extraLabels !== previous.corrections.extraLabels)),
    effect: async (action, api) => {
      // Aborts the running one's signal: the worker runner terminates its worker.
      api.cancelActiveListeners();
      if (analysisCancelled.match(action)) return;
      // A case opened with its current stored analysis: nothing to re-run (a reload shows it at once).
      // One saved before results carried their sentences and actor mentions is run again, once, so no
      // view splits text or looks for names in it.
      const stored = caseLoaded.match(action) ? action.payload.analysis : undefined;
      if (stored && stored.articles.every((a) => a.sentences) && stored.actors.every((a) => a.mentions)) return;
      // Opening a case runs at once; edits wait a moment, so typing does not start a run per key.
      if (!caseCreated.match(action) && !caseLoaded.match(action) && !analysisRerunRequested.match(action)) await api.delay(deps.analysisDelayMs);
      const job = selectAnalysisJob(api.getState());
      const { payload } = api.dispatch(analysisRequested());
      const { requestId } = payload;
      if (job.inputs.length === 0) {
        api.dispatch(analysisCompleted({ requestId, result: EMPTY }));
        return;
      }
      try {
        const result = await api.pause(
          deps.runner(job, (fraction, stage) => api.dispatch(analysisProgressed({ requestId, fraction, stage })), api.signal),
        );
        // Each article's view first, a slice per task; then a task of its own for the store update and
        // the render, which only assemble what is ready (the last message's decoding stays apart too).
        const nextTask = () => api.pause(new Promise((resolve) => setTimeout(resolve, 0)));
        await prepareArticles(result.articles, () => selectCorrections(api.getState()), nextTask);
        await nextTask();
        const completed = analysisCompleted({ requestId, result });
        // What the view on screen derives from it, a selector per task, on the state it will make (see
        // warmSelectors); the other views' tables once it is shown.
        await warmSelectors(rootReducer(api.getState(), completed), nextTask);
        api.dispatch(completed);
        await warmRest(api.getState(), nextTask);
      } catch (error) {
        if (api.signal.aborted) return;
        api.dispatch(analysisFailed({ requestId, reason: error instanceof Error ? error.message : String(error) }));
      }
    },
  });
}
