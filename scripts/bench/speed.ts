/**
 * Speed benchmark (`npm run bench [-- --articles 2000] [--runs 15] [--naive 200] [--json [file]]`):
 * figures, not a timed test. Times analyzeCase on the fixture cases (cold and warm median, warm split
 * by stage), a synthetic case of 2,000 articles (~1M words) stage by stage with peak and retained
 * memory and time per word, next to only tokenising the same text with Intl.Segmenter; the blocked vs
 * naive all-pairs alignment on a subset (naive extrapolated); and a growth table (10, 100, 1,000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCase } from '../../fixtures/load.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Actor, AnalyzedArticle, AnalyzeOptions, ArticleInput, CaseAnalysis, Row } from '../../src/core/types.ts';
import { buildSyntheticCase, countWords } from './synthetic.ts';
import { heading, ms, table } from './table.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_JSON = resolve(HERE, 'results', 'speed.json');
const WARM_TARGET_MS = 50;

// A garbage collector to call between measurements (no --expose-gc needed on the npm script).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type AnalyzeCase = (inputs: readonly ArticleInput[], options?: AnalyzeOptions) => CaseAnalysis;
type Align = (articles: readonly AnalyzedArticle[]) => Row[];

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function jsonPath(argv: string[]): string | null {
  const i = argv.indexOf('--json');
  if (i < 0) return null;
  const next = argv[i + 1];
  return next && !next.startsWith('-') ? resolve(next) : DEFAULT_JSON;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
const usPerWord = (msTotal: number, words: number): string => ((1000 * msTotal) / words).toFixed(2);

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** Runs analyzeCase, sampling memory between articles (the pipeline is synchronous). */
function analyzeWithMemory(analyzeCase: AnalyzeCase, inputs: readonly ArticleInput[], options: AnalyzeOptions = {}) {
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  let calls = 0;
  const onProgress = (): void => {
    if (++calls % 25 !== 0) return;
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const { value, ms: elapsed } = time(() => analyzeCase(inputs, { ...options, onProgress }));
  const m = process.memoryUsage();
  return { analysis: value, ms: elapsed, peakHeap: Math.max(peakHeap, m.heapUsed), peakRss: Math.max(peakRss, m.rss) };
}

/** Word tokenisation only (Intl.Segmenter, per article's script), as a floor for the pipeline's cost. */
function tokeniseOnly(inputs: readonly ArticleInput[]): number {
  const segmenters = { ar: new Intl.Segmenter('ar', { granularity: 'word' }), en: new Intl.Segmenter('en', { granularity: 'word' }) };
  let words = 0;
  for (const input of inputs) {
    const segmenter = /[\u0600-\u06FF]/.test(input.raw.slice(0, 400)) ? segmenters.ar : segmenters.en;
    for (const s of segmenter.segment(input.raw)) if (s.isWordLike) words++;
  }
  return words;
}

interface Stages {
  alignClaims: Align;
  alignClaimsNaive?: Align;
  findActors: (articles: readonly AnalyzedArticle[]) => Actor[];
}

/** The stages analyzeCase runs after the claims, imported directly to time them one by one. */
async function loadStages(): Promise<Stages | null> {
  try {
    const align = (await import('../../src/core/align/index.ts')) as { alignClaims: Align; alignClaimsNaive?: Align };
    const actors = (await import('../../src/core/actors/index.ts')) as { findActors: Stages['findActors'] };
    const stages: Stages = { alignClaims: align.alignClaims, findActors: actors.findActors };
    if (align.alignClaimsNaive) stages.alignClaimsNaive = align.alignClaimsNaive;
    return stages;
  } catch {
    return null;
  }
}

function timeWithHeap<T>(fn: () => T): { value: T; ms: number; heapAfter: number } {
  const { value, ms: elapsed } = time(fn);
  return { value, ms: elapsed, heapAfter: process.memoryUsage().heapUsed };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = option(argv, 'runs', 15);
  const total = option(argv, 'articles', 2000);
  const naiveSubset = option(argv, 'naive', 200);
  const figures: Record<string, unknown> = { generatedAt: new Date().toISOString(), node: process.version };

  const t0 = performance.now();
  // Imported here, not at the top, so the module's load time is measured.
  const { analyzeCase } = await import('../../src/core/index.ts');
  const importMs = performance.now() - t0;

  // 1. The fixture cases: the first call pays for lazy data loading and JIT; then the median of N.
  console.log(heading('Fixture cases (analyzeCase, whole pipeline)'));
  const fixtureRows: string[][] = [];
  const fixtureFigures: Record<string, unknown> = {};
  for (const name of ['seeds', 'english'] as const) {
    const inputs = loadCase(name);
    const words = inputs.reduce((s, a) => s + countWords(a.raw), 0);
    const cold = time(() => analyzeCase(inputs)).ms;
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(time(() => analyzeCase(inputs)).ms);
    const warmMedian = median(warm);
    fixtureFigures[name] = { articles: inputs.length, words, coldMs: cold, warmMedianMs: warmMedian, warmMinMs: Math.min(...warm), runs };
    fixtureRows.push([
      name,
      String(inputs.length),
      String(words),
      ms(cold),
      ms(warmMedian),
      ms(Math.min(...warm)),
      name === 'seeds' ? (warmMedian < WARM_TARGET_MS ? `yes (< ${WARM_TARGET_MS} ms)` : `NO (≥ ${WARM_TARGET_MS} ms)`) : '',
    ]);
  }
  const load = loadavg()[0]!;
  figures.machine = { cpus: cpus().length, loadavg1: load };
  console.log(`(module import ${ms(importMs)} ms; cold = first call in this process; warm = median of ${runs})`);
  console.log(`machine: ${cpus().length} CPUs, load average ${load.toFixed(1)}${load > cpus().length / 2 ? ' — busy: figures are inflated, rerun on a quiet machine' : ''}`);
  console.log(table(['case', 'articles', 'words', 'cold ms', 'warm median ms', 'warm min ms', 'target met'], fixtureRows));
  const stagesForSeeds = await loadStages();
  if (stagesForSeeds) {
    // Where the warm time of the seed case goes.
    const inputs = loadCase('seeds');
    const claimsMs: number[] = [];
    const rowsMs: number[] = [];
    const actorsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = time(() => analyzeCase(inputs, { claimsOnly: true }));
      claimsMs.push(c.ms);
      rowsMs.push(time(() => stagesForSeeds.alignClaims(c.value.articles)).ms);
      actorsMs.push(time(() => stagesForSeeds.findActors(c.value.articles)).ms);
    }
    const split = { claimsMs: median(claimsMs), rowsMs: median(rowsMs), actorsMs: median(actorsMs) };
    (fixtureFigures.seeds as Record<string, unknown>).warmStagesMs = split;
    console.log(`seed case, warm medians by stage: claims ${ms(split.claimsMs)} ms, rows ${ms(split.rowsMs)} ms, actors ${ms(split.actorsMs)} ms`);
  }
  figures.importMs = importMs;
  figures.fixtures = fixtureFigures;

  // 2. The synthetic case, stage by stage (the sum is analyzeCase: claims, then rows, then actors).
  console.log(heading(`Synthetic case (${total} articles)`));
  const built = time(() => buildSyntheticCase({ articles: total }));
  const inputs = built.value;
  const words = inputs.reduce((s, a) => s + countWords(a.raw), 0);
  const chars = inputs.reduce((s, a) => s + a.raw.length, 0);
  console.log(`built in ${ms(built.ms)} ms: ${words.toLocaleString('en')} words, ${(chars / 1e6).toFixed(1)}M characters`);
  // Tokenising first, on a quiet heap, so it is not slowed by the analysis's garbage.
  gc();
  const tokenise = time(() => tokeniseOnly(inputs));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const claimsStage = analyzeWithMemory(analyzeCase, inputs, { claimsOnly: true });
  const articles = claimsStage.analysis.articles;
  const claims = articles.reduce((s, a) => s + a.claims.length, 0);
  const stages = await loadStages();
  const alignStage = stages ? timeWithHeap(() => stages.alignClaims(articles)) : null;
  const actorsStage = stages ? timeWithHeap(() => stages.findActors(articles)) : null;
  const totalMs = claimsStage.ms + (alignStage?.ms ?? 0) + (actorsStage?.ms ?? 0);
  const peakHeap = Math.max(claimsStage.peakHeap, alignStage?.heapAfter ?? 0, actorsStage?.heapAfter ?? 0);
  gc();
  const retained = process.memoryUsage().heapUsed;
  const synthetic = {
    articles: total,
    words,
    analyzeMs: totalMs,
    usPerWord: (1000 * totalMs) / words,
    stages: { claimsMs: claimsStage.ms, rowsMs: alignStage?.ms ?? null, actorsMs: actorsStage?.ms ?? null },
    tokeniseMs: tokenise.ms,
    tokeniseUsPerWord: (1000 * tokenise.ms) / words,
    heapBeforeMB: heapBefore / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
    retainedHeapMB: retained / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    claims,
    rows: alignStage?.value.length ?? null,
    actors: actorsStage?.value.length ?? null,
    errors: claimsStage.analysis.diagnostics.filter((d) => d.level === 'error').length,
  };
  figures.synthetic = synthetic;
  const share = (x: number): string => `${((100 * x) / totalMs).toFixed(0)} %`;
  console.log(
    table(
      ['stage', 'ms', 'µs/word', 'share'],
      [
        ['claims (ingest … attribution)', ms(claimsStage.ms), usPerWord(claimsStage.ms, words), share(claimsStage.ms)],
        ['rows (alignClaims)', alignStage ? ms(alignStage.ms) : '—', alignStage ? usPerWord(alignStage.ms, words) : '—', alignStage ? share(alignStage.ms) : '—'],
        ['actors (findActors)', actorsStage ? ms(actorsStage.ms) : '—', actorsStage ? usPerWord(actorsStage.ms, words) : '—', actorsStage ? share(actorsStage.ms) : '—'],
        ['whole pipeline', ms(totalMs), usPerWord(totalMs, words), '100 %'],
        ['tokenise only (Intl.Segmenter words)', ms(tokenise.ms), usPerWord(tokenise.ms, words), `${(totalMs / tokenise.ms).toFixed(1)}× less`],
      ],
    ),
  );
  console.log(
    table(
      ['measure', 'value'],
      [
        ['claims / rows / actors', `${claims} / ${synthetic.rows ?? '—'} / ${synthetic.actors ?? '—'}`],
        ['heap before → peak (sampled)', `${mb(heapBefore)} → ${mb(peakHeap)} MB`],
        ['heap retained by the result (after GC)', `${mb(retained)} MB`],
        ['process peak RSS', `${synthetic.maxRssMB.toFixed(0)} MB`],
        ['error diagnostics', String(synthetic.errors)],
      ],
    ),
  );

  // 3. Alignment: blocked (LSH) vs naive all-pairs on a subset, naive extrapolated quadratically.
  console.log(heading('Alignment: blocked vs naive all-pairs'));
  if (!stages?.alignClaimsNaive) console.log('  skipped: src/core/align (alignClaims, alignClaimsNaive) not available');
  else {
    const subset = articles.slice(0, Math.min(naiveSubset, articles.length));
    const blockedSub = time(() => stages.alignClaims(subset));
    const naiveSub = time(() => stages.alignClaimsNaive!(subset));
    const claimsSub = subset.reduce((s, a) => s + a.claims.length, 0);
    const factor = (claims / claimsSub) ** 2;
    const extrapolated = naiveSub.ms * factor;
    figures.alignment = {
      subsetArticles: subset.length,
      subsetClaims: claimsSub,
      blockedSubsetMs: blockedSub.ms,
      naiveSubsetMs: naiveSub.ms,
      blockedFullMs: alignStage?.ms ?? null,
      naiveFullExtrapolatedMs: extrapolated,
      subsetRowsBlocked: blockedSub.value.length,
      subsetRowsNaive: naiveSub.value.length,
    };
    console.log(
      table(
        ['articles', 'claims', 'blocked ms', 'naive ms', 'rows blocked / naive'],
        [
          [String(subset.length), String(claimsSub), ms(blockedSub.ms), ms(naiveSub.ms), `${blockedSub.value.length} / ${naiveSub.value.length}`],
          [String(articles.length), String(claims), alignStage ? ms(alignStage.ms) : '—', `≈ ${ms(extrapolated)} (extrapolated)`, `${synthetic.rows ?? '—'} / —`],
        ],
      ),
    );
    console.log(`naive time for the full case is extrapolated from the subset by (claims ratio)² = ${factor.toFixed(0)}×, not measured.`);
  }

  // 4. Growth: time per word should stay flat as the case grows.
  console.log(heading('Growth (whole pipeline, analyzeCase)'));
  const growth: { articles: number; words: number; ms: number; usPerWord: number }[] = [];
  for (const n of [10, 100, 1000].filter((k) => k < total)) {
    const part = inputs.slice(0, n);
    const w = part.reduce((s, a) => s + countWords(a.raw), 0);
    const repeats = n <= 100 ? 5 : 1;
    const t = median(Array.from({ length: repeats }, () => time(() => analyzeCase(part)).ms));
    growth.push({ articles: n, words: w, ms: t, usPerWord: (1000 * t) / w });
  }
  growth.push({ articles: total, words, ms: totalMs, usPerWord: synthetic.usPerWord });
  figures.growth = growth;
  console.log(
    table(
      ['articles', 'words', 'ms', 'µs/word'],
      growth.map((g) => [String(g.articles), g.words.toLocaleString('en'), ms(g.ms), g.usPerWord.toFixed(2)]),
    ),
  );
  console.log(`(≤ 100 articles: median of 5 runs; 1,000: one run; ${total}: the stages above)`);

  const out = jsonPath(argv);
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nfigures written to ${out}`);
  }
}

await main();
