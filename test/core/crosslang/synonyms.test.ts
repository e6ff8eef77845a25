import { derivedStems, synonymsFor } from '../../../src/core/crosslang/synonyms.ts';

describe('synonymsFor', () => {
  it('gives an adjective its similar adjectives and a noun its synonyms', () => {
    expect(synonymsFor('fast')).toContain('rapid');
    expect(synonymsFor('confederation')).toContain('alliance');
  });

  it('gives nothing for a word it does not know, nor the word itself', () => {
    expect(synonymsFor('zzqx')).toEqual([]);
    expect(synonymsFor('__proto__')).toEqual([]);
    expect(synonymsFor('fast')).not.toContain('fast');
  });
});

describe('derivedStems', () => {
  it('links a noun the stemmer leaves apart to the verb it derives from, and not a word to itself', () => {
    expect(derivedStems('voter')).toContain('vote');
    expect(derivedStems('death')).toContain('die');
    expect(derivedStems('vote')).not.toContain('vote');
    expect(derivedStems('zzzz')).toEqual([]);
  });
});
