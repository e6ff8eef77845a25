/**
 * Times cross-language row linking as in session 5 (row-level pass, no support check) and as now on the tuned mixed dev cases,
 * copied 1, 4 and 16 times (claims only; each copy its own articles): time per claim should stay flat.
 *
 *   node bin/run-ts.mjs scripts/crosslang/time-rows.ts
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import type { AnalyzedArticle } from '../../src/core/types.ts';
const base: AnalyzedArticle[] = [];
for (const name of listDevCases()) { const dc = loadDevCase(name); if (dc.meta.split !== 'tuned') continue; base.push(...analyzeCase(devCaseView(dc, 'mixed').inputs, { claimsOnly: true }).articles); }
for (const copies of [1, 4, 16]) {
  const articles = Array.from({ length: copies }, (_, k) => base.map((a) => ({ ...a, id: `${a.id}-${k}`, claims: a.claims.map((c) => ({ ...c, id: `${a.id}-${k}:${c.id.split(':')[1]}`, articleId: `${a.id}-${k}` })) }))).flat();
  const rows = alignClaims(articles);
  for (const options of [{ rowThreshold: 0.1, support: 0 }, {}]) {
    const t = performance.now();
    linkAcrossLanguages(articles, rows, options);
    console.log(`${articles.length} articles, ${articles.reduce((s, a) => s + a.claims.length, 0)} claims, ${JSON.stringify(options)}: ${(performance.now() - t).toFixed(0)} ms`);
  }
}
