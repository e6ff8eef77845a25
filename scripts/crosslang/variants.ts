/**
 * Cross-language row figures of the *tuned* dev cases under option variants of the cross-language
 * stage, each case analysed once (the one-language rows fixed): for choosing the stage's options.
 * `--alone`: the stage also run on no one-language rows (the cross-language pairs' own evidence).
 *
 * `--mono='{"threshold":0.3}'`: the one-language rows built with other options (how much the
 * cross-language figures swing with them).
 *
 *   node bin/run-ts.mjs scripts/crosslang/variants.ts '{"threshold":0.1}' '{"rowThreshold":0}'
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { alignClaims, type AlignOptions } from '../../src/core/align/index.ts';
import { linkAcrossLanguages, type CrossLanguageOptions } from '../../src/core/crosslang/align.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { scoreAlignment } from '../bench/score.ts';

const monoArg = process.argv.find((a) => a.startsWith('--mono='));
const monoOptions = monoArg ? (JSON.parse(monoArg.slice('--mono='.length)) as AlignOptions) : {};
const cases = listDevCases()
  .map(loadDevCase)
  .filter((c) => c.meta.split === 'tuned')
  .map((devCase) => {
    const { inputs, annotations } = devCaseView(devCase, 'mixed');
    const analysis = analyzeCase(inputs);
    const entities = resolveEntities(analysis.articles);
    const mono = alignClaims(analysis.articles, { entities, ...monoOptions });
    const languageOf = new Map(devCase.meta.articles.map((a) => [a.id, a.language]));
    return { analysis, mono, annotations, languageOf, entities };
  });
const variants: [string, Partial<CrossLanguageOptions>, boolean][] = [['default', {}, false]];
for (const arg of process.argv.slice(2)) if (arg.startsWith('{')) variants.push([arg, JSON.parse(arg) as Partial<CrossLanguageOptions>, false]);
if (process.argv.includes('--alone')) for (const [name, opts] of [...variants]) variants.push([`${name} alone`, opts, true]);
for (const [name, opts, alone] of variants) {
  let [predicted, correct, gold, found, monoP, monoC, monoG, monoF] = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const { analysis, mono, annotations, languageOf, entities } of cases) {
    const rows = linkAcrossLanguages(analysis.articles, alone ? [] : mono, opts, entities);
    const a = scoreAlignment({ ...analysis, rows }, annotations, (x, y) => languageOf.get(x) !== languageOf.get(y));
    predicted += a.pairs.predicted;
    correct += a.pairs.correct;
    gold += a.pairs.gold;
    found += Math.round(a.pairs.recall * a.pairs.gold);
    const m = scoreAlignment({ ...analysis, rows }, annotations, (x, y) => languageOf.get(x) === languageOf.get(y));
    monoP += m.pairs.predicted;
    monoC += m.pairs.correct;
    monoG += m.pairs.gold;
    monoF += Math.round(m.pairs.recall * m.pairs.gold);
  }
  const f = (c: number, p: number, g: number, fd: number) => {
    const [pr, r] = [p ? c / p : 0, g ? fd / g : 0];
    return `${(100 * pr).toFixed(1)} / ${(100 * r).toFixed(1)} / ${(pr + r ? (200 * pr * r) / (pr + r) : 0).toFixed(1)} (${c}/${p}, ${fd}/${g})`;
  };
  console.log(`${name.padEnd(40)} cross ${f(correct, predicted, gold, found)}   same-language ${f(monoC, monoP, monoG, monoF)}`);
}
