/**
 * Names across scripts: an Arabic-script name and a Latin transliteration of it reduce to one consonant
 * skeleton ("طرابلس" and "Tarabulus" both → "trbls"), compared with an edit distance in which letters that
 * transliteration schemes swap (q/k/g, j/g, s/ṣ/c, t/ṭ/d) cost less. Vowels are dropped on both sides,
 * since Arabic script leaves most of them unwritten.
 */
import { foldForMatch } from '../normalize/index.ts';

// Arabic letters (already folded: hamza seats gone, ة → ه, ى → ي) to skeleton classes.
const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'x', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'c', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
  پ: 'b', چ: 'c', ژ: 'j', گ: 'g', ڤ: 'f',
};

// Latin digraphs first (longest match), then letters; vowels map to nothing.
const LATIN_DIGRAPHS: [string, string][] = [
  ['kh', 'x'], ['sh', 'c'], ['ch', 'c'], ['th', 't'], ['dh', 'd'], ['gh', 'g'], ['ph', 'f'], ['ou', 'w'], ['ee', 'y'], ['oo', 'w'],
];
const LATIN: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 'd', j: 'j', g: 'g', h: 'h', x: 'x', r: 'r', z: 'z', s: 's', c: 'k', f: 'f', v: 'f',
  q: 'k', k: 'k', l: 'l', m: 'm', n: 'n', w: 'w', y: 'y',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const SEMIVOWELS = new Set(['w', 'y']);

// The article in its Latin spellings, sun-letter assimilations included ("al-", "el-", "ad-", "as-").
const LATIN_ARTICLE = /^(?:a|e)[lnrstdzc]h?[-'’ ]/;
const ARABIC_ARTICLE = /^(?:[وفبلك]?ال|لل)(?=\p{L}{2})/u;

/** Whether a word is written in Arabic script. */
const isArabicScript = (word: string): boolean => /[\u0600-\u06FF]/.test(word);

function reduce(classes: string[]): string {
  // Semivowels inside a word are vowels more often than not (Hussein/حسين, Yusuf/يوسف): keep them only first.
  const out = classes.filter((c, i) => c !== '' && (i === 0 || !SEMIVOWELS.has(c)));
  // A final h (ta marbuta, "-ah") carries no identity.
  if (out.length > 1 && out[out.length - 1] === 'h') out.pop();
  return out.join('');
}

/**
 * The consonant skeleton of one word, in either script.
 * @example wordSkeleton('يوسف') === wordSkeleton('Yusuf') // 'ysf'
 */
export function wordSkeleton(word: string): string {
  const folded = foldForMatch(word).trim();
  if (isArabicScript(folded)) {
    const bare = folded.replace(ARABIC_ARTICLE, '');
    return reduce([...bare].map((ch) => ARABIC[ch] ?? ''));
  }
  // Doubled letters ("Hassan") stand for one written letter with a shadda.
  let rest = folded.replace(LATIN_ARTICLE, '').replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
  const classes: string[] = [];
  while (rest.length > 0) {
    const digraph = LATIN_DIGRAPHS.find(([d]) => rest.startsWith(d));
    if (digraph) {
      classes.push(digraph[1] === 'w' || digraph[1] === 'y' ? (classes.length === 0 ? digraph[1] : '') : digraph[1]);
      rest = rest.slice(2);
      continue;
    }
    const ch = rest[0]!;
    classes.push(VOWELS.has(ch) ? '' : (LATIN[ch] ?? ''));
    rest = rest.slice(1);
  }
  return reduce(classes);
}

// Letters that transliterations of one Arabic letter spread over cost less to swap.
const NEAR: string[] = ['kgj', 'sc', 'dz', 'hx'];
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return NEAR.some((group) => group.includes(a) && group.includes(b)) ? 0.4 : 1;
}

/**
 * Similarity of two skeletons, 0..1 (1 − weighted edit distance / the longer length).
 * @example skeletonSimilarity('hftr', 'hftr') // 1
 */
export function skeletonSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!));
    }
    previous = current;
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
  const bare = (name: string) => name.split(/[\s\-‐]+/u).map((w) => wordSkeleton(w.replace(/(?:ون|ين)$/u, '').replace(/(?<=[a-z]{3})(?:is|es|s)$/iu, ''))).filter((s) => s.length > 0);
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
