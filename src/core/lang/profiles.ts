import ar from './ar/language.json';
import en from './en/language.json';
import type { LanguageCode } from '../types.ts';

/** What the language-independent stages need to know of a language (from lang/<code>/language.json). */
export interface LanguageProfile {
  code: LanguageCode;
  name: string;
  /** Unicode script name, as in \p{Script=…}. */
  script: string;
  direction: 'ltr' | 'rtl';
  /** Frequent function words: evidence for detection. */
  commonWords: string[];
  /** Abbreviations (folded, without the final dot) after which a sentence does not end. */
  abbreviations: string[];
  /** Whether ' is an apostrophe inside words (English) rather than only a quotation mark (Arabic). */
  apostrophes: boolean;
}

/** Every language Parallax has data for. Adding a language: add lang/<code>/*.json and a line here. */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [ar as LanguageProfile, en as LanguageProfile];

/** The profile of `code`, if Parallax knows the language. */
export function languageProfile(code: LanguageCode): LanguageProfile | undefined {
  return LANGUAGE_PROFILES.find((p) => p.code === code);
}
