// The view on screen is worked out before a result is shown; the other views' tables after it.
import { describe, expect, it } from 'vitest';
import { warmRest, warmSelectors } from '../../src/app/warmSelectors.ts';
import { makeStore } from '../../src/app/store.ts';
import { analysisCompleted, analysisRequested } from '../../src/model/analysisSlice.ts';
import { selectVisibleRowIds } from '../../src/model/columns.ts';
import { selectCitedOutlets } from '../../src/model/outletStats.ts';
import { rootReducer } from '../../src/model/rootReducer.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import { takeEarlyWorker } from '../../src/worker/spawn.ts';
import { buildArticle } from '../core/align/build.ts';
import { naiveRunner } from './builders.tsx';

const pause = (): Promise<void> => Promise.resolve();

function nextState(view: 'compare' | 'sources') {
  const store = makeStore(undefined, { runner: naiveRunner });
  store.dispatch(viewChanged(view));
  const { payload } = store.dispatch(analysisRequested());
  const articles = [buildArticle('a', 'The mayor said the bridge will reopen in May.'), buildArticle('b', 'The bridge stays shut, the council told reporters.')];
  return rootReducer(store.getState(), analysisCompleted({ requestId: payload.requestId, result: { articles, rows: [], actors: [], diagnostics: [] } }));
}

describe('warming the views for a result', () => {
  it("works out Compare's rows before the result is shown, and the cited outlets of Sources only after", async () => {
    const state = nextState('compare');
    const [rows, cited] = [selectVisibleRowIds.recomputations(), selectCitedOutlets.recomputations()];
    await warmSelectors(state, pause);
    expect(selectVisibleRowIds.recomputations()).toBe(rows + 1);
    expect(selectCitedOutlets.recomputations()).toBe(cited);
    await warmRest(state, pause);
    expect(selectCitedOutlets.recomputations()).toBe(cited + 1);
    // Compare's own were done already: nothing is worked out twice.
    expect(selectVisibleRowIds.recomputations()).toBe(rows + 1);
  });

  it('works out the tables of Sources first when Sources is on screen', async () => {
    const state = nextState('sources');
    const cited = selectCitedOutlets.recomputations();
    await warmSelectors(state, pause);
    expect(selectCitedOutlets.recomputations()).toBe(cited + 1);
  });

  it('has no early worker to hand over where none was started', () => {
    expect(takeEarlyWorker()).toBeNull();
  });
});
