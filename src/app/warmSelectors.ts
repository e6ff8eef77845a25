import { selectActorContrasts, selectActorMatrix } from '../model/actorMatrix.ts';
import { selectColumns, selectCompareDirection, selectOrderedColumns, selectRowBuilder, selectShownColumns, selectVisibleRowIds } from '../model/columns.ts';
import { selectRawAnalysis } from '../model/analysisSlice.ts';
import { prepareCorrections } from '../model/applyCorrections.ts';
import { selectCorrections } from '../model/correctionsSlice.ts';
import { selectAllClaimsById, selectEffectiveAnalysis } from '../model/effectiveAnalysis.ts';
import { selectCaseStats, selectCitedOutlets, selectSources } from '../model/outletStats.ts';
import type { RootState } from '../model/rootReducer.ts';

/**
 * The selectors the views read when a result arrives, heaviest first, each run in a task of its own on
 * the state the result will make (see warmSelectors).
 */
const WARMED: readonly ((state: RootState) => unknown)[] = [
  selectEffectiveAnalysis,
  selectAllClaimsById,
  (state) => [selectColumns(state), selectOrderedColumns(state), selectShownColumns(state), selectCompareDirection(state)],
  selectVisibleRowIds,
  selectRowBuilder,
  selectCaseStats,
  selectSources,
  selectCitedOutlets,
  selectActorMatrix,
  selectActorContrasts,
];

/**
 * Works out what the views derive from a result before the result is put in the store, a selector per
 * task: the selectors memoise on their inputs (reselect's weakMapMemoize), and the store's next state
 * holds the very same inputs, so showing the result reads them instead of computing them all in the
 * one task that dispatches it (with 1,000 articles that task took 130-220 ms).
 * Example: await warmSelectors(rootReducer(getState(), analysisCompleted(payload)), nextTask)
 */
export async function warmSelectors(next: RootState, pause: () => Promise<unknown>): Promise<void> {
  // The effective analysis itself over several tasks (selectEffectiveAnalysis then finds it done).
  const raw = selectRawAnalysis(next);
  if (raw) await prepareCorrections(raw, selectCorrections(next), pause);
  for (const select of WARMED) {
    select(next);
    await pause();
  }
}
