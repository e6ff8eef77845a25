// A correction re-derives the article it touches, not the whole case (memoised per article).
import { buildAnalysis } from '../../fixtures/builders.ts';
import { applyCorrections } from '../../src/model/applyCorrections.ts';
import { emptyCorrections } from '../../src/model/correctionsSlice.ts';

describe('applyCorrections, per article', () => {
  it('reuses the view of every article a new correction does not touch', () => {
    const analysis = buildAnalysis();
    const [first, second] = analysis.articles;
    const before = applyCorrections(analysis, emptyCorrections);
    const edit = { kind: 'anonymous' as const };
    const after = applyCorrections(analysis, { ...emptyCorrections, claimEdits: { [first!.claims[0]!.id]: edit } });
    expect(after.articles[1]).toBe(before.articles[1]);
    expect(after.articles[0]).not.toBe(before.articles[0]);
    expect(after.claimsById[first!.claims[0]!.id]!.attribution?.source.kind).toBe('anonymous');
    // The same corrections again (same objects): nothing is re-derived.
    const again = applyCorrections(analysis, { ...emptyCorrections, claimEdits: { [first!.claims[0]!.id]: edit } });
    expect(again.articles[0]).toBe(after.articles[0]);
    expect(second!.id).toBe(after.articles[1]!.id);
  });
});
