import { describe, expect, it } from 'vitest';
import { nameSkeleton, wordSkeleton } from '../../../src/core/entities/skeleton.ts';

describe('wordSkeleton', () => {
  it('drops a final h after other consonants in both scripts', () => {
    expect(wordSkeleton('Hamzah')).toBe(wordSkeleton('حمزة'));
    expect(wordSkeleton('Fattah')).toBe('ft');
  });

  it('keeps an h that is the only consonant, so the name still has a skeleton', () => {
    expect(wordSkeleton('Yahya')).toBe('h');
    expect(wordSkeleton('يحيى')).toBe('h');
    expect(nameSkeleton(['yahya', 'samir'])).toBe(nameSkeleton(['يحيى', 'سمير']));
    expect(nameSkeleton(['yahya', 'samir']).length).toBeGreaterThanOrEqual(3);
  });
});
