import { stemmer } from '@orama/stemmers/english';
import { senseDot } from '../../../src/core/crosslang/align.ts';
import { senseChoices } from '../../../src/core/crosslang/senses.ts';
import { wordTokens } from '../../../src/core/normalize/index.ts';

describe('senseChoices', () => {
  it('keeps a word’s senses past its first ranked words aside, and gives a function word none', () => {
    const choices = senseChoices(wordTokens('وصلت الفرقة إلى المدينة', 'ar'), 'ar');
    const division = choices.find((c) => c.further.some((a) => a.key === `w:${stemmer('division')}`));
    expect(division).toBeDefined();
    // The further senses are never among the word's first ones.
    expect(division!.further.some((a) => division!.first.includes(a.key))).toBe(false);
    expect(division!.further.every((a) => a.weight > 0 && a.weight < 1)).toBe(true);
    expect(senseChoices(wordTokens('إلى في من', 'ar'), 'ar')).toEqual([]);
    expect(senseChoices(wordTokens('The division arrived', 'en'), 'en')).toEqual([]);
  });
});

describe('senseDot', () => {
  const idf = [1, 1, 1, 2, 1];
  const senses = [{ first: [1, 2], further: [{ id: 3, weight: 0.5 }, { id: 4, weight: 0.4 }] }];
  it('counts a further sense the other claim writes, at its weight times the rarity', () => {
    expect(senseDot(senses, new Map([[3, 1]]), idf)).toEqual({ dot: 0.5 * 4, words: 1 });
  });
  it('counts nothing when the other claim writes one of the word’s first senses', () => {
    expect(senseDot(senses, new Map([[1, 1], [3, 1]]), idf)).toEqual({ dot: 0, words: 0 });
  });
  it('counts one sense per word, the best', () => {
    expect(senseDot(senses, new Map([[3, 1], [4, 1]]), idf)).toEqual({ dot: 0.5 * 4, words: 1 });
  });
});
