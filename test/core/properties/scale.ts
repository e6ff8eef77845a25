/**
 * Scale cases for the limits: a 5 MB article, one just under the text limit, one over the raw limit,
 * and 10,000 tiny articles. Each must end quickly with the invariants kept and a clear diagnostic for
 * what was not analysed, while the rest of the case is analysed.
 */
import { analyzeCase } from '../../../src/core/analyze.ts';
import { LIMITS } from '../../../src/core/limits.ts';
import type { ArticleInput, CaseAnalysis } from '../../../src/core/types.ts';
import { bodySentences } from './arbitraries.ts';
import { analysisProblems } from './invariants.ts';
import { prng } from '../../../fixtures/prng.ts';


/**
 * News-like text of exactly `chars` characters: fixture sentences in a seeded random order, three per
 * paragraph (no page furniture, so ingest keeps it all).
 * @example bigText(5_000_000).length // 5000000
 */
export function bigText(chars: number, seed = 7): string {
  const sentences = bodySentences();
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const paragraph = [0, 1, 2].map(() => sentences[Math.floor(rand() * sentences.length)]!).join(' ');
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

export interface ScaleCase {
  name: string;
  inputs: () => ArticleInput[];
  /** What must hold besides the invariants. */
  expect: (analysis: CaseAnalysis) => string[];
  /** CPU-time budget (so a busy machine does not fail it): over it counts as a hang. */
  budgetMs: number;
}

const SMALL: ArticleInput = { id: 'small', raw: 'The minister said the talks had failed. Rebels denied it, a spokesman told reporters.' };

const errorFor = (analysis: CaseAnalysis, id: string, pattern: RegExp): string[] =>
  analysis.diagnostics.some((d) => d.articleId === id && d.level === 'error' && pattern.test(d.message)) ? [] : [`no error diagnostic matching ${pattern} for ${id}`];
const analysed = (analysis: CaseAnalysis, id: string): string[] => (analysis.articles.some((a) => a.id === id && a.claims.length > 0) ? [] : [`${id} was not analysed`]);

export const SCALE_CASES: ScaleCase[] = [
  {
    name: `5 MB article (${LIMITS.maxRawChars.toLocaleString('en')} characters of text) next to a small one`,
    inputs: () => [{ id: 'big', raw: bigText(LIMITS.maxRawChars) }, SMALL],
    expect: (a) => [...errorFor(a, 'big', /limit/), ...analysed(a, 'small')],
    budgetMs: 30_000,
  },
  {
    name: 'raw input one character over the raw limit',
    inputs: () => [{ id: 'over', raw: 'x'.repeat(LIMITS.maxRawChars + 1) }, SMALL],
    expect: (a) => [...errorFor(a, 'over', /limit/), ...analysed(a, 'small')],
    budgetMs: 2_000,
  },
  {
    name: `article just under the text limit (${(LIMITS.maxArticleChars - 10_000).toLocaleString('en')} characters)`,
    inputs: () => [{ id: 'long', raw: bigText(LIMITS.maxArticleChars - 10_000, 11) }, SMALL],
    expect: (a) => [...analysed(a, 'long'), ...analysed(a, 'small')],
    budgetMs: 60_000,
  },
  {
    name: '10,000 tiny articles (twice the per-case limit)',
    inputs: () =>
      Array.from({ length: 10_000 }, (_, k) => ({
        id: `t${k}`,
        raw: k % 2 ? `The minister ${k} said the talks had failed.` : `قال الوزير ${k} إن المحادثات فشلت.`,
      })),
    expect: (a) => {
      const problems: string[] = [];
      if (a.articles.length !== LIMITS.maxArticles) problems.push(`${a.articles.length} articles analysed, expected ${LIMITS.maxArticles}`);
      if (!a.diagnostics.some((d) => d.articleId === undefined && d.level === 'error' && /limit/.test(d.message))) problems.push('no case-level diagnostic for the article limit');
      return problems;
    },
    budgetMs: 60_000,
  },
];

export interface ScaleResult {
  name: string;
  /** CPU time of the analysis (user + system). */
  ms: number;
  wallMs: number;
  articles: number;
  claims: number;
  rows: number;
  diagnostics: string[];
  problems: string[];
}

/**
 * Runs one scale case and checks the invariants, the expectations and the CPU-time budget.
 * @example runScaleCase(SCALE_CASES[0]!).problems // []
 */
export function runScaleCase(c: ScaleCase): ScaleResult {
  const inputs = c.inputs();
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  let problems: string[];
  let analysis: CaseAnalysis = { articles: [], rows: [], actors: [], diagnostics: [] };
  try {
    analysis = analyzeCase(inputs);
    problems = [...analysisProblems(inputs, analysis), ...c.expect(analysis)];
  } catch (error) {
    problems = [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - wall0;
  if (ms > c.budgetMs) problems.push(`took ${ms.toFixed(0)} ms of CPU time, over the ${c.budgetMs} ms budget`);
  return {
    name: c.name,
    ms,
    wallMs,
    articles: analysis.articles.length,
    claims: analysis.articles.reduce((s, a) => s + a.claims.length, 0),
    rows: analysis.rows.length,
    diagnostics: analysis.diagnostics.filter((d) => d.level === 'error').slice(0, 3).map((d) => d.message),
    problems,
  };
}

/** Units repeated into one long article: the inputs that make regexes and scanners go quadratic. */
export const REPETITION_UNITS = ['*', '_', '**a', '[', '![', '[a](', '<', '<a ', '&', '&#', '«', '"', '(', '. ', 'a.', 'Mr. ', '#', '> ', '- ', '`', '~~a', '\\', '\t', ' \n', '\u0640', '\u064b', 'a', '1.', '<!--', '---\n', '،', 'said ', 'قال ', 'according to ', '|'];

/** CPU budget per 1,000 characters: linear work stays far below it; at the 1 MB limit it means 25 s. */
export const MS_PER_KILOCHAR = 25;

/**
 * One scale case per unit and format: an 80,000-character article made of one unit repeated, which
 * must be analysed (or refused) within the per-character budget.
 * @example repetitionCases().length // REPETITION_UNITS.length × 3
 */
export function repetitionCases(chars = 80_000): ScaleCase[] {
  return REPETITION_UNITS.flatMap((unit) =>
    (['text', 'markdown', 'html'] as const).map((format) => ({
      name: `repetition: ${JSON.stringify(unit)} × ${Math.ceil(chars / unit.length).toLocaleString('en')} as ${format}`,
      inputs: () => [{ id: 'rep', raw: `The minister said the talks had failed. ${unit.repeat(Math.ceil(chars / unit.length))}`, format }],
      expect: () => [],
      budgetMs: (MS_PER_KILOCHAR * chars) / 1000,
    })),
  );
}
