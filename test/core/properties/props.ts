/**
 * The named properties of the core, each an input generator and a check returning violations. The
 * vitest suite runs each a few dozen times (seeded); `npm run fuzz` runs them thousands of times.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { findActors } from '../../../src/core/actors/index.ts';
import { alignClaims, alignClaimsNaive } from '../../../src/core/align/index.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { attributeSentences } from '../../../src/core/attribute/index.ts';
import { diffClaims } from '../../../src/core/diff/index.ts';
import { ingestArticle } from '../../../src/core/ingest/index.ts';
import { detectLanguage } from '../../../src/core/language/index.ts';
import { foldForMatch, foldWithMap, wordTokens } from '../../../src/core/normalize/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import type { ArticleInput, CaseAnalysis, LabelLexiconEntry } from '../../../src/core/types.ts';
import { articleInput, caseInputs, corruptedNews, cueDense, extraLabels, htmlText, nestedText, overlappingCase, rawArticle, unicodeText } from './arbitraries.ts';
import { analysisProblems, claimProblems, diffProblems, onCodePointBoundary, rowProblems, sentenceProblems, spanProblems, tokenProblems } from './invariants.ts';

export interface NamedProperty<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Violations of the invariants for one input (throwing is a failure too). */
  check: (value: T) => string[];
  /** Relative cost: the fuzz script gives cheap properties more runs. */
  weight: number;
}

const LANGS = ['ar', 'en', 'und', 'fr', 'zh', 'th'] as const;
const lang = fc.constantFrom(...LANGS);
/** Text as it reaches the stages after ingest: any of the generators. */
const anyText = fc.oneof(rawArticle(), corruptedNews(10), nestedText(), unicodeText(120));

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Runs analyzeCase twice, checking the invariants, determinism and the progress callback. */
function checkCase(inputs: ArticleInput[]): string[] {
  const fractions: number[] = [];
  const first: CaseAnalysis = analyzeCase(inputs, { onProgress: (f) => fractions.push(f) });
  const problems = analysisProblems(inputs, first);
  const second = analyzeCase(inputs);
  const difference = firstDifference(first, second);
  if (difference) problems.push(`not deterministic: ${difference}`);
  fractions.forEach((f, k) => {
    if (!(f >= 0 && f <= 1) || (k > 0 && f < fractions[k - 1]!)) problems.push(`progress ${fractions.join(', ')} not rising within 0..1`);
  });
  if (fractions.length > 0 && fractions[fractions.length - 1] !== 1) problems.push(`progress ends at ${fractions[fractions.length - 1]}, not 1`);
  return [...new Set(problems)];
}

const foldProperty: NamedProperty<string> = {
  name: 'normalize: foldWithMap maps every folded character back into the text',
  arbitrary: anyText,
  weight: 1,
  check: (text) => {
    const { folded, toOriginal } = foldWithMap(text);
    const problems: string[] = [];
    if (folded !== foldForMatch(text)) problems.push('foldForMatch ≠ foldWithMap().folded');
    if (toOriginal.length !== folded.length + 1) problems.push(`toOriginal has ${toOriginal.length} entries for ${folded.length} characters`);
    if (toOriginal[folded.length] !== text.length) problems.push(`toOriginal[end] = ${toOriginal[folded.length]}, not ${text.length}`);
    for (let i = 0; i < toOriginal.length; i++) {
      const o = toOriginal[i]!;
      if (!(Number.isInteger(o) && o >= 0 && o <= text.length)) problems.push(`toOriginal[${i}] = ${o} outside the text`);
      if (i > 0 && o < toOriginal[i - 1]!) problems.push(`toOriginal decreases at ${i}`);
      if (!onCodePointBoundary(text, o)) problems.push(`toOriginal[${i}] = ${o} splits a surrogate pair`);
      if (problems.length > 5) break;
    }
    return problems;
  },
};

