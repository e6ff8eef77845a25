/**
 * Which script a word is written in, defined once for every stage (the entities modules tested it with
 * copies of their own). Two tests, kept apart because they differ on a few characters: the block holds the
 * Arabic comma, tatweel and harakat, which the Unicode script property counts as Common or Inherited.
 */

/** A character of the Arabic block (U+0600–U+06FF): letters, harakat, Arabic punctuation and digits. */
export const ARABIC_BLOCK = /[\u0600-\u06FF]/u;

/** A character of the Arabic script (Unicode Script=Arabic, in any Arabic block). */
export const ARABIC_LETTER = /\p{Script=Arabic}/u;
