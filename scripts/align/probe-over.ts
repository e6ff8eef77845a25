/**
 * Pairs the word score joins on the *tuned* dev cases (at or over the threshold), one language at a
 * time: true / false pairs per score band and per frame conflict (what would tell them apart). Only
 * pairs of claims that annotated rows cover count. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-over.ts [--pairs]
 */
import { frameConflict } from '../../src/core/align/frames.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const showPairs = process.argv.includes('--pairs');
const bands = [0.25, 0.3, 0.35, 0.5, Infinity];
const tally = new Tally();
forEachTunedPair({}, ({ name, lang, prepared, i, j, annotated, positive }) => {
  const s = prepared.score(i, j);
  // Pairs of claims no annotated row covers say nothing either way.
  if (s < prepared.options.threshold || !annotated) return;
  const band = bands.findIndex((b, n) => s >= b && s < bands[n + 1]!);
  const conflict = frameConflict(prepared.frameOf!(i), prepared.frameOf!(j)) ?? 'none';
  const ci = prepared.claims[i]!;
  const cj = prepared.claims[j]!;
  tally.add(`band ${bands[band]}`, positive);
  tally.add(`band ${bands[band]} ${conflict}`, positive);
  if (showPairs && !positive) console.log(`false s ${s.toFixed(2)} ${conflict} ${name} ${lang}\n  A ${ci.text.slice(0, 200)}\n  B ${cj.text.slice(0, 200)}`);
});
tally.print(28);
