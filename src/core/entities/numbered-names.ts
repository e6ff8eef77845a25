/**
 * Names that carry a number ("COP29", "COP 29", «كوب 29», «كوب29», "Expo 2030"): the number is part of the
 * name, so the word and the number become one actor token whose key is written glued ("cop29"), however
 * the article spaces it. Then the spaced and the glued writings are one name, and the skeleton of the
 * glued key meets its transliteration in the other script, number included.
 *
 * A word and the number after it are one name when
 * - the case writes them glued somewhere too (in any article of the language), or
 * - the word is written in capitals (an acronym: "COP 29"), or
 * - in a language without capitals, no dictionary knows the word and it has no article (a transliteration:
 *   «إكسبو 2030»; «الملياردير 427 يوما» is a count), or
 * - another script's glued name has the same number and a skeleton like the word's («كوب 29» beside "COP29").
 * A month or weekday before the number, or a month after it, makes it a date, never a name.
 */
import { foldForMatch } from '../normalize/index.ts';
import { languageBundle } from '../lang/registry.ts';
import { isStopword } from '../align/terms.ts';
import { skeletonSimilarity } from '../crosslang/names.ts';
import type { ActorToken } from '../actors/tokens.ts';
import type { CaseText } from '../actors/discover.ts';
import { hasArticle } from '../actors/lexicon.ts';
import type { LanguageCode } from '../types.ts';
import { isDictionaryWord } from './recurring.ts';
import { WORD_SIMILARITY, wordSkeleton } from './skeleton.ts';

// An edition's number or a year; longer runs of digits are amounts.
const NUMBER = /^\d{1,4}$/u;
const LETTERS = /^\p{L}{2,}$/u;
// "COP-29": the hyphen of a glued writing says nothing.
const HYPHENATED = /^(\p{L}{2,})-(\d{1,4})$/u;
const GLUED = /^(\p{L}+)(\d{1,4})$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const LATIN = /^[a-z]/u;

const dateWordSets = new Map<LanguageCode, ReadonlySet<string>>();

/** The folded first words of the language's months and weekdays. */
function dateWords(lang: LanguageCode): ReadonlySet<string> {
  let set = dateWordSets.get(lang);
  if (!set) {
    const numbers = languageBundle(lang)?.numbers;
    set = new Set([...Object.keys(numbers?.months ?? {}), ...Object.keys(numbers?.weekdays ?? {})].map((w) => foldForMatch(w).split(' ')[0]!));
    dateWordSets.set(lang, set);
  }
  return set;
}

/** Whether token `i` is a word and token `i + 1` a number right after it in one phrase, and no date. */
function numberedPair(tokens: readonly ActorToken[], i: number, lang: LanguageCode): boolean {
  const word = tokens[i]!;
  const number = tokens[i + 1];
  if (!number || number.breakBefore || word.possessive || !NUMBER.test(number.key) || !LETTERS.test(word.key)) return false;
  const dates = dateWords(lang);
  if (dates.has(word.key) || isStopword(word.key, lang)) return false;
  const after = tokens[i + 2];
  return !(after && !after.breakBefore && dates.has(after.key));
}

/**
 * Glues the numbered names of a case's texts into one token each (in place).
 * @example glueNumberedNames(texts) // "At COP 29, …": texts[0].tokens[1].key === 'cop29'
 */
export function glueNumberedNames(texts: readonly CaseText[]): void {
  // "cop-29" is "cop29".
  for (const t of texts) for (const token of t.tokens) {
    const m = HYPHENATED.exec(token.key);
    if (m) token.key = m[1]! + m[2]!;
  }
  const gluedKeys = new Map<LanguageCode, Set<string>>();
  for (const t of texts) {
    const set = gluedKeys.get(t.lang) ?? new Set<string>();
    for (const token of t.tokens) if (GLUED.test(token.key)) set.add(token.key);
    gluedKeys.set(t.lang, set);
  }
  // A pair glued for its own language's reasons (`own`), or waiting for another script's name to vouch for it.
  const pending: { text: number; at: number; own: boolean }[] = [];
  texts.forEach((t, n) => {
    for (let i = 0; i + 1 < t.tokens.length; i++) {
      if (!numberedPair(t.tokens, i, t.lang)) continue;
      const word = t.tokens[i]!;
      const key = word.key + t.tokens[i + 1]!.key;
      const own = gluedKeys.get(t.lang)!.has(key) || (t.data.capitalisedNames ? ACRONYM.test(t.text.slice(word.start, word.end)) : !isDictionaryWord(word.key, t.lang) && !hasArticle(word.key, t.data));
      if (own) gluedKeys.get(t.lang)!.add(key);
      pending.push({ text: n, at: i, own });
    }
  });
  // A word glued for its own language's reasons first, then those that another script's name vouches for.
  const otherScript = (lang: LanguageCode, word: string, digits: string): boolean => {
    const skeleton = wordSkeleton(word);
    if (skeleton.length < 2) return false;
    for (const [other, keys] of gluedKeys) {
      if (other === lang) continue;
      for (const k of keys) {
        const m = GLUED.exec(k)!;
        if (m[2] !== digits || LATIN.test(k) === LATIN.test(word)) continue;
        const s = wordSkeleton(m[1]!);
        if (s.length >= 2 && skeletonSimilarity(s, skeleton) >= WORD_SIMILARITY) return true;
      }
    }
    return false;
  };
  const glue = new Map<number, number[]>();
  for (const { text, at, own } of pending) {
    const t = texts[text]!;
    if (!own && !otherScript(t.lang, t.tokens[at]!.key, t.tokens[at + 1]!.key)) continue;
    const list = glue.get(text) ?? [];
    list.push(at);
    glue.set(text, list);
  }
  for (const [text, starts] of glue) {
    const tokens = texts[text]!.tokens;
    // From the end, so earlier indexes stay valid.
    for (const i of starts.sort((a, b) => b - a)) {
      const word = tokens[i]!;
      const number = tokens[i + 1]!;
      tokens.splice(i, 2, { ...word, key: word.key + number.key, end: number.end, possessive: number.possessive });
    }
  }
}
