/**
 * Fuzzing the core: `npm run fuzz [-- --runs 10000] [--seed 20260423] [--only text] [--ignore REGEX]
 * [--no-scale] [--no-xss] [--json FILE] [--md FILE]`.
 * Every property of test/core/properties runs its share of N seeded cases (cheap single-stage
 * properties 2–8× more); failing cases are counted, grouped by kind, and the first is shrunk with
 * fast-check and printed. Then the scale cases (a 5 MB article, 10,000 tiny ones …) run with time
 * budgets, and the XSS payload corpus goes through the ingest in every context. Exit code 1 on any
 * failure; `--json` writes the figures, `--md` the README fragment.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROPERTIES } from '../test/core/properties/props.ts';
import type { NamedProperty } from '../test/core/properties/props.ts';
import { MS_PER_KILOCHAR, repetitionCases, runScaleCase, SCALE_CASES } from '../test/core/properties/scale.ts';
import type { ScaleResult } from '../test/core/properties/scale.ts';
import { CONTEXTS, loadPayloads, xssProblems } from '../test/core/xss/payloads.ts';
import { heading, table } from './bench/table.ts';

interface Args {
  runs: number;
  seed: number;
  only: string | null;
  /** Violations matching this are not counted (to look past a known bug to the next one). */
  ignore: RegExp | null;
  scale: boolean;
  xss: boolean;
  json: string | null;
  md: string | null;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number): number => {
    const v = Number(value(name));
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  const json = value('json');
  return {
    runs: number('runs', 10_000),
    seed: number('seed', 20260423),
    only: value('only') ?? null,
    ignore: value('ignore') ? new RegExp(value('ignore')!) : null,
    scale: !argv.includes('--no-scale'),
    xss: !argv.includes('--no-xss'),
    json: json ? resolve(json) : null,
    md: value('md') ? resolve(value('md')!) : null,
  };
}

interface PropertyResult {
  name: string;
  runs: number;
  failed: number;
  ms: number;
  /** Failing cases grouped by the first violation, digits blanked (one line per kind of bug). */
  kinds: Record<string, number>;
  counterexample?: string;
  error?: string;
}

const kindOf = (problem: string): string => problem.replace(/\d+/g, '#').replace(/"[^"]*"/g, '"…"').slice(0, 160);

