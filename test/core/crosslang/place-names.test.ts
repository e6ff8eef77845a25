import { describe, expect, it } from 'vitest';
import { countriesOfAdjective, countryNamed, placeNameFor } from '../../../src/core/entities/place-names.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

describe('countryNamed: a country named by its noun, not its adjective', () => {
  it('reads the name in either script, under a joined conjunction', () => {
    expect(countryNamed(foldForMatch('وليبيا'))).toBe('libya');
    expect(countryNamed('libya')).toBe('libya');
  });
  it('gives nothing for the adjective or the people', () => {
    expect(countryNamed(foldForMatch('الليبيين'))).toBeUndefined();
    expect(countryNamed(foldForMatch('ليبية'))).toBeUndefined();
    expect(countryNamed('libyan')).toBeUndefined();
  });
});

describe('countriesOfAdjective: an English adjective of a CLDR country', () => {
  it('finds the country of its adjective', () => {
    expect(countriesOfAdjective('peruvian')).toEqual(['peru']);
  });
  it('gives nothing for an adjective of no country', () => {
    expect(countriesOfAdjective('electoral')).toEqual([]);
  });
});

describe('placeNameFor: the adjectives Arabic builds on a country name', () => {
  const place = (word: string): string | undefined => placeNameFor(foldForMatch(word));
  it('reads the indefinite adjective of a name written with its article (العراق → عراقي)', () => {
    expect(place('عراقي')).toBe('iraq');
    expect(place('أردنية')).toBe('jordan');
  });
  it('reads the adjectives that change the end of the name', () => {
    expect(place('النمساوية')).toBe('austria'); // النمسا
    expect(place('آسيوي')).toBe('asia'); // آسيا
    expect(place('الأفغاني')).toBe('afghanistan'); // أفغانستان
    expect(place('البيروفي')).toBe('peru'); // بيرو
  });
  it("reads a country under ICU's spelling as well as the WordNet-linked one", () => {
    expect(place('تشيلي')).toBe('chile');
    expect(place('شيلي')).toBe('chile');
    expect(place('التايلاندي')).toBe('thailand');
  });
  it('leaves common adjectives of like endings alone', () => {
    expect(place('النووي')).toBeUndefined(); // nuclear
    expect(place('حيوية')).toBeUndefined(); // vital
    expect(place('الصحفي')).toBeUndefined(); // journalist
  });
});

describe('placeNameFor: memoised per word', () => {
  it('answers a second ask as the first, a miss included (kept as none, not asked again as unknown)', () => {
    const words = ['المكسيكية', 'الزراعية', 'المكسيكية', 'الزراعية'].map((w) => foldForMatch(w));
    expect(words.map((w) => placeNameFor(w))).toEqual(['mexico', undefined, 'mexico', undefined]);
  });
});
