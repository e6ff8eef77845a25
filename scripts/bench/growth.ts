/**
 * Growth benchmark (`npm run bench:growth [-- --sizes 10,100,1000,5000] [--seed 20201] [--naive-sample 200]
 * [--json FILE] [--md FILE] [--from-json FILE]`): analyzeCase on synthetic cases of growing size (scripts/bench/synthetic.ts: fixture
 * sentences shuffled, entities swapped), each size in its own Node process so peak memory is its own.
 * Prints time, peak heap and RSS, time per word for the whole pipeline and its stages, and the same
 * for a naive all-pairs alignment (measured up to `--naive-sample` articles, extrapolated beyond by the
 * square of the claim count, and marked so). Checks the issue's criterion: time per word stays flat
 * within 2× from 100 to 5,000 articles.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignClaimsNaive } from '../../src/core/align/naive.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { analysisProblems } from '../../test/core/properties/invariants.ts';
import { buildSyntheticCase, countWords } from './synthetic.ts';
import { heading, ms, table } from './table.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

interface SizeResult {
  articles: number;
  words: number;
  claims: number;
  rows: number;
  /** Whole pipeline, CPU time (the median run of `runs`). */
  ms: number;
  /** The same run's wall-clock time (inflated by whatever else the machine runs). */
  wallMs: number;
  runs: number;
  stagesMs: { claims: number; rows: number; actors: number };
  peakHeapMB: number;
  maxRssMB: number;
  naive: { ms: number; measuredArticles: number; measuredClaims: number; extrapolated: boolean };
  /** Invariant violations (test/core/properties/invariants.ts) in the analysis. */
  violations: number;
  firstViolations?: string[];
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** One size, in this (child) process: prints its figures as JSON on the last line. */
function measure(n: number, seed: number, naiveSample: number): SizeResult {
  const inputs = buildSyntheticCase({ articles: n, seed });
  const words = inputs.reduce((s, a) => s + countWords(a.raw), 0);
  // Warm-up (another seed, ~25,000 words, twice): lazy language data and JIT, so small cases do not pay for them.
  const warmUp = buildSyntheticCase({ articles: 50, seed: seed + 1 });
  analyzeCase(warmUp);
  analyzeCase(warmUp);
  let peakHeap = process.memoryUsage().heapUsed;
  // Steady state, not JIT warm-up: small cases (a fraction of a second) run twice unmeasured, then 5
  // times (the median counts); from 1,000 articles one run is long enough to amortise warm-up.
  const unmeasured = n <= 100 ? 2 : 0;
  const runs = n <= 100 ? 5 : 1;
  const timed: { ms: number; wallMs: number; stages: SizeResult['stagesMs'] }[] = [];
  let analysis = analyzeCase([]);
  for (let r = 0; r < unmeasured + runs; r++) {
    const marks: Record<string, number> = {};
    let calls = 0;
    const wall0 = performance.now();
    const t0 = cpuNow();
    analysis = analyzeCase(inputs, {
      onProgress: (_fraction, stage) => {
        marks[stage] = cpuNow();
        if (++calls % 25 === 0 || stage !== 'claims') peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      },
    });
    const end = cpuNow();
    const wallMs = performance.now() - wall0;
    const claimsEnd = marks.claims ?? t0;
    const rowsEnd = marks.rows ?? claimsEnd;
    if (r >= unmeasured) timed.push({ ms: end - t0, wallMs, stages: { claims: claimsEnd - t0, rows: rowsEnd - claimsEnd, actors: end - rowsEnd } });
  }
  // The median run, with its own stage times (so the stages add up to the total).
  const middle = [...timed].sort((a, b) => a.ms - b.ms)[timed.length >> 1]!;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const claims = analysis.articles.reduce((s, a) => s + a.claims.length, 0);
  // The invariants of the property tests hold at scale too.
  const violations = analysisProblems(inputs, analysis);
  // Naive all-pairs alignment: quadratic, so measured on a sample and extrapolated for big cases.
  const sample = analysis.articles.slice(0, Math.min(n, naiveSample));
  const sampleClaims = sample.reduce((s, a) => s + a.claims.length, 0);
  const t0 = cpuNow();
  alignClaimsNaive(sample);
  const naiveSampleMs = cpuNow() - t0;
  const extrapolated = sample.length < analysis.articles.length;
  const naiveMs = extrapolated ? naiveSampleMs * (claims / sampleClaims) ** 2 : naiveSampleMs;
  return {
    articles: n,
    words,
    claims,
    rows: analysis.rows.length,
    ms: middle.ms,
    wallMs: middle.wallMs,
    runs,
    stagesMs: middle.stages,
    peakHeapMB: peakHeap / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    naive: { ms: naiveMs, measuredArticles: sample.length, measuredClaims: sampleClaims, extrapolated },
    violations: violations.length,
    ...(violations.length ? { firstViolations: violations.slice(0, 5) } : {}),
  };
}

