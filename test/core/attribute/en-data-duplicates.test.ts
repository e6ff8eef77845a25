/**
 * The hand-written English attribution data lists each word or phrase once per list: a second copy changes
 * nothing the sets read, but it hides which entry an edit should touch (session 20 found "even" twice in
 * `auxiliaries`, "when" in `npStoppers`, "needless to say" in `nonCuePhrases`). Cue entries may repeat a form
 * on purpose (a second entry with other conditions), so only lists of strings are checked.
 */
import { describe, expect, it } from 'vitest';
import attribution from '../../../src/core/lang/en/attribution.json' with { type: 'json' };

/** Every list of strings in a JSON value with the words it holds twice, keyed by its path. */
function duplicatedWords(value: unknown, path = ''): Record<string, string[]> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      const seen = new Set<string>();
      const twice = (value as string[]).filter((w) => seen.has(w) || !seen.add(w));
      return twice.length > 0 ? { [path]: twice } : {};
    }
    return Object.assign({}, ...value.map((v, i) => duplicatedWords(v, `${path}[${i}]`)));
  }
  if (value !== null && typeof value === 'object') return Object.assign({}, ...Object.entries(value).map(([k, v]) => duplicatedWords(v, `${path}.${k}`)));
  return {};
}

describe('English attribution data', () => {
  it('the checker finds a word listed twice', () => {
    expect(duplicatedWords({ a: ['x', 'y', 'x'], b: { c: ['z'] } })).toEqual({ '.a': ['x'] });
  });

  it('lists each word once per list', () => {
    expect(duplicatedWords(attribution)).toEqual({});
  });
});
