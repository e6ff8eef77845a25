/**
 * What blocking keeps from the scorer on the *tuned* dev cases, one language at a time: every pair of
 * units of different articles is scored (all pairs: the cases are small), and the probe counts
 * - annotated pairs (two units covering members of one annotated row) per word-score band, and how many
 *   of them the blocking proposes;
 * - pairs the join score lets in (≥ the threshold, or rescued by frames or windows), annotated or not,
 *   and how many of them the blocking proposes (all pairs would join the rest);
 * - candidate pairs per article.
 * Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-blocking.ts ['{…align options}'] [--cross] [--lost]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';
import { annotatedTogether } from './tuned-pairs.ts';

const argv = process.argv.slice(2);
const options = JSON.parse(argv.find((a) => a.startsWith('{')) ?? '{}') as AlignOptions;
const cross = argv.includes('--cross');
const showLost = argv.includes('--lost');
const bands = [0.05, 0.08, 0.15, 0.25, Infinity];
const bandName = (k: number): string => (bands[k + 1] === Infinity ? `≥${bands[k]}` : `${bands[k]}–${bands[k + 1]}`);
const annotated = bands.slice(0, -1).map(() => ({ pairs: 0, proposed: 0 }));
const joinable = { annotated: 0, annotatedProposed: 0, other: 0, otherProposed: 0 };
let candidatePairs = 0;
let articles = 0;
let units = 0;
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  const views = cross ? (devCaseLanguages(devCase).length > 1 ? ['mixed' as const] : []) : devCaseLanguages(devCase);
  for (const lang of views) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    if (inputs.length < 2) continue;
    const analysis = analyzeCase(inputs, { claimsOnly: true });
    const entities = resolveEntities(analysis.articles);
    const prepared = prepareCase(analysis.articles, { entities, ...options });
    const n = prepared.claims.length;
    const rowsOfClaim = annotatedRowsOfClaims(analysis.articles, annotations.rows);
    const candidates = blockedCandidates(prepared);
    candidatePairs += candidates.length >> 1;
    articles += analysis.articles.length;
    units += n;
    const proposed = new Set<number>();
    for (let k = 0; k + 1 < candidates.length; k += 2) proposed.add(Math.min(candidates[k]!, candidates[k + 1]!) * n + Math.max(candidates[k]!, candidates[k + 1]!));
    const languageOf = (u: number): string => analysis.articles[prepared.group[u]!]!.language;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (prepared.group[i] === prepared.group[j]) continue;
        if (cross && languageOf(i) === languageOf(j)) continue;
        const positive = annotatedTogether(rowsOfClaim, prepared.claims[i]!.id, prepared.claims[j]!.id) === true;
        const isProposed = proposed.has(i * n + j);
        const s = prepared.score(i, j);
        if (positive) {
          for (let b = 0; b + 1 < bands.length; b++) {
            if (s >= bands[b]! && s < bands[b + 1]!) {
              annotated[b]!.pairs++;
              if (isProposed) annotated[b]!.proposed++;
            }
          }
        }
        if (s === 0 || prepared.joinScore(i, j) < prepared.joinThreshold) continue;
        if (positive) {
          joinable.annotated++;
          if (isProposed) joinable.annotatedProposed++;
        } else {
          joinable.other++;
          if (isProposed) joinable.otherProposed++;
        }
        if (showLost && !isProposed) console.log(`${positive ? 'TRUE ' : 'other'} s ${s.toFixed(2)} ${name} ${lang}\n  A ${prepared.claims[i]!.text.slice(0, 160)}\n  B ${prepared.claims[j]!.text.slice(0, 160)}`);
      }
    }
  }
}
console.log(`options ${JSON.stringify(options)}${cross ? ' (cross-language pairs)' : ''}`);
console.log(`units ${units}, articles ${articles}, candidate pairs ${candidatePairs} (${(candidatePairs / articles).toFixed(1)} per article, ${(candidatePairs / units).toFixed(2)} per unit)`);
console.log(`annotated unit pairs proposed, per word-score band: ${annotated.map((a, b) => `${bandName(b)} ${a.proposed}/${a.pairs}`).join('  ')}`);
console.log(`pairs the join score lets in, proposed: annotated ${joinable.annotatedProposed}/${joinable.annotated}, other ${joinable.otherProposed}/${joinable.other}`);
