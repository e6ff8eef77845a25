/**
 * The window score (align/focus.ts) on the *tuned* dev cases, one language at a time: for every LSH
 * candidate pair under the word threshold (at or above `focusFloor`), whether the two units cover members
 * of one annotated row, with its window score and what its frames allow. Prints, per window threshold
 * and frame gate, the true and false pairs it would let join.
 * Run: node bin/run-ts.mjs scripts/align/probe-focus.ts [width] [floor] [--pairs]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { frameAllows, prepareCase } from '../../src/core/align/prepare.ts';
import { lastPair } from '../../src/core/align/vectors.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';

const argv = process.argv.slice(2);
const width = Number(argv[0] ?? 8);
const floor = Number(argv[1] ?? 0.05);
const showPairs = argv.includes('--pairs');
const gates = ['main', 'agree', 'free', 'none'] as const;
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
const tally = new Map<string, { tp: number; fp: number }>();
let positives = 0;
let negatives = 0;
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    const analysis = analyzeCase(inputs);
    const entities = resolveEntities(analysis.articles);
    const prepared = prepareCase(analysis.articles, { entities, focusWidth: width, focusFloor: floor });
    const rowsOfClaim = annotatedRowsOfClaims(analysis.articles, annotations.rows);
    let candidates: ArrayLike<number> = blockedCandidates(prepared);
    if (argv.includes('--all')) {
      // Every cross-article pair that is not an LSH candidate: what blocking keeps from the window score.
      const blocked = new Set<number>();
      const n = prepared.claims.length;
      for (let k = 0; k + 1 < candidates.length; k += 2) blocked.add(Math.min(candidates[k]!, candidates[k + 1]!) * n + Math.max(candidates[k]!, candidates[k + 1]!));
      const rest: number[] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (prepared.group[i] !== prepared.group[j] && !blocked.has(i * n + j)) rest.push(i, j);
      candidates = rest;
    }
    for (let k = 0; k + 1 < candidates.length; k += 2) {
      const i = candidates[k]!;
      const j = candidates[k + 1]!;
      const s = prepared.score(i, j);
      if (s >= prepared.options.threshold || s < floor) continue;
      const clash = lastPair.yearClash || lastPair.placeClash;
      const f = prepared.focusScore!(i, j);
      const ra = rowsOfClaim.get(prepared.claims[i]!.id);
      const rb = rowsOfClaim.get(prepared.claims[j]!.id);
      const positive = !!ra && !!rb && [...ra].some((r) => rb.has(r));
      if (positive) positives++;
      else negatives++;
      const fa = prepared.frameOf!(i);
      const fb = prepared.frameOf!(j);
      for (const gate of gates) {
        const allowed = !clash && (gate === 'none' || frameAllows(fa, fb, gate));
        for (const t of thresholds) {
          if (!allowed || f < t) continue;
          const key = `${gate} ${t}`;
          const cell = tally.get(key) ?? tally.set(key, { tp: 0, fp: 0 }).get(key)!;
          if (positive) cell.tp++;
          else cell.fp++;
        }
      }
      if (showPairs && f >= 0.4) console.log(`${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} focus ${f.toFixed(2)} main ${frameAllows(fa, fb, 'main')} ${name} ${lang}\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
    }
  }
}
console.log(`width ${width} floor ${floor}${argv.includes('--all') ? ' (pairs LSH does not propose)' : ''}: candidate pairs under the threshold: ${positives} true, ${negatives} false`);
for (const gate of gates) console.log(gate.padEnd(6), thresholds.map((t) => { const c = tally.get(`${gate} ${t}`) ?? { tp: 0, fp: 0 }; return `${t}: ${c.tp}/${c.fp}`; }).join('  '));
