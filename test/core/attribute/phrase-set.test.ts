import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../../src/core/attribute/lexicon.ts';

describe('PhraseSet.matchAt (attribute/lexicon.ts)', () => {
  const phrases = new PhraseSet(['in the morning', 'in the', 'late at night']);
  const words = ['and', 'in', 'the', 'morning', 'rain'];

  it('finds the longest phrase that fits before the limit', () => {
    expect(phrases.matchAt(words, 1)).toBe(3);
    expect(phrases.matchAt(words, 1, 3)).toBe(2);
    expect(phrases.matchAt(words, 0)).toBe(0);
  });

  it('reads the first word as given (a bare form of it) and the rest in place', () => {
    const glued = ['x', 'within', 'the', 'morning'];
    expect(phrases.matchAt(glued, 1)).toBe(0);
    expect(phrases.matchAt(glued, 1, glued.length, 'in')).toBe(3);
    expect(phrases.matchAt(glued, 1, 3, 'in')).toBe(2);
  });
});
