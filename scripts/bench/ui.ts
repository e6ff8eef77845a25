/**
 * `npm run bench:ui`: the dashboard's speed in headless Chromium against the built app.
 *
 * - time to first render of the example (seed) case: navigation → first Compare row on screen;
 * - a 1,000-row case (real English news from PolNeAR, ../shared/corpora, as many articles as it takes
 *   for Compare to hold 1,000 rows): imported through the UI's "Import JSON", then the cold start with
 *   that case saved (reload → first row on screen);
 * - the longest main-thread task (PerformanceObserver "longtask") and the worst event-loop lag while a
 *   big synthetic case (1,000 articles) is analysed in the worker, plus whether input stays responsive;
 * - the gzipped size of the main JS chunk (and of the other chunks).
 *
 * Flags: --no-build (reuse dist/), --dist=DIR (serve another build, e.g. a saved copy of a baseline; no build), --runs=N (seed runs, default 3), --big=N (articles, default 1000),
 * --json (print the figures as JSON too). Targets are printed next to each figure; the exit code is 0
 * unless the app failed to load (a benchmark, not a test).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { analyzeCase } from '../../src/core/index.ts';
import type { ArticleInput, CaseAnalysis } from '../../src/core/types.ts';
import { buildSyntheticCase } from './synthetic.ts';
import { heading, ms, table } from './table.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
/** The built app to serve (--dist=DIR: e.g. a copy of another tree's build, to compare alternately; implies --no-build). */
const DIST = flag('dist') ? resolve(flag('dist')!) : join(ROOT, 'dist');
// Beside the checkout (../shared), or beside the main checkout for a git worktree under wt/ (../../shared).
const POLNEAR = [resolve(ROOT, '../shared/corpora/polnear-dev/text'), resolve(ROOT, '../../shared/corpora/polnear-dev/text')].find((p) => existsSync(p)) ?? resolve(ROOT, '../shared/corpora/polnear-dev/text');
const RUNS = Number(flag('runs') ?? 3);
const BIG = Number(flag('big') ?? 1000);
/** Big-case runs (each in a fresh page): the after-result figure is their median, with the spread shown. */
const BIG_RUNS = Number(flag('big-runs') ?? 1);
/** Only these parts (comma-separated: seed, thousand, big); default all. */
const ONLY = flag('only')?.split(',');
const runs = (part: string): boolean => !ONLY || ONLY.includes(part);
/** Write the main thread's CPU profile of each view's first big-case run here (-<view>.json appended), and print what its long tasks ran. */
const PROFILE = flag('profile');
/** Views the big case's result arrives in (comma-separated; default all three). */
const VIEWS = (flag('views')?.split(',') ?? ['sources', 'compare', 'actors']) as BigView[];
const TARGET_ROWS = 1000;

// ---------------------------------------------------------------- cases

/** Rows Compare shows: the aligner's rows plus one per claim left alone (see src/model/applyCorrections.ts). */
function displayedRows(analysis: CaseAnalysis): number {
  const placed = new Set(analysis.rows.flatMap((r) => r.claimIds));
  return analysis.rows.length + analysis.articles.reduce((n, a) => n + a.claims.filter((c) => !placed.has(c.id)).length, 0);
}

/** The fewest PolNeAR articles (in file order) whose case shows at least 1,000 Compare rows. */
function thousandRowCase(): { inputs: ArticleInput[]; rows: number } | null {
  if (!existsSync(POLNEAR)) return null;
  const files = readdirSync(POLNEAR).filter((f) => f.endsWith('.txt')).sort();
  const all: ArticleInput[] = files.map((f, i) => ({
    id: `polnear-${i}`,
    raw: readFileSync(join(POLNEAR, f), 'utf8'),
    fileName: f,
    outlet: f.split('_')[0]!,
    format: 'text',
  }));
  // Claims grow about linearly with articles: estimate, then step up until the case is big enough.
  let n = Math.min(all.length, 20);
  for (;;) {
    const inputs = all.slice(0, n);
    const rows = displayedRows(analyzeCase(inputs));
    if (rows >= TARGET_ROWS || n === all.length) return { inputs, rows };
    n = Math.min(all.length, n + Math.max(1, Math.ceil(((TARGET_ROWS - rows) / rows) * n)));
  }
}

