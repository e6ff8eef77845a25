/** Dates on page-furniture lines: recognising date-only lines and reading an ISO date from them. */
import type { CompiledFurniture } from './data.ts';

const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const DAY = '(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?';
const NUMERIC_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)/;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const patternCache = new WeakMap<CompiledFurniture, { dayFirst: RegExp; monthFirst: RegExp }>();

function datePatterns(data: CompiledFurniture): { dayFirst: RegExp; monthFirst: RegExp } {
  let cached = patternCache.get(data);
  if (!cached) {
    const month = data.gregorianPattern.source;
    cached = {
      dayFirst: new RegExp(`${DAY}\\s*(?:of\\s+)?${month}\\.?,?\\s*${YEAR}`, 'u'),
      monthFirst: new RegExp(`${month}\\.?\\s*${DAY},?\\s*${YEAR}`, 'u'),
    };
    patternCache.set(data, cached);
  }
  return cached;
}

/**
 * The first Gregorian date stated in a folded line, as YYYY-MM-DD.
 * @example findDate('published march 3, 2025, 08:14', data) === '2025-03-03'
 */
export function findDate(folded: string, data: CompiledFurniture): string | undefined {
  const { dayFirst, monthFirst } = datePatterns(data);
  const a = dayFirst.exec(folded);
  if (a) return iso(Number(a[3]), data.months.get(a[2]!) ?? 0, Number(a[1]));
  const b = monthFirst.exec(folded);
  if (b) return iso(Number(b[3]), data.months.get(b[1]!) ?? 0, Number(b[2]));
  const c = NUMERIC_DATE.exec(folded);
  if (c) return c[1] ? iso(Number(c[1]), Number(c[2]), Number(c[3])) : iso(Number(c[6]), Number(c[5]), Number(c[4]));
  return undefined;
}

/**
 * True when a folded line states a date (in any calendar) and little else: "Monday 3 March 2025 | 13:40".
 * @example isDateOnly('الاربعاء 24 ابريل 2024 الموافق 15 شوال 1445', data) === true
 */
export function isDateOnly(folded: string, data: CompiledFurniture): boolean {
  if (folded.length > 160 || !/\d/.test(folded)) return false;
  data.monthPattern.lastIndex = 0;
  const withoutMonths = folded.replace(data.monthPattern, ' ');
  const hasMonth = withoutMonths !== folded;
  if (!hasMonth && !NUMERIC_DATE.test(folded)) return false;
  const words = withoutMonths.split(/[^\p{L}\p{M}]+/u).filter((w) => w && !data.dateWords.has(w));
  return words.length <= 1;
}

/** True when a folded line contains a full date (day, month and year). */
export function hasFullDate(folded: string, data: CompiledFurniture): boolean {
  return findDate(folded, data) !== undefined;
}
