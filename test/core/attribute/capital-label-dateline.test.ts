/**
 * openingDateline's capital-label branch (attribute/transcript.ts): one word in capitals and a colon opening the
 * body is a dateline ("CAIRO: …"), unless the line speaks in the first or second person (a transcript's label),
 * is quoted, or the word is not all capitals. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const first = (text: string) => claimsOf(text, 'en')[0]!;

describe('a capital label and a colon opening the body', () => {
  it('is a dateline: the claim starts after it, in the outlet’s voice', () => {
    const c = first('HARARE: Floods cut the main road to the airport on Sunday.');
    expect(c.text).toBe('Floods cut the main road to the airport on Sunday.');
    expect(c.attribution).toBeNull();
  });

  it('is a transcript speaker when the line speaks as I or we', () => {
    const c = first('ANCHOR: We are following the floods near the airport.');
    expect(c.attribution?.source.text).toBe('ANCHOR');
    expect(c.attribution?.cue.text).toBe(':');
  });

  it('is no dateline when the word is not all capitals', () => {
    expect(first('Harare: Floods cut the main road to the airport on Sunday.').text.startsWith('Harare:')).toBe(true);
  });

  it('is no dateline inside a quotation', () => {
    expect(first('“HARARE: Floods cut the main road to the airport on Sunday.”').text.startsWith('“HARARE:')).toBe(true);
  });
});
