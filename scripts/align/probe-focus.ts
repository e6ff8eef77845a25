/**
 * The window score (align/focus.ts) on the *tuned* dev cases, one language at a time: for every LSH
 * candidate pair under the word threshold (at or above `focusFloor`), whether the two units cover members
 * of one annotated row, with its window score and what its frames allow. Prints, per window threshold
 * and frame gate, the true and false pairs it would let join.
 * Run: node bin/run-ts.mjs scripts/align/probe-focus.ts [width] [floor] [--pairs]
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { frameAllows } from '../../src/core/align/prepare.ts';
import type { PreparedCase } from '../../src/core/align/prepare.ts';
import { lastPair } from '../../src/core/align/vectors.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const argv = process.argv.slice(2);
const width = Number(argv[0] ?? 8);
const floor = Number(argv[1] ?? 0.05);
const showPairs = argv.includes('--pairs');
const gates = ['main', 'agree', 'free', 'none'] as const;
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
const tally = new Tally();
let positives = 0;
let negatives = 0;

/** With --all, every cross-article pair that is not an LSH candidate: what blocking keeps from the window score. */
function unblocked(prepared: PreparedCase): ArrayLike<number> {
  const candidates = blockedCandidates(prepared);
  const blocked = new Set<number>();
  const n = prepared.claims.length;
  for (let k = 0; k + 1 < candidates.length; k += 2) blocked.add(Math.min(candidates[k]!, candidates[k + 1]!) * n + Math.max(candidates[k]!, candidates[k + 1]!));
  const rest: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (prepared.group[i] !== prepared.group[j] && !blocked.has(i * n + j)) rest.push(i, j);
  return rest;
}

forEachTunedPair(
  { focusWidth: width, focusFloor: floor },
  ({ name, lang, prepared, i, j, positive }) => {
    const s = prepared.score(i, j);
    if (s >= prepared.options.threshold || s < floor) return;
    const clash = lastPair.yearClash || lastPair.placeClash;
    const f = prepared.focusScore!(i, j);
    if (positive) positives++;
    else negatives++;
    const fa = prepared.frameOf!(i);
    const fb = prepared.frameOf!(j);
    for (const gate of gates) {
      const allowed = !clash && (gate === 'none' || frameAllows(fa, fb, gate));
      for (const t of thresholds) if (allowed && f >= t) tally.add(`${gate} ${t}`, positive);
    }
    if (showPairs && f >= 0.4) console.log(`${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} focus ${f.toFixed(2)} main ${frameAllows(fa, fb, 'main')} ${name} ${lang}\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
  },
  argv.includes('--all') ? unblocked : blockedCandidates,
);
console.log(`width ${width} floor ${floor}${argv.includes('--all') ? ' (pairs LSH does not propose)' : ''}: candidate pairs under the threshold: ${positives} true, ${negatives} false`);
for (const gate of gates) console.log(gate.padEnd(6), thresholds.map((t) => { const c = tally.get(`${gate} ${t}`); return `${t}: ${c.tp}/${c.fp}`; }).join('  '));
