import { describe, expect, it } from 'vitest';
import { procliticsOf, scriptData, scriptOf } from '../../../src/core/crosslang/script-data.ts';
import { nameSkeleton, wordSkeleton } from '../../../src/core/entities/skeleton.ts';

describe('script data read from the language files', () => {
  it('finds the language of a word by its script, none for a Latin word', () => {
    expect(scriptOf('المدينة')?.language).toBe('ar');
    expect(scriptOf('city')).toBeUndefined();
  });

  it('compiles the article with its glued proclitics, needing two letters after it', () => {
    const ar = scriptData('ar')!;
    expect('والمدينه'.replace(ar.articlePrefix, '')).toBe('مدينه');
    expect('للمدينه'.replace(ar.articlePrefix, '')).toBe('مدينه');
    expect('الم'.replace(ar.articlePrefix, '')).toBe('الم');
  });

  it('gives proclitics only to languages that glue them', () => {
    expect(procliticsOf('ar')).toContain('ب');
    expect(procliticsOf('en')).toEqual([]);
  });

  it('feeds the skeleton: a particle glued to the article splits like the spaced spelling', () => {
    expect(nameSkeleton(['عبدالكريم'])).toBe(nameSkeleton(['عبد', 'الكريم']));
    expect(nameSkeleton(['abdel', 'karim'])).toBe(nameSkeleton(['عبد', 'الكريم']));
    expect(wordSkeleton('بالكرامه')).toBe('krm');
  });
});
