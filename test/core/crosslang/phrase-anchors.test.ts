import { claimAnchors } from '../../../src/core/crosslang/anchors.ts';

const keys = (text: string, language: 'ar' | 'en') => new Set(claimAnchors(text, language).map((a) => a.key));
const shared = (ar: string, en: string) => [...keys(ar, 'ar')].filter((k) => keys(en, 'en').has(k));

describe('claimAnchors: a region named by a CLDR phrase', () => {
  it('gives the English words of the phrase, a glued conjunction allowed', () => {
    expect(shared('وصل الوفد إلى كوريا الجنوبية مساء الأحد.', 'The delegation reached South Korea on Sunday evening.')).toContain('w:korea');
    expect(shared('اجتمع وزراء فرنسا والمملكة المتحدة أمس.', 'Ministers of France and the United Kingdom met yesterday.')).toContain('w:kingdom');
  });

  it('gives none for the same words outside the name', () => {
    expect(keys('زار الوفد الجنوبية وحدها.', 'ar').has('w:korea')).toBe(false);
  });
});
