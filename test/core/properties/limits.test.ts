/**
 * The limits (src/core/limits.ts) end in a clear diagnostic, not a hang, and the rest of the case is
 * analysed. The article just under the text limit (slow: ~10 s) runs in `npm run fuzz` only.
 */
import { describe, expect, it } from 'vitest';
import { runScaleCase, SCALE_CASES } from './scale.ts';

describe('limits at scale', () => {
  for (const c of SCALE_CASES.filter((s) => !s.name.startsWith('article just under'))) {
    it(c.name, () => {
      const result = runScaleCase(c);
      expect(result.problems).toEqual([]);
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }, 90_000);
  }
});