const caseFile = (id: string, name: string, inputs: ArticleInput[]): string =>
  JSON.stringify({ format: 'parallax-case', version: 1, case: { id, name, articles: inputs }, corrections: { claimEdits: {}, addedClaims: [], rowEdits: [], extraLabels: [] } });

// ---------------------------------------------------------------- browser

const LAUNCH_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Installed before the app loads: long-task log, event-loop lag probe, first-row mark. A string, not a
 * function: tsx's transform would add helpers (__name) the page does not have.
 */
const INSTRUMENT = `
  window.__bench = { longtasks: [], lag: [], firstRow: null, shell: null, running: null, resultAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__bench.lag.push({ at: now, lag: now - last - 50 });
    last = now;
  }, 50);
  const check = () => {
    if (window.__bench.shell === null && document.querySelector('header')) window.__bench.shell = performance.now();
    if (window.__bench.running === null && document.querySelector('header .analysis-status progress')) window.__bench.running = performance.now();
    if (window.__bench.firstRow === null && document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
      window.__bench.firstRow = performance.now();
      performance.mark('bench:firstRow');
    }
    // The worker reports 100% when its analysis is done, just before it posts the result.
    if (window.__bench.resultAt === null && document.querySelector('header .analysis-status progress[aria-valuetext="100%"]')) {
      window.__bench.resultAt = performance.now();
      // Marks the moment in a Chromium trace too (its clock is not performance.now()'s).
      performance.mark('bench:result');
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-valuetext'] });
`;

type Bench = {
  longtasks: { start: number; duration: number }[];
  lag: { at: number; lag: number }[];
  firstRow: number | null;
  shell: number | null;
  running: number | null;
  /** The worker's progress reached 100% (its result is on its way). */
  resultAt: number | null;
};
const readBench = (page: Page): Promise<Bench> => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.addInitScript({ content: INSTRUMENT });
  return page;
}

const rowsCounter = (page: Page): Promise<string> => page.getByRole('search').getByRole('status').innerText();

interface SeedRun {
  firstRow: number;
  /** The app's header on screen. */
  shell: number;
  /** The analysis started (progress shown), or null when it was too quick to see. */
  running: number | null;
  dcl: number;
  /** CPU time from navigation to the first row: the page's main thread, and the analysis worker's. */
  mainCpu: number;
  workerCpu: number;
}

/** Navigation → first Compare row on screen, for the example case, in a fresh profile. */
async function seedFirstRender(browser: Browser, url: string): Promise<SeedRun> {
  const page = await newPage(browser);
  // A task that runs a module's code after its dynamic import is a RunTask of the devtools category only.
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.firstRow !== null, undefined, { timeout: 60_000 });
  const { firstRow, shell, running } = await readBench(page);
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as TraceFile;
  await page.context().close();
  return { firstRow: firstRow!, shell: shell ?? Number.NaN, running, dcl, mainCpu: cpuUntilMark(trace, 'bench:firstRow', /^CrRendererMain$/), workerCpu: cpuUntilMark(trace, 'bench:firstRow', /^DedicatedWorker/) };
}

interface ImportFigures {
  importToRows: number;
  reloadToRows: number;
  rows: string;
  longestTask: number;
}

