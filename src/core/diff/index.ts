/**
 * Word diff of two claims for display. The only module that imports jsdiff. Words are compared by
 * their folded spelling key, so variants (أ/ا, ة/ه, diacritics, tatweel, case, and long vowels written
 * or not: أميركي/أمريكي) do not show as changes; punctuation and spacing never do.
 */
import { diffArrays } from 'diff';
import { spellingKey } from '../align/terms.ts';
import { wordTokens } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

/** One piece of a word diff. Offsets: into `a` for equal/delete, into `b` for equal/insert. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  /** Display text: from `a` for equal and delete parts, from `b` for insert parts. */
  text: string;
  aStart?: number;
  aEnd?: number;
  bStart?: number;
  bEnd?: number;
}

/** A word with the punctuation and spaces that follow it (shown, not compared). */
interface DiffToken {
  key: string;
  start: number;
  end: number;
}

function tokenize(text: string, lang: LanguageCode): DiffToken[] {
  const words = wordTokens(text, lang);
  return words.map((w, k) => ({
    key: spellingKey(w.norm, lang),
    // Leading text before the first word belongs to it; trailing separators to the word before.
    start: k === 0 ? 0 : w.start,
    end: k + 1 < words.length ? words[k + 1]!.start : text.length,
  }));
}

/**
 * The word diff turning claim `a` into claim `b`.
 * @example diffClaims('Suleiman met the envoy', 'Suleiman met the US envoy', 'en')
 * // [{ op: 'equal', text: 'Suleiman met the ', … }, { op: 'insert', text: 'US ', … }, { op: 'equal', text: 'envoy', … }]
 */
export function diffClaims(a: string, b: string, lang: LanguageCode): DiffPart[] {
  const left = tokenize(a, lang);
  const right = tokenize(b, lang);
  if (!left.length && !right.length) return a || b ? [{ op: 'equal', text: a, aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }] : [];
  const changes = diffArrays(left, right, { comparator: (x, y) => x.key === y.key });
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count;
    if (change.added) {
      const start = right[j]!.start;
      const end = right[j + n - 1]!.end;
      parts.push({ op: 'insert', text: b.slice(start, end), bStart: start, bEnd: end });
      j += n;
    } else if (change.removed) {
      const start = left[i]!.start;
      const end = left[i + n - 1]!.end;
      parts.push({ op: 'delete', text: a.slice(start, end), aStart: start, aEnd: end });
      i += n;
    } else {
      const aStart = left[i]!.start;
      const aEnd = left[i + n - 1]!.end;
      const bStart = right[j]!.start;
      const bEnd = right[j + n - 1]!.end;
      parts.push({ op: 'equal', text: a.slice(aStart, aEnd), aStart, aEnd, bStart, bEnd });
      i += n;
      j += n;
    }
  }
  return parts;
}
