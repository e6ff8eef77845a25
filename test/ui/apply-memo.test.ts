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

describe('prepareArticles', () => {
  it('works out every article’s view a slice per task, which showing the result then reuses', async () => {
    const { prepareArticles, viewArticle } = await import('../../src/model/applyCorrections.ts');
    const { articleCounts } = await import('../../src/core/stats/index.ts');
    const analysis = buildAnalysis();
    const pauses: number[] = [];
    let seen = 0;
    const spy = { corrections: () => emptyCorrections };
    await prepareArticles(analysis.articles, spy.corrections, async () => { pauses.push(seen); }, 2);
    seen = analysis.articles.length;
    // Three articles in slices of two: two tasks.
    expect(pauses).toHaveLength(Math.ceil(analysis.articles.length / 2));
    const shown = applyCorrections(analysis, emptyCorrections);
    for (const [i, article] of analysis.articles.entries()) {
      expect(shown.articles[i]).toBe(viewArticle(article, emptyCorrections));
      expect(articleCounts(shown.articles[i]!)).toBe(articleCounts(viewArticle(article, emptyCorrections)));
    }
  });
});
