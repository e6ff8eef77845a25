/**
 * Property-based tests of the core (fast-check, seeded so CI is reproducible): every stage's public
 * function and analyzeCase keep their invariants on hostile input. `npm run fuzz` runs the same
 * properties ≥ 10,000 times.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES, toProperty } from './props.ts';

const SEED = 20260423;
/** Runs per unit of weight: cheap properties run often, whole-case ones less. */
const BUDGET = 240;

describe('core properties', () => {
  for (const p of PROPERTIES) {
    const numRuns = Math.max(15, Math.round(BUDGET / p.weight));
    it(`${p.name} (${numRuns} runs)`, () => {
      fc.assert(toProperty(p), { seed: SEED, numRuns });
    }, 60_000);
  }
});
