/**
 * Candidate pairs of the *tuned* dev cases that an option set moves across the join threshold (pair
 * level, before grouping), one language at a time: true / false / unannotated gained and lost, to tell
 * whether a scoring change joins one proposition in other words or another fact of the story. Unseen
 * cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-option-pairs.ts '{…align options}' [--pairs]
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../src/core/align/prepare.ts';
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';

const variant = JSON.parse(process.argv.find((a) => a.startsWith('{')) ?? '{}') as Omit<AlignOptions, 'entities'>;
const showPairs = process.argv.includes('--pairs');
const tally = new Tally();
let unannotated = 0;
forEachTunedView({}, ({ name, lang, analysis, entities, prepared, rowsOfClaim }) => {
  const other = prepareCase(analysis.articles, { ...variant, entities });
  const seen = new Set<string>();
  for (const pairs of [blockedCandidates(prepared), blockedCandidates(other)]) {
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const i = Math.min(pairs[k]!, pairs[k + 1]!);
      const j = Math.max(pairs[k]!, pairs[k + 1]!);
      if (seen.has(`${i} ${j}`)) continue;
      seen.add(`${i} ${j}`);
      const before = prepared.joinScore(i, j) >= prepared.joinThreshold;
      const after = other.joinScore(i, j) >= other.joinThreshold;
      if (before === after) continue;
      const positive = annotatedTogether(rowsOfClaim, prepared.claims[i]!.id, prepared.claims[j]!.id);
      const move = `${lang} ${after ? 'gained' : 'lost'}`;
      if (positive === undefined) {
        unannotated++;
        tally.get(`${move} (one side unannotated)`).fp++;
        continue;
      }
      tally.add(move, positive);
      if (showPairs) console.log(`${positive ? 'TRUE ' : 'FALSE'} ${move} ${name}\n  A ${prepared.claims[i]!.text.slice(0, 160)}\n  B ${prepared.claims[j]!.text.slice(0, 160)}`);
    }
  }
});
tally.print(36);
console.log(`unannotated moves ${unannotated}`);
