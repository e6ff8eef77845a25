/**
 * English words WordNet puts beside an English word (lang/bridge/en-synonyms.json): the synonyms of its
 * commonest noun sense and, for an adjective, its similar adjectives. A word-by-word translation of a
 * name through the bridge often gives a synonym of the word the English name uses.
 */
import synonyms from '../lang/bridge/en-synonyms.json' with { type: 'json' };

const SYNONYMS: Record<string, string> = synonyms.entries;
const PERTAINYMS: Record<string, string> = synonyms.pertainyms;
const PERTAINS_TO: Record<string, string> = synonyms.pertainsTo;

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
