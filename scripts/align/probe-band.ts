/**
 * Candidate pairs of the *tuned* dev cases scoring under the threshold (0.1 ≤ word score < 0.25) that
 * nothing joins, one language at a time: true / false by shared figures (years aside), clashes and
 * score band, to find what tells "one fact in other words" from "another fact of the story" there.
 * Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-band.ts [--pairs]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { lastPair } from '../../src/core/align/vectors.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { EntityIndex } from '../../src/core/entities/index.ts';
import type { Claim } from '../../src/core/types.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';

/** The entities named inside a claim's stated source. */
const sourceEntities = (claim: Claim, entities: EntityIndex): string[] => {
  const source = claim.attribution?.source;
  if (!source) return [];
  return (entities.byArticle.get(claim.articleId) ?? []).filter((m) => m.start >= source.start && m.end <= source.end).map((m) => m.entityId);
};

const showPairs = process.argv.includes('--pairs');
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
      if (prepared.joinScore(i, j) >= prepared.joinThreshold) continue;
      const s = prepared.score(i, j);
      if (s < 0.1) continue;
      const ci = prepared.claims[i]!;
      const cj = prepared.claims[j]!;
      const ra = rowsOfClaim.get(ci.id);
      const rb = rowsOfClaim.get(cj.id);
      if (!ra || !rb) continue;
      const positive = [...ra].some((x) => rb.has(x));
      const figures = Math.min(2, lastPair.sharedFigures);
      const clash = lastPair.yearClash || lastPair.placeClash ? ' clash' : lastPair.figureClash ? ' figureClash' : '';
      const band = s >= 0.15 ? '0.15–0.25' : '0.10–0.15';
      add(`${band} figures ${figures}${clash}`, positive);
      add(`all figures ${figures}${clash}`, positive);
      const ea = sourceEntities(ci, entities);
      const same = ea.length > 0 && sourceEntities(cj, entities).some((x) => ea.includes(x));
      add(`${band} speaker ${same ? 'same' : ci.attribution && cj.attribution ? 'both attributed' : 'other'}`, positive);
      if (showPairs && same) console.log(`${positive} s ${s.toFixed(2)} same speaker ${name} ${lang}\n  A ${ci.text.slice(0, 180)}\n  B ${cj.text.slice(0, 180)}`);
      if (showPairs && figures > 0) console.log(`${positive} s ${s.toFixed(2)} fig ${lastPair.sharedFigures}${clash} ${name} ${lang}\n  A ${ci.text.slice(0, 180)}\n  B ${cj.text.slice(0, 180)}`);
    }
  }
}
for (const [key, c] of [...tally].sort()) console.log(key.padEnd(40), `${c.tp} true / ${c.fp} false`);
