/**
 * Times linkAcrossLanguages under two option sets, alternating in one process (fair on a loaded
 * machine), on the tuned mixed dev cases copied N times (claims only; each copy its own articles).
 *
 *   node bin/run-ts.mjs scripts/crosslang/time-options.ts '{"commonAnchors":false,"minShared":2}' '{}' [copies=8] [rounds=5]
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import type { AnalyzedArticle } from '../../src/core/types.ts';

const [a = '{}', b = '{}', copiesArg = '8', roundsArg = '5'] = process.argv.slice(2);
const base: AnalyzedArticle[] = [];
for (const name of listDevCases()) {
  const dc = loadDevCase(name);
  if (dc.meta.split !== 'tuned') continue;
  base.push(...analyzeCase(devCaseView(dc, 'mixed').inputs, { claimsOnly: true }).articles);
}
const copies = Number(copiesArg);
const articles = Array.from({ length: copies }, (_, k) =>
  base.map((x) => ({ ...x, id: `${x.id}-${k}`, claims: x.claims.map((c) => ({ ...c, id: `${x.id}-${k}:${c.id.split(':')[1]}`, articleId: `${x.id}-${k}` })) })),
).flat();
const rows = alignClaims(articles);
const totals = [0, 0];
const options = [JSON.parse(a) as object, JSON.parse(b) as object];
for (let round = 0; round < Number(roundsArg); round++)
  for (const i of round % 2 ? [1, 0] : [0, 1]) {
    const t = performance.now();
    linkAcrossLanguages(articles, rows, options[i]);
    totals[i]! += performance.now() - t;
  }
console.log(`${articles.length} articles: A ${a} ${(totals[0]! / Number(roundsArg)).toFixed(0)} ms, B ${b} ${(totals[1]! / Number(roundsArg)).toFixed(0)} ms per run`);
