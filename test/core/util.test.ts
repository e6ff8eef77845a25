import { firstIndex } from '../../src/core/util/sorted.ts';

describe('firstIndex', () => {
  it('finds the first index at which a sorted sequence reaches a value, or its length', () => {
    const xs = [1, 3, 3, 5, 9];
    expect(firstIndex(xs.length, (i) => xs[i]! >= 3)).toBe(1);
    expect(firstIndex(xs.length, (i) => xs[i]! >= 4)).toBe(3);
    expect(firstIndex(xs.length, (i) => xs[i]! >= 0)).toBe(0);
    expect(firstIndex(xs.length, (i) => xs[i]! >= 10)).toBe(5);
    expect(firstIndex(0, () => true)).toBe(0);
  });
});
