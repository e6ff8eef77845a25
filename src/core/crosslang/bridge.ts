/**
 * Arabic words to English ones, through the bridge built from Arabic WordNet and WordNet
 * (lang/bridge/ar-en.json). Words in text carry clitics and inflections the dictionary's lemmas do not,
 * so a word is looked up as it is, then with its glued conjunctions, prepositions, article and endings
 * taken off, one at a time.
 */
import { bridgeEntries } from '../lang/registry.ts';
import { scriptData } from './script-data.ts';
import { lemmaCandidates, nisbaBases, nisbaCounterparts, NISBA_ENDINGS, NOUN_PREFIXES, NOUN_SUFFIXES, PREFIXES, withoutProclitics } from '../lang/ar/lemmas.ts';
import { adjectivesOf, isSynonymWord } from './synonyms.ts';

const bridge = bridgeEntries();
const WORDNET_ENTRIES: Record<string, string> = bridge.entries;
const PLACE_NAMES: Record<string, string> = bridge.names;
const KNOWN_PLACES = new Set(Object.values(PLACE_NAMES));
const ENGLISH_WORDS = new Set(Object.values(WORDNET_ENTRIES).flatMap((v) => v.split(' ')));
const ARABIC = scriptData('ar');
const ARTICLES = ARABIC?.articles ?? [];

/** The country whose name an adjective shortens ("ليبي" for "ليبيا"), through the language's adjective endings. */
function countryOfAdjective(word: string): string | undefined {
  for (const [ending, nameEnding] of ARABIC?.countryAdjectives ?? []) {
    if (word.endsWith(ending)) {
      const name = PLACE_NAMES[word.slice(0, -ending.length) + nameEnding];
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/**
 * English words for a folded Arabic word, best first (empty when the bridge has none).
 * @example englishFor('والمركزي') // ['central', …] (the dictionary's; Arabic WordNet has no مركزي)
 */
export function englishFor(foldedArabicWord: string): string[] {
  return withNisba(foldedArabicWord, lookUp(lemmaCandidates(foldedArabicWord)));
}

/**
 * A relational (nisba) adjective the bridge lacks reads as its other gender's words when the bridge has
 * that ("الدولي" → "دولية", internationalism), else as the English adjectives of the noun it is built on
 * ("المركزي" → "مركز" → "center" → "central"; WordNet pertainyms), before the noun's words.
 */
function withNisba(word: string, words: string[]): string[] {
  for (const form of withoutProclitics(word)) if (Object.hasOwn(WORDNET_ENTRIES, form)) return words;
  for (const form of nisbaCounterparts(word)) if (Object.hasOwn(WORDNET_ENTRIES, form)) return [...new Set([...WORDNET_ENTRIES[form]!.split(' '), ...words])];
  for (const base of nisbaBases(word)) {
    if (!Object.hasOwn(WORDNET_ENTRIES, base)) continue;
    const adjectives = WORDNET_ENTRIES[base]!.split(' ').flatMap(adjectivesOf);
    if (adjectives.length > 0) return [...new Set([...adjectives, ...words])];
  }
  return words;
}

/**
 * English words for a folded Arabic word read as a noun (only the article and noun endings taken off):
 * empty for most names, which the looser `englishFor` may read as a word with clitics.
 * @example englishForNoun('الحكومات') // ['government', …]
 */
export function englishForNoun(foldedArabicWord: string): string[] {
  return withNisba(foldedArabicWord, lookUp(lemmaCandidates(foldedArabicWord, NOUN_PREFIXES, NOUN_SUFFIXES, false)));
}

function lookUp(candidates: Iterable<string>): string[] {
  for (const candidate of candidates) {
    const wordnet = WORDNET_ENTRIES[candidate];
    if (wordnet !== undefined) return wordnet.split(' ');
  }
  return [];
}

/**
 * The English name of a country or region an Arabic word names, or whose adjective it is (CLDR), or
 * undefined.
 * @example placeNameFor('البرتغاليه') // 'portugal'
 */
export function placeNameFor(foldedArabicWord: string): string | undefined {
  for (const candidate of lemmaCandidates(foldedArabicWord, PREFIXES, [], false)) {
    // "الروسي" / "ليبي" are the adjectives of "روسيا" / "ليبيا".
    // "للبرتغال" is "ل" + "البرتغال", its alef gone.
    const name = PLACE_NAMES[candidate] ?? ARTICLES.map((article) => PLACE_NAMES[article + candidate]).find((n) => n !== undefined) ?? countryOfAdjective(candidate);
    if (name !== undefined) return name;
    for (const ending of NISBA_ENDINGS) {
      if (!candidate.endsWith(ending) || candidate.length - ending.length < 3) continue;
      const place = PLACE_NAMES[candidate.slice(0, -ending.length)];
      if (place !== undefined) return place;
    }
  }
  return undefined;
}

/**
 * Whether an English word is the name of a country or region whose Arabic name the bridge knows (CLDR):
 * its Arabic spelling is then known, and a transliteration guess is not needed.
 * @example isBridgedPlaceName('portugal') // true
 */
export function isBridgedPlaceName(englishWord: string): boolean {
  return KNOWN_PLACES.has(englishWord);
}

/**
 * Whether a lower-case English word is one the bridge translates some Arabic word into, or one WordNet
 * puts beside such a word: a word of the language, not a name of its own.
 * @example isBridgedEnglishWord('red') // true
 */
export function isBridgedEnglishWord(englishWord: string): boolean {
  return ENGLISH_WORDS.has(englishWord) || isSynonymWord(englishWord);
}
