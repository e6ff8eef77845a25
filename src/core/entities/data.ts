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
  /** Compound prepositions written as one word ("لصالح"): function words the stop-word list lacks, never a name. */
  functionWords?: string[];
  dictionaryForms?: DictionaryForms;
  /** The conjunction glued to the next word in a list ("X وY"), where the language glues it. */
  listConjunction?: string;
  /** Latin letters a name may open on where this language writes that conjunction's letter as the name's first ("w", "v"). */
  listConjunctionLatin?: string[];
  /** Heads that name a country itself when a country's name follows ("State of X", «دولة X»). */
  stateHeads?: string[];
  /** "Ministry of (the) Interior" is the "Interior Ministry": the word after a head, and articles it skips. */
  complementOf?: { connectors: string[]; articles: string[] };
}

/**
 * How a word as written is taken back to the forms a dictionary keys (lang/<code>/entities.json,
 * "dictionaryForms"): glued clitics, the article, pronoun endings, participles, verb endings and prefixes.
 * Each `…Rest` is how many letters must stay once that part is taken off.
 */
export interface DictionaryForms {
  /** Pattern of a word written wholly in the language's letters. */
  letters: string;
  clitics: string[];
  cliticRest: number;
  article: string;
  /** Shortest word the article is taken off. */
  articleMinLength: number;
  pronounEndings: string[];
  pronounRest: number;
  /** Participles: a prefix on the verb, a long vowel inside the passive pattern, derived-stem rewrites. */
  participle: { prefix: string; minLength: number; passiveLetter: string; passiveIndex: number; rewrites: [string, string][] };
  verbEndings: string[];
  verbEndingRest: number;
  verbPrefixes: string[];
  verbPrefixRest: number;
  /** What a present stem takes in front to be the past stem, where it dropped it. */
  pastPrefix: string;
  /** Plural endings of relational adjectives (a nisba used of people). */
  adjectivalPluralEndings: string[];
  /** The indefinite accusative ending ("مؤكدا"), taken off a word of at least `accusativeRest` letters. */
  accusativeEnding?: string;
  accusativeRest?: number;
  /** A dual or plural in construct ("منطقتي" for "منطقتين"): [ending as written, ending the dictionary keys]. */
  constructEndings?: [string, string][];
  /** Broken plurals and verbal nouns as [pattern as written, pattern the dictionary keys], "C" a root letter ("CواCC" → "CاCC"). */
  wordPatterns?: [string, string][];
  /** The marks of the indefinite ending (tanween) as written, for a character class: names never take them. */
  indefiniteMarks?: string;
  /** An assimilated verb: after one of the person prefixes, the letter its present stem drops ("يجب" is "وجب"). */
  assimilatedVerb?: { prefixes: string[]; dropped: string };
}

/** Entity data per language (lang/<code>/entities.json). */
const ENTITY_FILES: readonly EntityFile[] = LANGUAGES.map((l) => l.entities as EntityFile);

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
  functionWords: Set<string>;
  /** How words go back to dictionary forms (absent for a language without a dictionary). */
  dictionaryForms?: DictionaryForms;
  /** The conjunction glued to the next word of a list (folded), or ''. */
  listConjunction: string;
  /** Latin letters (lower case) a name opening on the conjunction's letter may open on; others say the conjunction is glued. */
  listConjunctionLatin: Set<string>;
  /** "State of X", «دولة X»: heads that, before a country's name, name the country (folded). */
  stateHeads: Set<string>;
  /** "Ministry of (the) X" = "X Ministry": the connector after a name's head, and the articles after it (folded). */
  complementOf: { connectors: Set<string>; articles: Set<string> };
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
    functionWords: new Set((file?.functionWords ?? []).map(foldForMatch)),
    listConjunction: foldForMatch(file?.listConjunction ?? ''),
    listConjunctionLatin: new Set(file?.listConjunctionLatin ?? []),
    stateHeads: new Set((file?.stateHeads ?? []).map(foldForMatch)),
    complementOf: { connectors: new Set((file?.complementOf?.connectors ?? []).map(foldForMatch)), articles: new Set((file?.complementOf?.articles ?? []).map(foldForMatch)) },
  };
  if (file?.dictionaryForms) data.dictionaryForms = file.dictionaryForms;
  cache.set(lang, data);
  return data;
}
