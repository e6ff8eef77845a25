/** The claim index's keys are the band keys alignment blocks on: equal keys ⇔ a shared LSH bucket. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../src/core/align/index.ts';
import { hashString, lshBandKeys, lshCandidates, minhashSignature } from '../../src/core/align/minhash.ts';
import { claimKeys } from '../../src/server/claim-keys.ts';

describe('claim blocking keys', () => {
  it('two items share a band key exactly when LSH pairs them', () => {
    const { bands, rows } = DEFAULT_ALIGN_OPTIONS;
    const sets = [
      ['ferry', 'sank', 'coast', 'friday', 'passengers'],
      ['ferry', 'sank', 'coast', 'thursday', 'crew'],
      ['budget', 'vote', 'parliament', 'delayed'],
      ['ferry', 'budget', 'crew', 'vote'],
    ].map((words) => minhashSignature(words.map(hashString), bands * rows));
    const pairs = new Set(lshCandidates(sets, [0, 1, 2, 3], { bands, rows, maxBucket: 100 }).map(([i, j]) => `${i}-${j}`));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = lshBandKeys(sets[i]!, bands, rows);
        const b = lshBandKeys(sets[j]!, bands, rows);
        const shared = a.some((key, band) => key === b[band]);
        expect(shared, `${i}-${j}`).toBe(pairs.has(`${i}-${j}`));
      }
    }
    expect(pairs.has('0-1')).toBe(true);
  });

  it('gives a claim 40 signed 32-bit keys, the same for a reworded claim in most bands, none for a claim of stop words', () => {
    const a = claimKeys('The ferry sank off the coast on Friday with 40 passengers aboard.', 'en');
    const b = claimKeys('A ferry with 40 passengers aboard sank off the coast on Friday, officials said.', 'en');
    const c = claimKeys('Parliament delayed the budget vote again.', 'en');
    expect(a).toHaveLength(DEFAULT_ALIGN_OPTIONS.bands);
    expect(a.every((k) => Number.isInteger(k) && k >= -(2 ** 31) && k < 2 ** 31)).toBe(true);
    const shared = (x: number[], y: number[]) => x.filter((k, band) => k === y[band]).length;
    expect(shared(a, b)).toBeGreaterThan(5);
    expect(shared(a, c)).toBe(0);
    expect(claimKeys('it was the', 'en')).toEqual([]);
  });
});
