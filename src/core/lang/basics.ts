// What every stage needs of a language before it knows an article's language: its profile (detection,
// sentences) and its page furniture (cleaning runs first). Small, so always bundled; the rest of a
// language's data is registered in store.ts (at once in Node and on the main thread, per case in the worker).
import arFurniture from './ar/furniture.json' with { type: 'json' };
import arLanguage from './ar/language.json' with { type: 'json' };
import enFurniture from './en/furniture.json' with { type: 'json' };
import enLanguage from './en/language.json' with { type: 'json' };

/**
 * Every language Parallax has data for, with the data read before an article's language is known.
 * Example: LANGUAGE_BASICS.map((l) => l.code) // ['ar', 'en']
 */
export const LANGUAGE_BASICS = [
  { code: 'ar', language: arLanguage, furniture: arFurniture },
  { code: 'en', language: enLanguage, furniture: enFurniture },
] as const;

/** The codes of the languages Parallax has data for, in registration order. Example: KNOWN_LANGUAGES.includes('ar') */
export const KNOWN_LANGUAGES: readonly string[] = LANGUAGE_BASICS.map((l) => l.code);
