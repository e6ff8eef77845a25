/**
 * English words WordNet puts beside an English word (lang/bridge/en-synonyms.json): the synonyms of its
 * commonest noun sense and, for an adjective, its similar adjectives. A word-by-word translation of a
 * name through the bridge often gives a synonym of the word the English name uses.
 */
import { englishSynonymEntries } from '../lang/registry.ts';

const synonyms = englishSynonymEntries();
const SYNONYMS: Record<string, string> = synonyms.entries;
const PERTAINYMS: Record<string, string> = synonyms.pertainyms;
const PERTAINS_TO: Record<string, string> = synonyms.pertainsTo;
const DERIVED: Record<string, string> = synonyms.derived;

/**
 * WordNet's near synonyms of a lower-case English word (empty when it has none).
 * @example synonymsFor('fast') // [… 'quick', 'rapid', …]
 */
export function synonymsFor(englishWord: string): string[] {
  return Object.hasOwn(SYNONYMS, englishWord) ? SYNONYMS[englishWord]!.split(' ') : [];
}

/**
 * The adjectives WordNet says pertain to a noun's commonest sense or derive from it (empty when none).
 * @example adjectivesOf('money') // ['monetary', 'pecuniary']
 */
export function adjectivesOf(noun: string): string[] {
  return Object.hasOwn(PERTAINYMS, noun) ? PERTAINYMS[noun]!.split(' ') : [];
}

/**
 * The nouns an English adjective pertains to (empty when none).
 * @example nounsOf('electoral') // ['election']
 */
export function nounsOf(adjective: string): string[] {
  return Object.hasOwn(PERTAINS_TO, adjective) ? PERTAINS_TO[adjective]!.split(' ') : [];
}

/**
 * The stems of the bridge's words WordNet derives an English stem from or to, noun ↔ verb, that the
 * stemmer leaves apart (empty when none).
 * @example derivedStems('voter') // ['vote']
 */
export function derivedStems(englishStem: string): string[] {
  return Object.hasOwn(DERIVED, englishStem) ? DERIVED[englishStem]!.split(' ') : [];
}

// Every English word the file names: the bridge's words and WordNet's words beside them.
let vocabulary: Set<string> | undefined;

/**
 * Whether a lower-case English word is one WordNet puts beside a word of the bridge (a synonym, a
 * pertainym): a word of the language.
 * @example isSynonymWord('red') // true
 */
export function isSynonymWord(englishWord: string): boolean {
  if (!vocabulary) {
    vocabulary = new Set<string>();
    for (const table of [SYNONYMS, PERTAINYMS, PERTAINS_TO]) {
      for (const [word, list] of Object.entries(table)) {
        vocabulary.add(word);
        for (const w of list.split(' ')) vocabulary.add(w);
      }
    }
  }
  return vocabulary.has(englishWord);
}
