import { singular } from '../../../src/core/entities/variants.ts';
import { nameSkeleton } from '../../../src/core/entities/skeleton.ts';

// Invented names: a country's name and its demonym, and Latin transliteration variants, meet.
describe('name variants', () => {
  it('gives a country in -ia and its demonym in -ian one key', () => {
    expect(singular('ostrania')).toBe(singular('ostranian'));
    expect(singular('velmar')).toBe(singular('velmari'));
  });

  it('gives dh/d, kh/k, th/t, ou/u and ee/i spellings one skeleton', () => {
    expect(nameSkeleton(['wardha'])).toBe(nameSkeleton(['warda']));
    expect(nameSkeleton(['khalim'])).toBe(nameSkeleton(['kalim']));
    expect(nameSkeleton(['thamer'])).toBe(nameSkeleton(['tamer']));
    expect(nameSkeleton(['ghallouchi'])).toBe(nameSkeleton(['ghaluchi']));
    expect(nameSkeleton(['sameer'])).toBe(nameSkeleton(['samir']));
  });
});
