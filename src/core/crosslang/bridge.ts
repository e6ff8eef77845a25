/**
 * Arabic words to English ones, through the bridge built from Arabic WordNet and WordNet
 * (lang/bridge/ar-en.json). Words in text carry clitics and inflections the dictionary's lemmas do not,
 * so a word is looked up as it is, then with its glued conjunctions, prepositions, article and endings
 * taken off, one at a time.
 */
import { bridgeEntries } from '../lang/registry.ts';
import { scriptData } from './script-data.ts';
import { brokenPluralSingulars, lemmaCandidates, nisbaBases, nisbaCounterparts, NOUN_PREFIXES, NOUN_SUFFIXES, withoutProclitics } from '../lang/ar/lemmas.ts';
import { adjectivesOf, isSynonymWord } from './synonyms.ts';
import { isArabicPlaceNoun, placeNameFor } from '../entities/place-names.ts';

const bridge = bridgeEntries();
// An entry is its ranked words, then after a "|" the words of its other noun and adjective senses
// (build-bridge.ts): those are read in names only, too noisy for anything looser.
const WORDNET_ENTRIES: Record<string, string> = {};
const SENSE_ENTRIES: Record<string, string> = {};
for (const [word, entry] of Object.entries(bridge.entries as Record<string, string>)) {
  const bar = entry.indexOf('|');
  // An entry may hold sense words only ("|united": a word a name of several words taught).
  if (bar !== 0) WORDNET_ENTRIES[word] = bar < 0 ? entry : entry.slice(0, bar);
  if (bar >= 0) SENSE_ENTRIES[word] = entry.slice(bar + 1);
}
const PHRASES: Record<string, string> = bridge.phrases;
const GROUPS: Record<string, string> = bridge.groups;
const CURRENCY_CODES: Record<string, string> = bridge.currencyCodes;
const ENGLISH_WORDS = new Set([...Object.values(WORDNET_ENTRIES), ...Object.values(SENSE_ENTRIES)].flatMap((v) => v.split(' ')));
const ARTICLES = scriptData('ar')?.articles ?? [];

/**
 * English words for a folded Arabic word, best first (empty when the bridge has none).
 * @example englishFor('والمركزي') // ['central', …] (the dictionary's; Arabic WordNet has no مركزي)
 */
export function englishFor(foldedArabicWord: string): string[] {
  return orPlace(foldedArabicWord, withNisba(foldedArabicWord, orPlural(foldedArabicWord, lookUp(lemmaCandidates(foldedArabicWord)))));
}

/**
 * A word the bridge lacks may be a country's adjective (CLDR, `placeNameFor`: «الكيني» → Kenya, an
 * adjective Arabic WordNet does not list): the country's name, then its English adjectives (WordNet
 * pertainyms: Kenyan), since English writes either where Arabic writes the adjective («الرئيس الكيني» /
 * "Kenya's president", "the Kenyan president"). Name first: a country of several adjectives (Ghanaian,
 * Ghanian, …) would push it past the words the anchors read. Adjectives only: the bridge holds every
 * CLDR name itself, so a name it misses is a clitic it does not undo, not a missing word.
 */
function orPlace(word: string, words: string[]): string[] {
  if (words.length > 0 || isArabicPlaceNoun(word)) return words;
  const place = placeNameFor(word);
  return place === undefined ? words : [place, ...adjectivesOf(place)];
}

/** A word the bridge lacks may be a broken plural of one it has («الاحكام» → «حكم»). */
function orPlural(word: string, words: string[]): string[] {
  return words.length > 0 ? words : lookUp(brokenPluralSingulars(word));
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
  return withNisba(foldedArabicWord, orPlural(foldedArabicWord, lookUp(lemmaCandidates(foldedArabicWord, NOUN_PREFIXES, NOUN_SUFFIXES, false))));
}

/**
 * English words for a folded Arabic word in a name, wider than `englishFor`: the entry of the word as
 * written with the article ("الامن": police) and that of its bare noun ("امن": security) both count, as
 * a name may use either sense.
 * @example englishInName('الامن') // ['police', …, 'security', …]
 */
export function englishInName(foldedArabicWord: string): string[] {
  const words = englishFor(foldedArabicWord);
  const found: string[] = [];
  let entries = 0;
  for (const candidate of lemmaCandidates(foldedArabicWord, NOUN_PREFIXES, NOUN_SUFFIXES, false)) {
    if (!Object.hasOwn(WORDNET_ENTRIES, candidate) && !Object.hasOwn(SENSE_ENTRIES, candidate)) continue;
    found.push(WORDNET_ENTRIES[candidate] ?? '', SENSE_ENTRIES[candidate] ?? '');
    if (++entries === 2) break;
  }
  return [...new Set([...words, ...found.flatMap((e) => e.split(' '))])].filter((w) => w.length > 0);
}

