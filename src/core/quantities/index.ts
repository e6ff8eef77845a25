/**
 * Figures and dates in a claim, folded to one form whatever the language or script: "2.5 million",
 * "مليونان ونصف" and "٢٫٥ مليون" are all `n:2500000`; "58.4%" and "58,4 بالمئة" are `pct:58.4`; "March 3"
 * and "3 آذار" are `date:3-3`. Rows use them to join claims across languages and to tell when two
 * versions of one claim disagree on a figure. Words come from each language's numbers.json.
 */
import arNumbers from '../lang/ar/numbers.json' with { type: 'json' };
import enNumbers from '../lang/en/numbers.json' with { type: 'json' };
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
  /** Folded multiword phrases as token arrays (percent words, two-word month names). */
  percent: string[][];
  months: [string[], number][];
  weekdays: Map<string, number>;
}

const folded = (word: string): string[] => foldForMatch(word).trim().split(/\s+/);

function lexicon(data: NumberWords): Lexicon {
  return {
    units: new Map(Object.entries(data.units).map(([k, v]) => [folded(k).join(' '), v])),
    scales: new Map(Object.entries(data.scales).map(([k, v]) => [folded(k).join(' '), v])),
    percent: data.percent.map(folded).sort((a, b) => b.length - a.length),
    months: Object.entries(data.months)
      .map(([k, v]) => [folded(k), v] as [string[], number])
      .sort((a, b) => b[0].length - a[0].length),
    weekdays: new Map(Object.entries(data.weekdays).map(([k, v]) => [folded(k).join(' '), v])),
  };
}

const LEXICONS: Record<string, Lexicon> = { ar: lexicon(arNumbers), en: lexicon(enNumbers) };
// Clitics a number word may carry in Arabic ("وعشرون", "بثلاثة"); tried when the bare word is unknown.
const CLITIC = /^[وبلف](?=\p{L}{2})/u;
const CONNECTORS = new Set(['and', 'و', 'a']);

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(foldedText: string): Token[] {
  const out: Token[] = [];
  for (const m of foldedText.matchAll(/\d+(?:[.,٫٬]\d+)*|[\p{L}]+|[%٪]/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function digitsValue(text: string): number {
  // "2,500" groups thousands; "2,5" and "2٫5" are decimals (one separator, not three digits after it).
  const groups = text.split(/[.,٫٬]/);
  if (groups.length === 1) return Number(text);
  const last = groups[groups.length - 1]!;
  if (groups.length === 2 && (last.length !== 3 || /[.٫]/.test(text))) return Number(`${groups[0]}.${last}`);
  if (/^[^.٫]*$/.test(text) || groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  return Number(text.replace(/[,٬]/g, '').replace('٫', '.'));
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
  const bare = (w: string): string => w.replace(CLITIC, '');
  const lookup = (map: Map<string, number>, w: string): number | undefined => map.get(w) ?? map.get(bare(w));
  const phraseAt = (i: number, phrases: string[][]): number =>
    phrases.find((p) => p.every((part, k) => word(toks[i + k]) === part || (k === 0 && bare(word(toks[i + k])) === part)))?.length ?? 0;
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
    } else if (lookup(lex.units, first.text) !== undefined || (lookup(lex.scales, first.text) !== undefined && /^\d/.test(word(toks[i - 1])) === false)) {
      // A run of number words: units add up, scales multiply what came before.
      let total = 0;
      let current = 0;
      let j = i;
      for (; j < toks.length; j++) {
        const w = toks[j]!.text;
        const unit = lookup(lex.units, w);
        const scale = lookup(lex.scales, w);
        if (unit !== undefined && !(scale !== undefined && current > 0)) current += unit;
        else if (scale !== undefined) {
          current = (current || 1) * scale;
          if (scale >= 1000) {
            total += current;
            current = 0;
          }
        } else if (CONNECTORS.has(w) && j + 1 < toks.length && (lookup(lex.units, word(toks[j + 1])) !== undefined || lookup(lex.scales, word(toks[j + 1])) !== undefined)) continue;
        else break;
        last = j;
      }
      value = total + current;
    } else {
      const weekday = lookup(lex.weekdays, first.text);
      if (weekday !== undefined) {
        emit(i, i, `weekday:${weekday}`, weekday);
        continue;
      }
      const monthWords = phraseAt(i, lex.months.map(([w]) => w));
      if (monthWords > 0) {
        const month = lex.months.find(([w]) => w.length === monthWords && w.every((part, k) => word(toks[i + k]) === part || (k === 0 && bare(word(toks[i + k])) === part)))![1];
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
    const scale = lookup(lex.scales, word(toks[last + 1]));
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
    if (phraseAt(last + 1, lex.months.map(([w]) => w)) > 0 && last === i && value >= 1 && value <= 31) continue;
    if (last === i && /^\d{4}$/.test(first.text) && value >= 1900 && value <= 2100) emit(i, i, `year:${value}`, value);
    else emit(i, last, `n:${round(value)}`, value);
    i = last;
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
