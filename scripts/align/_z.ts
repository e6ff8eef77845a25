import { forEachTunedPair, Tally } from './tuned-pairs.ts';
import type { PreparedCase } from '../../src/core/align/prepare.ts';
const tally = new Tally();
const all = (p: PreparedCase): number[] => { const out: number[] = []; for (let i = 0; i < p.claims.length; i++) for (let j = i + 1; j < p.claims.length; j++) if (p.group[i] !== p.group[j]) out.push(i, j); return out; };
const show = process.argv.includes('--pairs');
forEachTunedPair({ shortClaim: 0 }, ({ prepared, i, j, annotated, positive }) => {
  if (!annotated) return;
  const s = prepared.score(i, j);
  if (s < 0.25) return;
  // Short units (≤ 3 terms) that the default's short-claim rule zeroes.
  const size = (u: number) => prepared.space.offsets[u + 1]! - prepared.space.offsets[u]!;
  if (Math.min(size(i), size(j)) > 3) return;
  tally.add(`short ${Math.min(size(i), size(j))} score ${s >= 0.5 ? '≥.5' : s >= 0.35 ? '.35-.5' : '.25-.35'}`, positive);
  if (show) console.log(positive, s.toFixed(2), prepared.claims[i]!.text.slice(0, 100), '|', prepared.claims[j]!.text.slice(0, 100));
}, all);
tally.print(40);
