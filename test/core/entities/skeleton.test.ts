import { describe, expect, it } from 'vitest';
import { nameSkeleton, wordSkeleton } from '../../../src/core/entities/skeleton.ts';

describe('wordSkeleton', () => {
  it('drops a final h after other consonants in both scripts', () => {
    expect(wordSkeleton('Hamzah')).toBe(wordSkeleton('حمزة'));
    expect(wordSkeleton('Fattah')).toBe('ft');
  });

  it('keeps an h that is the only consonant, so the name still has a skeleton', () => {
    expect(wordSkeleton('Haya')).toBe('h');
    expect(wordSkeleton('هيا')).toBe('h');
    expect(nameSkeleton(['haya', 'samir'])).toBe(nameSkeleton(['هيا', 'سمير']));
    expect(nameSkeleton(['haya', 'samir']).length).toBeGreaterThanOrEqual(3);
  });

  it('reads the French "dj" as the one letter English writes "j"', () => {
    expect(wordSkeleton('Djamel')).toBe(wordSkeleton('جمال'));
    expect(wordSkeleton('Djamel')).toBe(wordSkeleton('Jamal'));
  });
});
