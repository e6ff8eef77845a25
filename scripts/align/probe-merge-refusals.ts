/**
 * The annotated cross-outlet pairs of the *tuned* dev cases that rows miss although their best units pass
 * the join score, one language at a time, by why grouping kept them apart: both in one cluster and lost
 * when a claim stands in one row only, or in two clusters (a row or a single claim each) that do or do not
 * hold claims of one outlet (the same-article rule, group.ts `sameArticleAllowed`, refuses such merges
 * unless a longer claim covers). Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-merge-refusals.ts [--show]
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates } from '../../src/core/align/prepare.ts';
import { forEachTunedView, unitsByClaim } from './tuned-pairs.ts';
import { covers } from '../bench/score.ts';
import type { Claim } from '../../src/core/types.ts';
const tally = new Map<string, number>();
const add = (k: string): void => void tally.set(k, (tally.get(k) ?? 0) + 1);
forEachTunedView({}, ({ name, lang, analysis, prepared, annotatedRows }) => {
  // With --why: per outlet in both clusters, its claims on each side, how well they match each other and whether one is a title.
  const sharedOutlets = (l: number[], r: number[]): void => {
    const g = prepared.group;
    for (const x of l) for (const y of r) {
      if (g[x] !== g[y]) continue;
      const others = (side: number[], u: number): number => Math.max(0, ...side.filter((w) => g[w] !== g[u]).map((w) => prepared.groupScore(u, w)));
      console.log(`     outlet ${g[x]} self ${prepared.groupScore(x, y).toFixed(2)} join ${prepared.joinScore(x, y).toFixed(2)} title ${prepared.titleUnits[x] ? 'L' : ''}${prepared.titleUnits[y] ? 'R' : ''} x→R ${others(r, x).toFixed(2)} y→L ${others(l, y).toFixed(2)} sizes ${l.length}/${r.length}\n       L ${prepared.claims[x]!.text.slice(0, 100)}\n       R ${prepared.claims[y]!.text.slice(0, 100)}`);
    }
  };
  const clusters = clustersFromCandidates(prepared, blockedCandidates(prepared));
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, n) => c.forEach((u) => clusterOf.set(u, n)));
  const rowOf = new Map<string, string>();
  for (const row of analysis.rows) for (const id of row.claimIds) rowOf.set(id, row.id);
  const unitsOf = unitsByClaim(prepared);
  const covering = (articleId: string, snippet: string): Claim[] => analysis.articles.find((a) => a.id === articleId)?.claims.filter((c) => covers(c.text, snippet)) ?? [];
  for (const row of annotatedRows) {
    const cov = row.members.map((m) => ({ m, claims: covering(m.articleId, m.claim) }));
    for (let x = 0; x < cov.length; x++) for (let y = x + 1; y < cov.length; y++) {
      const a = cov[x]!;
      const b = cov[y]!;
      if (a.m.articleId === b.m.articleId) continue;
      if (a.claims.some((p) => b.claims.some((q) => rowOf.get(p.id) !== undefined && rowOf.get(p.id) === rowOf.get(q.id)))) continue;
      // The best joining unit pair of the two members' covering claims.
      let best: [number, number, number] | null = null;
      for (const p of a.claims) for (const q of b.claims) for (const u of unitsOf.get(p.id) ?? []) for (const v of unitsOf.get(q.id) ?? []) {
        const s = prepared.joinScore(u, v);
        if (s >= prepared.joinThreshold && (!best || s > best[2])) best = [u, v, s];
      }
      if (!best) continue;
      const [u, v] = best;
      const cu = clusterOf.get(u);
      const cv = clusterOf.get(v);
      let why: string;
      if (cu !== undefined && cu === cv) why = 'same cluster, lost at one row per claim';
      else {
        const left = new Set((cu === undefined ? [u] : clusters[cu]!).map((w) => prepared.group[w]));
        const right = new Set((cv === undefined ? [v] : clusters[cv]!).map((w) => prepared.group[w]));
        const shared = [...left].filter((g) => right.has(g)).length;
        why = `clusters ${cu === undefined ? 'single' : 'row'}/${cv === undefined ? 'single' : 'row'} articles shared ${shared > 0 ? 'yes' : 'no'}`;
      }
      add(`${lang} ${why}`);
      if (process.argv.includes('--why') && cu !== undefined && cv !== undefined && cu !== cv) sharedOutlets(clusters[cu]!, clusters[cv]!);
      if (process.argv.includes('--show')) console.log(`[${why}] ${name} ${lang} ${row.id}\n   A ${a.m.claim}\n   B ${b.m.claim}`);
    }
  }
});
for (const [k, n] of [...tally].sort()) console.log(String(n).padStart(4), k);
