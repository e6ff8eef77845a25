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
      tokens.push({ text: s.segment, start: s.index, end: s.index + s.segment.length, norm: foldForMatch(s.segment) });
    }
    return tokens;
  }
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, norm: foldForMatch(m[0]) });
  }
  return tokens;
}
