/**
 * Background document frequencies per language (lang/<code>/background.json, built from kept corpora by
 * scripts/lexical/build-background.ts): a case of a few articles cannot tell "Wednesday", "said" or
 * "country" from a rare word, a corpus of thousands of news sentences can.
 */
import arBackground from '../lang/ar/background.json';
import enBackground from '../lang/en/background.json';
import type { LanguageCode } from '../types.ts';

interface BackgroundFile {
  language: LanguageCode;
  /** Documents (sentences or headlines) counted. */
  documents: number;
  /** Count → the matching keys in that many documents, space-separated. */
  df: Record<string, string>;
}

/** Background frequencies per language. Adding a language: a lang/<code>/background.json and a line here. */
const BACKGROUND_FILES: readonly BackgroundFile[] = [arBackground, enBackground];

/** Per matching key: the share of the background's IDF it keeps (1 for a key the background never saw twice). */
let rarity: Map<string, number> | null = null;

const NUMBER = /^\d/u;

/**
 * How rare a matching key is in news generally, 0 (in every document) … 1 (never seen twice): the
 * background IDF over its largest value. Keys of different languages differ in script; figures are
 * left to the case (their value, not their frequency, tells claims apart).
 * @example backgroundRarity('said') < backgroundRarity('irregular') // true
 */
export function backgroundRarity(key: string): number {
  if (!rarity) {
    rarity = new Map();
    for (const file of BACKGROUND_FILES) {
      const top = Math.log(1 + file.documents);
      for (const [count, keys] of Object.entries(file.df)) {
        const value = Math.log(1 + file.documents / Number(count)) / top;
        for (const k of keys.split(' ')) if (!NUMBER.test(k)) rarity.set(k, Math.min(rarity.get(k) ?? 1, value));
      }
    }
  }
  return rarity.get(key) ?? 1;
}
