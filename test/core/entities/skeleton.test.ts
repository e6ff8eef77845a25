import { describe, expect, it } from 'vitest';
import { constructSkeleton, nameSkeleton, wordSkeleton } from '../../../src/core/entities/skeleton.ts';

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

  it('reads the ta marbuta of a construct head as the t Latin spellings write', () => {
    // Invented: "Harakat Salem" / "حركة سالم".
    expect(constructSkeleton(['حركه', 'سالم'])).toBe(nameSkeleton(['harakat', 'salem']));
    expect(nameSkeleton(['حركه', 'سالم'])).not.toBe(nameSkeleton(['harakat', 'salem']));
    expect(constructSkeleton(['سالم', 'حركه'])).toBeUndefined();
  });

  it('reads a Latin x as the two letters Arabic writes for it', () => {
    expect(wordSkeleton('Maxim')).toBe(wordSkeleton('مكسيم'));
  });
});
