/**
 * The predicted rows (units, before one row per claim) of the *tuned* dev cases, one language at a
 * time, with each member's annotated rows and the join edges among members (candidate pairs the join
 * score passes), to see how mixed rows hang together: one bridge pair, or many. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-row-cohesion.ts ['{…align options}'] [--mixed]
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates } from '../../src/core/align/prepare.ts';
import { forEachTunedView } from './tuned-pairs.ts';

const json = process.argv.find((a) => a.startsWith('{'));
const onlyMixed = process.argv.includes('--mixed');
forEachTunedView(json ? JSON.parse(json) : {}, ({ name, lang, prepared, rowsOfClaim }) => {
  const { claims, group, joinScore, joinThreshold, groupScore } = prepared;
  const candidates = blockedCandidates(prepared);
  const edges = new Map<number, Map<number, number>>();
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    const i = candidates[k]!;
    const j = candidates[k + 1]!;
    const s = joinScore(i, j);
    if (s < joinThreshold) continue;
    (edges.get(i) ?? edges.set(i, new Map()).get(i)!).set(j, s);
    (edges.get(j) ?? edges.set(j, new Map()).get(j)!).set(i, s);
  }
  const clusters = clustersFromCandidates(prepared, candidates);
  clusters.forEach((members, r) => {
    const labels = members.map((m) => [...(rowsOfClaim.get(claims[m]!.id) ?? [])].join('+') || '-');
    const mixed = new Set(labels.filter((l) => l !== '-')).size > 1 || labels.includes('-');
    if (onlyMixed && !mixed) return;
    console.log(`\n${name} [${lang}] cluster ${r} (${members.length})${mixed ? ' MIXED' : ''}`);
    members.forEach((m, x) => {
      const e = members
        .map((o, y) => {
          if (o === m) return null;
          const js = edges.get(m)?.get(o);
          const gs = groupScore(m, o);
          return js !== undefined ? `${y}:${js.toFixed(2)}` : group[o] !== group[m] && gs >= 0.05 ? `${y}(${gs.toFixed(2)})` : null;
        })
        .filter(Boolean)
        .join(' ');
      console.log(`  ${x} a${group[m]} ${claims[m]!.kind === 'title' ? '[T]' : '   '} ${labels[x]!.padEnd(18)} ${claims[m]!.text.replace(/\s+/g, ' ').slice(0, 90)}\n       edges ${e}`);
    });
  });
});
