/**
 * Fits the pair scorer of src/core/align/fitted.ts: logistic regression (L2, Newton steps, standardised
 * features) over the features of every LSH candidate pair the word score does not gate out, on
 *   - the crowded ANS *train* case (every s1 headline in one article, every s2 in another; gold: pairs
 *     labelled agree/disagree, closed over shared headlines), and
 *   - the *tuned* dev cases, one language at a time (gold: both units' claims cover members of one
 *     annotated row). Unseen dev cases and the ANS dev/test splits are never read.
 * Each source weighs the same in the fit (ANS train half, the dev cases half, one share per case).
 * The threshold is chosen leave-one-case-out: fit without a case, score its pairs, and take the
 * probability that maximises the mean held-out pair F1. The model is then fitted on all and written
 * to src/core/align/scorer.json.
 *
 * Run: node bin/run-ts.mjs scripts/align/fit-scorer.ts [--dry] [--l2=1] [--drop=feature,feature]
 */
import { writeFileSync } from 'node:fs';
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { FEATURE_NAMES } from '../../src/core/align/fitted.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { AnalyzedArticle, Claim } from '../../src/core/types.ts';
import { crowdedGold } from '../bench/ans.ts';
import { covers } from '../bench/score.ts';

interface Sample {
  x: Float64Array;
  y: number;
  /** The annotated row a positive dev-case pair belongs to (for --row-cap). */
  row?: string;
}

interface Source {
  name: string;
  /** The case the source belongs to (held out together). */
  case: string;
  samples: Sample[];
  /** Gold pairs in the source (found or not among the candidates), for recall. */
  gold: number;
}

const argv = process.argv.slice(2);
const dry = argv.includes('--dry');
/** The model only adds joins below the word score's threshold (the word score's joins stand). */
const rescue = argv.includes('--rescue');
const WORD_THRESHOLD = 0.25;
const l2 = Number(argv.find((a) => a.startsWith('--l2='))?.slice(5) ?? '1');
const dropped = new Set((argv.find((a) => a.startsWith('--drop='))?.slice(7) ?? '').split(',').filter(Boolean));
const used = FEATURE_NAMES.map((name, k) => (dropped.has(name) ? -1 : k)).filter((k) => k >= 0);

