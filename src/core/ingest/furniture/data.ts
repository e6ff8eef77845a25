/**
 * Per-language furniture data (src/core/lang/<code>/furniture.json), compiled once into regular
 * expressions. Adding a language = a data file + one line in FURNITURE_DATA.
 */
import { LANGUAGE_BASICS } from '../../lang/basics.ts';
import { foldForMatch } from '../../normalize/index.ts';
import type { LanguageCode, RemovedLine } from '../../types.ts';

export type FurnitureReason = RemovedLine['reason'];

/** How far a matched line reaches: itself, a list of headline lines after it, or the rest of the page. */
export type RuleScope = 'line' | 'list' | 'tail';

export interface RawFurnitureRule {
  reason: string;
  scope: string;
  patterns: string[];
  /** The line must have at most this many words. */
  maxWords?: number;
  /** Only lines that are not full sentences. */
  weakOnly?: boolean;
  /** Only in the page's header (before the first body paragraph) or its edges (header or footer). */
  zone?: string;
}

export interface RawFurnitureData {
  language: LanguageCode;
  rules: RawFurnitureRule[];
  /** A dateline opening a paragraph that names the outlet: "CITY, May 1 (Agency) -". */
  wireDateline?: string;
  /** Reporting verbs: a full sentence holding one is article body, never furniture. */
  reportingWords: string[];
  /** Groups of letters written interchangeably: a pattern letter matches any of its group. */
  letterVariants?: string[];
  /** Marks (a regex class body) that may follow a variant letter, e.g. vowel signs. */
  letterMarks?: string;
  /** Letters of conjunctions written joined to the next word, allowed before a reporting word. */
  joinedPrefixes?: string;
  dates: {
    /** Gregorian month names (folded spelling) → month number. */
    months: Record<string, number>;
    /** Month names of other calendars (Hijri …): they make a line a date line but give no date. */
    otherMonths: string[];
    weekdays: string[];
    /** Words that may stand on a date line ("Published", "الموافق", "GMT"). */
    words: string[];
  };
}

/** Every language with furniture data. */
export const FURNITURE_DATA: readonly RawFurnitureData[] = LANGUAGE_BASICS.map((l) => l.furniture as RawFurnitureData);

export interface FurnitureRule {
  reason: FurnitureReason;
  scope: RuleScope;
  patterns: RegExp[];
  maxWords?: number;
  weakOnly?: boolean;
  zone?: 'header' | 'edge';
}

/** All languages' furniture merged: pages mix languages (Arabic pages carry "WhatsApp", "Telegram"). */
export interface CompiledFurniture {
  rules: FurnitureRule[];
  /** The rules that only apply in the page's header or footer (they run once those are known). */
  edgeRules: FurnitureRule[];
  wireDatelines: RegExp[];
  /** Any reporting word as a whole word (with a joined Arabic-script conjunction), on lowercased text. */
  reportingPattern: RegExp;
  months: Map<string, number>;
  /** Folded month names (all calendars), weekday names and date words, for date-only lines. */
  dateWords: Set<string>;
  /** Matches any month name (any calendar) in folded text. */
  monthPattern: RegExp;
  /** Matches a Gregorian month name in folded text (group 1). */
  gregorianPattern: RegExp;
}

const REASONS = new Set<string>(['comment-form', 'cookie-notice', 'share-buttons', 'related-links', 'subscription', 'navigation', 'dateline', 'byline', 'credit', 'outlet-name', 'title', 'caption', 'boilerplate']);
const SCOPES = new Set<string>(['line', 'list', 'tail']);

/** Spelling variants of every language (lang/<code>/furniture.json): a letter → its group, and the marks after it. */
interface Variants {
  groups: Map<string, string>;
  marks: Map<string, string>;
}

function variantsOf(datasets: readonly RawFurnitureData[]): Variants {
  const groups = new Map<string, string>();
  const marks = new Map<string, string>();
  for (const data of datasets) {
    for (const group of data.letterVariants ?? []) {
      for (const ch of group) {
        groups.set(ch, group);
        if (data.letterMarks) marks.set(ch, data.letterMarks);
      }
    }
  }
  return { groups, marks };
}

const VARIANTS = variantsOf(FURNITURE_DATA);

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
// \b and \d in JavaScript are ASCII-only; data files are written for every script. A \b before a word
// (a letter, group, class or escape follows) only looks back; one after a word only looks ahead.
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;
const DIGITS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';

