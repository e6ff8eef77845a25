// The store refuses a correction of a headline (the Compare view offers none), and takes one of any other claim.
import { buildAnalysis, buildArticle } from '../../fixtures/builders.ts';
import { makeStore } from '../../src/app/store.ts';
import { caseLoaded } from '../../src/model/caseSlice.ts';
import { claimKindCorrected, claimMarkedNotAClaim, claimMovedToRow, claimSourceCorrected } from '../../src/model/correctionsSlice.ts';

function storeWithHeadline() {
  const article = buildArticle({ id: 'gazette', outlet: 'Valley Gazette', sentences: ['Bridge to close for repairs', 'The bridge will close in May, the council said.'] });
  const headline = { ...article.claims[0]!, kind: 'title' as const };
  const analysis = buildAnalysis({ articles: [{ ...article, claims: [headline, ...article.claims.slice(1)] }], rows: [], actors: [] });
  const store = makeStore(undefined, {});
  store.dispatch(caseLoaded({ snapshot: { id: 'c', name: 'Bridge', articles: [{ id: 'gazette', raw: article.text }] }, analysis }));
  return { store, headlineId: headline.id, claimId: article.claims[1]!.id };
}

describe('a correction of a headline', () => {
  it('is refused by the store: corrections and undo history stay as they were', () => {
    const { store, headlineId } = storeWithHeadline();
    const before = store.getState();
    store.dispatch(claimKindCorrected({ claimId: headlineId, kind: 'organization' }));
    store.dispatch(claimSourceCorrected({ claimId: headlineId, text: 'the mayor' }));
    store.dispatch(claimMarkedNotAClaim({ claimId: headlineId }));
    store.dispatch(claimMovedToRow({ claimId: headlineId, into: null }));
    expect(store.getState().corrections).toBe(before.corrections);
    expect(store.getState().history).toEqual(before.history);
  });

  it('does not stop a correction of the article’s other claims', () => {
    const { store, claimId } = storeWithHeadline();
    store.dispatch(claimKindCorrected({ claimId, kind: 'organization' }));
    expect(store.getState().corrections.claimEdits[claimId]).toEqual({ kind: 'organization' });
  });
});