/** Imports a case file through the UI, opens Compare, waits for `minRows`; then reloads (case saved). */
async function importCase(browser: Browser, url: string, json: string, minRows: number): Promise<ImportFigures> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.locator('header .analysis-status[role="status"]').waitFor({ timeout: 60_000 });
  await page.getByRole('navigation').getByRole('button', { name: 'Case', exact: true }).click();
  const start = await page.evaluate(() => performance.now());
  await page.getByLabel('Import JSON').setInputFiles(caseFileOnDisk('big.parallax.json', json));
  await page.getByRole('navigation').getByRole('button', { name: 'Compare', exact: true }).click();
  const done = await page.waitForFunction(
    (min) => {
      const status = document.querySelector('[role="search"] [role="status"]')?.textContent ?? '';
      const total = Number((/of ([\d,]+) rows/.exec(status)?.[1] ?? '0').replaceAll(',', ''));
      return total >= min && document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]') ? performance.now() : false;
    },
    minRows,
    { timeout: 180_000, polling: 'raf' },
  );
  const importToRows = Number(await done.jsonValue()) - start;
  const rows = await rowsCounter(page);
  const { longtasks } = await readBench(page);
  const longestTask = Math.max(0, ...longtasks.filter((t) => t.start >= start).map((t) => t.duration));
  // Saved to IndexedDB after a short debounce: reload and time the cold start with the case.
  await page.waitForTimeout(1500);
  await page.reload();
  await page.waitForFunction(
    (min) => {
      const status = document.querySelector('[role="search"] [role="status"]')?.textContent ?? '';
      return Number((/of ([\d,]+) rows/.exec(status)?.[1] ?? '0').replaceAll(',', '')) >= min && (window as unknown as { __bench: Bench }).__bench.firstRow !== null;
    },
    minRows,
    { timeout: 180_000 },
  );
  const reloadToRows = (await readBench(page)).firstRow!;
  await page.context().close();
  return { importToRows, reloadToRows, rows, longestTask };
}

/** Views the big case's result can arrive in (Sources: the one the bench always used; Compare: where a user lands). */
type BigView = 'sources' | 'compare' | 'actors';

interface BigFigures {
  view: BigView;
  articles: number;
  analysisMs: number;
  longestTask: number;
  longTasks: number;
  worstLag: number;
  inputDelay: number;
  /** The five longest tasks: when they started (ms after the import) and how long they took. */
  topTasks: { at: number; ms: number }[];
  /** The longest task from the result's arrival (worker at 100%) to 2.5 s after it is shown (saving included). */
  afterResult: number | null;
  /** Every long task from the result's arrival on: ms after it, and how long it took. */
  afterTasks: { at: number; ms: number }[];
  /** The most main-thread CPU time one task took from the result's arrival on (a trace's tdur; null when profiling instead). */
  afterResultCpu: number | null;
  /** The tasks that took most CPU time after the result: ms after it, wall and CPU time. */
  afterTasksCpu: { at: number; wall: number; cpu: number }[];
}

/**
 * Hands the browser a file on disk, as a person choosing it would: passing the bytes instead makes
 * Playwright decode them inside the page, a long main-thread task that is the harness's, not the app's.
 */
function caseFileOnDisk(name: string, json: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-bench-')), name);
  writeFileSync(path, json);
  return path;
}

