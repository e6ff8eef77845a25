import { describe, expect, it } from 'vitest';
import { groupPairs } from '../../../src/core/align/group.ts';
import { similarityTable as table } from './build.ts';


describe('a lone claim joining a row that holds its outlet\'s restatement (sameStatement)', () => {
  // Claim 0 is outlet 0's headline ("Flood closes the river bridge"), claim 2 its lead ("The river bridge
  // was closed on Monday after the flood"); claim 1 is outlet 1's report of the closure. Nothing covers.
  const base = { threshold: 0.25, linkThreshold: 0.05, maxGuardChecks: 16, restateThreshold: 0.7, covers: () => false };
  const headlineOf = (x: number, y: number): boolean => (x === 0 && y === 2) || (x === 2 && y === 0);
  const sim = table({ '1,2': 0.8, '0,1': 0.3, '0,2': 0.35 });
  const pairs = { i: [1, 0], j: [2, 1], score: [0.8, 0.3] };

  it('lets the headline into the row of its own lead', () => {
    expect(groupPairs(3, [0, 1, 0], pairs, sim, { ...base, sameStatement: headlineOf })).toEqual([[0, 1, 2]]);
    // Without the relation the same-article rule keeps it out.
    expect(groupPairs(3, [0, 1, 0], pairs, sim, base)).toEqual([[1, 2]]);
  });

  it('keeps out a claim of the outlet that does not restate the one in the row', () => {
    expect(groupPairs(3, [0, 1, 0], pairs, sim, { ...base, sameStatement: () => false })).toEqual([[1, 2]]);
  });

  it('keeps apart two rows of several claims even when one outlet restates itself across them', () => {
    // Claim 3 (outlet 2) reports the headline's closure; {0, 3} and {1, 2} would bring their other members along.
    const four = table({ '1,2': 0.8, '0,3': 0.6, '1,3': 0.3, '0,1': 0.3, '0,2': 0.35, '2,3': 0.3 });
    const fourPairs = { i: [1, 0, 1], j: [2, 3, 3], score: [0.8, 0.6, 0.3] };
    expect(groupPairs(4, [0, 1, 0, 2], fourPairs, four, { ...base, sameStatement: headlineOf })).toEqual([[1, 2], [0, 3]]);
  });
});