/**
 * Compiles a data-file pattern (written in lower case) so it matches a lowercased line: script-aware
 * \b and \d, the languages' spelling variants of letters, any run of whitespace (NBSP included) for a space.
 * @example compilePattern('^اقرا ايضا').test('إقرأ أيضاً') // true
 */
export function compilePattern(source: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'b' && !inClass) out += /^[\p{L}([\\]/u.test(source.slice(i + 1, i + 2)) ? WORD_START : WORD_END;
      else if (next === 'd') out += inClass ? DIGITS : `[${DIGITS}]`;
      else out += ch + next;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += VARIANTS.groups.get(ch) ?? ch;
      continue;
    }
    if (ch === '[') inClass = true;
    const group = VARIANTS.groups.get(ch);
    const marks = VARIANTS.marks.get(ch);
    if (group) out += marks ? `(?:[${group}][${marks}]*)` : `[${group}]`;
    else if (ch === ' ') out += '\\s+';
    else out += ch;
  }
  // Case-sensitive on purpose: lines are lowercased before matching (cheaper than the i flag with \p{…}).
  return new RegExp(out, /\(\?<[A-Za-z]/.test(out) ? 'du' : 'u');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function compile(datasets: readonly RawFurnitureData[]): CompiledFurniture {
  const rules: FurnitureRule[] = [];
  const wireDatelines: RegExp[] = [];
  const reportingWords: string[] = [];
  let joinedPrefixes = '';
  const months = new Map<string, number>();
  const other = new Set<string>();
  const dateWords = new Set<string>();
  // Rules keep their data-file order within a reason group; languages are interleaved by reason so
  // one language's broad rule does not shadow another's specific one.
  for (const data of datasets) {
    for (const raw of data.rules) {
      if (!REASONS.has(raw.reason) || !SCOPES.has(raw.scope)) throw new Error(`furniture.json (${data.language}): bad rule ${raw.reason}/${raw.scope}`);
      const rule: FurnitureRule = { reason: raw.reason as FurnitureReason, scope: raw.scope as RuleScope, patterns: raw.patterns.map(compilePattern) };
      if (raw.maxWords !== undefined) rule.maxWords = raw.maxWords;
      if (raw.weakOnly) rule.weakOnly = true;
      if (raw.zone === 'header' || raw.zone === 'edge') rule.zone = raw.zone;
      else if (raw.zone !== undefined) throw new Error(`furniture.json (${data.language}): bad zone ${raw.zone}`);
      rules.push(rule);
    }
    if (data.wireDateline) wireDatelines.push(new RegExp(data.wireDateline, 'u'));
    reportingWords.push(...data.reportingWords);
    joinedPrefixes += data.joinedPrefixes ?? '';
    for (const [name, n] of Object.entries(data.dates.months)) months.set(foldForMatch(name), n);
    for (const name of data.dates.otherMonths) other.add(foldForMatch(name));
    for (const w of [...data.dates.weekdays, ...data.dates.words]) dateWords.add(foldForMatch(w));
  }
  const order: FurnitureReason[] = ['comment-form', 'cookie-notice', 'share-buttons', 'related-links', 'subscription', 'navigation', 'byline', 'credit', 'dateline', 'outlet-name', 'caption', 'boilerplate'];
  rules.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
  const L = '[\\p{L}\\p{M}]';
  const monthPattern = new RegExp(`(?<!${L})(${alternation([...months.keys(), ...other])})(?!${L})`, 'gu');
  const gregorianPattern = new RegExp(`(?<!${L})(${alternation(months.keys())})(?!${L})`, 'u');
  const edgeRules = rules.filter((r) => r.zone);
  const prefix = joinedPrefixes ? `[${[...new Set(joinedPrefixes)].join('')}]?` : '';
  const reportingPattern = compilePattern(`(?<![\\p{L}\\p{M}])${prefix}(?:${[...new Set(reportingWords)].map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`);
  return { rules, edgeRules, wireDatelines, reportingPattern, months, dateWords, monthPattern, gregorianPattern };
}

let cached: CompiledFurniture | undefined;

/** The merged, compiled furniture data of every registered language (built on first use). */
export function furnitureData(): CompiledFurniture {
  return (cached ??= compile(FURNITURE_DATA));
}
