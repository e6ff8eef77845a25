import { describe, expect, it } from 'vitest';
import { countriesOfAdjective, countryNamed } from '../../../src/core/entities/place-names.ts';
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
