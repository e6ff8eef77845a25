/**
 * Anchors of a claim that two languages can share: its figures and dates (folded to one form), the
 * consonant skeletons of its names, and its content words in English (an English word's stem, or the
 * stems of the English words the bridge gives an Arabic word). Two claims in different languages that
 * state one proposition share several of them.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { isStopword } from '../align/terms.ts';
import enNumbers from '../lang/en/numbers.json' with { type: 'json' };
import { wordTokens } from '../normalize/index.ts';
import { extractQuantities } from '../quantities/index.ts';
import type { LanguageCode } from '../types.ts';
import { englishFor } from './bridge.ts';
import { wordSkeleton } from './names.ts';

/** One anchor with its weight in the claim (before the case's rarity weighting). */
export interface Anchor {
  key: string;
  weight: number;
}

// Stems of month names never count as words: dates are matched as quantities.
const MONTH_STEMS = new Set(Object.keys(enNumbers.months).map((m) => englishStemmer(m)));
// How many of an Arabic word's English words stand in for it (its bridge entry is ranked).
const BRIDGE_WORDS = 3;

/** Languages whose words can be put into the shared (English) space. */
export const BRIDGED_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['ar', 'en']);

/**
 * The anchors of a text in `language` (English or Arabic), merged by key.
 * @example claimAnchors('Rebels entered Aleppo on 27 November.', 'en').map((a) => a.key) // ['s:rbl', 'w:rebel', 'w:enter', 's:lb', …, 'q:date:11-27']
 */
export function claimAnchors(text: string, language: LanguageCode): Anchor[] {
  const out = new Map<string, number>();
  const add = (key: string, weight: number) => out.set(key, Math.max(out.get(key) ?? 0, weight));
  const quantities = extractQuantities(text, language);
  for (const q of quantities) add(`q:${q.key}`, q.key.startsWith('year:') || (q.key.startsWith('n:') && q.value <= 10) ? 0.6 : 1.5);
  const inQuantity = (start: number) => quantities.some((q) => start >= q.start && start < q.end);
  for (const token of wordTokens(text, language)) {
    if (token.norm.length < 2 || /^\d/.test(token.norm) || inQuantity(token.start) || isStopword(token.norm, language)) continue;
    if (language === 'en') {
      const stem = englishStemmer(token.norm);
      if (!MONTH_STEMS.has(stem)) {
        add(`w:${stem}`, 1);
        // Derived forms share their first letters ("central" / "center", "inflation" / "inflate").
        if (stem.length >= 5) add(`p:${stem.slice(0, 4)}`, 0.5);
      }
      // Names, and words Arabic borrows ("bank", "dollar"), meet the Arabic spelling by their skeleton;
      // capitalised words are names more often than not.
      const skeleton = wordSkeleton(token.norm);
      if (skeleton.length >= 3) add(`s:${skeleton}`, /^\p{Lu}/u.test(token.text) ? 1 : 0.5);
    } else {
      const english = englishFor(token.norm);
      english.slice(0, BRIDGE_WORDS).forEach((word, rank) => {
        const stem = englishStemmer(word);
        add(`w:${stem}`, 1 / (rank + 1));
        if (stem.length >= 5) add(`p:${stem.slice(0, 4)}`, 0.5 / (rank + 1));
      });
      // Arabic script has no capitals: a word the bridge does not know is more likely a name.
      const skeleton = wordSkeleton(token.norm);
      if (skeleton.length >= 3) add(`s:${skeleton}`, english.length === 0 ? 1 : 0.5);
    }
  }
  return [...out].map(([key, weight]) => ({ key, weight }));
}
