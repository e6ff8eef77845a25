/**
 * Candidate pairs of the *tuned* dev cases that the words join (score ≥ the threshold), one language
 * at a time, by how their event frames relate (align/frames.ts): both name a main event or not, the
 * main events share a class / one's is among the other's events / disjoint, a frame conflict (speaker,
 * event, subject). True / false per relation and band: which relation is evidence of another row above
 * the threshold. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-above.ts [--pairs=RELATION-PREFIX] ['{…align options}']
 */
import { frameConflict, overlaps, STATEMENT } from '../../src/core/align/frames.ts';
import type { EventFrame } from '../../src/core/align/frames.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const show = process.argv.find((a) => a.startsWith('--pairs='))?.slice('--pairs='.length);
const json = process.argv.slice(2).find((a) => a.startsWith('{'));
const options = json ? JSON.parse(json) : {};
const tally = new Tally();
const kind = (f: EventFrame): string => (f.main.length === 0 ? 'none' : f.main.includes(STATEMENT) ? 'stmt' : f.verb ? 'verb' : 'noun');
const relation = (a: EventFrame, b: EventFrame): string => {
  const ka = kind(a);
  const kb = kind(b);
  const kinds = [ka, kb].sort().join('/');
  const conflict = frameConflict(a, b) ?? '-';
  if (!a.main.length || !b.main.length) return `${kinds} ${conflict}`;
  const rel = overlaps(a.main, b.main) ? 'same' : overlaps(a.main, b.events) || overlaps(b.main, a.events) ? 'among' : 'disjoint';
  return `${kinds} ${rel} ${conflict}`;
};
forEachTunedPair(options, ({ name, lang, prepared, i, j, annotated, positive }) => {
  if (!annotated) return;
  const s = prepared.score(i, j);
  if (s < prepared.options.threshold) return;
  const a = prepared.frameOf!(i);
  const b = prepared.frameOf!(j);
  const rel = relation(a, b);
  const band = s >= 0.4 ? '≥0.4' : '0.25–0.4';
  tally.add(`${lang} ${band} ${rel}`, positive);
  tally.add(`all ${rel}`, positive);
  if (show !== undefined && rel.startsWith(show)) {
    const ci = prepared.claims[i]!;
    const cj = prepared.claims[j]!;
    console.log(`${positive} s ${s.toFixed(2)} ${rel} ${name} ${lang} main ${a.main}|${b.main} ev ${a.events}|${b.events}\n  A [${ci.attribution?.source.text ?? ''}] ${ci.text.slice(0, 200)}\n  B [${cj.attribution?.source.text ?? ''}] ${cj.text.slice(0, 200)}`);
  }
});
tally.print(40);
