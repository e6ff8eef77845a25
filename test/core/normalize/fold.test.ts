import { describe, expect, it } from 'vitest';
import { foldForMatch, foldWithMap, toOriginalRange, wordSpans, wordTokens } from '../../../src/core/normalize/index.ts';

describe('foldForMatch', () => {
  it.each([
    ['أكّد', 'اكد'], // shadda removed, hamza seat folded
    ['إعلان', 'اعلان'],
    ['آمال', 'امال'],
    ['الأميركيّة', 'الاميركيه'], // ta marbuta → ha
    ['إلى', 'الي'], // alef maqsura → ya
    ['مـــصر', 'مصر'], // tatweel
    ['١٢٣ ۴۵', '123 45'], // Arabic-Indic and Persian digits
    ['خليفة\u00A0حفتر', 'خليفه حفتر'], // NBSP
    ['«الشرق»', '"الشرق"'],
    ['“Hi” ‘there’', '"hi" \'there\''],
    ['Çavuşoğlu', 'cavusoglu'],
    ['ﻻ', 'لا'], // presentation form (lam-alef ligature)
    ['a\u200Fb', 'ab'], // bidi mark
  ])('%s → %s', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
  });

  it('agrees with foldWithMap on long text', () => {
    const long = 'وقال المتحدث «نعم» — Gen. Smith said. '.repeat(20);
    expect(foldWithMap(long).folded).toBe(foldForMatch(long));
  });
});

describe('foldWithMap', () => {
  it('maps each folded unit back to its source offset', () => {
    const text = 'قال: «أكّد»';
    const { folded, toOriginal } = foldWithMap(text);
    expect(folded).toBe('قال: "اكد"');
    expect(toOriginal).toHaveLength(folded.length + 1);
    expect(toOriginal[toOriginal.length - 1]).toBe(text.length);
    const at = folded.indexOf('اكد');
    const range = toOriginalRange({ folded, toOriginal }, at, at + 3);
    expect(text.slice(range.start, range.end)).toBe('أكّد');
  });

  it('keeps astral characters whole', () => {
    const text = 'a😀b';
    const folded = foldWithMap(text);
    expect(folded.folded).toBe('a😀b');
    expect(folded.toOriginal).toEqual([0, 1, 1, 3, 4]);
  });

  it('leaves lone surrogates in place without throwing', () => {
    expect(foldWithMap('a\uD800b').folded).toBe('a\uD800b');
  });
});

describe('wordTokens', () => {
  it('returns words with offsets and folded forms', () => {
    const text = 'وقال المسؤول، «لا»';
    expect(wordTokens(text, 'ar')).toEqual([
      { text: 'وقال', start: 0, end: 4, norm: 'وقال' },
      { text: 'المسؤول', start: 5, end: 12, norm: 'المسوول' },
      { text: 'لا', start: 15, end: 17, norm: 'لا' },
    ]);
  });

  it('keeps English contractions and dotted abbreviations together', () => {
    expect(wordTokens("U.S. officials don't", 'en').map((t) => t.text)).toEqual(['U.S', 'officials', "don't"]);
  });
});

describe('wordSpans', () => {
  it('holds the offsets wordTokens gives, two numbers a word', () => {
    const text = 'وقال المسؤول، «لا» إن الميناء أغلق';
    expect([...wordSpans(text, 'ar')]).toEqual(wordTokens(text, 'ar').flatMap((t) => [t.start, t.end]));
  });

  it('reads a text of more words than its first buffer holds, and a text of none', () => {
    const text = Array.from({ length: 300 }, (_, k) => `ferry${k}`).join(', ');
    const spans = wordSpans(text, 'en');
    expect(spans.length).toBe(600);
    expect(text.slice(spans[598], spans[599])).toBe('ferry299');
    expect(wordSpans(' … ', 'en').length).toBe(0);
  });
});