function violations(p: NamedProperty<unknown>, value: unknown, ignore: RegExp | null): string[] {
  let problems: string[];
  try {
    problems = p.check(value);
  } catch (error) {
    problems = [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  return ignore ? problems.filter((problem) => !ignore.test(problem)) : problems;
}

/** Runs a property `runs` times counting failures, then (if any) reruns it to shrink the first one. */
function fuzzProperty(p: NamedProperty<unknown>, runs: number, seed: number, ignore: RegExp | null): PropertyResult {
  const t0 = performance.now();
  let ran = 0;
  let failed = 0;
  const kinds: Record<string, number> = {};
  // The counting pass never fails the property, so fast-check generates all `runs` cases.
  fc.check(
    fc.property(p.arbitrary, (value) => {
      ran++;
      const problems = violations(p, value, ignore);
      if (problems.length > 0) {
        failed++;
        const kind = kindOf(problems[0]!);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  const result: PropertyResult = { name: p.name, runs: ran, failed, ms: performance.now() - t0, kinds };
  if (failed > 0) {
    const shrinking = fc.property(p.arbitrary, (value) => {
      const problems = violations(p, value, ignore);
      if (problems.length > 0) throw new Error(problems.slice(0, 12).join('\n'));
    });
    const details = fc.check(shrinking, { seed, numRuns: runs });
    if (details.failed) {
      result.counterexample = fc.stringify(details.counterexample).slice(0, 2000);
      result.error = details.errorInstance instanceof Error ? details.errorInstance.message.slice(0, 1500) : String(details.errorInstance);
    }
  }
  return result;
}

interface XssResult {
  context: string;
  tried: number;
  failed: number;
  examples: string[];
}

/** The repetition cases (~100) as one row of the console summary. */
function repetitionRow(scale: ScaleResult[]): string[][] {
  const rep = scale.filter((r) => r.name.startsWith('repetition'));
  if (!rep.length) return [];
  const cpu = rep.reduce((s, r) => s + r.ms, 0) / 1000;
  return [[`scale: repetition, all units × formats (${MS_PER_KILOCHAR} ms CPU per 1,000 characters)`, String(rep.length), String(rep.filter((r) => r.problems.length).length), cpu.toFixed(1)]];
}

/** One table line for the repetition cases (there are ~100). */
function summariseRepetition(scale: ScaleResult[]): string[] {
  const rep = scale.filter((r) => r.name.startsWith('repetition'));
  if (!rep.length) return [];
  const slow = rep.filter((r) => r.problems.length > 0);
  return [`| scale: one unit repeated into 80,000 characters (${rep.length} units × formats; budget ${MS_PER_KILOCHAR} ms CPU per 1,000 characters)${slow.length ? ` — over: ${slow.map((r) => r.name.replace('repetition: ', '')).join(', ')}` : ''} | ${rep.length} | ${slow.length} |`];
}

/** The figures as a Markdown fragment for the README's "Reliability" section. */
function markdownSummary(seed: number, ran: number, failed: number, results: PropertyResult[], scale: ScaleResult[], xss: XssResult[]): string {
  const lines = [
    `Fuzzing (\`npm run fuzz\`, seed ${seed}, ${new Date().toISOString().slice(0, 10)}): **${ran.toLocaleString('en')} cases, ${failed.toLocaleString('en')} failed.**`,
    '',
    '| Property | Cases | Failed |',
    '|---|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${r.runs.toLocaleString('en')} | ${r.failed} |`),
    ...scale.filter((r) => !r.name.startsWith('repetition')).map((r) => `| scale: ${r.name} (${(r.ms / 1000).toFixed(1)} s CPU) | 1 | ${r.problems.length ? 1 : 0} |`),
    ...summariseRepetition(scale),
  ];
  if (xss.length) {
    const tried = xss.reduce((s, x) => s + x.tried, 0);
    lines.push('', `XSS payloads through the ingest: **${tried.toLocaleString('en')} placements (${xss[0]!.tried} payloads × ${xss.length} contexts), ${xss.reduce((s, x) => s + x.failed, 0)} failed.**`, '', '| Context | Payloads | Failed |', '|---|---:|---:|');
    lines.push(...xss.map((x) => `| ${x.context} | ${x.tried} | ${x.failed} |`));
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const selected = PROPERTIES.filter((p) => !args.only || p.name.includes(args.only));
  const share = Math.ceil(args.runs / Math.max(1, selected.length));
  // Cheap single-stage properties (weight 1–4) get 8×–2× the share: more inputs for the same time.
  const runsOf = (p: NamedProperty<unknown>): number => share * Math.max(1, Math.round(8 / p.weight));
  console.log(`Fuzzing the core: ${selected.length} properties, ${share}–${share * 8} cases each, seed ${args.seed}`);
  const results: PropertyResult[] = [];
  for (const p of selected) {
    const r = fuzzProperty(p, runsOf(p), args.seed, args.ignore);
    results.push(r);
    console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.runs} cases, ${r.failed} failed (${(r.ms / 1000).toFixed(1)} s)`);
  }
  const scale: ScaleResult[] = [];
  if (args.scale) {
    console.log(heading('Scale and limits'));
    for (const c of SCALE_CASES) {
      const r = runScaleCase(c);
      scale.push(r);
      console.log(`  ${r.problems.length ? '✗' : '✓'} ${r.name}: ${(r.ms / 1000).toFixed(1)} s CPU (${(r.wallMs / 1000).toFixed(1)} s wall), ${r.articles} articles analysed, ${r.claims} claims${r.diagnostics.length ? ` — "${r.diagnostics[0]}"` : ''}`);
      for (const problem of r.problems) console.log(`      ${problem}`);
    }
    // Pathological repetition (ReDoS and quadratic scanners): only the slow ones are printed.
    const repetition = repetitionCases().map(runScaleCase);
    scale.push(...repetition);
    for (const r of repetition.filter((x) => x.problems.length > 0)) console.log(`  ✗ ${r.name}: ${r.problems.join('; ')}`);
    const slowest = [...repetition].sort((x, y) => y.ms - x.ms)[0];
    console.log(`  repetition: ${repetition.length} articles of 80,000 characters, ${repetition.filter((x) => x.problems.length).length} over ${MS_PER_KILOCHAR} ms CPU per 1,000 characters${slowest ? ` (slowest: ${slowest.name}, ${(slowest.ms / 1000).toFixed(1)} s)` : ''}`);
  }

  const xss: XssResult[] = [];
  if (args.xss) {
    console.log(heading('XSS payloads through the ingest (fixtures/xss/payloads.json)'));
    const payloads = loadPayloads();
    for (const context of CONTEXTS) {
      const failures = payloads.map((p) => ({ id: p.id, problems: xssProblems(p, context) })).filter((f) => f.problems.length > 0);
      xss.push({ context: context.name, tried: payloads.length, failed: failures.length, examples: failures.slice(0, 3).map((f) => `${f.id}: ${f.problems[0]}`) });
      console.log(`  ${failures.length ? '✗' : '✓'} ${context.name}: ${payloads.length} payloads, ${failures.length} failed${failures.length ? ` — e.g. ${failures[0]!.id}: ${failures[0]!.problems[0]!.slice(0, 140)}` : ''}`);
    }
  }

  const ran = results.reduce((s, r) => s + r.runs, 0) + scale.length;
  const failed = results.reduce((s, r) => s + r.failed, 0) + scale.filter((r) => r.problems.length > 0).length;
  console.log(heading('Summary'));
  console.log(
    table(
      ['property', 'cases', 'failed', 's'],
      [
        ...results.map((r) => [r.name, String(r.runs), String(r.failed), (r.ms / 1000).toFixed(1)]),
        ...scale.filter((r) => !r.name.startsWith('repetition') || r.problems.length > 0).map((r) => [`scale: ${r.name}`, '1', r.problems.length ? '1' : '0', (r.ms / 1000).toFixed(1)]),
        ...repetitionRow(scale),
      ],
    ),
  );
  const xssTried = xss.reduce((s, x) => s + x.tried, 0);
  const xssFailed = xss.reduce((s, x) => s + x.failed, 0);
  console.log(`\n${ran.toLocaleString('en')} cases ran, ${failed.toLocaleString('en')} failed (seed ${args.seed}).`);
  if (args.xss) console.log(`${xssTried.toLocaleString('en')} XSS payload placements tried (${xss[0]?.tried ?? 0} payloads × ${xss.length} contexts), ${xssFailed} failed.`);
  for (const r of results.filter((x) => x.failed > 0)) {
    console.log(heading(`Failures: ${r.name}`));
    for (const [kind, n] of Object.entries(r.kinds).sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${kind}`);
    if (r.counterexample) console.log(`\nshrunk counterexample: ${r.counterexample}\nviolations:\n${r.error}`);
  }

  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    const figures = { generatedAt: new Date().toISOString(), node: process.version, seed: args.seed, casesRun: ran, casesFailed: failed, properties: results, scale, xss: { tried: xssTried, failed: xssFailed, contexts: xss } };
    writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nfigures written to ${args.json}`);
  }
  if (args.md) {
    mkdirSync(dirname(args.md), { recursive: true });
    writeFileSync(args.md, markdownSummary(args.seed, ran, failed, results, scale, xss));
    console.log(`Markdown summary written to ${args.md}`);
  }
  if (failed > 0 || xssFailed > 0) process.exitCode = 1;
}

main();
