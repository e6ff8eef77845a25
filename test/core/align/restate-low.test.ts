import { groupPairs } from '../../../src/core/align/group.ts';
import { restatesOnce } from '../../../src/core/align/restate.ts';
import { similarityTable as table } from './build.ts';


describe('an outlet telling one proposition twice (restate.low)', () => {
  // Claims 0 and 2 are of outlet 0 (a lead and a later quote), claim 1 of outlet 1; nothing covers another.
  const base = { threshold: 0.25, linkThreshold: 0.05, maxGuardChecks: 16, restateThreshold: 0.5, covers: () => false };
  const low = { ...base, restate: { low: 0.2, self: 0.25 } };
  const pairs = { i: [0, 1], j: [1, 2], score: [0.8, 0.3] };

  it('lets the second claim in when it matches the other outlet and its own first claim', () => {
    const sim = table({ '0,1': 0.8, '1,2': 0.3, '0,2': 0.4 });
    expect(groupPairs(3, [0, 1, 0], pairs, sim, low)).toEqual([[0, 1, 2]]);
    // Under the restatement threshold alone it stays out.
    expect(groupPairs(3, [0, 1, 0], pairs, sim, base)).toEqual([[0, 1]]);
  });

  it('keeps it out when it shares the row words but not its own outlet\'s claim', () => {
    const sim = table({ '0,1': 0.8, '1,2': 0.3, '0,2': 0.1 });
    expect(groupPairs(3, [0, 1, 0], pairs, sim, low)).toEqual([[0, 1]]);
  });

  it('lets in a second claim of an outlet, not a third', () => {
    const sim = table({ '0,1': 0.8, '1,2': 0.3, '1,3': 0.3, '0,2': 0.4, '0,3': 0.4, '2,3': 0.4 });
    const three = { i: [0, 1, 1], j: [1, 2, 3], score: [0.8, 0.3, 0.3] };
    expect(groupPairs(4, [0, 1, 0, 0], three, sim, low)).toEqual([[0, 1, 2]]);
  });

  it('is decided in restate.ts: under the low bar, or with a second claim of the outlet in the row, no', () => {
    const sim = table({ '0,2': 0.4 });
    const options = { low: 0.2, self: 0.25 };
    expect(restatesOnce(2, 0.3, [2], 1, [0, 1], 2, [0, 1, 0], sim, options)).toBe(true);
    expect(restatesOnce(2, 0.15, [2], 1, [0, 1], 2, [0, 1, 0], sim, options)).toBe(false);
    expect(restatesOnce(2, 0.3, [2], 1, [0, 1, 3], 3, [0, 1, 0, 0], sim, options)).toBe(false);
    expect(restatesOnce(2, 0.3, [2], 1, [0, 1], 2, [0, 1, 0], sim, {})).toBe(false);
  });
});