/** A big case analysed in the worker: main-thread long tasks, event-loop lag, and a click's delay meanwhile. */
async function bigCase(browser: Browser, url: string, inputs: ArticleInput[], view: BigView, profilePath?: string): Promise<BigFigures> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.locator('header .analysis-status[role="status"]').waitFor({ timeout: 60_000 });
  await page.getByRole('navigation').getByRole('button', { name: 'Case', exact: true }).click();
  const cdp = profilePath ? await page.context().newCDPSession(page) : null;
  // Each task's main-thread CPU time (a trace's tdur): on a shared machine a task's wall time also counts
  // the time the OS gave the core to other processes, its CPU time only the page's own work.
  if (!cdp) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // A named 20 ms busy loop: its first sample in the profile marks this performance.now() time (the
  // profiler's clock is another one). A string: tsx would add helpers (__name) the page does not have.
  const profileAt = cdp ? Number(await page.evaluate('(function __benchClockMark() { const t0 = performance.now(); while (performance.now() - t0 < 20); return t0; })()')) : 0;
  // The example case's analysis reached 100% too: only the big case's result counts.
  const start = await page.evaluate(() => {
    (window as unknown as { __bench: Bench }).__bench.resultAt = null;
    return performance.now();
  });
  await page.getByLabel('Import JSON').setInputFiles(caseFileOnDisk('huge.parallax.json', caseFile('bench-big', 'Big case', inputs)));
  await page.locator('header .analysis-status progress').waitFor({ timeout: 60_000 });
  // While the worker runs: how long does a click on the navigation take to show its view?
  const before = await page.evaluate(() => performance.now());
  await page.getByRole('navigation').getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByRole('main', { name: 'Sources' }).waitFor();
  const inputDelay = (await page.evaluate(() => performance.now())) - before;
  // The view on screen when the result arrives (its first render with the result is part of the arrival).
  const label = view[0]!.toUpperCase() + view.slice(1);
  if (view !== 'sources') await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
  await page.locator('header .analysis-status[role="status"]').waitFor({ timeout: 600_000 });
  const end = await page.evaluate(() => performance.now());
  // What follows the result (storing the analysis) belongs to its arrival too.
  await page.waitForTimeout(2500);
  const { longtasks, lag, resultAt } = await readBench(page);
  const cpu = cdp ? null : tasksAfterMark(JSON.parse((await browser.stopTracing()).toString('utf8')) as TraceFile, 'bench:result');
  if (cdp && profilePath) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(profilePath, JSON.stringify(profile));
    console.log(`\n${view}: CPU profile of the main thread written to ${profilePath}; the long tasks after the result:`);
    for (const task of taskBreakdown(profile, profileAt, longtasks, resultAt ?? end)) console.log(task);
  }
  const during = longtasks.filter((t) => t.start >= start && t.start <= end);
  const after = resultAt === null ? [] : longtasks.filter((t) => t.start >= resultAt);
  await page.context().close();
  return {
    view,
    articles: inputs.length,
    analysisMs: end - start,
    longestTask: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    worstLag: Math.max(0, ...lag.filter((l) => l.at >= start && l.at <= end).map((l) => l.lag)),
    inputDelay,
    topTasks: [...during].sort((x, y) => y.duration - x.duration).slice(0, 5).map((x) => ({ at: x.start - start, ms: x.duration })),
    afterResult: resultAt === null ? null : Math.max(0, ...after.map((t) => t.duration)),
    afterTasks: after.map((t) => ({ at: t.start - resultAt!, ms: t.duration })),
    afterResultCpu: cpu ? Math.max(0, ...cpu.map((t) => t.cpu)) : null,
    afterTasksCpu: cpu ? [...cpu].sort((a, b) => b.cpu - a.cpu).slice(0, 5) : [],
  };
}

/** A Chromium trace, as far as tasksAfterMark reads it. */
interface TraceFile {
  traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string }[];
}

/** The main-thread tasks that ran after the user-timing mark `mark`: start (ms after it), wall and CPU time. */
function tasksAfterMark(trace: TraceFile, mark: string): { at: number; wall: number; cpu: number }[] {
  const marked = trace.traceEvents.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!marked) return [];
  const tasks = trace.traceEvents.filter((e) => e.pid === marked.pid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined);
  // The page's main thread, as the trace's metadata names it.
  const main =
    (trace.traceEvents as { name: string; pid: number; tid: number; args?: { name?: string } }[]).find(
      (e) => e.name === 'thread_name' && e.pid === marked.pid && e.args?.name === 'CrRendererMain',
    )?.tid ?? marked.tid;
  return tasks
    .filter((t) => t.tid === main && t.ts >= marked.ts)
    .map((t) => ({ at: (t.ts - marked.ts) / 1000, wall: t.dur! / 1000, cpu: (t.tdur ?? t.dur!) / 1000 }));
}

