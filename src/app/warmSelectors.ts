import { selectActorContrasts, selectActorMatrix } from '../model/actorMatrix.ts';
import { selectColumns, selectCompareDirection, selectOrderedColumns, selectRowBuilder, selectShownColumns, selectVisibleRowIds } from '../model/columns.ts';
import { selectRawAnalysis } from '../model/analysisSlice.ts';
import { prepareCorrections } from '../model/applyCorrections.ts';
import { selectCorrections } from '../model/correctionsSlice.ts';
import { selectAllClaimsById, selectEffectiveAnalysis } from '../model/effectiveAnalysis.ts';
import { selectCaseStats, selectCitedOutlets, selectSources } from '../model/outletStats.ts';
import type { RootState } from '../model/rootReducer.ts';
import type { ViewName } from '../model/uiSlice.ts';

type Selector = (state: RootState) => unknown;

/** What every view reads. */
const SHARED: readonly Selector[] = [selectEffectiveAnalysis, selectAllClaimsById];

const COMPARE: readonly Selector[] = [
  (state) => [selectColumns(state), selectOrderedColumns(state), selectShownColumns(state), selectCompareDirection(state)],
  selectVisibleRowIds,
  selectRowBuilder,
];
const SOURCES: readonly Selector[] = [selectCaseStats, selectSources, selectCitedOutlets];
const ACTORS: readonly Selector[] = [selectActorMatrix, selectActorContrasts];

/** The selectors each view reads when a result arrives, heaviest first (views not listed read the shared ones only). */
const BY_VIEW: Partial<Record<ViewName, readonly Selector[]>> = {
  compare: COMPARE,
  sources: SOURCES,
  actors: ACTORS,
  report: [selectCaseStats, selectActorMatrix],
};

/** Every selector warmed, in the order the views were listed before they were split (Compare, Sources, Actors). */
const ALL: readonly Selector[] = [...COMPARE, ...SOURCES, ...ACTORS];

/**
 * Works out what the view on screen derives from a result before the result is put in the store, a
 * selector per task: the selectors memoise on their inputs (reselect's weakMapMemoize), and the store's
 * next state holds the very same inputs, so showing the result reads them instead of computing them all
 * in the one task that dispatches it (with 1,000 articles that task took 130-220 ms). The other views'
 * selectors wait for `warmRest`, after the result is shown: the first rows need not wait for the
 * Sources or Actors tables (on the example case, cited outlets alone took ≈ 170 ms, most of the wait
 * between the worker's result and the first Compare row).
 * Example: await warmSelectors(rootReducer(getState(), analysisCompleted(payload)), nextTask)
 */
export async function warmSelectors(next: RootState, pause: () => Promise<unknown>): Promise<void> {
  // The effective analysis itself over several tasks (selectEffectiveAnalysis then finds it done).
  const raw = selectRawAnalysis(next);
  if (raw) await prepareCorrections(raw, selectCorrections(next), pause);
  for (const select of [...SHARED, ...(BY_VIEW[next.ui.view] ?? [])]) {
    select(next);
    await pause();
  }
}

/**
 * The selectors of the views not on screen, a task each, once the result is shown (a later switch to
 * them then finds their tables made). Memoised: those `warmSelectors` ran cost nothing here.
 * Example: await warmRest(getState(), nextTask)
 */
export async function warmRest(state: RootState, pause: () => Promise<unknown>): Promise<void> {
  const shown = new Set(BY_VIEW[state.ui.view] ?? []);
  for (const select of ALL) {
    if (shown.has(select)) continue;
    await pause();
    select(state);
  }
}
