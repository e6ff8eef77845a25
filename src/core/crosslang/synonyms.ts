/**
 * English words WordNet puts beside an English word (lang/bridge/en-synonyms.json): the synonyms of its
 * commonest noun sense and, for an adjective, its similar adjectives. A word-by-word translation of a
 * name through the bridge often gives a synonym of the word the English name uses.
 */
import synonyms from '../lang/bridge/en-synonyms.json' with { type: 'json' };

const SYNONYMS: Record<string, string> = synonyms.entries;

/**
 * WordNet's near synonyms of a lower-case English word (empty when it has none).
 * @example synonymsFor('fast') // [… 'quick', 'rapid', …]
 */
export function synonymsFor(englishWord: string): string[] {
  return Object.hasOwn(SYNONYMS, englishWord) ? SYNONYMS[englishWord]!.split(' ') : [];
}