/** CPU time of the page's threads named like `thread` in their top-level tasks from navigation to the user-timing mark `mark`, in ms. */
function cpuUntilMark(trace: TraceFile, mark: string, thread: RegExp): number {
  const events = trace.traceEvents as (TraceFile['traceEvents'][number] & { args?: { name?: string } })[];
  const marked = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!marked) return Number.NaN;
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === marked.pid)?.ts ?? 0;
  const threads = new Set(events.filter((e) => e.name === 'thread_name' && e.pid === marked.pid && thread.test(e.args?.name ?? '')).map((e) => e.tid));
  // A task's own RunTask events nest (RunTask inside ThreadControllerImpl::RunTask, or the other way): the outermost counts.
  const tasks = events
    .filter((e) => threads.has(e.tid) && e.pid === marked.pid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= start && e.ts <= marked.ts)
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts || b.dur! - a.dur!);
  let cpu = 0;
  const endOf = new Map<number, number>();
  for (const t of tasks) {
    if (t.ts < (endOf.get(t.tid) ?? 0)) continue;
    endOf.set(t.tid, t.ts + t.dur!);
    // A task still running at the mark counts up to it, in proportion.
    cpu += (t.tdur ?? t.dur!) * Math.min(1, (marked.ts - t.ts) / Math.max(1, t.dur!));
  }
  return cpu / 1000;
}

/** A V8 CPU profile (CDP Profiler.stop), as far as busySpans reads it. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * What the main thread ran in each long task from `from` on (performance.now() times): the functions
 * that took most of it (self time) and the app's functions it spent most under (total time).
 * `markAt` is performance.now() when the function __benchClockMark started (the profiler's clock is another one).
 */
function taskBreakdown(profile: CpuProfile, markAt: number, tasks: { start: number; duration: number }[], from: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  };
  // Sample times on the page's clock.
  const ticks: number[] = [];
  let t = profile.startTime;
  for (const dt of profile.timeDeltas) ticks.push((t += dt));
  const markIndex = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === '__benchClockMark');
  const offset = markAt - (markIndex >= 0 ? ticks[markIndex]! : profile.startTime) / 1000;
  const times = ticks.map((x) => x / 1000 + offset);
  const framework = /^(perform|flush|processRoot|workLoop|renderRoot|beginWork|updateFunction|renderWith|complete|commit|recursively|\(root\)|DexiePromise|executePromise|Table\._trans|Transaction\._promise|mutate|checkTable)/;
  return tasks
    .filter((task) => task.start >= from)
    .map((task) => {
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = times[i]!;
        if (at < task.start || at > task.start + task.duration) return;
        const dt = (times[i + 1] ?? at) - at;
        self.set(name(id), (self.get(name(id)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(name(n));
        for (const k of seen) if (!framework.test(k)) total.set(k, (total.get(k) ?? 0) + dt);
      });
      const top = (m: Map<string, number>, k: number) =>
        [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, x]) => `    ${x.toFixed(1).padStart(6)} ms  ${f}`).join('\n');
      return `  task at +${(task.start - from).toFixed(0)} ms, ${task.duration.toFixed(0)} ms\n   self:\n${top(self, 8)}\n   total (framework frames left out):\n${top(total, 14)}`;
    });
}

// ---------------------------------------------------------------- bundle

interface Chunk {
  file: string;
  kb: number;
  gzKb: number;
}

