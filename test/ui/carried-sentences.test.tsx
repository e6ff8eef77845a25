// The main thread never splits sentences: the Article view and the label occurrences use the sentences
// the worker carried in the result (issue 10, "the worker's result carries what the screen needs").
import { act, screen } from '@testing-library/react';
import { buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { selectLabelOccurrences } from '../../src/model/actorMatrix.ts';
import { ArticleView } from '../../src/features/article/ArticleView.tsx';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

/** One claim, then two sentences the pipeline kept as one (a splitter alone would cut them in two). */
function analysis(): CaseAnalysis {
  const built = buildArticle({ id: 'h', outlet: 'Herald', sentences: ['Officials closed the border.', 'Trade stopped.', 'Ports shut.'] });
  const [first, second, third] = built.claims;
  const article = {
    ...built,
    claims: [first!],
    sentences: [
      { start: first!.start, end: first!.end, paragraph: 0 },
      { start: second!.start, end: third!.end, paragraph: 0 },
    ],
  };
  return {
    articles: [article],
    rows: [buildRow([first!], [article], { id: 'r1' })],
    actors: [{ id: 'a1', name: 'Port authority', mentions: [], labels: [{ articleId: 'h', text: 'Ports', start: third!.start, end: third!.start + 5, stance: 'neutral', origin: 'lexicon', key: 'ports' }] }],
    diagnostics: [],
  };
}

async function render() {
  const view = renderWithStore(<ArticleView />, { deps: { runner: fixedRunner(analysis()) } });
  act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  act(() => { view.store.dispatch(viewChanged('article')); });
  await analysed(view.store);
  return view;
}

describe('sentences carried in the result', () => {
  it('the Article view offers the pipeline’s sentences to mark as claims', async () => {
    await render();
    expect(screen.getByRole('button', { name: 'Trade stopped. Ports shut.' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ports shut.' })).toBeNull();
  });

  it('a label outside every claim is shown in the pipeline’s sentence', async () => {
    const { store } = await render();
    const occurrences = selectLabelOccurrences(store.getState(), { actorId: 'a1', articleId: 'h', key: 'ports' });
    expect(occurrences.map((o) => o.sentence)).toEqual(['Trade stopped. Ports shut.']);
  });
});

describe('an analysis saved before results carried sentences', () => {
  /** A store whose runner counts the analyses it is asked for. */
  async function countingStore() {
    const { makeStore } = await import('../../src/app/store.ts');
    let count = 0;
    const runner = fixedRunner(analysis());
    const store = makeStore(undefined, { runner: (...args) => { count += 1; return runner(...args); } });
    return { store, runs: () => count };
  }

  it('is analysed again once when the case opens, so no view has to split text', async () => {
    const { caseLoaded } = await import('../../src/model/caseSlice.ts');
    const { store, runs } = await countingStore();
    const old = analysis();
    const { sentences: _dropped, ...withoutSentences } = old.articles[0]!;
    store.dispatch(caseLoaded({ snapshot: { id: 'c', name: 'C', articles: [{ id: 'h', raw: 'x' }] }, analysis: { ...old, articles: [withoutSentences] } }));
    await analysed(store);
    expect(runs()).toBe(1);
    store.dispatch(caseLoaded({ snapshot: { id: 'c', name: 'C', articles: [{ id: 'h', raw: 'x' }] }, analysis: old }));
    await analysed(store);
    expect(runs()).toBe(1);
  });

  it('is analysed again once when its actors come without their mentions, so no view looks for names in text', async () => {
    const { caseLoaded } = await import('../../src/model/caseSlice.ts');
    const { store, runs } = await countingStore();
    const old = analysis();
    const withoutMentions = old.actors.map(({ mentions: _dropped, ...actor }) => actor);
    store.dispatch(caseLoaded({ snapshot: { id: 'c', name: 'C', articles: [{ id: 'h', raw: 'x' }] }, analysis: { ...old, actors: withoutMentions } }));
    await analysed(store);
    expect(runs()).toBe(1);
    expect(store.getState().analysis.result?.actors[0]?.mentions).toEqual([]);
  });
});
