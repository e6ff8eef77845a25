/**
 * Prints the word score, the fitted probability and the features of chosen pairs of a fixture case
 * (annotated distinct pairs and rows), to see why a scorer joins or keeps them apart.
 * Run: node bin/run-ts.mjs scripts/align/probe-pairs.ts [seeds|english]
 */
import { loadAnnotations, loadCase } from '../../fixtures/load.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { FEATURE_NAMES, FITTED_MODEL, fittedProbability } from '../../src/core/align/fitted.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { covers } from '../bench/score.ts';

const name = (process.argv[2] ?? 'seeds') as 'seeds' | 'english';
const analysis = analyzeCase(loadCase(name));
const annotations = loadAnnotations(name);
const prepared = prepareCase(analysis.articles, { scorer: 'fitted', entities: resolveEntities(analysis.articles) });
const unitsOf = (articleId: string, snippet: string): number[] =>
  prepared.claims.flatMap((c, u) => (c.articleId === articleId && covers(c.text, snippet) ? [u] : []));
const show = (label: string, a: { articleId: string; claim: string }, b: { articleId: string; claim: string }): void => {
  let best: { s: number; p: number; x: Float64Array } | null = null;
  for (const u of unitsOf(a.articleId, a.claim)) {
    for (const v of unitsOf(b.articleId, b.claim)) {
      const x = prepared.features(u, v, new Float64Array(FEATURE_NAMES.length));
      const p = x[0] === 0 ? 0 : fittedProbability(FITTED_MODEL, x);
      if (!best || p > best.p) best = { s: x[0]!, p, x };
    }
  }
  if (!best) return console.log(`${label}: not covered`);
  console.log(`${label}: s ${best.s.toFixed(3)} p ${best.p.toFixed(3)} | ${FEATURE_NAMES.map((f, k) => `${f}=${best!.x[k]!.toFixed(2)}`).join(' ')}`);
};
annotations.distinct.forEach((d, k) => show(`distinct ${k} (${d.why.slice(0, 40)})`, d.a, d.b));
for (const row of annotations.rows) {
  for (let i = 0; i < row.members.length; i++) for (let j = i + 1; j < row.members.length; j++) if (row.members[i]!.articleId !== row.members[j]!.articleId) show(`row ${row.id}`, row.members[i]!, row.members[j]!);
}
