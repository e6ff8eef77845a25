import { createSelector } from '@reduxjs/toolkit';
import type { AnalysisJob } from '../worker/runner.ts';
import { selectAllArticles } from './caseSlice.ts';
import { selectExtraLabels } from './correctionsSlice.ts';

/** What the worker is asked to analyse: the case's articles and the user's extra lexicon labels. */
export const selectAnalysisJob = createSelector([selectAllArticles, selectExtraLabels], (articles, labels): AnalysisJob => {
  const extraLabels = labels.map(({ id: _id, ...entry }) => entry);
  return { inputs: articles, options: extraLabels.length > 0 ? { extraLabels } : {} };
});
