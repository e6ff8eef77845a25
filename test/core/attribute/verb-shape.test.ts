/** The one test of a regular English verb form's shape ("-ed", "-ing"): words chosen for these tests. */
import { verbShaped } from '../../../src/core/attribute/verb-shape.ts';

describe('verbShaped', () => {
  it('reads the ending after enough letters', () => {
    expect(['arranged', 'ed', 'shed'].map((w) => verbShaped(w, 'ed'))).toEqual([true, true, true]);
    expect(['arranged', 'ed', 'shed'].map((w) => verbShaped(w, 'ed', 1))).toEqual([true, false, true]);
    expect(['arranged', 'shed', 'bed'].map((w) => verbShaped(w, 'ed', 3, true))).toEqual([true, false, false]);
    expect(['speaking', 'king', 'ring'].map((w) => verbShaped(w, 'ing', 2, true))).toEqual([true, false, false]);
  });

  it('with `whole`, takes only a word of lower-case letters', () => {
    expect(['Reported', 'ex-reported', 'reported'].map((w) => verbShaped(w, 'ed', 3, true))).toEqual([false, false, true]);
    expect(verbShaped('ex-reported', 'ed', 3)).toBe(true);
  });

  it('keeps each variant apart once built, and never matches another script', () => {
    expect(verbShaped('bed', 'ed', 3, true)).toBe(false);
    expect(verbShaped('bed', 'ed')).toBe(true);
    expect(verbShaped('bed', 'ing')).toBe(false);
    expect(verbShaped('قال', 'ed')).toBe(false);
  });
});
