/**
 * The invariants every output of the core must keep, as functions returning the list of violations
 * (empty: all good), so the vitest properties and `npm run fuzz` share them and a failure says what broke.
 */
import { INTERNAL_ERROR } from '../../../src/core/analyze.ts';
import type { DiffPart } from '../../../src/core/diff/index.ts';
import type { Token } from '../../../src/core/normalize/index.ts';
import type { ArticleInput, CaseAnalysis, Claim, Row, Sentence, Span } from '../../../src/core/types.ts';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * True when offset `i` does not fall between the two halves of a surrogate pair.
 * @example onCodePointBoundary('a😀', 2) // false
 */
export function onCodePointBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
}

const show = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/**
 * A span must lie inside the text, on code-point boundaries, and carry exactly the text it covers.
 * @example spanProblems('abc', { text: 'b', start: 1, end: 2 }, 'x') // []
 */
export function spanProblems(text: string, span: Span | undefined, label: string): string[] {
  if (!span) return [];
  const { start, end } = span;
  const problems: string[] = [];
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return [`${label}: offsets [${start}, ${end}) outside the text (length ${text.length})`];
  }
  if (!onCodePointBoundary(text, start)) problems.push(`${label}: start ${start} splits a surrogate pair`);
  if (!onCodePointBoundary(text, end)) problems.push(`${label}: end ${end} splits a surrogate pair`);
  if (text.slice(start, end) !== span.text) problems.push(`${label}: text ${show(span.text)} ≠ slice [${start}, ${end}) ${show(text.slice(start, end))}`);
  return problems;
}

