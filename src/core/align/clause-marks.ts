/**
 * Clause breaks written as punctuation: news sentences chain their propositions with a comma as often as
 * with a word ("X recalls its envoy, terms the move illegal"; "X said it would act, declaring that …";
 * «…، واستدعت السفير»). The marks are data per language (lang/<code>/clause-marks.json). Read only for
 * clause evidence (align/clause-join.ts): a claim is never split into units here.
 */
import arMarks from '../lang/ar/clause-marks.json' with { type: 'json' };
import enMarks from '../lang/en/clause-marks.json' with { type: 'json' };
import { wordSpans } from '../normalize/tokens.ts';
import type { LanguageCode } from '../types.ts';

interface ClauseMarkFile {
  language: LanguageCode;
  marks: string[];
}

const FILES: readonly ClauseMarkFile[] = [arMarks as ClauseMarkFile, enMarks as ClauseMarkFile];
const NONE: ReadonlySet<number> = new Set();
const NO_MARKS: readonly string[] = [];
const marksOf = (lang: LanguageCode): readonly string[] => FILES.find((f) => f.language === lang)?.marks ?? NO_MARKS;

/**
 * Whether `text` holds a clause mark of `lang` anywhere: without one it has no mark break. Blanking a span
 * of a text (its source and cue) removes marks only, so a claim's whole text that holds none tells that its
 * proposition text holds none either.
 * @example holdsClauseMark('Rates rose, the pound fell', 'en') // true
 */
export function holdsClauseMark(text: string, lang: LanguageCode): boolean {
  for (const m of marksOf(lang)) if (text.includes(m)) return true;
  return false;
}

/**
 * The indexes of the words of `text` (in `wordNorms` order) that follow a clause mark of `lang`: a mark
 * between two words, followed by a space (a figure's "1,000" is no break). Empty in a language without
 * marks. `spans`: the word offsets of `text` where the caller has them already (`wordSpans(text, lang)`).
 * @example clauseMarkBreaks('Rates rose, the pound fell', 'en') // Set {2}
 */
export function clauseMarkBreaks(text: string, lang: LanguageCode, spans?: Int32Array): ReadonlySet<number> {
  // Most sentences hold no mark at all: their words are not read for it.
  if (!holdsClauseMark(text, lang)) return NONE;
  const marks = marksOf(lang);
  const words = spans ?? wordSpans(text, lang);
  let out: Set<number> | null = null;
  for (let k = 1; 2 * k < words.length; k++) {
    const gap = text.slice(words[2 * k - 1]!, words[2 * k]!);
    if (gap.length < 2 || !/\s/u.test(gap)) continue;
    if (marks.some((m) => gap.includes(m))) (out ??= new Set()).add(k);
  }
  return out ?? NONE;
}
