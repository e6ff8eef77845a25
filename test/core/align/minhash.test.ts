import { estimateJaccard, hashString, lshCandidatePairs, lshCandidates, lshFlatCandidatePairs, minhashSignature, signatureInto } from '../../../src/core/align/minhash.ts';

const set = (words: string[]): number[] => words.map(hashString);
const words = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

describe('MinHash', () => {
  it('is deterministic and sized as asked', () => {
    const a = minhashSignature(set(['cairo', 'talks', 'delegation']), 64);
    const b = minhashSignature(set(['delegation', 'cairo', 'talks']), 64);
    expect(a).toHaveLength(64);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('estimates Jaccard similarity', () => {
    // 30 shared of 50 distinct → J = 0.6
    const shared = words('s', 30);
    const a = minhashSignature(set([...shared, ...words('a', 10)]), 256);
    const b = minhashSignature(set([...shared, ...words('b', 10)]), 256);
    expect(estimateJaccard(a, b)).toBeGreaterThan(0.5);
    expect(estimateJaccard(a, b)).toBeLessThan(0.7);
    const c = minhashSignature(set(words('c', 40)), 256);
    expect(estimateJaccard(a, c)).toBeLessThan(0.05);
  });

  it('gives the empty set a signature that matches no other set', () => {
    const empty = minhashSignature([], 8);
    expect(Array.from(empty)).toEqual(new Array(8).fill(0xffffffff));
  });
});

describe('LSH candidates', () => {
  const options = { bands: 16, rows: 2, maxBucket: 50 };
  const base = words('w', 12);

  it('pairs similar sets of different groups, not dissimilar ones', () => {
    const sigs = [
      minhashSignature(set(base), 32),
      minhashSignature(set([...base.slice(0, 10), 'x', 'y']), 32),
      minhashSignature(set(words('z', 12)), 32),
    ];
    expect(lshCandidates(sigs, [0, 1, 2], options)).toEqual([[0, 1]]);
  });

  it('never pairs items of one group (one article)', () => {
    const sigs = [minhashSignature(set(base), 32), minhashSignature(set(base), 32)];
    expect(lshCandidates(sigs, [0, 0], options)).toEqual([]);
  });

  it('bounds the pairs a crowded bucket yields', () => {
    const sigs = Array.from({ length: 30 }, () => minhashSignature(set(base), 32));
    const group = sigs.map((_, k) => k);
    expect(lshCandidates(sigs, group, { ...options, maxBucket: 50 })).toHaveLength((30 * 29) / 2);
    // Each newcomer meets only the first 3 members of a bucket: 1 + 2 + 27 × 3.
    expect(lshCandidates(sigs, group, { ...options, maxBucket: 3 })).toHaveLength(1 + 2 + 27 * 3);
  });
});

describe('signatures in one buffer', () => {
  const options = { bands: 8, rows: 2, maxBucket: 5 };
  const lists = [words('p', 9), [...words('p', 7), 'q'], words('r', 9), [], words('p', 9)];

  it('writes the signature a list would get alone, from a slice of one flat list', () => {
    const flat = lists.flat().map(hashString);
    const out = new Uint32Array(lists.length * 16).fill(7);
    let from = 0;
    lists.forEach((list, k) => {
      signatureInto(flat, from, from + list.length, 16, out, k * 16);
      from += list.length;
    });
    lists.forEach((list, k) => expect(Array.from(out.subarray(k * 16, (k + 1) * 16))).toEqual(Array.from(minhashSignature(set(list), 16))));
  });

  it('proposes the same pairs as the signatures one by one', () => {
    const signatures = lists.map((list) => minhashSignature(set(list), 16));
    const flat = new Uint32Array(lists.length * 16);
    signatures.forEach((s, k) => flat.set(s, k * 16));
    const group = [0, 1, 2, 3, 0];
    const pairs = lshFlatCandidatePairs(flat, lists.length, group, options);
    expect(Array.from(pairs)).toEqual(Array.from(lshCandidatePairs(signatures, group, options)));
    // The similar lists of different groups meet; the same group (0 and 4) and the empty list do not.
    expect(Array.from(pairs)).toEqual([0, 1, 1, 4]);
  });
});
