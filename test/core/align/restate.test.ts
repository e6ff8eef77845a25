import { groupPairs } from '../../../src/core/align/group.ts';
import { restates } from '../../../src/core/align/restate.ts';
import { similarityTable as table } from './build.ts';


describe('a claim joining a row that holds its own article', () => {
  // Articles: 0 and 2 are outlet A, 1 and 3 outlet B.
  const group = [0, 1, 0, 1];

  it('lets in a claim close to every claim of the other outlets (the all rule)', () => {
    const sim = table({ '1,2': 0.4, '2,3': 0.38 });
    expect(restates(2, [1, 3], 2, group, sim, false, { all: 0.35 })).toBe(true);
    // One of the other outlet's claims is far: no.
    expect(restates(2, [1, 3], 2, group, table({ '1,2': 0.4, '2,3': 0.1 }), false, { all: 0.35 })).toBe(false);
    // Without the rule, the one-match verdict stands.
    expect(restates(2, [1, 3], 2, group, sim, false, {})).toBe(false);
  });

  it('refuses a third claim of one outlet whose mean match is low, however close its one match', () => {
    // Row: 0 (A), 2 (A), 1 (B), 3 (B); claim 4 of A matches 1 closely but not 3.
    const groups = [0, 1, 0, 1, 0];
    const sim = table({ '1,4': 0.6, '3,4': 0.0 });
    expect(restates(4, [0, 1, 2, 3], 4, groups, sim, true, { meanFloor: 0.35 })).toBe(false);
    // A second claim of the outlet (only 0 of A in the row) keeps the one-match rule.
    expect(restates(4, [0, 1, 3], 3, groups, sim, true, { meanFloor: 0.35 })).toBe(true);
  });

  it('grows a row of two outlets by a restatement that matches both of the other outlet', () => {
    // 0 (A) ≈ 1 (B) first; 2 (A) matches 1 at 0.4 only, under a restatement's 0.5, and 3 (B) too.
    const sim = table({ '0,1': 0.9, '1,2': 0.4, '0,3': 0.2 });
    const pairs = { i: [0, 1], j: [1, 2], score: [0.9, 0.4] };
    const base = { threshold: 0.25, linkThreshold: 0.05, maxGuardChecks: 16, restateThreshold: 0.5, covers: () => false };
    expect(groupPairs(4, group, pairs, sim, base)).toEqual([[0, 1]]);
    expect(groupPairs(4, group, pairs, sim, { ...base, restate: { all: 0.35 } })).toEqual([[0, 1, 2]]);
  });
});
