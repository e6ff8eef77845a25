/**
 * Per-language data for telling entities apart (lang/<code>/entities.json): the head nouns and
 * prepositions that mark a place name, and the words an acronym skips. No names of places or actors.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { PhraseMatcher } from '../actors/lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

interface EntityFile {
  language: LanguageCode;
  placeHeadsBefore: string[];
  placeHeadsAfter: string[];
  locatives: string[];
  acronymConnectors: string[];
  notPlaces?: string[];
}

/** Entity data per language (lang/<code>/entities.json). */
const ENTITY_FILES: readonly EntityFile[] = LANGUAGES.map((l) => l.entities);

export interface EntityData {
  /** "the port of X", "مدينة X": a place follows. */
  placeHeadsBefore: PhraseMatcher<true>;
  /** "X province": a place precedes. */
  placeHeadsAfter: PhraseMatcher<true>;
  /** "in X", "near X". */
  locatives: PhraseMatcher<true>;
  acronymConnectors: Set<string>;
  /** Common nouns that follow place heads but name no place ("جنوب البلاد"). */
  notPlaces: Set<string>;
}

const cache = new Map<LanguageCode, EntityData>();

/**
 * The compiled entity data of `lang` (empty matchers for a language without a file).
 * @example entityData('en').locatives.hasWord('near') === true
 */
export function entityData(lang: LanguageCode): EntityData {
  let data = cache.get(lang);
  if (data) return data;
  const file = ENTITY_FILES.find((f) => f.language === lang);
  const phrases = (list: readonly string[] | undefined): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const p of list ?? []) m.add(p, lang, true);
    return m;
  };
  data = {
    placeHeadsBefore: phrases(file?.placeHeadsBefore),
    placeHeadsAfter: phrases(file?.placeHeadsAfter),
    locatives: phrases(file?.locatives),
    acronymConnectors: new Set((file?.acronymConnectors ?? []).map(foldForMatch)),
    notPlaces: new Set((file?.notPlaces ?? []).map(foldForMatch)),
  };
  cache.set(lang, data);
  return data;
}
