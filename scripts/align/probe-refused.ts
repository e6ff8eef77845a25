/**
 * Pairs of the *tuned* dev cases that the join score joins but grouping keeps in other rows, one
 * language at a time, by what kept them apart: the two rows hold claims of one article (the
 * same-article rule), the anti-chaining guard, or neither (the pair's units are in one cluster and
 * the claim is shown in another row). True / false per reason, by the bigger row's size: would a
 * looser merge buy recall? Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-refused.ts [--pairs=REASON-PREFIX] ['{…align options}']
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates } from '../../src/core/align/prepare.ts';
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';

const show = process.argv.find((a) => a.startsWith('--pairs='))?.slice('--pairs='.length);
const json = process.argv.slice(2).find((a) => a.startsWith('{'));
const options = json ? JSON.parse(json) : {};
const tally = new Tally();
forEachTunedView(options, ({ name, lang, analysis, prepared, rowsOfClaim }) => {
  const { group, claims, joinScore, joinThreshold, groupScore } = prepared;
  const link = prepared.options.linkThreshold;
  const candidates = blockedCandidates(prepared);
  const clusters = clustersFromCandidates(prepared, candidates);
  const clusterOf = new Int32Array(claims.length).fill(-1);
  clusters.forEach((c, k) => c.forEach((u) => (clusterOf[u] = k)));
  const members = (u: number): number[] => (clusterOf[u]! >= 0 ? clusters[clusterOf[u]!]! : [u]);
  const rowOf = new Map<string, string>();
  for (const row of analysis.rows) for (const id of row.claimIds) rowOf.set(id, row.id);
  const seen = new Set<string>();
  // Each member of `from` matches some claim of every other article of `to` at the link threshold.
  const guards = (from: number[], to: number[]): boolean =>
    from.slice(0, 16).every((x) => [...new Set(to.slice(0, 16).map((t) => group[t]!))].every((a) => a === group[x] || to.slice(0, 16).some((t) => group[t] === a && groupScore(x, t) >= link)));
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    const u = candidates[k]!;
    const v = candidates[k + 1]!;
    if (joinScore(u, v) < joinThreshold) continue;
    const cu = claims[u]!;
    const cv = claims[v]!;
    const key = [cu.id, cv.id].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    if (rowOf.has(cu.id) && rowOf.get(cu.id) === rowOf.get(cv.id)) continue;
    const positive = annotatedTogether(rowsOfClaim, cu.id, cv.id);
    if (positive === undefined) continue;
    const mu = members(u);
    const mv = members(v);
    let reason: string;
    if (clusterOf[u] === clusterOf[v] && clusterOf[u]! >= 0) reason = 'one cluster, shown elsewhere';
    else if (mu.some((x) => mv.some((y) => group[x] === group[y]))) reason = 'same article';
    else if (!guards(mu, mv) || !guards(mv, mu)) reason = 'guard';
    else reason = 'other';
    const size = Math.max(mu.length, mv.length);
    tally.add(`${lang} ${reason} ${size <= 2 ? '≤2' : size <= 5 ? '3–5' : '6+'}`, positive);
    tally.add(`all ${reason}`, positive);
    if (show !== undefined && reason.startsWith(show)) console.log(`${positive} ${reason} ${name} ${lang} s ${prepared.score(u, v).toFixed(2)} sizes ${mu.length}/${mv.length}\n  A ${cu.text.slice(0, 150)}\n  B ${cv.text.slice(0, 150)}`);
  }
});
tally.print(36);
