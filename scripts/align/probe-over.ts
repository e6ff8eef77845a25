/**
 * Pairs the word score joins on the *tuned* dev cases (at or over the threshold), one language at a
 * time: true / false pairs per score band and per frame conflict (what would tell them apart). Only
 * pairs of claims that annotated rows cover count. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-over.ts [--pairs]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { frameConflict } from '../../src/core/align/frames.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';

const showPairs = process.argv.includes('--pairs');
const bands = [0.25, 0.3, 0.35, 0.5, Infinity];
const tally = new Map<string, { tp: number; fp: number }>();
const add = (key: string, positive: boolean): void => {
  const cell = tally.get(key) ?? tally.set(key, { tp: 0, fp: 0 }).get(key)!;
  if (positive) cell.tp++;
  else cell.fp++;
};
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    const analysis = analyzeCase(inputs);
    const entities = resolveEntities(analysis.articles);
    const prepared = prepareCase(analysis.articles, { entities });
    const rowsOfClaim = annotatedRowsOfClaims(analysis.articles, annotations.rows);
    const candidates = blockedCandidates(prepared);
    for (let k = 0; k + 1 < candidates.length; k += 2) {
      const i = candidates[k]!;
      const j = candidates[k + 1]!;
      const s = prepared.score(i, j);
      if (s < prepared.options.threshold) continue;
      const ra = rowsOfClaim.get(prepared.claims[i]!.id);
      const rb = rowsOfClaim.get(prepared.claims[j]!.id);
      // Pairs of claims no annotated row covers say nothing either way.
      if (!ra || !rb) continue;
      const positive = [...ra].some((x) => rb.has(x));
      const band = bands.findIndex((b, n) => s >= b && s < bands[n + 1]!);
      const conflict = frameConflict(prepared.frameOf!(i), prepared.frameOf!(j)) ?? 'none';
      const ci = prepared.claims[i]!;
      const cj = prepared.claims[j]!;
      add(`band ${bands[band]}`, positive);
      add(`band ${bands[band]} ${conflict}`, positive);
      if (showPairs && !positive) console.log(`false s ${s.toFixed(2)} ${conflict} ${name} ${lang}\n  A ${ci.text.slice(0, 200)}\n  B ${cj.text.slice(0, 200)}`);
    }
  }
}
for (const [key, c] of [...tally].sort()) console.log(key.padEnd(28), `${c.tp} true / ${c.fp} false`);
