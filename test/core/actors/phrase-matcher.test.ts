import { describe, expect, it } from 'vitest';
import { PhraseMatcher, TitleMatcher } from '../../../src/core/actors/lexicon.ts';
import { actorTokens } from '../../../src/core/actors/tokens.ts';

describe('PhraseMatcher.matchEndingAt', () => {
  const tokens = actorTokens('the acting deputy governor met the harbour board chair', 'en', new Set());
  const at = (word: string): number => tokens.findIndex((t) => t.key === word);

  it('finds a phrase ending at a token, and nothing where no phrase ends', () => {
    const m = new PhraseMatcher<string>();
    m.add('harbour board', 'en', 'board');
    expect(m.matchEndingAt(tokens, at('board'))).toEqual({ value: 'board', length: 2 });
    expect(m.matchEndingAt(tokens, at('harbour'))).toBeNull();
    expect(m.matchEndingAt(tokens, tokens.length)).toBeNull();
  });

  it('counts a title modifiers before its last word', () => {
    const titles = new TitleMatcher(new Set(['acting', 'deputy']));
    titles.add('governor', 'en', true);
    expect(titles.matchEndingAt(tokens, at('governor'))).toEqual({ value: true, length: 3 });
    expect(titles.matchEndingAt(tokens, at('deputy'))).toBeNull();
  });
});

describe('PhraseMatcher.opens', () => {
  it('tells the words a phrase starts with, and match finds nothing at any other word', () => {
    const m = new PhraseMatcher<string>();
    m.add('harbour board', 'en', 'board');
    m.add('pilot', 'en', 'pilot');
    const tokens = actorTokens('the harbour board hired a pilot', 'en', new Set());
    for (let i = 0; i < tokens.length; i++) {
      if (!m.opens(tokens[i]!.key)) expect(m.match(tokens, i)).toBeNull();
    }
    expect(m.opens('harbour')).toBe(true);
    expect(m.opens('board')).toBe(false);
    expect(m.opens('pilot')).toBe(true);
  });
});