const tokenProperty: NamedProperty<[string, string]> = {
  name: 'normalize: wordTokens are spans of the text, in order',
  arbitrary: fc.tuple(anyText, lang),
  weight: 1,
  check: ([text, l]) => tokenProblems(text, wordTokens(text, l)),
};

const languageProperty: NamedProperty<string> = {
  name: 'language: detectLanguage returns a language code, deterministically',
  arbitrary: anyText,
  weight: 1,
  check: (text) => {
    const code = detectLanguage(text);
    const problems = /^([a-z]{2,3}|und)$/.test(code) ? [] : [`detectLanguage returned ${JSON.stringify(code)}`];
    if (detectLanguage(text) !== code) problems.push('detectLanguage is not deterministic');
    return problems;
  },
};

const segmentProperty: NamedProperty<[string, string]> = {
  name: 'segment: splitSentences gives ordered, non-overlapping spans within lines',
  arbitrary: fc.tuple(anyText, lang),
  weight: 1,
  check: ([text, l]) => sentenceProblems(text, splitSentences(text, l)),
};

const ingestProperty: NamedProperty<ArticleInput> = {
  name: 'ingest: ingestArticle returns text or a reason, never throws, same output twice',
  arbitrary: articleInput('x'),
  weight: 2,
  check: (input) => {
    const result = ingestArticle(input);
    const problems: string[] = [];
    if (result.ok) {
      if (!result.data.text.trim()) problems.push('ok with an empty text');
      if (result.data.id !== input.id) problems.push('id changed');
      for (const line of result.data.removed) if (typeof line.text !== 'string') problems.push('removed line without text');
    } else if (!result.reason.trim()) problems.push('refused without a reason');
    const again = firstDifference(result, ingestArticle(input));
    if (again) problems.push(`not deterministic: ${again}`);
    return problems;
  },
};

const attributeProperty: NamedProperty<[string, string]> = {
  name: 'attribute: every claim, source, cue, via and content is a span of the text inside its sentence',
  arbitrary: fc.tuple(fc.oneof({ arbitrary: cueDense(), weight: 6 }, { arbitrary: corruptedNews(10), weight: 2 }, { arbitrary: nestedText(), weight: 1 }, { arbitrary: rawArticle(), weight: 1 }), fc.constantFrom('ar', 'en')),
  weight: 1,
  check: ([text, l]) => {
    const sentences = splitSentences(text, l);
    const claims = attributeSentences(text, sentences, l);
    const problems: string[] = [];
    claims.forEach((claim, k) => {
      problems.push(...claimProblems(text, claim, `claim ${k}`));
      const sentence = sentences[claim.sentenceIndex];
      if (!sentence) problems.push(`claim ${k}: sentenceIndex ${claim.sentenceIndex} of ${sentences.length}`);
      else if (claim.start < sentence.start || claim.end > sentence.end) problems.push(`claim ${k}: [${claim.start}, ${claim.end}) outside its sentence [${sentence.start}, ${sentence.end})`);
      const previous = claims[k - 1];
      if (previous && claim.start < previous.end) problems.push(`claim ${k}: overlaps claim ${k - 1}`);
    });
    return problems;
  },
};

function claimIndex(analysis: CaseAnalysis): Map<string, string> {
  return new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, a.id] as const)));
}

const alignProperty: NamedProperty<ArticleInput[]> = {
  name: 'align: blocked and naive rows keep each claim in at most one row, missingFrom ⊆ case \\ row',
  arbitrary: fc.oneof(overlappingCase(5), caseInputs(4)),
  weight: 6,
  check: (inputs) => {
    const analysis = analyzeCase(inputs, { claimsOnly: true });
    const ids = analysis.articles.map((a) => a.id);
    const claims = claimIndex(analysis);
    const blocked = alignClaims(analysis.articles);
    const problems = rowProblems(blocked, claims, ids).map((p) => `blocked: ${p}`);
    problems.push(...rowProblems(alignClaimsNaive(analysis.articles), claims, ids).map((p) => `naive: ${p}`));
    const again = firstDifference(blocked, alignClaims(analysis.articles));
    if (again) problems.push(`not deterministic: ${again}`);
    return problems;
  },
};

