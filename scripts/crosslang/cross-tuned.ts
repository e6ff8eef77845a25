/**
 * Cross-language figures of the *tuned* dev cases only, fast (mixed view alone): actors merged across
 * scripts and cross-language row pairs P / R / F1. For iterating; `scripts/bench/devcases.ts` is the
 * benchmark of record.
 *
 *   node bin/run-ts.mjs scripts/crosslang/cross-tuned.ts [--cases]   (--cases: each case's line too)
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { scoreAlignment, scoreMergedActors } from '../bench/score.ts';

const perCase = process.argv.includes('--cases');
// The one-language pairs of the mixed view (a join across languages may move a claim out of its row).
let [monoCorrect, monoPredicted, monoFound, monoGold] = [0, 0, 0, 0];
let [predicted, correct, gold, found, total, merged] = [0, 0, 0, 0, 0, 0];
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  const { inputs, annotations } = devCaseView(devCase, 'mixed');
  const languageOf = new Map(devCase.meta.articles.map((a) => [a.id, a.language]));
  const analysis = analyzeCase(inputs);
  const a = scoreAlignment(analysis, annotations, (x, y) => languageOf.get(x) !== languageOf.get(y));
  predicted += a.pairs.predicted;
  correct += a.pairs.correct;
  gold += a.pairs.gold;
  found += Math.round(a.pairs.recall * a.pairs.gold);
  const mono = scoreAlignment(analysis, annotations, (x, y) => languageOf.get(x) === languageOf.get(y));
  [monoCorrect, monoPredicted, monoFound, monoGold] = [monoCorrect + mono.pairs.correct, monoPredicted + mono.pairs.predicted, monoFound + Math.round(mono.pairs.recall * mono.pairs.gold), monoGold + mono.pairs.gold];
  if (perCase) console.log(`${name}: P ${(100 * a.pairs.precision).toFixed(1)} R ${(100 * a.pairs.recall).toFixed(1)} F1 ${(100 * a.pairs.f1).toFixed(1)}`);
  const m = scoreMergedActors(analysis, annotations);
  total += m.total;
  merged += m.merged;
}
const p = predicted ? correct / predicted : 0;
const r = gold ? found / gold : 0;
console.log(`tuned cross rows P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(1)} (${correct}/${predicted}, ${found}/${gold}); actors merged ${merged}/${total}`);
console.log(`tuned one-language pairs in the mixed view: P ${((100 * monoCorrect) / monoPredicted).toFixed(1)} R ${((100 * monoFound) / monoGold).toFixed(1)} (${monoCorrect}/${monoPredicted}, ${monoFound}/${monoGold})`);
