import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

describe('a perception verb with an object and a coordinated verb reports nothing', () => {
  it('"felt the tremors and were forced to leave" is no report', () => {
    const claims = claimsOf('Villagers in the valley felt the tremors and were forced to sleep outside.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
  });

  it('"felt the plan and the budget were wrong" still reports an opinion', () => {
    const claims = claimsOf('Several mayors felt the plan and the budget were wrong for small towns.', 'en');
    expect(claims[0]?.attribution?.cue.text).toBe('felt');
  });
});
