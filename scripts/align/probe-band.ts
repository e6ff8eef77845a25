/**
 * Candidate pairs of the *tuned* dev cases scoring under the threshold (0.1 ≤ word score < 0.25) that
 * nothing joins, one language at a time: true / false by shared figures (years aside), clashes and
 * score band, to find what tells "one fact in other words" from "another fact of the story" there.
 * Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-band.ts [--pairs]
 */
import { lastPair } from '../../src/core/align/vectors.ts';
import { forEachTunedPair, sourceEntities, Tally } from './tuned-pairs.ts';

const showPairs = process.argv.includes('--pairs');
const tally = new Tally();
forEachTunedPair({}, ({ name, lang, prepared, entities, i, j, annotated, positive }) => {
  if (prepared.joinScore(i, j) >= prepared.joinThreshold) return;
  const s = prepared.score(i, j);
  if (s < 0.1 || !annotated) return;
  const ci = prepared.claims[i]!;
  const cj = prepared.claims[j]!;
  const figures = Math.min(2, lastPair.sharedFigures);
  const clash = lastPair.yearClash || lastPair.placeClash ? ' clash' : lastPair.figureClash ? ' figureClash' : '';
  const band = s >= 0.15 ? '0.15–0.25' : '0.10–0.15';
  tally.add(`${band} figures ${figures}${clash}`, positive);
  tally.add(`all figures ${figures}${clash}`, positive);
  const ea = sourceEntities(ci, entities);
  const same = ea.length > 0 && sourceEntities(cj, entities).some((x) => ea.includes(x));
  tally.add(`${band} speaker ${same ? 'same' : ci.attribution && cj.attribution ? 'both attributed' : 'other'}`, positive);
  if (showPairs && same) console.log(`${positive} s ${s.toFixed(2)} same speaker ${name} ${lang}\n  A ${ci.text.slice(0, 180)}\n  B ${cj.text.slice(0, 180)}`);
  if (showPairs && figures > 0) console.log(`${positive} s ${s.toFixed(2)} fig ${lastPair.sharedFigures}${clash} ${name} ${lang}\n  A ${ci.text.slice(0, 180)}\n  B ${cj.text.slice(0, 180)}`);
});
tally.print(40);
