/**
 * Objects of one predicate class told apart by the entity acted on (align/targets.ts), on the *tuned*
 * dev cases, one language at a time: for each candidate pair of two outlets at or over the threshold
 * whose main predicates share an event class, the two units' targets and whether they conflict ("took
 * the city" / "took a base in the city"). True / false among annotated pairs. Unseen cases never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-targets.ts [--pairs] ['{…align options}']
 */
import { otherTargets } from '../../src/core/align/targets.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const argv = process.argv.slice(2);
const showPairs = argv.includes('--pairs');
const json = argv.find((a) => a.startsWith('{'));
const tally = new Tally();
forEachTunedPair({ targetConflict: 0, ...(json ? JSON.parse(json) : {}) }, ({ name, lang, prepared, i, j, annotated, positive }) => {
  if (!annotated || prepared.group[i] === prepared.group[j]) return;
  const s = prepared.score(i, j);
  if (s < prepared.options.threshold) return;
  const fa = prepared.frameOf!(i);
  const fb = prepared.frameOf!(j);
  tally.add(`${lang} over`, positive);
  if (!fa.main.some((c) => fb.main.includes(c))) return;
  tally.add(`${lang} same class`, positive);
  const a = prepared.targetOf!(i);
  const b = prepared.targetOf!(j);
  if (!otherTargets(a, b)) return;
  tally.add(`${lang} other targets`, positive);
  if (showPairs) console.log(`${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} ${name} ${lang} ${a.target} ${b.target}\n  A ${prepared.claims[i]!.text.slice(0, 160)}\n  B ${prepared.claims[j]!.text.slice(0, 160)}`);
});
tally.print(24);
