/**
 * How telling an Arabic word's further senses (senses.ts) are, on the *tuned* dev cases only (unseen
 * cases are never opened): over every Arabic–English claim pair of a case, the pairs a word meets
 * through one of its first senses and through a further sense (the other claim writing none of its
 * first ones), by feature, with the share of them that are annotated pairs (one row of the annotation);
 * then, per Arabic claim and English article holding an annotated partner, whether the best-scored English
 * claim is annotated with it, by the weight of the further senses (0: the stage as it is).
 *
 *   node bin/run-ts.mjs scripts/crosslang/sense-matches.ts
 */
import { anchorVectors, senseDot } from '../../src/core/crosslang/align.ts';
import { claimsOf, tunedMixedCases } from './snippets.ts';

const tally = new Map<string, [number, number]>();
const add = (feature: string, gold: boolean) => {
  const t = tally.get(feature) ?? [0, 0];
  t[0]++;
  if (gold) t[1]++;
  tally.set(feature, t);
};
const bucket = (x: number, edges: number[]) => `${edges.find((e) => x <= e) ?? `>${edges.at(-1)}`}`;
for (const { analysis, annotations } of tunedMixedCases()) {
  const { claims, vectors, senses, df } = anchorVectors(analysis.articles, true);
  const goldRows = new Map<string, Set<string>>();
  for (const row of annotations.rows) for (const m of row.members) for (const c of claimsOf(analysis, m.articleId, m.claim)) (goldRows.get(c.id) ?? goldRows.set(c.id, new Set()).get(c.id)!).add(row.id);
  const n = claims.length;
  claims.forEach((a, i) => {
    if (a.language !== 'ar') return;
    claims.forEach((b, j) => {
      if (b.language !== 'en') return;
      const gold = [...(goldRows.get(a.id) ?? [])].some((r) => goldRows.get(b.id)?.has(r));
      for (const { first, further } of senses[i]!) {
        if (first.some((id) => vectors[j]!.has(id))) {
          add('first sense', gold);
          continue;
        }
        const hit = further.filter(({ id }) => vectors[j]!.has(id));
        if (hit.length === 0) continue;
        const bestDf = Math.min(...hit.map(({ id }) => df[id]!));
        const weight = Math.max(...hit.map((h) => h.weight));
        add('further: any', gold);
        add(`further: words ${bucket(further.length, [2, 4, 8, 16])}`, gold);
        add(`further: weight ${bucket(weight, [0.3, 0.4, 0.5, 0.6])}`, gold);
        add(`further: df share ${bucket(bestDf / n, [0.02, 0.05, 0.1, 0.2])}`, gold);
        add(`further: hits ${hit.length}`, gold);
      }
    });
  });
}
for (const [feature, [all, gold]] of [...tally].sort()) console.log(`${feature.padEnd(32)} ${String(all).padStart(7)} ${String(gold).padStart(6)} ${((100 * gold) / all).toFixed(1)} %`);

// Best partner per article: for each Arabic claim with an annotated partner in an English article, is the
// English claim of that article it scores highest annotated with it? Scored as the stage scores (cosine
// of rarity-weighted anchors), further senses at each weight.
const weights = [0, 0.25, 0.5, 1, 2];
const right = weights.map(() => 0);
let asked = 0;
for (const { analysis, annotations } of tunedMixedCases()) {
  const { claims, vectors, senses, df } = anchorVectors(analysis.articles, true);
  const goldRows = new Map<string, Set<string>>();
  for (const row of annotations.rows) for (const m of row.members) for (const c of claimsOf(analysis, m.articleId, m.claim)) (goldRows.get(c.id) ?? goldRows.set(c.id, new Set()).get(c.id)!).add(row.id);
  const n = claims.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  const norms = vectors.map((v) => Math.sqrt([...v].reduce((s, [k, w]) => s + (w * idf[k]!) ** 2, 0)) || 1);
  const isGold = (i: number, j: number) => [...(goldRows.get(claims[i]!.id) ?? [])].some((r) => goldRows.get(claims[j]!.id)?.has(r));
  claims.forEach((a, i) => {
    if (a.language !== 'ar') return;
    const byArticle = new Map<string, number[]>();
    claims.forEach((b, j) => {
      if (b.language === 'en') (byArticle.get(b.articleId) ?? byArticle.set(b.articleId, []).get(b.articleId)!).push(j);
    });
    for (const members of byArticle.values()) {
      if (!members.some((j) => isGold(i, j))) continue;
      asked++;
      weights.forEach((w, k) => {
        let [best, bestScore] = [-1, 0];
        for (const j of members) {
          let d = 0;
          for (const [key, x] of vectors[i]!) {
            const y = vectors[j]!.get(key);
            if (y !== undefined) d += x * y * idf[key]! ** 2;
          }
          d += w * senseDot(senses[i]!, vectors[j]!, idf).dot;
          const score = d / (norms[i]! * norms[j]!);
          if (score > bestScore) [best, bestScore] = [j, score];
        }
        if (best >= 0 && isGold(i, best)) right[k]!++;
      });
    }
  });
}
console.log(`\nArabic claim × English article with an annotated partner: ${asked}; best-scored partner annotated, by further-sense weight:`);
weights.forEach((w, k) => console.log(`  ${w}: ${right[k]}`));