const actorsProperty: NamedProperty<[ArticleInput[], LabelLexiconEntry[]]> = {
  name: 'actors: every label is a span of its article, deterministically (with user label entries)',
  arbitrary: fc.tuple(fc.oneof(overlappingCase(5), caseInputs(4)), extraLabels()),
  weight: 6,
  check: ([inputs, extra]) => {
    const { articles } = analyzeCase(inputs, { claimsOnly: true });
    const options = { extraLabels: extra };
    const actors = findActors(articles, options);
    const textOf = new Map(articles.map((a) => [a.id, a.text]));
    const problems: string[] = [];
    for (const actor of actors) {
      actor.labels.forEach((label, k) => problems.push(...spanProblems(textOf.get(label.articleId) ?? '', label, `${actor.id} label ${k}`)));
    }
    const again = firstDifference(actors, findActors(articles, options));
    if (again) problems.push(`not deterministic: ${again}`);
    return problems;
  },
};

const diffProperty: NamedProperty<[string, string, string]> = {
  name: 'diff: parts cover both claims in order and carry their slices',
  arbitrary: fc.tuple(fc.oneof(corruptedNews(2), unicodeText(30)), fc.oneof(corruptedNews(2), unicodeText(30)), fc.constantFrom('ar', 'en', 'und')),
  weight: 1,
  check: ([a, b, l]) => diffProblems(a, b, diffClaims(a, b, l), wordTokens(a, l).length > 0, wordTokens(b, l).length > 0),
};

const caseProperty: NamedProperty<ArticleInput[]> = {
  name: 'analyzeCase: hostile articles (Unicode, HTML, nesting, empty) keep every invariant',
  arbitrary: caseInputs(5),
  weight: 8,
  check: checkCase,
};

const overlapProperty: NamedProperty<ArticleInput[]> = {
  name: 'analyzeCase: outlets retelling the same sentences keep every invariant',
  arbitrary: overlappingCase(5),
  weight: 8,
  check: checkCase,
};

const htmlCaseProperty: NamedProperty<string> = {
  name: 'analyzeCase: random HTML pages keep every invariant',
  arbitrary: htmlText(),
  weight: 4,
  check: (raw) => checkCase([{ id: 'h', raw, format: 'html' }, { id: 's', raw }]),
};

const isolationProperty: NamedProperty<[ArticleInput[], ArticleInput[], LabelLexiconEntry[], string]> = {
  name: 'analyzeCase: no state leaks from one case (its labels, language) into the next',
  arbitrary: fc.tuple(overlappingCase(4), fc.oneof(overlappingCase(4), caseInputs(3)), extraLabels(), fc.constantFrom('auto', 'ar', 'en', 'fr')),
  weight: 8,
  check: ([a, b, extra, language]) => {
    const before = analyzeCase(a);
    analyzeCase(b, { extraLabels: extra, language });
    const difference = firstDifference(before, analyzeCase(a));
    return difference ? [`analysing another case changed this one: ${difference}`] : [];
  },
};

/** Every property, cheapest first. */
export const PROPERTIES = [
  foldProperty,
  tokenProperty,
  languageProperty,
  segmentProperty,
  diffProperty,
  ingestProperty,
  attributeProperty,
  htmlCaseProperty,
  alignProperty,
  actorsProperty,
  caseProperty,
  overlapProperty,
  isolationProperty,
] as NamedProperty<unknown>[];

/** The fast-check property for a named property: fails with the list of violations. */
export function toProperty<T>(p: NamedProperty<T>): fc.IPropertyWithHooks<[T]> {
  return fc.property(p.arbitrary, (value) => {
    const problems = p.check(value);
    if (problems.length > 0) throw new Error(problems.slice(0, 12).join('\n'));
  });
}
