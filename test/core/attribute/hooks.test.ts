import { describe, expect, it } from 'vitest';
import { firstAnswer, type Hook } from '../../../src/core/attribute/hooks.ts';

describe('firstAnswer', () => {
  const hooks: Hook<[number], string>[] = [(n) => (n > 10 ? 'big' : null), (n) => (n % 2 === 0 ? 'even' : null), () => 'other'];

  it('answers with the first hook that does not pass, in order', () => {
    expect(firstAnswer(hooks, 12)).toBe('big');
    expect(firstAnswer(hooks, 4)).toBe('even');
    expect(firstAnswer(hooks, 3)).toBe('other');
  });

  it('is null when every hook passes, and treats undefined as a pass', () => {
    const passing: Hook<[number], string>[] = [() => null, () => undefined as unknown as null];
    expect(firstAnswer(passing, 1)).toBeNull();
    expect(firstAnswer([] as Hook<[number], string>[], 1)).toBeNull();
  });
});
