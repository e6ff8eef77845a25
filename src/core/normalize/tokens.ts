import { foldForMatch } from './fold.ts';
import { ARABIC_LETTER } from './script.ts';
import type { LanguageCode, Span } from '../types.ts';

/** A word of the text with its folded matching form. */
export interface Token extends Span {
  norm: string;
}

// Scripts written without spaces between words need the dictionary-based segmenter.
const SEGMENTER_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
// Words are /[\p{L}\p{N}\p{M}\u0640]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/u (tatweel U+0640 is \p{L} anyway).
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const JOINERS = "'’.-";
// WORD_CHAR's verdicts for BMP code units, filled lazily.
const wordCharTable = new Int8Array(0x10000).fill(-1);

/** UTF-16 length of the word character at `i` (2 for an astral one), 0 if there is none. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let verdict = wordCharTable[code]!;
  if (verdict < 0) wordCharTable[code] = verdict = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  return verdict;
}

/**
 * «الصناديق.وبحسب»: a full stop glued between Arabic words ends a sentence (the splitter cuts there too); only
 * after a lone letter is it an abbreviation's («د.محمد», «أ.ف.ب»). Arabic has no «U.S.»-like words of more letters.
 */
function sentenceStopBetween(text: string, start: number, dot: number): boolean {
  return text[dot] === '.' && dot - start > 1 && ARABIC_LETTER.test(text[dot - 1]!) && ARABIC_LETTER.test(text[dot - 2]!) && ARABIC_LETTER.test(text[dot + 1]!);
}

const segmenters = new Map<string, Intl.Segmenter>();

// Words recur across sentences, articles and stages: fold each spelling once. Bounded, so a huge
// vocabulary cannot grow it without limit (it is simply restarted).
const FOLD_CACHE_LIMIT = 200_000;
let foldCache = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache = new Map();
    folded = foldForMatch(word);
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * Word tokens of `text` (punctuation and spaces skipped), each with offsets and folded form.
 * @example wordTokens('وقال المسؤول', 'ar').map(t => t.norm) // ['وقال', 'المسوول']
 */
export function wordTokens(text: string, lang: LanguageCode): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, lang, (word, start, end) => tokens.push({ text: word, start, end, norm: foldWord(word) }));
  return tokens;
}

/**
 * Only the folded forms of `wordTokens` (no object per word, where offsets are not needed).
 * @example wordNorms('وقال المسؤول', 'ar') // ['وقال', 'المسوول']
 */
export function wordNorms(text: string, lang: LanguageCode): string[] {
  const norms: string[] = [];
  forEachWord(text, lang, (word) => norms.push(foldWord(word)));
  return norms;
}

/**
 * Only the offsets of `wordTokens`, word k's start at 2k and end at 2k + 1: one small typed array per
 * text, no object or folded form per word (readers that keep a text's word offsets).
 * @example wordSpans('Rates rose', 'en') // Int32Array [0, 5, 6, 10]
 */
export function wordSpans(text: string, lang: LanguageCode): Int32Array {
  let count = 0;
  forEachWord(text, lang, (_word, start, end) => {
    if (spanScratch.length < count + 2) spanScratch = growTo(spanScratch, 2 * (count + 2));
    spanScratch[count++] = start;
    spanScratch[count++] = end;
  });
  return spanScratch.slice(0, count);
}

let spanScratch: Int32Array = new Int32Array(256);
const growTo = (array: Int32Array, size: number): Int32Array => {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
};

/** Calls `visit` with every word of `text` and its offsets, in order. */
function forEachWord(text: string, lang: LanguageCode, visit: (word: string, start: number, end: number) => void): void {
  if (SEGMENTER_LANGUAGES.has(lang)) {
    let segmenter = segmenters.get(lang);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
      segmenters.set(lang, segmenter);
    }
    for (const s of segmenter.segment(text)) if (s.isWordLike) visit(s.segment, s.index, s.index + s.segment.length);
    return;
  }
  // What WORD matches, scanned by hand: a regex match allocates an array per word.
  const length = text.length;
  let i = 0;
  while (i < length) {
    const width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) i += w;
      // A joiner ('’.-) continues the word only before another word character.
      if (i + 1 < length && JOINERS.includes(text[i]!)) {
        const next = wordCharWidth(text, i + 1);
        if (next > 0 && !sentenceStopBetween(text, start, i)) {
          i += 1 + next;
          continue;
        }
      }
      break;
    }
    visit(text.slice(start, i), start, i);
  }
}
