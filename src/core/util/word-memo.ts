/**
 * A memo of a function of one word, per space (a language, or a language and a form): words recur
 * across sentences, articles and stages, so each is worked out once per case vocabulary. Bounded: a
 * space that reaches `limit` words is restarted, so a huge vocabulary cannot grow it without end.
 * @example const upper = wordMemo((w: string) => w.toUpperCase()); upper('en', 'war') // 'WAR', computed once
 */
export function wordMemo<T>(compute: (word: string, space: string) => T, limit = 200_000): (space: string, word: string) => T {
  const spaces = new Map<string, Map<string, T>>();
  return (space, word) => {
    let memo = spaces.get(space);
    if (!memo || memo.size >= limit) spaces.set(space, (memo = new Map()));
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word, space);
      memo.set(word, value);
    }
    return value;
  };
}
