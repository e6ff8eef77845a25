import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';

/** The word score and unit sizes of the first claims of two one-sentence English articles, beside filler. */
function pair(a: string, b: string, options: AlignOptions = {}) {
  const filler = ['Heavy rain flooded several villages in the valley.', 'The museum opened a new wing for modern sculpture.'];
  const articles = analyzeCase([a, b, ...filler].map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' })), { claimsOnly: true }).articles;
  const prepared = prepareCase(articles, options);
  const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
  const size = (u: number): number => prepared.space.offsets[u + 1]! - prepared.space.offsets[u]!;
  return { score: prepared.score(unit(0), unit(1)), sizes: [size(unit(0)), size(unit(1))] };
}

describe('short units (shortClaim)', () => {
  const three = 'The island fare was 40.';
  const long = 'Travellers on the ferry paid a fare of 40 on Friday morning after the strike ended.';

  it('scores a unit of three terms sharing two of them with a longer claim', () => {
    const { score, sizes } = pair(three, long);
    expect(sizes[0]).toBe(3);
    expect(score).toBeGreaterThan(0);
    // The earlier rule: a unit of three terms had to share all three.
    expect(pair(three, long, { shortClaim: 3 }).score).toBe(0);
  });

  it('still needs two shared terms', () => {
    expect(pair('The island fare rose.', 'Travellers on the ferry paid a higher fare on Friday.').score).toBe(0);
  });
});