/** Every JS chunk of dist/, the entry first, with raw and gzipped sizes. */
function chunks(): { entry: Chunk; initial: Chunk[]; all: Chunk[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entryFile = /<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entryFile) throw new Error('no entry script in dist/index.html');
  const size = (file: string): Chunk => {
    const bytes = readFileSync(join(DIST, file));
    return { file, kb: bytes.length / 1024, gzKb: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => size(`assets/${f}`))
    .sort((a, b) => b.gzKb - a.gzKb);
  const entry = size(entryFile);
  // Chunks the entry imports statically load with it, and the chunks they import (the languages' data).
  const statics = new Set<string>();
  const visit = (file: string): void => {
    const source = readFileSync(join(DIST, file), 'utf8');
    for (const m of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const imported = `assets/${m[1]}`;
      if (imported === entryFile || statics.has(imported)) continue;
      statics.add(imported);
      visit(imported);
    }
  };
  visit(entryFile);
  return { entry, initial: [entry, ...[...statics].map(size)], all };
}

// ---------------------------------------------------------------- main

const seedRuns = (figures: Record<string, unknown>): SeedRun[] => figures.seedRuns as SeedRun[];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (value: number, target: number): string => (value < target ? 'meets' : 'MISSES');

const spread = (xs: number[]): string => (xs.length > 1 ? ` (${xs.map((x) => ms(x)).join(', ')})` : '');

async function main(): Promise<void> {
  if (!flag('dist') && (!args.includes('--no-build') || !existsSync(join(DIST, 'index.html')))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  console.log('Preparing cases (core in Node)…');
  const thousand = runs('thousand') ? thousandRowCase() : null;
  const big = runs('big') ? buildSyntheticCase({ articles: BIG }) : null;

  const server = await preview({ root: ROOT, build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not start');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
  const figures: Record<string, unknown> = { loadAverage: loadavg()[0] };
  const bigRuns: BigFigures[] = [];
  try {
    if (runs('seed')) {
      const seedRuns: SeedRun[] = [];
      for (let i = 0; i < RUNS; i++) seedRuns.push(await seedFirstRender(browser, url));
      figures.seedFirstRenderMs = median(seedRuns.map((r) => r.firstRow));
      figures.seedRuns = seedRuns;
    }
    if (thousand) {
      const imported = await importCase(browser, url, caseFile('bench-1000', '1,000 rows (PolNeAR)', thousand.inputs), TARGET_ROWS);
      figures.thousandRows = { articles: thousand.inputs.length, expectedRows: thousand.rows, ...imported };
    }
    if (big) {
      // Views take turns run by run, so a busy spell of the machine does not fall on one view only.
      for (let r = 0; r < BIG_RUNS; r++) {
        for (const view of VIEWS) bigRuns.push(await bigCase(browser, url, big, view, r === 0 && PROFILE ? PROFILE.replace(/(\.json)?$/, `-${view}.json`) : undefined));
      }
      figures.bigRuns = bigRuns;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const bundle = chunks();
  figures.mainChunk = bundle.entry;
  figures.initialJsGzKb = bundle.initial.reduce((s, c) => s + c.gzKb, 0);

  const seed = figures.seedFirstRenderMs as number | undefined;
  const t = figures.thousandRows as (ImportFigures & { articles: number; expectedRows: number }) | undefined;
  const rows: string[][] = [];
  if (seed !== undefined) {
    rows.push(['seed case: navigation → first Compare row (median of ' + RUNS + ')', `${ms(seed)} ms`, '< 1000 ms', verdict(seed, 1000)]);
    rows.push(['seed case: … DOMContentLoaded / app header shown (median)', `${ms(median(seedRuns(figures).map((r) => r.dcl)))} / ${ms(median(seedRuns(figures).map((r) => r.shell)))} ms`, '', '']);
    // Wall time on a shared machine counts the time the OS gave the cores to other processes; CPU time only the page's work.
    const cpu = (f: (r: SeedRun) => number) => `${ms(median(seedRuns(figures).map(f)))} ms${spread(seedRuns(figures).map(f))}`;
    rows.push(['seed case: … CPU to the first row, main thread (median)', cpu((r) => r.mainCpu), '', '']);
    rows.push(['seed case: … CPU to the first row, analysis worker (median)', cpu((r) => r.workerCpu), '', '']);
    rows.push(['seed case: … wall time of each run', seedRuns(figures).map((r) => ms(r.firstRow)).join(', ') + ' ms', '', '']);
  }
  if (t) {
    rows.push(
      [`1,000-row case (${t.articles} PolNeAR articles, ${t.rows}): reload → first row (saved analysis)`, `${ms(t.reloadToRows)} ms`, '< 2000 ms', verdict(t.reloadToRows, 2000)],
      ['1,000-row case: Import JSON → rows on screen (incl. analysis)', `${ms(t.importToRows)} ms`, '', ''],
      ['1,000-row case: longest main-thread task after import', `${ms(t.longestTask)} ms`, '', ''],
    );
  } else if (runs('thousand')) rows.push(['1,000-row case', 'n/a: ../shared/corpora/polnear-dev missing', '', '']);
  if (bigRuns.length) {
    const b = bigRuns[0]!;
    const all = (f: (x: BigFigures) => number) => bigRuns.map(f);
    const med = (f: (x: BigFigures) => number) => median(all(f));
    // Per view: the median over its runs; the figure is the worst view's.
    const afterByView = VIEWS.map((view) => {
      const xs = bigRuns.filter((x) => x.view === view && x.afterResult !== null).map((x) => x.afterResult!);
      return { view, xs, median: xs.length ? median(xs) : Number.NaN };
    });
    const worst = Math.max(...afterByView.map((v) => v.median));
    const cpuByView = VIEWS.map((view) => {
      const xs = bigRuns.filter((x) => x.view === view && x.afterResultCpu !== null).map((x) => x.afterResultCpu!);
      return { view, xs, median: xs.length ? median(xs) : Number.NaN };
    });
    const worstCpu = Math.max(...cpuByView.map((v) => v.median));
    rows.push(
      [`big case (${b.articles} synthetic articles): import → analysis done (median of ${bigRuns.length})`, `${ms(med((x) => x.analysisMs))} ms`, '', ''],
      ['big case: longest main-thread task during the analysis (median)', `${ms(med((x) => x.longestTask))} ms${spread(all((x) => x.longestTask))}`, '< 50 ms ideal', ''],
      ...afterByView.map((v) => [`big case: longest task after the result arrives, in ${v.view} (median of ${v.xs.length})`, `${ms(v.median)} ms${spread(v.xs)}`, '', '']),
      ['big case: longest task after the result arrives (to 2.5 s after; worst view)', Number.isFinite(worst) ? `${ms(worst)} ms` : 'n/a', '< 100 ms', Number.isFinite(worst) ? verdict(worst, 100) : ''],
      ...cpuByView.map((v) => [`big case: … its main-thread CPU time, most of one task, in ${v.view} (median of ${v.xs.length})`, `${ms(v.median)} ms${spread(v.xs)}`, '', '']),
      ['big case: … most CPU time of one task after the result (worst view; the work, whatever the load)', Number.isFinite(worstCpu) ? `${ms(worstCpu)} ms` : 'n/a', '', ''],
      ['big case: long tasks during analysis (median)', String(med((x) => x.longTasks)), '', ''],
      ['big case: worst event-loop lag (50 ms probe, median)', `${ms(med((x) => x.worstLag))} ms`, '', ''],
      ['big case: click → view shown while analysing (median)', `${ms(med((x) => x.inputDelay))} ms`, '< 100 ms ideal', ''],
    );
  }
  rows.push(
    [`main JS chunk ${bundle.entry.file} (gzip -9)`, `${bundle.entry.gzKb.toFixed(1)} KB`, '< 350 KB', verdict(bundle.entry.gzKb, 350)],
    ['JS loaded with the page (entry + static imports, gzip)', `${(figures.initialJsGzKb as number).toFixed(1)} KB`, '', ''],
  );
  console.log(heading('Dashboard in headless Chromium (built app, vite preview)'));
  console.log(`load average at the start: ${(figures.loadAverage as number).toFixed(2)}, at the end: ${loadavg()[0]!.toFixed(2)} (${availableParallelism()} cores)`);
  console.log(table(['figure', 'value', 'target', ''], rows));
  for (const b of bigRuns) {
    console.log(
      `\nbig case in ${b.view}: longest tasks during the analysis (ms after import → duration; done at ${ms(b.analysisMs)} ms): ` +
        b.topTasks.map((x) => `${ms(x.at)} → ${ms(x.ms)} ms`).join(', ') +
        `; after the result (ms after it → duration): ` +
        (b.afterTasks.map((x) => `${ms(x.at)} → ${ms(x.ms)} ms`).join(', ') || 'none') +
        (b.afterTasksCpu.length ? `; most CPU (ms after it → wall / CPU): ${b.afterTasksCpu.map((x) => `${ms(x.at)} → ${ms(x.wall)} / ${ms(x.cpu)} ms`).join(', ')}` : ''),
    );
  }
  console.log(heading('JS chunks'));
  console.log(table(['chunk', 'KB', 'gzip KB'], bundle.all.map((c) => [c.file, c.kb.toFixed(1), c.gzKb.toFixed(1)])));
  if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
}

await main();
