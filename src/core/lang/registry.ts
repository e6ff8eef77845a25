import ar from './ar/index.ts';
import en from './en/index.ts';

/**
 * Every language Parallax has data for, each a bundle of its lang/<code>/*.json files; every stage reads
 * its data from here. Adding a language: a lang/<code>/ folder with the same files and its index.ts, and
 * a line here.
 * Example: LANGUAGES.map((l) => l.code) // ['ar', 'en']
 */
export const LANGUAGES = [ar, en] as const;

export type LanguageBundle = (typeof LANGUAGES)[number];

/** The bundle of `code`, if Parallax knows the language. Example: languageBundle('en')?.numbers.months.january === 1 */
export function languageBundle(code: string): LanguageBundle | undefined {
  return LANGUAGES.find((l) => l.code === code);
}