/**
 * Whether a folded Arabic word is a dictionary word with `proclitic` glued to it: the bridge knows the
 * word once the proclitic is off, and none of its forms that keep it («وجامعة»: yes; «وزارة», a word of
 * its own: no).
 * @example gluedToEntry('وجامعه', 'و') // true
 */
export function gluedToEntry(foldedArabicWord: string, proclitic: string): boolean {
  if (!foldedArabicWord.startsWith(proclitic)) return false;
  const kept = [...lemmaCandidates(foldedArabicWord)].filter((c) => c.startsWith(proclitic));
  // The rest as a word (its article or endings off), no second proclitic taken off it («وليد»: not «ل» + «يد»).
  const rest = foldedArabicWord.slice(proclitic.length);
  return lookUp(kept).length === 0 && lookUp([...lemmaCandidates(rest)].filter((c) => c[0] === rest[0])).length > 0;
}

function lookUp(candidates: Iterable<string>): string[] {
  for (const candidate of candidates) {
    const wordnet = WORDNET_ENTRIES[candidate];
    if (wordnet !== undefined) return wordnet.split(' ');
  }
  return [];
}

/**
 * The English name (CLDR) of a region, an international body or a currency that a run of folded Arabic
 * words names whole, a glued conjunction or preposition on its first word allowed, or undefined.
 * @example phraseNameFor(['والولايات', 'المتحده']) // 'united states'
 */
export function phraseNameFor(foldedArabicWords: readonly string[]): string | undefined {
  if (foldedArabicWords.length < 2) return undefined;
  const rest = foldedArabicWords.slice(1).join(' ');
  // A noun and its adjectives take the article each when definite ("الجنيه المصري"): CLDR writes
  // currencies indefinite ("جنيه مصري").
  const withoutArticle = (word: string) => ARTICLES.find((a) => word.startsWith(a) && word.length - a.length >= 2)?.length ?? 0;
  const indefinite = foldedArabicWords.slice(1).map((w) => w.slice(withoutArticle(w)));
  for (const first of withoutProclitics(foldedArabicWords[0]!)) {
    const name =
      PHRASES[`${first} ${rest}`] ??
      ARTICLES.map((article) => PHRASES[`${article}${first} ${rest}`]).find((n) => n !== undefined) ??
      (withoutArticle(first) > 0 && indefinite.every((w, k) => w !== foldedArabicWords[k + 1]) ? PHRASES[[first.slice(withoutArticle(first)), ...indefinite].join(' ')] : undefined);
    if (name !== undefined) return name;
  }
  return undefined;
}

// The words a phrase's name goes on with (as CLDR writes them, and with the article): a run is looked up
// as a phrase only when its second word is one of them.
const PHRASE_SECOND_WORDS = new Set(
  Object.keys(PHRASES).flatMap((phrase) => {
    const second = phrase.split(' ')[1];
    return second ? [second, ...ARTICLES.map((a) => a + second)] : [];
  }),
);

/**
 * Whether a folded Arabic word may be the second word of a CLDR phrase (a cheap gate before `phraseNameFor`).
 * @example mayContinuePhrase('المتحده') // true
 */
export function mayContinuePhrase(foldedArabicWord: string): boolean {
  return PHRASE_SECOND_WORDS.has(foldedArabicWord);
}

/**
 * The English name of the currency an ISO 4217 code names, when its Arabic name is one of the phrases
 * (CLDR), or undefined.
 * @example currencyOfCode('JOD') // 'jordanian dinar'
 */
export function currencyOfCode(code: string): string | undefined {
  return /^[A-Z]{3}$/u.test(code) ? CURRENCY_CODES[code.toLowerCase()] : undefined;
}

/**
 * Whether a lower-case English word is one the bridge translates some Arabic word into, or one WordNet
 * puts beside such a word: a word of the language, not a name of its own.
 * @example isBridgedEnglishWord('red') // true
 */
export function isBridgedEnglishWord(englishWord: string): boolean {
  return ENGLISH_WORDS.has(englishWord) || isSynonymWord(englishWord);
}

/**
 * English words of the senses of a folded Arabic noun that are groups or kinds of people (WordNet's
 * noun.group and noun.person: an army, protesters, the opposition), empty for any other word; `asWritten`:
 * the word as it is, no ending or article taken off.
 * @example groupWordsFor('المتظاهرين') // ['demonstrator', 'protester']
 */
export function groupWordsFor(foldedArabicWord: string, asWritten = false): string[] {
  if (asWritten) return GROUPS[foldedArabicWord]?.split(' ') ?? [];
  for (const candidate of lemmaCandidates(foldedArabicWord, NOUN_PREFIXES, NOUN_SUFFIXES, false)) {
    const words = GROUPS[candidate];
    if (words !== undefined) return words.split(' ');
  }
  return [];
}
