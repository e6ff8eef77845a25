import { foldForMatch } from './fold.ts';
import type { LanguageCode, Span } from '../types.ts';

/** A word of the text with its folded matching form. */
export interface Token extends Span {
  norm: string;
}

// Scripts written without spaces between words need the dictionary-based segmenter.
const SEGMENTER_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const WORD = /[\p{L}\p{N}\p{M}\u0640]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

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
  if (SEGMENTER_LANGUAGES.has(lang)) {
    let segmenter = segmenters.get(lang);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
      segmenters.set(lang, segmenter);
    }
    for (const s of segmenter.segment(text)) {
      if (!s.isWordLike) continue;
      tokens.push({ text: s.segment, start: s.index, end: s.index + s.segment.length, norm: foldWord(s.segment) });
    }
    return tokens;
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ text: word, start: m.index, end: m.index + word.length, norm: foldWord(word) });
  }
  return tokens;
}
