import { LANGUAGE_BASICS } from './basics.ts';
import type { LanguageCode } from '../types.ts';

/** What the language-independent stages need to know of a language (from lang/<code>/language.json). */
export interface LanguageProfile {
  code: LanguageCode;
  name: string;
  /** Unicode script name, as in \p{Script=…}. */
  script: string;
  direction: 'ltr' | 'rtl';
  /** The script's comma (","; Arabic script has its own). */
  comma: string;
  /** Frequent function words: evidence for detection. */
  commonWords: string[];
  /** Abbreviations (folded, without the final dot) after which a sentence does not end. */
  abbreviations: string[];
  /** Whether ' is an apostrophe inside words (English) rather than only a quotation mark (Arabic). */
  apostrophes: boolean;
  /** Whether a dash after a sentence's end opens a new item on the same line ("…. - لم يصدر …"). */
  bulletDashes?: boolean;
}

/** Every language Parallax has data for (lang/basics.ts: known before any language's data is loaded). */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = LANGUAGE_BASICS.map((l) => l.language as LanguageProfile);

/** The profile of `code`, if Parallax knows the language. */
export function languageProfile(code: LanguageCode): LanguageProfile | undefined {
  return LANGUAGE_PROFILES.find((p) => p.code === code);
}

/**
 * Any language's comma: where a list or an apposition ("Jane Moore, a spokesman") breaks.
 * Example: 'a, b'.split(COMMAS).length === 2
 */
export const COMMAS = new RegExp(`[${[...new Set(LANGUAGE_PROFILES.map((p) => p.comma))].join('')}]`, 'u');

/** The comma of the script written in `direction` (the first language registered with it). Example: commaOf('ltr') === ',' */
export const commaOf = (direction: 'ltr' | 'rtl'): string => LANGUAGE_PROFILES.find((p) => p.direction === direction)?.comma ?? ',';
