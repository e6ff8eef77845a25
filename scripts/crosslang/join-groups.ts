/**
 * The cross-language join seen from the groups it joins, on the *tuned* dev cases only (unseen cases are
 * never opened). A group is a row of one language (alignClaims) or an annotated claim in none. Each pair
 * of groups of two languages that share their commonest annotated row ("should join") or that end in one
 * row ("joined") is counted by kind (lone claim or row, each side), joined or apart, and when apart by
 * the strongest claim pair between them (no candidate: fewer than `minShared` anchors under the rarity
 * cap; below threshold; scored). A wrong join is said to be one of an impure row (the groups share an
 * annotated row, not their commonest) or not.
 *
 * Then the oracle: the cross-language pair figures if every group joined exactly the groups of the
 * other language sharing its commonest annotated row (the one-language rows as they are): how much the
 * join loses, against how much the rows of one language cap it.
 *
 *   node bin/run-ts.mjs scripts/crosslang/join-groups.ts
 */
import { alignClaims } from '../../src/core/align/index.ts';
import { anchorVectors, DEFAULT_CROSS_LANGUAGE_OPTIONS as opts } from '../../src/core/crosslang/align.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { scoreAlignment } from '../bench/score.ts';
import { claimsOf, tunedMixedCases } from './snippets.ts';

const counts = new Map<string, number>();
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
let [oracleCorrect, oraclePredicted, oracleFound, oracleGold] = [0, 0, 0, 0];

for (const { annotations, analysis, languageOf } of tunedMixedCases()) {
  const articles = analysis.articles;
  const entities = resolveEntities(articles);
  const rows = alignClaims(articles, { entities });
  const gold = new Map<string, string>();
  for (const row of annotations.rows) for (const m of row.members) for (const c of claimsOf(analysis, m.articleId, m.claim)) gold.set(c.id, row.id);

  // The stage's own claim-pair score (align.ts), all pairs: the common anchors count, as with `commonAnchors`.
  const { claims, vectors, df } = anchorVectors(articles, false, entities);
  const n = claims.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  const norms = vectors.map((v) => Math.sqrt([...v].reduce((s, [k, w]) => s + (w * idf[k]!) ** 2, 0)) || 1);
  const maxDf = Math.min(opts.maxDf, Math.max(20, opts.maxDfShare * n));
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  const pairScore = (c: number, o: number): number => {
    if (c < 0 || o < 0) return -1;
    let [dot, shared, rare] = [0, 0, 0];
    for (const [k, w] of vectors[c]!) {
      const x = vectors[o]!.get(k);
      if (x === undefined) continue;
      dot += w * x * idf[k]! ** 2;
      shared++;
      if (df[k]! <= maxDf) rare++;
    }
    return rare > 0 && shared >= opts.minShared ? dot / (norms[c]! * norms[o]!) : -1;
  };

  const inRow = new Set(rows.flatMap((r) => r.claimIds));
  const finalRow = new Map<string, string>();
  for (const r of analysis.rows) for (const id of r.claimIds) finalRow.set(id, r.id);
  const groups = [...rows.map((r) => r.claimIds), ...[...gold.keys()].filter((id) => !inRow.has(id)).map((id) => [id])].map((ids) => {
    const labels = new Map<string, number>();
    for (const id of ids) if (gold.has(id)) labels.set(gold.get(id)!, (labels.get(gold.get(id)!) ?? 0) + 1);
    return {
      ids,
      label: [...labels].sort((a, b) => b[1] - a[1])[0]?.[0],
      labels: new Set(labels.keys()),
      language: claims[indexOf.get(ids[0]!) ?? -1]?.language,
      rowsNow: new Set(ids.map((id) => finalRow.get(id)).filter(Boolean)),
    };
  });
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      const [a, b] = [groups[i]!, groups[j]!];
      if (!a.language || !b.language || a.language === b.language) continue;
      const joined = [...a.rowsNow].some((r) => b.rowsNow.has(r));
      const should = a.label !== undefined && a.label === b.label;
      if (!should && !joined) continue;
      const kind = [a, b].map((g) => (g.ids.length > 1 ? 'row' : 'lone')).sort().join(' × ');
      if (should && joined) count(`should join, joined (${kind})`);
      else if (should) {
        let best = -1;
        for (const x of a.ids) for (const y of b.ids) best = Math.max(best, pairScore(indexOf.get(x) ?? -1, indexOf.get(y) ?? -1));
        count(`should join, apart: ${best < 0 ? 'no candidate' : best < opts.threshold ? 'below threshold' : 'scored, not joined'} (${kind})`);
      } else {
        const impure = [...a.labels].some((l) => b.labels.has(l));
        count(`joined wrongly: ${a.label === undefined || b.label === undefined ? 'a side unannotated' : impure ? 'impure row (a row shared, not the commonest)' : 'no annotated row shared'} (${kind})`);
      }
    }

  // Oracle: each group joins the groups sharing its commonest annotated row.
  const byLabel = new Map<string, string[]>();
  const oracleRows: string[][] = [];
  for (const g of groups) {
    if (g.label === undefined) oracleRows.push(g.ids);
    else byLabel.set(g.label, [...(byLabel.get(g.label) ?? []), ...g.ids]);
  }
  oracleRows.push(...byLabel.values());
  const scored = scoreAlignment({ ...analysis, rows: oracleRows.map((claimIds, k) => ({ id: `o${k}`, claimIds, missingFrom: [] })) }, annotations, (x, y) => languageOf.get(x) !== languageOf.get(y));
  oracleCorrect += scored.pairs.correct;
  oraclePredicted += scored.pairs.predicted;
  oracleFound += Math.round(scored.pairs.recall * scored.pairs.gold);
  oracleGold += scored.pairs.gold;
}

console.log([...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${String(v).padStart(4)}  ${k}`).join('\n'));
const [p, r] = [oracleCorrect / oraclePredicted, oracleFound / oracleGold];
console.log(`oracle join on these one-language rows: cross P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)}`);