/** CPU time of this process in ms (user + system), so other load on a shared machine does not count. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const usPerWord = (msTotal: number, words: number): number => (1000 * msTotal) / words;

/** 850 → "850 ms", 12345 → "12.3 s", 1234567 → "20.6 min". */
const duration = (msTotal: number): string =>
  msTotal < 1000 ? `${msTotal.toFixed(0)} ms` : msTotal < 120_000 ? `${(msTotal / 1000).toFixed(1)} s` : `${(msTotal / 60_000).toFixed(1)} min`;

/** The growth table as a Markdown fragment for the README's "Performance" section. */
function markdownTable(results: SizeResult[], ratio: number, holds: boolean): string {
  const lines = [
    `Growth (\`npm run bench:growth\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}): synthetic cases, each size in its own process; CPU time (user + system).`,
    '',
    '| Articles | Words | Claims | CPU time | µs/word | Wall time | Peak heap | Max RSS | Naive all-pairs alignment | Pipeline with naive alignment, µs/word |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const mark = r.naive.extrapolated ? '≈ ' : '';
      return `| ${r.articles.toLocaleString('en')} | ${r.words.toLocaleString('en')} | ${r.claims.toLocaleString('en')} | ${duration(r.ms)} | ${usPerWord(r.ms, r.words).toFixed(1)} | ${duration(r.wallMs)} | ${r.peakHeapMB.toFixed(0)} MB | ${r.maxRssMB.toFixed(0)} MB | ${mark}${duration(r.naive.ms)} | ${mark}${usPerWord(r.ms - r.stagesMs.rows + r.naive.ms, r.words).toFixed(1)} |`;
    }),
    '',
    ...results
      .filter((r) => r.naive.extrapolated)
      .slice(0, 1)
      .map((r) => `≈: naive alignment extrapolated, not measured: timed on the first ${r.naive.measuredArticles} articles and scaled by the square of the claim count.`),
    `Invariant violations in the analyses (spans, rows, labels; as in the property tests): ${results.reduce((t, r) => t + (r.violations ?? 0), 0)}.`,
    'Cases of ≤ 100 articles: median of 5 runs after 2 warm-up runs (steady state, not JIT warm-up); larger cases: one run.',
    'Wall time is shown for reference: the machine was shared, so CPU time (user + system of the benchmark process) is the figure the criterion uses.',
    `Time per word from 100 articles up varies by ${ratio.toFixed(2)}× (criterion: within 2×) — ${holds ? 'holds' : 'does not hold'}.`,
  ];
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const argv = process.argv.slice(2);
  const seed = Number(arg(argv, 'seed') ?? 20201);
  const naiveSample = Number(arg(argv, 'naive-sample') ?? 200);
  const child = arg(argv, 'child');
  if (child) {
    console.log(JSON.stringify(measure(Number(child), seed, naiveSample)));
    return;
  }
  const sizes = (arg(argv, 'sizes') ?? '10,100,1000,5000').split(',').map(Number).filter((n) => n > 0);
  const results: SizeResult[] = [];
  // --from-json FILE: print (and --md) the figures of an earlier run without measuring again.
  const from = arg(argv, 'from-json');
  if (from) results.push(...(JSON.parse(readFileSync(resolve(from), 'utf8')) as { sizes: SizeResult[] }).sizes);
  for (const n of from ? [] : sizes) {
    process.stdout.write(`  ${n} articles … `);
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=8192', resolve(ROOT, 'bin/run-ts.mjs'), fileURLToPath(import.meta.url), '--child', String(n), '--seed', String(seed), '--naive-sample', String(naiveSample)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const r = JSON.parse(out.trim().split('\n').pop()!) as SizeResult;
    results.push(r);
    console.log(`${(r.ms / 1000).toFixed(1)} s CPU, ${(r.wallMs / 1000).toFixed(1)} s wall, ${r.violations} invariant violations${r.firstViolations ? `: ${r.firstViolations.join('; ')}` : ''}`);
  }

  console.log(heading('Growth: analyzeCase on synthetic cases (each size in its own process)'));
  console.log(
    table(
      ['articles', 'words', 'claims', 'CPU ms', 'wall ms', 'µs/word', 'claims µs/w', 'rows µs/w', 'actors µs/w', 'peak heap MB', 'max RSS MB', 'naive align ms', 'naive µs/word', 'pipeline w/ naive µs/word'],
      results.map((r) => {
        const naivePipeline = r.ms - r.stagesMs.rows + r.naive.ms;
        const mark = r.naive.extrapolated ? '≈' : '';
        return [
          r.articles.toLocaleString('en'),
          r.words.toLocaleString('en'),
          r.claims.toLocaleString('en'),
          ms(r.ms),
          ms(r.wallMs),
          usPerWord(r.ms, r.words).toFixed(2),
          usPerWord(r.stagesMs.claims, r.words).toFixed(2),
          usPerWord(r.stagesMs.rows, r.words).toFixed(2),
          usPerWord(r.stagesMs.actors, r.words).toFixed(2),
          r.peakHeapMB.toFixed(0),
          r.maxRssMB.toFixed(0),
          `${mark}${ms(r.naive.ms)}`,
          `${mark}${usPerWord(r.naive.ms, r.words).toFixed(2)}`,
          `${mark}${usPerWord(naivePipeline, r.words).toFixed(2)}`,
        ];
      }),
    ),
  );
  const extrapolated = results.filter((r) => r.naive.extrapolated);
  if (extrapolated.length) {
    console.log(
      `≈ naive alignment extrapolated, not measured: timed on the first ${extrapolated[0]!.naive.measuredArticles} articles and scaled by (claims ÷ sample claims)².`,
    );
  }
  console.log(
    `Times are CPU time of the benchmark process (user + system; wall time shown for reference). Small cases (≤ 100 articles): 2 warm-up runs, then the median of 5; larger: one run. Stage times from analyzeCase's progress callbacks.`,
  );

  // The issue's criterion: time per word flat within 2× from 100 articles up.
  const inRange = results.filter((r) => r.articles >= 100);
  const perWord = inRange.map((r) => usPerWord(r.ms, r.words));
  const ratio = perWord.length ? Math.max(...perWord) / Math.min(...perWord) : NaN;
  const holds = perWord.length >= 2 && ratio <= 2;
  const span = inRange.length ? `${inRange[0]!.articles.toLocaleString('en')}–${inRange[inRange.length - 1]!.articles.toLocaleString('en')}` : '—';
  console.log(
    `\nCriterion (time per word flat within 2× from 100 to 5,000 articles): max/min over ${span} articles = ${ratio.toFixed(2)}× → ${holds ? 'HOLDS' : 'DOES NOT HOLD'}`,
  );

  const md = arg(argv, 'md');
  if (md) {
    const file = resolve(md);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, markdownTable(results, ratio, holds));
    console.log(`Markdown table written to ${file}`);
  }

  const json = arg(argv, 'json');
  if (json && !from) {
    const file = resolve(json);
    mkdirSync(dirname(file), { recursive: true });
    const figures = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      seed,
      naiveSample,
      sizes: results.map((r) => ({ ...r, usPerWord: usPerWord(r.ms, r.words), naiveUsPerWord: usPerWord(r.naive.ms, r.words) })),
      criterion: { from: 100, ratio, holds },
    };
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`figures written to ${file}`);
  }
}

main();
