/**
 * Names of countries and regions (CLDR, lang/bridge/place-names.json), read in every case, whatever its
 * languages: an Arabic word's English place name, and whether an English word is one. Kept apart from
 * the cross-language bridge, which is loaded only for cases that mix languages.
 */
import { bridgeEntries } from '../lang/registry.ts';
import { scriptData, scriptOf } from '../crosslang/script-data.ts';
import { lemmaCandidates, NISBA_ENDINGS, PREFIXES } from '../lang/ar/lemmas.ts';
import { nounsOf } from '../crosslang/synonyms.ts';
import { ARABIC_LETTER } from '../normalize/script.ts';
import { wordMemo } from '../util/word-memo.ts';

const PLACE_NAMES: Record<string, string> = bridgeEntries().names;
const KNOWN_PLACES = new Set(Object.values(PLACE_NAMES));
const ARABIC = scriptData('ar');
const ARTICLES = ARABIC?.articles ?? [];

/** The place a word without clitics names, written with or without its article. */
const nameOf = (word: string): string | undefined => PLACE_NAMES[word] ?? ARTICLES.map((article) => PLACE_NAMES[article + word]).find((n) => n !== undefined);

/** The country whose name an adjective shortens ("ليبي" for "ليبيا"), through the language's adjective endings. */
function countryOfAdjective(word: string): string | undefined {
  for (const [ending, nameEnding] of ARABIC?.countryAdjectives ?? []) {
    if (word.endsWith(ending)) {
      const name = nameOf(word.slice(0, -ending.length) + nameEnding);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/**
 * The English name of a country or region an Arabic word names, or whose adjective it is (CLDR), or
 * undefined.
 * @example placeNameFor('البرتغاليه') // 'portugal'
 */
export function placeNameFor(foldedArabicWord: string): string | undefined {
  return placeNameMemo('ar', foldedArabicWord) ?? undefined;
}

function placeName(foldedArabicWord: string): string | undefined {
  for (const candidate of lemmaCandidates(foldedArabicWord, PREFIXES, [], false)) {
    // "الروسي" / "ليبي" are the adjectives of "روسيا" / "ليبيا".
    // "للبرتغال" is "ل" + "البرتغال", its alef gone.
    const name = nameOf(candidate) ?? countryOfAdjective(candidate);
    if (name !== undefined) return name;
    for (const ending of NISBA_ENDINGS) {
      if (!candidate.endsWith(ending) || candidate.length - ending.length < 3) continue;
      const place = nameOf(candidate.slice(0, -ending.length));
      if (place !== undefined) return place;
    }
  }
  return undefined;
}

/**
 * Whether a folded Arabic word (with its joined conjunction or preposition) is the name of a country or
 * region itself, not its adjective (CLDR).
 * @example isArabicPlaceNoun('ومصر') // true; isArabicPlaceNoun('المصري') // false
 */
export function isArabicPlaceNoun(foldedArabicWord: string): boolean {
  return arabicPlaceNoun(foldedArabicWord) !== undefined;
}

/**
 * The country a one-word name names as a noun, in either script (CLDR), not by its adjective: «مصر» and
 * "egypt" name Egypt, «المصريين» and "egyptian" do not.
 * @example countryNamed('ومصر') // 'egypt'; countryNamed('المصري') // undefined
 */
export function countryNamed(foldedWord: string): string | undefined {
  if (ARABIC_LETTER.test(foldedWord)) return arabicPlaceNoun(foldedWord);
  return isBridgedPlaceName(foldedWord) ? foldedWord : undefined;
}

/** The English name of the place a folded Arabic word names as a noun; memoised: asked for every subject's first word. */
function arabicPlaceNoun(foldedArabicWord: string): string | undefined {
  return placeNounMemo('ar', foldedArabicWord) ?? undefined;
}

// Both readings are memoised per word: the entities, the bridge and every actor mention's label ask them
// again for the same few hundred words of a case, and each try walks the word's clitic and ending forms.
// null stands for "no place": wordMemo computes an undefined value again on every call.
const placeNounMemo = wordMemo((word: string) => placeNoun(word) ?? null, 100_000);
const placeNameMemo = wordMemo((word: string) => placeName(word) ?? null, 100_000);

function placeNoun(foldedArabicWord: string): string | undefined {
  for (const candidate of lemmaCandidates(foldedArabicWord, PREFIXES, [], false)) {
    const name = nameOf(candidate);
    if (name !== undefined) return name;
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
 * The countries an English adjective is the adjective of (WordNet's pertainyms that are CLDR names:
 * "peruvian" → peru); empty for other words, and in a case of one language (the synonyms are not loaded).
 * @example countriesOfAdjective('peruvian') // ['peru']
 */
export function countriesOfAdjective(englishWord: string): string[] {
  return nounsOf(englishWord).filter(isBridgedPlaceName);
}

/**
 * The country a folded word is the singular adjective of, by its script's relational endings («المالي»), or
 * undefined: a plural («…يين», an ending of `plurals`) is the country's people.
 * @example countryOfSingularAdjective('المالي', ['يين']) // 'mali'
 */
export function countryOfSingularAdjective(word: string, plurals: readonly string[]): string | undefined {
  const endings = scriptOf(word)?.relationalEndings ?? [];
  if (!endings.some((e) => word.endsWith(e)) || plurals.some((e) => word.endsWith(e))) return undefined;
  return placeNameFor(word);
}
