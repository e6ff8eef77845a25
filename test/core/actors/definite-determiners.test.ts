import { describe, expect, it } from 'vitest';
import { definiteDeterminers } from '../../../src/core/actors/definite-determiners.ts';
import type { CaseText } from '../../../src/core/actors/discover.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { actorTokens } from '../../../src/core/actors/tokens.ts';

const textOf = (text: string): CaseText => {
  const data = actorData('en');
  return { articleIndex: 0, lang: 'en', text, tokens: actorTokens(text, 'en', new Set()), data };
};

describe('definite determiners listed per article', () => {
  it('lists "the" and "this", not "a" nor "every"', () => {
    const c = textOf('The mayor met a farmer and every trader in this town near the river.');
    const keys = definiteDeterminers(c).map((k) => c.tokens[k]!.key);
    expect(keys).toEqual(['the', 'this', 'the']);
  });

  it('is the same list when asked again (one walk per article)', () => {
    const c = textOf('The council and the court.');
    expect(definiteDeterminers(c)).toBe(definiteDeterminers(c));
  });
});
