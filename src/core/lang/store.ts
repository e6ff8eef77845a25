import type arBundle from './ar/index.ts';
import type enBundle from './en/index.ts';
import type crossLanguageBundle from './bridge/index.ts';
import placeNames from './bridge/place-names.json' with { type: 'json' };
import { KNOWN_LANGUAGES } from './basics.ts';

/** Everything Parallax knows of one language (lang/<code>/index.ts). */
export type LanguageBundle = typeof arBundle | typeof enBundle;
/** The Arabic–English bridge and WordNet's English synonyms (lang/bridge/index.ts). */
export type CrossLanguageBundle = typeof crossLanguageBundle;

/**
 * The languages whose data is registered, in KNOWN_LANGUAGES order whatever order they were loaded in;
 * every stage reads its data from here. Stages read it when their module is evaluated, so languages are
 * registered first (registry.ts) and none after the analysis code has run (see sealLanguages).
 * Example: LANGUAGES.map((l) => l.code) // ['ar', 'en'] in Node
 */
export const LANGUAGES: LanguageBundle[] = [];

let crossLanguage: CrossLanguageBundle | undefined;
let sealedBy: string | undefined;

function assertOpen(what: string): void {
  if (sealedBy !== undefined) {
    throw new Error(`${what} was loaded after the analysis code (${sealedBy}) read the language data; load every language a case needs before importing the analysis (a new worker does)`);
  }
}

/** Adds a language's data (a no-op when it is already there). Example: registerLanguage(ar) */
export function registerLanguage(bundle: LanguageBundle): void {
  if (LANGUAGES.some((l) => l.code === bundle.code)) return;
  assertOpen(`The data of language '${bundle.code}'`);
  LANGUAGES.push(bundle);
  LANGUAGES.sort((a, b) => KNOWN_LANGUAGES.indexOf(a.code) - KNOWN_LANGUAGES.indexOf(b.code));
}

/** Adds the cross-language bridge (a no-op when it is already there). Example: registerCrossLanguage(bridge) */
export function registerCrossLanguage(bundle: CrossLanguageBundle): void {
  if (crossLanguage) return;
  assertOpen('The cross-language bridge');
  crossLanguage = bundle;
}

/**
 * Marks the registry as read by analysis code evaluated now (`by` names it): registering more after this
 * throws, since stages built their tables from what was there. Example: sealLanguages('core/analyze.ts')
 */
export function sealLanguages(by: string): void {
  sealedBy ??= by;
}

/** The bundle of `code`, if its data is registered. Example: languageBundle('en')?.numbers.months.january === 1 */
export function languageBundle(code: string): LanguageBundle | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/**
 * Whether an article in `code` can be analysed as it should: its data is registered, or Parallax has
 * none for it (an unknown language is analysed without). Example: isLanguageReady('xx') === true
 */
export function isLanguageReady(code: string): boolean {
  return !KNOWN_LANGUAGES.includes(code) || languageBundle(code) !== undefined;
}

/** Whether the cross-language bridge is registered. Example: isCrossLanguageReady() === true in Node */
export function isCrossLanguageReady(): boolean {
  return crossLanguage !== undefined;
}

/**
 * The Arabic–English bridge: Arabic word → English words and CLDR names of several words (both empty
 * until registered), and CLDR place names (always: a single-language case reads them too).
 * Example: bridgeEntries().names['ليبيا'] === 'libya'
 */
export function bridgeEntries(): {
  entries: Record<string, string>;
  names: Record<string, string>;
  phrases: Record<string, string>;
  groups: Record<string, string>;
  currencyCodes: Record<string, string>;
} {
  return {
    entries: crossLanguage?.arEn.entries ?? {},
    names: placeNames.names,
    phrases: crossLanguage?.arEn.phrases ?? {},
    groups: crossLanguage?.arEn.groups ?? {},
    currencyCodes: crossLanguage?.arEn.currencyCodes ?? {},
  };
}

/** WordNet's English synonyms, pertainyms and noun–verb derivations (empty until registered). Example: englishSynonymEntries().pertainyms.money */
export function englishSynonymEntries(): { entries: Record<string, string>; pertainyms: Record<string, string>; pertainsTo: Record<string, string>; derived: Record<string, string> } {
  return crossLanguage?.enSynonyms ?? { entries: {}, pertainyms: {}, pertainsTo: {}, derived: {} };
}
