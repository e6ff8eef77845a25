import { describe, expect, it } from 'vitest';
import { groupPairs } from '../../../src/core/align/group.ts';
import { similarityTable as table } from './build.ts';

describe('groupPairs reports each refused merge with its reason (onRefuse, for probes)', () => {
  const base = { threshold: 0.25, linkThreshold: 0.05, maxGuardChecks: 16, covers: () => false };

  it('names the same-article rule when both sides hold a claim of one outlet', () => {
    // Claims 0 and 2 are outlet 0's, neither covered: {0, 1} and {2, 3} may not merge through 1–2.
    const sim = table({ '0,1': 0.9, '2,3': 0.8, '1,2': 0.5, '0,3': 0.4, '1,3': 0.3 });
    const refused: string[] = [];
    const rows = groupPairs(4, [0, 1, 0, 2], { i: [0, 2, 1], j: [1, 3, 2], score: [0.9, 0.8, 0.5] }, sim, { ...base, onRefuse: (_l, _r, _s, why) => refused.push(why) });
    expect(rows).toEqual([[0, 1], [2, 3]]);
    expect(refused).toEqual(['same article']);
  });

  it('names the guard when a member matches no claim of another outlet in the row', () => {
    // Outlets 0, 1, 2: claim 2 matches claim 1 only, and claim 0 nothing of outlet 2 (a chain).
    const sim = table({ '0,1': 0.9, '1,2': 0.6 });
    const refused: string[] = [];
    const rows = groupPairs(3, [0, 1, 2], { i: [0, 1], j: [1, 2], score: [0.9, 0.6] }, sim, { ...base, onRefuse: (_l, _r, _s, why) => refused.push(why) });
    expect(rows).toEqual([[0, 1]]);
    expect(refused).toEqual(['guard']);
  });
});
