/**
 * Figures and dates in a claim, folded to one form whatever the language or script: "2.5 million",
 * "مليونان ونصف" and "٢٫٥ مليون" are all `n:2500000`; "58.4%" and "58,4 بالمئة" are `pct:58.4`; "March 3"
 * and "3 آذار" are `date:3-3`. Rows use them to join claims across languages and to tell when two
 * versions of one claim disagree on a figure. Words come from each language's numbers.json.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { foldWithMap, foldForMatch } from '../normalize/index.ts';
import type { LanguageCode, Span } from '../types.ts';

interface NumberWords {
  units: Record<string, number>;
  scales: Record<string, number>;
  percent: string[];
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

export interface Quantity extends Span {
  /** One form across languages: `n:<value>`, `pct:<value>`, `year:<yyyy>`, `month:<m>`, `date:<m>-<d>` or `weekday:<1–7, Monday first>`. */
  key: string;
  value: number;
}

interface Lexicon {
  units: Map<string, number>;
  scales: Map<string, number>;
  /** Folded multiword phrases as token arrays (percent words, two-word month names), by first word. */
  percent: Map<string, string[][]>;
  months: Map<string, [string[], number][]>;
  weekdays: Map<string, number>;
}

/** Phrases indexed by their first word, longest first, so a token looks up only its own candidates. */
function byFirstWord<T>(entries: [string[], T][]): Map<string, [string[], T][]> {
  const index = new Map<string, [string[], T][]>();
  for (const entry of [...entries].sort((a, b) => b[0].length - a[0].length)) {
    const list = index.get(entry[0][0]!) ?? [];
    list.push(entry);
    index.set(entry[0][0]!, list);
  }
  return index;
}

const folded = (word: string): string[] => foldForMatch(word).trim().split(/\s+/);

function lexicon(data: NumberWords): Lexicon {
  return {
    units: new Map(Object.entries(data.units).map(([k, v]) => [folded(k).join(' '), v])),
    scales: new Map(Object.entries(data.scales).map(([k, v]) => [folded(k).join(' '), v])),
    percent: new Map([...byFirstWord(data.percent.map((p) => [folded(p), true] as [string[], boolean]))].map(([k, v]) => [k, v.map(([w]) => w)])),
    months: byFirstWord(Object.entries(data.months).map(([k, v]) => [folded(k), v] as [string[], number])),
    weekdays: new Map(Object.entries(data.weekdays).map(([k, v]) => [folded(k).join(' '), v])),
  };
}