/** Sentences: valid spans, in order, not overlapping, never empty, never across a line break. */
export function sentenceProblems(text: string, sentences: readonly Sentence[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  let previousParagraph = 0;
  sentences.forEach((s, k) => {
    problems.push(...spanProblems(text, s, `sentence ${k}`));
    if (s.index !== k) problems.push(`sentence ${k}: index ${s.index}`);
    if (s.start < previousEnd) problems.push(`sentence ${k}: starts at ${s.start} before the previous one ends (${previousEnd})`);
    if (s.end <= s.start) problems.push(`sentence ${k}: empty`);
    if (s.paragraph < previousParagraph) problems.push(`sentence ${k}: paragraph ${s.paragraph} after ${previousParagraph}`);
    if (s.text.includes('\n')) problems.push(`sentence ${k}: crosses a line break`);
    previousEnd = s.end;
    previousParagraph = s.paragraph;
  });
  return problems;
}

/** Word tokens: valid spans in order, not overlapping. */
export function tokenProblems(text: string, tokens: readonly Token[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  tokens.forEach((t, k) => {
    problems.push(...spanProblems(text, t, `token ${k}`));
    if (t.start < previousEnd) problems.push(`token ${k}: overlaps the previous token`);
    if (t.end <= t.start) problems.push(`token ${k}: empty`);
    previousEnd = t.end;
  });
  return problems;
}

/** Every span a claim carries: the claim, its source, cue, channel and content. */
export function claimProblems(text: string, claim: Omit<Claim, 'id' | 'articleId'>, label: string): string[] {
  const problems = spanProblems(text, claim, label);
  const a = claim.attribution;
  if (a) {
    problems.push(...spanProblems(text, a.source, `${label} source`), ...spanProblems(text, a.cue, `${label} cue`));
    problems.push(...spanProblems(text, a.via, `${label} via`), ...spanProblems(text, a.content, `${label} content`));
    if (!['direct', 'indirect'].includes(a.quote)) problems.push(`${label}: quote ${String(a.quote)}`);
  }
  return problems;
}

/**
 * Rows: unique ids, known claims, each claim in at most one row, `missingFrom` ⊆ case and disjoint.
 * @example rowProblems(analysis.rows, new Map([['a:c1', 'a']]), ['a', 'b'])
 */
export function rowProblems(rows: readonly Row[], articleOfClaim: ReadonlyMap<string, string>, articleIds: readonly string[]): string[] {
  const problems: string[] = [];
  const rowOfClaim = new Map<string, string>();
  const rowIds = new Set<string>();
  const ids = new Set(articleIds);
  for (const row of rows) {
    if (rowIds.has(row.id)) problems.push(`row ${row.id}: duplicate id`);
    rowIds.add(row.id);
    const inRow = new Set<string>();
    for (const claimId of row.claimIds) {
      const article = articleOfClaim.get(claimId);
      if (article === undefined) problems.push(`row ${row.id}: unknown claim ${claimId}`);
      else inRow.add(article);
      const other = rowOfClaim.get(claimId);
      if (other !== undefined) problems.push(`claim ${claimId} is in rows ${other} and ${row.id}`);
      rowOfClaim.set(claimId, row.id);
    }
    for (const missing of row.missingFrom) {
      if (!ids.has(missing)) problems.push(`row ${row.id}: missingFrom has ${missing}, not an article of the case`);
      if (inRow.has(missing)) problems.push(`row ${row.id}: missingFrom has ${missing}, which has a claim in the row`);
    }
    if (new Set(row.missingFrom).size !== row.missingFrom.length) problems.push(`row ${row.id}: missingFrom repeats an article`);
    if (row.score !== undefined && !(row.score >= 0 && row.score <= 1)) problems.push(`row ${row.id}: score ${row.score} outside 0..1`);
  }
  return problems;
}

/**
 * The whole analysis: spans of every article, unique claim ids, rows, actor labels, and every input
 * either analysed or named in a diagnostic (nothing dropped silently).
 * @example analysisProblems(inputs, analyzeCase(inputs)) // [] when all is well
 */
export function analysisProblems(inputs: readonly ArticleInput[], analysis: CaseAnalysis): string[] {
  const problems: string[] = [];
  const textOf = new Map<string, string>();
  const articleOfClaim = new Map<string, string>();
  for (const article of analysis.articles) {
    if (textOf.has(article.id)) problems.push(`article ${article.id}: analysed twice`);
    textOf.set(article.id, article.text);
    if (!article.text.trim()) problems.push(`article ${article.id}: empty text accepted`);
    article.claims.forEach((claim, k) => {
      problems.push(...claimProblems(article.text, claim, `${claim.id}`));
      if (claim.articleId !== article.id) problems.push(`${claim.id}: articleId ${claim.articleId} in article ${article.id}`);
      if (articleOfClaim.has(claim.id)) problems.push(`${claim.id}: duplicate claim id`);
      articleOfClaim.set(claim.id, article.id);
      const previous = article.claims[k - 1];
      if (previous && claim.start < previous.start) problems.push(`${claim.id}: claims out of text order`);
    });
    for (const key of ['title', 'outlet', 'date', 'byline'] as const) {
      const value = article[key];
      if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) problems.push(`article ${article.id}: ${key} ${JSON.stringify(value)}`);
    }
  }
  problems.push(...rowProblems(analysis.rows, articleOfClaim, analysis.articles.map((a) => a.id)));
  const actorIds = new Set<string>();
  for (const actor of analysis.actors) {
    if (actorIds.has(actor.id)) problems.push(`actor ${actor.id}: duplicate id`);
    actorIds.add(actor.id);
    if (!actor.name.trim()) problems.push(`actor ${actor.id}: empty name`);
    actor.labels.forEach((label, k) => {
      const text = textOf.get(label.articleId);
      if (text === undefined) problems.push(`actor ${actor.id} label ${k}: unknown article ${label.articleId}`);
      else problems.push(...spanProblems(text, label, `actor ${actor.id} label ${k} (${label.articleId})`));
    });
  }
  for (const d of analysis.diagnostics) if (d.message.includes(INTERNAL_ERROR)) problems.push(`a stage threw: ${d.message}`);
  const reported = new Set(analysis.diagnostics.map((d) => d.articleId).filter((id) => id !== undefined));
  const caseLevel = analysis.diagnostics.some((d) => d.articleId === undefined && d.level === 'error');
  for (const input of inputs) {
    if (!textOf.has(input.id) && !reported.has(input.id) && !caseLevel) problems.push(`article ${input.id}: neither analysed nor reported in diagnostics`);
  }
  return problems;
}

/**
 * A word diff: parts carry the slices they name; the `a` side (equal + delete) and the `b` side
 * (equal + insert) each cover their claim in order, when that claim has words.
 */
export function diffProblems(a: string, b: string, parts: readonly DiffPart[], aHasWords: boolean, bHasWords: boolean): string[] {
  const problems: string[] = [];
  let aAt = 0;
  let bAt = 0;
  parts.forEach((p, k) => {
    if (p.op !== 'insert') {
      if (p.aStart === undefined || p.aEnd === undefined) problems.push(`part ${k}: ${p.op} without a offsets`);
      else {
        problems.push(...spanProblems(a, { text: p.text, start: p.aStart, end: p.aEnd }, `part ${k} (a)`));
        if (p.aStart !== aAt) problems.push(`part ${k}: a side jumps from ${aAt} to ${p.aStart}`);
        aAt = p.aEnd;
      }
    }
    if (p.op !== 'delete') {
      if (p.bStart === undefined || p.bEnd === undefined) problems.push(`part ${k}: ${p.op} without b offsets`);
      else {
        if (p.op === 'insert') problems.push(...spanProblems(b, { text: p.text, start: p.bStart, end: p.bEnd }, `part ${k} (b)`));
        else problems.push(...spanProblems(b, { text: b.slice(p.bStart, p.bEnd), start: p.bStart, end: p.bEnd }, `part ${k} (b)`));
        if (p.bStart !== bAt) problems.push(`part ${k}: b side jumps from ${bAt} to ${p.bStart}`);
        bAt = p.bEnd;
      }
    }
  });
  if (aHasWords && aAt !== a.length) problems.push(`a side covered to ${aAt} of ${a.length}`);
  if (bHasWords && bAt !== b.length) problems.push(`b side covered to ${bAt} of ${b.length}`);
  return problems;
}
