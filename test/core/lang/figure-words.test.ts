import { describe, expect, it } from 'vitest';
import { figureWords } from '../../../src/core/lang/figureWords.ts';
import en from '../../../src/core/lang/en/index.ts';

describe('figureWords', () => {
  it('reads single words for whole numbers from two up as figures', () => {
    expect(figureWords({ zero: 0, one: 1, two: 2, forty: 40, 'a dozen': 12, half: 0.5 })).toEqual({ two: '2', forty: '40' });
  });

  it('gives English alignment its number words from numbers.json, the one list of them', () => {
    expect(en.spelling.numbers).toEqual(figureWords(en.numbers.units));
    expect(en.spelling.numbers.twelve).toBe('12');
  });
});
