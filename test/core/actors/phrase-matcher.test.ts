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
