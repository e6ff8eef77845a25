/**
 * A name's consonant skeleton in Latin letters, whatever its script, so transliterations of one name
 * meet: "Qasrein" / "Al-Qasrayn" / "القصرين" → "ksrn", "Muhammad" / "Mohamed" / "محمد" → "mhmd".
 * Vowels, long-vowel letters, the article and doubled letters drop out; letter pairs Latin uses for
 * one Arabic letter ("sh", "kh", "th") count as one. The one skeleton of the code base: names merge on
 * it within a language (entities/variants.ts) and across scripts (crosslang/names.ts compares skeletons
 * with an edit distance).
 */
import { scriptOf, STANDALONE_ARTICLES } from '../crosslang/script-data.ts';
import { foldForMatch } from '../normalize/index.ts';

// Two-letter Latin spellings of one sound, first.
const LATIN_PAIRS: [RegExp, string][] = [
  // French "dj" is one Arabic letter (ج), as English "j".
  [/dj/gu, 'j'],
  [/sh|ch|sch/gu, 's'],
  // Arabic writes x as two letters (كس).
  [/x/gu, 'ks'],
  [/kh|ck|q|c(?=[aou]|$)/gu, 'k'],
  [/th/gu, 't'],
  [/dh/gu, 'd'],
  [/gh/gu, 'g'],
  [/ph|v/gu, 'f'],
  [/p/gu, 'b'],
  [/g/gu, 'j'],
  [/c/gu, 's'],
];
// The article in its Latin spellings, sun-letter assimilations included ("al-", "el-", "ad-", "as-").
const LATIN_ARTICLE = /^(?:al|el|ul|an|ar|as|ash|at|ad|az|ath|ed|es|et|ez)[-'’]/u;

/** Two words transliterate each other at this similarity of their skeletons (`skeletonSimilarity`). */
export const WORD_SIMILARITY = 0.75;

/**
 * The skeleton of one word, in either script.
 * @example wordSkeleton('al-qasrayn') === wordSkeleton('القصرين') // 'ksrn'
 */
export function wordSkeleton(word: string): string {
  let skeleton = WORD_SKELETONS.get(word);
  if (skeleton === undefined) {
    // A big case asks for the same words' skeletons many times (each name against each candidate).
    if (WORD_SKELETONS.size >= MEMO_LIMIT) WORD_SKELETONS.clear();
    WORD_SKELETONS.set(word, (skeleton = computeWordSkeleton(word)));
  }
  return skeleton;
}

// Language data is registered before any analysis runs (lang/registry locks it), so a skeleton never changes.
const MEMO_LIMIT = 100_000;
const WORD_SKELETONS = new Map<string, string>();
const NAME_SKELETONS = new Map<string, string>();

function computeWordSkeleton(word: string): string {
  const folded = foldForMatch(word).trim();
  // A script with a transliteration table (lang/<code>/entities.json): its article drops, each letter maps.
  const script = scriptOf(folded);
  if (script) {
    let out = '';
    for (const ch of folded.replace(script.articlePrefix, '')) out += script.letters.get(ch) ?? '';
    return finish(out);
  }
  let w = folded.toLowerCase().replace(LATIN_ARTICLE, '').replace(/['’`-]/gu, '');
  // Doubled letters are one ("Muhammad", "Hassan"), before vowels go.
  w = w.replace(/(\p{L})\1+/gu, '$1');
  for (const [pattern, to] of LATIN_PAIRS) w = w.replace(pattern, to);
  return finish(w.replace(/[aeiouyw\u00C0-\u024F]/gu, (ch) => (/[bcdfghjklmnpqrstvxz]/u.test(ch.normalize('NFD')[0]!) ? ch.normalize('NFD')[0]! : '')));
}

/**
 * Final h drops (a ta marbuta or a Latin "-ah"), non-letters go; an h that is the word's only consonant
 * stays ("Haya" / "هيا" → "h"), or the word would leave nothing to match on.
 */
function finish(s: string): string {
  const letters = s.replace(/[^a-z]/gu, '');
  return letters.length > 1 ? letters.replace(/h$/u, '') : letters;
}

/**
 * The skeleton of a name of several words, Arabic name particles and articles folded in
 * ("Abdel Fattah" / "Abd al-Fattah" / "عبد الفتاح" → "bdft").
 * @example nameSkeleton(['abdel', 'fattah']) === nameSkeleton(['عبد', 'الفتاح'])
 */
export function nameSkeleton(words: readonly string[]): string {
  const key = words.join('\u0000');
  let skeleton = NAME_SKELETONS.get(key);
  if (skeleton === undefined) {
    if (NAME_SKELETONS.size >= MEMO_LIMIT) NAME_SKELETONS.clear();
    NAME_SKELETONS.set(key, (skeleton = computeNameSkeleton(words)));
  }
  return skeleton;
}

function computeNameSkeleton(words: readonly string[]): string {
  const parts: string[] = [];
  for (const raw of words) {
    const w = raw.toLowerCase();
    // A standalone article ("al", "el") and the article glued to "abd" ("abdel", "abdul") are the next word's.
    if (w === 'al' || w === 'el' || STANDALONE_ARTICLES.has(w)) continue;
    if (/^abd(?:el|ul|al|oul)$/u.test(w)) {
      parts.push('bd');
      continue;
    }
    const glued = particleBeforeArticle(w);
    if (glued) parts.push(wordSkeleton(glued), wordSkeleton(w.slice(glued.length)));
    else parts.push(wordSkeleton(w));
  }
  return parts.join('');
}

/** The name particle a word starts with when the next word's article is glued to it, with two letters after. */
function particleBeforeArticle(word: string): string | undefined {
  const script = scriptOf(word);
  if (!script) return undefined;
  for (const particle of script.particlesBeforeArticle) {
    for (const article of script.articles) if (word.startsWith(particle + article) && word.length > particle.length + article.length + 1) return particle;
  }
  return undefined;
}

/**
 * The skeleton of a name of several words read as a construct: a word before the last that ends in its
 * script's construct letter sounds it ("هيئة تحرير" → "Hayat Tahrir": "httrr", not "htrr"). Undefined
 * when no word reads differently.
 * @example constructSkeleton(['هيئه', 'التحرير']) === nameSkeleton(['hayat', 'al-tahrir'])
 */
export function constructSkeleton(words: readonly string[]): string | undefined {
  let changed = false;
  const parts = words.map((w, k) => {
    const ending = k < words.length - 1 ? scriptOf(w)?.constructEnding : undefined;
    const skeleton = nameSkeleton([w]);
    if (!ending || w.length < 3 || !w.endsWith(ending[0])) return skeleton;
    changed = true;
    return skeleton + ending[1];
  });
  return changed ? parts.join('') : undefined;
}

/**
 * A word's skeleton for comparing two spellings in its own script: letter pairs the script writes for
 * one foreign consonant count as that consonant («تشاووش» / «جاويش»). Not for matching across scripts,
 * whose edit distances are fitted to the plain skeleton.
 * @example sameScriptSkeleton('تشاووش') === sameScriptSkeleton('جاويش')
 */
export function sameScriptSkeleton(word: string): string {
  const folded = foldForMatch(word).trim();
  const script = scriptOf(folded);
  if (!script || script.letterPairs.size === 0) return wordSkeleton(word);
  let rewritten = folded;
  for (const [pair, single] of script.letterPairs) rewritten = rewritten.split(pair).join(single);
  return wordSkeleton(rewritten);
}

