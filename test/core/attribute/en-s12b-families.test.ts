import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 12b): English source spans on PolNeAR tune (a figure before
// an inverted subject's title, "as X put it", a parenthesis before a participle, person nouns).
describe('English attribution families (session 12b)', () => {
  it('a figure may open the modifiers of an inverted subject ("said 9/11 widow A B")', () => {
    const text = 'The dam failed in May. “The board must pay the farmers,” said 1998 flood survivor Nora Quist.';
    expect(attributionAt(claimsOf(text, 'en'), 'The board must pay')?.source.text).toBe('1998 flood survivor Nora Quist');
    const aged = '“Nobody warned us,” said 23-year-old nurse Eli Brand, who lives by the river.';
    expect(attributionAt(claimsOf(aged, 'en'), 'Nobody warned')?.source.text).toMatch(/^23-year-old nurse Eli Brand/);
    // A figure with no name after it is still no titled name.
    const bare = 'Ana Ortiz spoke first. “It is late,” said 9 of the residents.';
    expect(attributionAt(claimsOf(bare, 'en'), 'It is late')?.source.text ?? '').not.toMatch(/^9 /);
  });
});