/** Samples of the LSH candidates of a case whose word score is above 0, labelled by `same`. */
function samplesOf(articles: readonly AnalyzedArticle[], withEntities: boolean, same: (a: Claim, b: Claim) => string | boolean): Sample[] {
  // scorer 'fitted': the case's units carry what the features need (negation).
  const prepared = prepareCase(articles, { scorer: 'fitted', entities: withEntities ? resolveEntities(articles) : null });
  const candidates = blockedCandidates(prepared);
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    const i = candidates[k]!;
    const j = candidates[k + 1]!;
    const key = `${Math.min(i, j)}|${Math.max(i, j)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const x = prepared.features(i, j, new Float64Array(FEATURE_NAMES.length));
    if (x[0] === 0) continue;
    const row = same(prepared.claims[i]!, prepared.claims[j]!);
    samples.push(typeof row === 'string' ? { x, y: 1, row } : { x, y: row ? 1 : 0 });
  }
  return samples;
}

function ansSource(): Source {
  const { s1, s2, positive } = crowdedGold('train');
  const analysis = analyzeCase(
    [
      { id: 's1', raw: s1.join('\n'), format: 'text', language: 'ar' },
      { id: 's2', raw: s2.join('\n'), format: 'text', language: 'ar' },
    ],
    { claimsOnly: true },
  );
  const lineOf = new Map<string, string>();
  for (const article of analysis.articles) {
    const lines = article.text.split('\n');
    let at = 0;
    const starts = lines.map((line) => ((at += line.length + 1), at - line.length - 1));
    for (const claim of article.claims) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > claim.start) k--;
      lineOf.set(claim.id, lines[k]!.trim());
    }
  }
  const samples = samplesOf(analysis.articles, false, (a, b) => {
    const [x, y] = a.articleId === 's1' ? [a, b] : [b, a];
    return positive.has(`${lineOf.get(x.id)}\t${lineOf.get(y.id)}`);
  });
  return { name: 'ans-train', case: 'ans-train', samples, gold: positive.size };
}

function devSources(): Source[] {
  const out: Source[] = [];
  for (const name of listDevCases()) {
    const devCase = loadDevCase(name);
    if (devCase.meta.split !== 'tuned') continue;
    for (const lang of devCaseLanguages(devCase)) {
      const { inputs, annotations } = devCaseView(devCase, lang);
      if (inputs.length < 2) continue;
      const analysis = analyzeCase(inputs);
      const rowsOf = new Map<string, Set<string>>();
      let gold = 0;
      for (const row of annotations.rows) {
        for (const m of row.members) {
          for (const c of analysis.articles.find((a) => a.id === m.articleId)?.claims ?? []) {
            if (covers(c.text, m.claim)) (rowsOf.get(c.id) ?? rowsOf.set(c.id, new Set()).get(c.id)!).add(row.id);
          }
        }
        for (let i = 0; i < row.members.length; i++) for (let j = i + 1; j < row.members.length; j++) if (row.members[i]!.articleId !== row.members[j]!.articleId) gold++;
      }
      const samples = samplesOf(analysis.articles, true, (a, b) => [...(rowsOf.get(a.id) ?? [])].find((r) => rowsOf.get(b.id)?.has(r)) ?? false);
      out.push({ name: `${name} [${lang}]`, case: name, samples, gold });
    }
  }
  return out;
}

interface Fit {
  mean: Float64Array;
  scale: Float64Array;
  /** Weights on standardised features, bias last. */
  beta: Float64Array;
}

/** Weighted L2 logistic regression by Newton steps on standardised features. */
function fit(samples: readonly Sample[], weights: readonly number[]): Fit {
  const d = used.length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  let total = 0;
  samples.forEach((s, n) => {
    total += weights[n]!;
    used.forEach((f, k) => (mean[k]! += weights[n]! * s.x[f]!));
  });
  for (let k = 0; k < d; k++) mean[k]! /= total;
  samples.forEach((s, n) => used.forEach((f, k) => (scale[k]! += weights[n]! * (s.x[f]! - mean[k]!) ** 2)));
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]! / total) || 1;
  const z = samples.map((s) => {
    const v = new Float64Array(d + 1);
    used.forEach((f, k) => (v[k] = (s.x[f]! - mean[k]!) / scale[k]!));
    v[d] = 1;
    return v;
  });
  const beta = new Float64Array(d + 1);
  for (let step = 0; step < 25; step++) {
    const grad = new Float64Array(d + 1);
    const hess = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    z.forEach((v, n) => {
      let eta = 0;
      for (let k = 0; k <= d; k++) eta += beta[k]! * v[k]!;
      const p = 1 / (1 + Math.exp(-eta));
      const w = weights[n]!;
      const r = w * (samples[n]!.y - p);
      const h = w * p * (1 - p);
      for (let a = 0; a <= d; a++) {
        grad[a]! += r * v[a]!;
        for (let b = 0; b <= a; b++) hess[a]![b]! += h * v[a]! * v[b]!;
      }
    });
    // L2 on the weights, not the bias; the penalty is relative to the total weight (1 per source).
    for (let a = 0; a < d; a++) {
      grad[a]! -= (l2 / 100) * beta[a]!;
      hess[a]![a]! += l2 / 100;
    }
    for (let a = 0; a <= d; a++) for (let b = a + 1; b <= d; b++) hess[a]![b] = hess[b]![a]!;
    const delta = solve(hess, grad);
    let change = 0;
    for (let k = 0; k <= d; k++) {
      beta[k]! += delta[k]!;
      change = Math.max(change, Math.abs(delta[k]!));
    }
    if (change < 1e-7) break;
  }
  return { mean, scale, beta };
}

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}

function probability(model: Fit, x: Float64Array): number {
  const d = used.length;
  let eta = model.beta[d]!;
  used.forEach((f, k) => (eta += model.beta[k]! * ((x[f]! - model.mean[k]!) / model.scale[k]!)));
  return 1 / (1 + Math.exp(-eta));
}

/** Weights per sample: ANS train half the total, each tuned dev case an equal share of the other half. */
function weightsOf(sources: readonly Source[]): { samples: Sample[]; weights: number[] } {
  const cases = [...new Set(sources.filter((s) => s.case !== 'ans-train').map((s) => s.case))];
  const hasAns = sources.some((s) => s.case === 'ans-train');
  const samples: Sample[] = [];
  const weights: number[] = [];
  for (const source of sources) {
    const casePairs = sources.filter((s) => s.case === source.case).reduce((n, s) => n + s.samples.length, 0);
    const share = source.case === 'ans-train' ? (cases.length ? 0.5 : 1) : (hasAns ? 0.5 : 1) / cases.length;
    const perRow = new Map<string, number>();
    for (const s of source.samples) if (s.row) perRow.set(s.row, (perRow.get(s.row) ?? 0) + 1);
    for (const s of source.samples) {
      samples.push(s);
      weights.push((share / casePairs) * 1000 * (s.row ? Math.min(1, rowCap / perRow.get(s.row)!) : 1));
    }
  }
  return { samples, weights };
}

/** Pair F1 over a source's candidates at threshold t and word-score floor (recall against the candidates' positives). */
function pairF1(probabilities: readonly number[], samples: readonly Sample[], t: number, floor = 0): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  probabilities.forEach((p, n) => {
    const y = samples[n]!.y;
    const s = samples[n]!.x[0]!;
    // rescue: the word score's own joins (≥ WORD_THRESHOLD) stand; the model adds pairs below it.
    const joined = rescue ? s >= WORD_THRESHOLD || (s >= floor && p >= t) : p >= t && s >= floor;
    if (joined && y) tp++;
    else if (joined) fp++;
    else if (y) fn++;
  });
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

const started = performance.now();
const sources = [ansSource(), ...devSources()];
// --fit-on=ans: the model is fitted on ANS train alone (labelled paraphrase pairs); the dev cases only pick the threshold.
const ansOnly = argv.includes('--fit-on=ans');
// --row-cap=N: the positive pairs of one annotated row weigh at most N pairs together (an event row of
// seven claims per outlet would otherwise teach that any two claims of a story belong together).
const rowCap = Number(argv.find((a) => a.startsWith('--row-cap='))?.slice(10) ?? 'Infinity');
// In rescue mode the model decides only below the word threshold: fit it on those pairs.
const fitOn = (list: readonly Source[]): Source[] =>
  (ansOnly ? list.filter((s) => s.case === 'ans-train') : list).map((s) => (rescue ? { ...s, samples: s.samples.filter((x) => x.x[0]! < WORD_THRESHOLD) } : s));
for (const s of sources) console.log(`${s.name}: ${s.samples.length} candidate pairs, ${s.samples.filter((x) => x.y).length} positive (gold pairs ${s.gold})`);
const cases = [...new Set(sources.map((s) => s.case))];
const probabilityGrid = Array.from({ length: 19 }, (_, k) => Math.round(100 * 0.05 * (k + 1)) / 100);
const floorArg = argv.find((a) => a.startsWith('--floors='))?.slice(9);
const floors = floorArg ? floorArg.split(',').map(Number) : [0, 0.1, 0.15, 0.2, 0.25];
const thresholds = floors.flatMap((floor) => probabilityGrid.map((t) => ({ t, floor })));
const heldOut: number[][] = [];
const cosineHeldOut: number[][] = [];
for (const held of cases) {
  // Fitted on ANS alone, ANS train cannot be held out: its own fit scores it.
  const model = fit(...(Object.values(weightsOf(fitOn(ansOnly ? sources : sources.filter((s) => s.case !== held)))) as [Sample[], number[]]));
  const test = sources.filter((s) => s.case === held).flatMap((s) => s.samples);
  const probabilities = test.map((s) => probability(model, s.x));
  heldOut.push(thresholds.map(({ t, floor }) => pairF1(probabilities, test, t, floor)));
  cosineHeldOut.push([pairF1(test.map((s) => s.x[0]!), test, 0.25)]);
}
const meanF1 = thresholds.map((_, k) => heldOut.reduce((sum, f) => sum + f[k]!, 0) / heldOut.length);
const best = meanF1.reduce((b, f, k) => (f > meanF1[b]! ? k : b), 0);
console.log('\nLeave-one-case-out pair F1 on candidates (held-out case: fitted at the chosen threshold / word score at 0.25):');
cases.forEach((c, n) => console.log(`  ${c}: ${(100 * heldOut[n]![best]!).toFixed(1)} / ${(100 * cosineHeldOut[n]![0]!).toFixed(1)}`));
for (const floor of floors) console.log(`  mean by threshold, word score ≥ ${floor}: ${thresholds.flatMap(({ t, floor: f }, k) => (f === floor ? [`${t.toFixed(2)}:${(100 * meanF1[k]!).toFixed(1)}`] : [])).join(' ')}`);
const { t: threshold, floor: minScore } = thresholds[best]!;
console.log(`  chosen threshold ${threshold.toFixed(2)}, word score ≥ ${minScore} (mean held-out F1 ${(100 * meanF1[best]!).toFixed(1)})`);

const all = fit(...(Object.values(weightsOf(fitOn(sources))) as [Sample[], number[]]));
// Back to raw features: w_k / scale_k, bias − Σ w_k mean_k / scale_k.
const weights = FEATURE_NAMES.map(() => 0);
let bias = all.beta[used.length]!;
used.forEach((f, k) => {
  weights[f] = all.beta[k]! / all.scale[k]!;
  bias -= (all.beta[k]! * all.mean[k]!) / all.scale[k]!;
});
const round = (x: number): number => Math.round(x * 1e5) / 1e5;
console.log('\nWeights (raw features):');
FEATURE_NAMES.forEach((name, k) => console.log(`  ${name.padEnd(14)} ${weights[k]!.toFixed(4)}`));
console.log(`  bias           ${bias.toFixed(4)}`);
const model = {
  note: `Fitted by scripts/align/fit-scorer.ts (logistic regression, L2 ${l2}${dropped.size ? `, without ${[...dropped].join(', ')}` : ''}) on the crowded ANS train case and the tuned dev cases (${sources.map((s) => s.name).join(', ')}); threshold chosen leave-one-case-out (mean held-out pair F1 ${(100 * meanF1[best]!).toFixed(1)}). Do not edit by hand.`,
  features: [...FEATURE_NAMES],
  weights: weights.map(round),
  bias: round(bias),
  threshold: round(threshold),
  minScore,
  mode: rescue ? 'rescue' : 'replace',
};
if (!dry) writeFileSync(new URL('../../src/core/align/scorer.json', import.meta.url), JSON.stringify(model, null, 2) + '\n');
console.log(`\n${dry ? 'not written (--dry)' : 'written src/core/align/scorer.json'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
