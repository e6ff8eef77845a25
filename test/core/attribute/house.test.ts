// The attribute stage's code spells no Arabic letters: test/model/no-arabic-literals.test.ts checks the
// whole core outside lang/. Here: the grammar the rules need reaches them from the language data.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/attribute/lexicon.ts';

describe('attribute: language knowledge lives in the data files', () => {
  it('Arabic grammar letters reach the rules through the lexicon; English has none', () => {
    const ar = lexiconFor('ar')!;
    expect(ar.suffixedFeminineEnding).toBe('ت');
    expect(ar.periodPrepositions.has('خلال')).toBe(true);
    expect(ar.elative?.maxLength).toBe(6);
    const en = lexiconFor('en')!;
    expect(en.suffixedFeminineEnding).toBe('');
    expect(en.complementPrefixes).toEqual([]);
    expect(en.elative).toBeNull();
  });
});