const LEXICONS: Record<string, Lexicon> = Object.fromEntries(LANGUAGES.map((l) => [l.code, lexicon(l.numbers)]));
// One-letter clitics a number word may carry ("وعشرون", "بثلاثة"), from numbers.json; tried when the bare word is unknown.
const CLITICS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.numbers.clitics));
/** Words that join number words ("twenty and one"), from every language's numbers.json. */
const CONNECTORS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.numbers.connectors));
/** The token without a one-letter clitic glued to it, before at least two letters ("" when it has none). */
const withoutClitic = (token: string): string => (CLITICS.has(token[0]!) && /^\p{L}{2}/u.test(token.slice(1)) ? token.slice(1) : '');

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(foldedText: string): Token[] {
  const out: Token[] = [];
  // The Arabic comma «،» between digits with no space is a decimal comma ("72،71" is 72.71); "72، 71" stays a list.
  for (const m of foldedText.matchAll(/\d+(?:[.,٫٬،]\d+)*|[\p{L}]+|[%٪]/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const quantityWordSets = new Map<string, ReadonlySet<string>>();
const LETTERS_ONLY = /^\p{L}+$/u;

/** The folded words a quantity can start with in `language` (number words, months, weekdays). */
function quantityWords(language: LanguageCode): ReadonlySet<string> {
  let words = quantityWordSets.get(language);
  if (!words) {
    const lex = LEXICONS[language] ?? LEXICONS.en!;
    words = new Set([...lex.units.keys(), ...lex.scales.keys(), ...lex.weekdays.keys(), ...lex.months.keys()].map((w) => w.split(' ')[0]!));
    quantityWordSets.set(language, words);
  }
  return words;
}

/**
 * Whether a text whose folded words are `norms` can hold a quantity at all: a digit, or a word a number,
 * month or weekday starts with (bare or behind a one-letter clitic). Most claims hold none, and this costs
 * less than reading them: callers that have the words skip `extractQuantities` when it says no.
 * @example mayHoldQuantity(['talks', 'failed'], 'en') // false
 */
export function mayHoldQuantity(norms: readonly string[], language: LanguageCode): boolean {
  const words = quantityWords(language);
  for (const norm of norms) {
    // Most words are letters only: looked up whole, with no split.
    if (LETTERS_ONLY.test(norm)) {
      if (words.has(norm)) return true;
      const bare = withoutClitic(norm);
      if (bare && words.has(bare)) return true;
      continue;
    }
    // The quantity reader's words are runs of letters: "twenty-one" is two.
    for (const part of norm.split(/[^\p{L}\d]+/u)) {
      if (!part) continue;
      if (/\p{Nd}/u.test(part) || words.has(part)) return true;
      const bare = withoutClitic(part);
      if (bare && words.has(bare)) return true;
    }
  }
  return false;
}

function digitsValue(text: string): number {
  // "2,500" groups thousands; "2,5", "2٫5" and "2،5" are decimals (one separator, not three digits after it).
  const groups = text.split(/[.,٫٬،]/);
  if (groups.length === 1) return Number(text);
  const last = groups[groups.length - 1]!;
  if (groups.length === 2 && (last.length !== 3 || /[.٫]/.test(text))) return Number(`${groups[0]}.${last}`);
  if (/^[^.٫]*$/.test(text) || groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  return Number(text.replace(/[,٬،]/g, '').replace('٫', '.'));
}

/**
 * The figures, percentages, years and dates of a text, with their spans.
 * @example extractQuantities('Turnout was 41 percent, down from 44.5% in 2018.', 'en').map((q) => q.key) // ['pct:41', 'pct:44.5', 'year:2018']
 */
export function extractQuantities(text: string, language: LanguageCode): Quantity[] {
  const lex = LEXICONS[language] ?? LEXICONS.en!;
  const { folded: foldedText, toOriginal } = foldWithMap(text);
  const toks = tokens(foldedText);
  const out: Quantity[] = [];
  const word = (t: Token | undefined): string => t?.text ?? '';
  // Each token's form without a glued clitic, once ("" when it has none).
  const bares = toks.map((t) => withoutClitic(t.text));
  const bareAt = (i: number): string => bares[i] ?? '';
  const lookupAt = (map: Map<string, number>, i: number): number | undefined => (i < toks.length ? (map.get(toks[i]!.text) ?? (bareAt(i) ? map.get(bareAt(i)) : undefined)) : undefined);
  const candidates = <T>(index: Map<string, T[]>, i: number): T[] => {
    if (i >= toks.length) return [];
    return index.get(toks[i]!.text) ?? (bareAt(i) ? index.get(bareAt(i)) : undefined) ?? [];
  };
  const matches = (i: number, phrase: readonly string[]): boolean =>
    phrase.every((part, k) => word(toks[i + k]) === part || (k === 0 && bareAt(i) === part));
  const phraseAt = (i: number, index: Map<string, string[][]>): number => candidates(index, i).find((p) => matches(i, p))?.length ?? 0;
  const monthAt = (i: number): [string[], number] | undefined => candidates(lex.months, i).find(([p]) => matches(i, p));
  const emit = (from: number, to: number, key: string, value: number) => {
    const start = toOriginal[toks[from]!.start]!;
    const end = toOriginal[toks[to]!.end]!;
    out.push({ text: text.slice(start, end), start, end, key, value });
  };

  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    let value: number | undefined;
    let last = i;
    if (/^\d/.test(first.text)) {
      value = digitsValue(first.text);
    } else if (lookupAt(lex.units, i) !== undefined || (lookupAt(lex.scales, i) !== undefined && /^\d/.test(word(toks[i - 1])) === false)) {
      // A run of number words: units add up, scales multiply what came before.
      let total = 0;
      let current = 0;
      let j = i;
      for (; j < toks.length; j++) {
        const w = toks[j]!.text;
        const unit = lookupAt(lex.units, j);
        const scale = lookupAt(lex.scales, j);
        if (unit !== undefined && !(scale !== undefined && current > 0)) current += unit;
        else if (scale !== undefined) {
          current = (current || 1) * scale;
          if (scale >= 1000) {
            total += current;
            current = 0;
          }
        } else if (CONNECTORS.has(w) && (lookupAt(lex.units, j + 1) !== undefined || lookupAt(lex.scales, j + 1) !== undefined)) continue;
        else break;
        last = j;
      }
      value = total + current;
    } else {
      const weekday = lookupAt(lex.weekdays, i);
      if (weekday !== undefined) {
        emit(i, i, `weekday:${weekday}`, weekday);
        continue;
      }
      const monthHit = monthAt(i);
      if (monthHit) {
        const [{ length: monthWords }, month] = monthHit;
        const before = toks[i - 1];
        const after = toks[i + monthWords];
        const day = (t: Token | undefined) => (t && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 ? Number(t.text) : undefined);
        const d = day(before) ?? day(after);
        const dayAfter = day(before) === undefined && d !== undefined;
        if (d !== undefined) emit(dayAfter ? i : i - 1, dayAfter ? i + monthWords : i + monthWords - 1, `date:${month}-${d}`, month);
        else emit(i, i + monthWords - 1, `month:${month}`, month);
        i += monthWords - 1 + (dayAfter ? 1 : 0);
      }
      continue;
    }
    if (value === undefined || Number.isNaN(value)) continue;
    // A scale word after digits ("2.5 million", "٣ آلاف").
    const scale = lookupAt(lex.scales, last + 1);
    if (/^\d/.test(first.text) && scale !== undefined) {
      value *= scale;
      last += 1;
    }
    const percentWords = phraseAt(last + 1, lex.percent);
    if (percentWords > 0) {
      emit(i, last + percentWords, `pct:${round(value)}`, value);
      i = last + percentWords;
      continue;
    }
    // A day before a month is the month's date, read when the month comes up.
    if (monthAt(last + 1) && last === i && value >= 1 && value <= 31) continue;
    if (last === i && /^\d{4}$/.test(first.text) && value >= 1900 && value <= 2100) emit(i, i, `year:${value}`, value);
    else emit(i, last, `n:${round(value)}`, value);
    i = last;
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
