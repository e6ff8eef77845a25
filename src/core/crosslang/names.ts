/**
 * Names across scripts: an Arabic-script name and a Latin transliteration of it reduce to one consonant
 * skeleton ("طرابلس" and "Tarabulus" both → "trbls"; entities/skeleton.ts, the one skeleton of the code
 * base), compared with an edit distance in which letters that transliteration schemes swap (q/k/g, j/g,
 * d/z, h/kh, s/z) cost less.
 */
import { wordSkeleton } from '../entities/skeleton.ts';
import { scriptOf } from './script-data.ts';

export { wordSkeleton };

// Letters that transliterations of one Arabic letter spread over cost less to swap.
const NEAR: string[] = ['kgj', 'dz', 'hk', 'st', 'sz'];
// Per letter (char code), a bit for each NEAR group holding it: the edit distance compares every pair of letters.
const NEAR_GROUPS = new Uint8Array(128);
NEAR.forEach((group, g) => {
  for (const letter of group) NEAR_GROUPS[letter.charCodeAt(0)]! |= 1 << g;
});
// A Latin skeleton writes every g as j (Arabic writes a Latin g as ج in much of the region), while the
// Arabic غ, the other common spelling of a hard g (an invented "Mugabega" / «موغابيغا»), stays g: the two are one
// letter of the Latin name, each time a name has a g.
const LATIN_G = 'j'.charCodeAt(0);
const ARABIC_G = 'g'.charCodeAt(0);
const G_COST = 0.15;
function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  if ((a === LATIN_G && b === ARABIC_G) || (a === ARABIC_G && b === LATIN_G)) return G_COST;
  return a < 128 && b < 128 && (NEAR_GROUPS[a]! & NEAR_GROUPS[b]!) !== 0 ? 0.4 : 1;
}

/**
 * The skeletons a short one may also be written as, one letter swapped within its transliteration
 * group at most ("gz" → "jz", "kz", "gd", "gs"), itself first.
 * @example nearSkeletons('gz').includes('jz') // true
 */
export function nearSkeletons(skeleton: string): string[] {
  const out = [skeleton];
  for (let i = 0; i < skeleton.length; i++) {
    const letter = skeleton[i]!;
    for (const group of NEAR) {
      if (!group.includes(letter)) continue;
      for (const other of group) {
        const variant = skeleton.slice(0, i) + other + skeleton.slice(i + 1);
        if (other !== letter && !out.includes(variant)) out.push(variant);
      }
    }
  }
  return out;
}

/**
 * Similarity of two skeletons, 0..1 (1 − weighted edit distance / the longer length).
 * @example skeletonSimilarity('hftr', 'hftr') // 1
 */
export function skeletonSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Two rows of the edit distance, reused (this runs on many pairs of names).
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitutionCost(letter, b.charCodeAt(j - 1)));
    }
    const done = previous;
    previous = current;
    current = done;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length);
}

/**
 * How well two names written in different scripts (or the same one) match, word by word, 0..1: each
 * word of the shorter name is paired with its best word of the longer one, so "Omar al-Mukhtar" and
 * "المختار" match on the surname. Skeletons shorter than three consonants say too little and score 0.
 * @example nameSimilarity('عمر المختار', 'Omar al-Mukhtar') // ≈ 1
 */
export function nameSimilarity(a: string, b: string): number {
  const words = (name: string) => name.split(/[\s\-‐]+/u).map(wordSkeleton).filter((s) => s.length > 0);
  // Plurals and nisba forms ("الصوماليون" / "Somalis") differ in their endings only: compare without them too.
  const bare = (name: string) => name.split(/[\s\-‐]+/u).map((w) => wordSkeleton(withoutNameEnding(w).replace(/(?<=[a-z]{3})(?:is|es|s)$/iu, ''))).filter((s) => s.length > 0);
  return Math.max(wordwise(words(a), words(b)), wordwise(bare(a), bare(b)));
}

function wordwise(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.join('').length < 3) return 0;
  let total = 0;
  for (const word of shorter) total += Math.max(...longer.map((w) => skeletonSimilarity(word, w)));
  return total / shorter.length;
}

/** A word without the plural ending of a people's name in its script's data. */
function withoutNameEnding(word: string): string {
  const ending = scriptOf(word)?.nameEndings.find((e) => word.endsWith(e));
  return ending ? word.slice(0, -ending.length) : word;
}
