import { blockedCandidates } from '../../../src/core/align/index.ts';
import { keyCandidatePairs, unitKeys } from '../../../src/core/align/keys.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { LanguageCode } from '../../../src/core/types.ts';

/** Term ids of small made-up units, with their document frequencies over the units. */
function space(units: number[][]): { termsOf: (u: number) => number[]; df: Int32Array } {
  const df = new Int32Array(1 + Math.max(...units.flat()));
  for (const unit of units) for (const id of new Set(unit)) df[id]!++;
  return { termsOf: (u) => units[u]!, df };
}

const flatPairs = (flat: Uint32Array): [number, number][] => Array.from({ length: flat.length / 2 }, (_, k) => [flat[2 * k]!, flat[2 * k + 1]!]);

describe('unitKeys', () => {
  it('keys a unit by pairs of its rarest terms shared with some other unit', () => {
    // Term 0 is in every unit (common), 1 and 2 are rare, 9 is in one unit only (meets nothing).
    const { termsOf, df } = space([[0, 1, 2, 9], [0, 1, 2], [0, 3], [0, 3]]);
    const keys = unitKeys(4, termsOf, df, 2);
    // Units 0 and 1 both pick {1, 2}: one shared key; term 9 (df 1) is never picked.
    expect(keys[0]).toHaveLength(1);
    expect(Array.from(keys[0]!)).toEqual(Array.from(keys[1]!));
    // Units 2 and 3 pick {3, 0}: the same key as each other, not as units 0 and 1.
    expect(Array.from(keys[2]!)).toEqual(Array.from(keys[3]!));
    expect(keys[2]![0]).not.toBe(keys[0]![0]);
  });

  it('gives a unit of one eligible term no key', () => {
    const { termsOf, df } = space([[5, 7], [5, 8]]);
    expect(unitKeys(2, termsOf, df, 4)[0]).toHaveLength(0);
  });
});

describe('keyCandidatePairs', () => {
  it('pairs units of different articles sharing a key, keeping the known pairs once', () => {
    const keys = [Uint32Array.of(11), Uint32Array.of(11, 22), Uint32Array.of(22), Uint32Array.of(11)];
    const group = [0, 1, 2, 0];
    // LSH already proposed (0, 1); unit 3 shares key 11 with 0 (same article: never) and 1.
    const pairs = flatPairs(keyCandidatePairs(keys, group, 10, Uint32Array.of(0, 1)));
    expect(pairs).toEqual([[0, 1], [1, 2], [1, 3]]);
  });

  it('keeps the pairs only the keys propose that `accept` lets in', () => {
    const keys = [Uint32Array.of(11), Uint32Array.of(11), Uint32Array.of(11)];
    const pairs = flatPairs(keyCandidatePairs(keys, [0, 1, 2], 10, Uint32Array.of(0, 1), (i, j) => i + j !== 2));
    // (0, 1) was known; (0, 2) is refused; (1, 2) is let in.
    expect(pairs).toEqual([[0, 1], [1, 2]]);
  });

  it('bounds the pairs a crowded key yields', () => {
    const keys = Array.from({ length: 30 }, () => Uint32Array.of(7));
    const group = keys.map((_, k) => k);
    expect(keyCandidatePairs(keys, group, 50, new Uint32Array(0))).toHaveLength(2 * ((30 * 29) / 2));
    // Each newcomer meets only the first 3 members of the bucket: 1 + 2 + 27 × 3 pairs.
    expect(keyCandidatePairs(keys, group, 3, new Uint32Array(0))).toHaveLength(2 * (1 + 2 + 27 * 3));
  });
});

describe('blocking with rare-term keys (align/index.ts)', () => {
  const long =
    'Amid heavy rain that closed schools across the north, delayed flights at the main airport, flooded farms along the river valley and cut power to thousands of homes in three provinces, the central bank raised its overnight lending rate to 27.25 percent.';
  const short = 'The central bank raised the overnight lending rate to 27.25 percent.';
  const other = 'Heavy rain closed several roads in the capital on Monday.';
  const articles = analyzeCase(
    [long, short, other].map((raw, n) => ({ id: `k${n}`, raw, format: 'text' as const, language: 'en' as LanguageCode })),
    { claimsOnly: true },
  ).articles;
  const proposed = (options: AlignOptions): [number, number][] => flatPairs(blockedCandidates(prepareCase(articles, options)));

  it('proposes what LSH proposes, and more with keys', () => {
    const lsh = proposed({ keyTerms: 0 });
    const withKeys = proposed({ keyTerms: 6, keyFrames: 'off' });
    for (const pair of lsh) expect(withKeys).toContainEqual(pair);
    // The long sentence and the short one share their rare terms ("overnight", "27.25", "lending"…): a
    // key of two of them meets, however many other words the long one has.
    const articleOf = prepareCase(articles).claims.map((c) => c.articleId);
    expect(withKeys.some(([i, j]) => articleOf[i] === 'k0' && articleOf[j] === 'k1')).toBe(true);
    expect(new Set(withKeys.map(([i, j]) => `${i}|${j}`)).size).toBe(withKeys.length);
  });
});
