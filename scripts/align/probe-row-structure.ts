/**
 * How the pairs of the grouped rows (units, before one row per claim) of the *tuned* dev cases come
 * about, true / false by the annotated rows, one language at a time: (1) by the pair's score band and
 * whether the join score joins the pair itself (an edge) or only the row's transitivity does; (2) per
 * claim joining a row of two outlets or more, the pairs it makes by its support (the share of the row's
 * other outlets it matches at ≥ --support, default 0.15); (3) frame and role readings of in-row pairs
 * (cannot-link candidates). What a grouping safeguard (a split or a support check) could part.
 * Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-row-structure.ts [--support=0.15]
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates } from '../../src/core/align/prepare.ts';
import { frameConflict } from '../../src/core/align/frames.ts';
import { lastPair, measurePair } from '../../src/core/align/vectors.ts';
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';

const support = Number(process.argv.find((a) => a.startsWith('--support='))?.slice(10) ?? 0.15);
const bands = new Tally();
const joins = new Tally();
const signals = new Tally();
const band = (s: number): string => (s >= 0.25 ? '≥.25' : s >= 0.15 ? '.15–.25' : s >= 0.1 ? '.10–.15' : s >= 0.05 ? '.05–.10' : '<.05');
// roleConflict off 1 by a hair: the role reader is built (no pair's score moves at the threshold).
forEachTunedView({ roleConflict: 0.99999 }, ({ lang, prepared, rowsOfClaim }) => {
  const { claims, group, groupScore, titleUnits, frameOf, roles, space, options } = prepared;
  const together = (a: number, b: number): boolean => annotatedTogether(rowsOfClaim, claims[a]!.id, claims[b]!.id) === true;
  const candidates = blockedCandidates(prepared);
  const edges = new Set<number>();
  const n = claims.length;
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    const i = candidates[k]!;
    const j = candidates[k + 1]!;
    if (prepared.joinScore(i, j) >= prepared.joinThreshold) edges.add(Math.min(i, j) * n + Math.max(i, j));
  }
  const clusters = clustersFromCandidates(prepared, candidates, (left, right) => {
    if (left.length > 1 && right.length > 1) return;
    const x = (left.length === 1 ? left : right)[0]!;
    const row = left.length === 1 ? right : left;
    const best = new Map<number, number>();
    for (const m of row) if (group[m] !== group[x]) best.set(group[m]!, Math.max(best.get(group[m]!) ?? 0, groupScore(x, m)));
    if (best.size < 2) return;
    const share = [...best.values()].filter((s) => s >= support).length / best.size;
    const cell = joins.get(`${lang} ${titleUnits[x] ? 'headline' : 'body'}  outlets ${best.size >= 4 ? '4+' : best.size}  support ${share >= 1 ? 'all' : share >= 0.5 ? '≥ half' : '< half'}`);
    for (const m of row) {
      if (group[m] === group[x]) continue;
      if (together(x, m)) cell.tp++;
      else cell.fp++;
    }
  });
  for (const members of clusters) {
    for (const a of members) {
      for (const b of members) {
        if (b <= a || group[a] === group[b]) continue;
        const positive = together(a, b);
        const edge = edges.has(a * n + b) ? 'edge' : 'row ';
        bands.add(`${lang} ${band(groupScore(a, b)).padEnd(8)} ${edge} ${titleUnits[a] || titleUnits[b] ? 'headline' : ''}`, positive);
        const fa = frameOf!(a);
        const fb = frameOf!(b);
        const conflict = frameConflict(fa, fb);
        const m = roles!.compare(a, b);
        measurePair(space, a, b, options.minShared, options.numberPenalty, options.shortClaim, options.placePenalty);
        const read = [
          conflict && `frameConflict:${conflict}`,
          fa.subject && fb.subject && fa.subject !== fb.subject && 'otherSubject',
          m.otherObject && 'otherObject',
          m.otherFigure && 'otherFigure',
          m.otherDate && 'otherDate',
          lastPair.yearClash && 'yearClash',
          lastPair.placeClash && 'placeClash',
        ];
        signals.add(`${lang} all ${edge}`, positive);
        for (const r of read) if (r) signals.add(`${lang} ${r} ${edge}`, positive);
      }
    }
  }
});
console.log('(1) in-row pairs by score band: an edge (joined itself) or through the row');
bands.print(34);
console.log(`\n(2) a claim joining a row of 2+ other outlets: its pairs there, by support (≥ ${support})`);
joins.print(40);
console.log('\n(3) in-row pairs by what the frames and roles read');
signals.print(34);
