import { wordMemo } from '../../../src/core/util/word-memo.ts';

describe('wordMemo', () => {
  it('computes a word once per space, and apart in each space', () => {
    const calls: string[] = [];
    const memo = wordMemo((word, space) => {
      calls.push(`${space}:${word}`);
      return `${space}/${word}`;
    });
    expect([memo('en', 'war'), memo('en', 'war'), memo('ar', 'war')]).toEqual(['en/war', 'en/war', 'ar/war']);
    expect(calls).toEqual(['en:war', 'ar:war']);
  });

  it('restarts a space that reaches its limit, so it never holds more words than that', () => {
    let computed = 0;
    const memo = wordMemo(() => ++computed, 2);
    memo('en', 'a');
    memo('en', 'b');
    memo('en', 'c'); // the space was full: restarted, holding "c" only
    memo('en', 'a');
    expect(computed).toBe(4);
  });
});
