import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 12b): English source spans on PolNeAR tune (a figure before
// an inverted subject's title, "as X put it", a parenthesis before a participle, person nouns).
describe('English attribution: inverted subjects, "as X put it"', () => {
  it('a figure may open the modifiers of an inverted subject ("said 9/11 widow A B")', () => {
    const text = 'The dam failed in May. “The board must pay the farmers,” said 1998 flood survivor Nora Quist.';
    expect(attributionAt(claimsOf(text, 'en'), 'The board must pay')?.source.text).toBe('1998 flood survivor Nora Quist');
    const aged = '“Nobody warned us,” said 23-year-old nurse Eli Brand, who lives by the river.';
    expect(attributionAt(claimsOf(aged, 'en'), 'Nobody warned')?.source.text).toMatch(/^23-year-old nurse Eli Brand/);
    // A figure with no name after it is still no titled name.
    const bare = 'Ana Ortiz spoke first. “It is late,” said 9 of the residents.';
    expect(attributionAt(claimsOf(bare, 'en'), 'It is late')?.source.text ?? '').not.toMatch(/^9 /);
  });

  it('"as X put it" reports for X, before or after the main clause; "put it" alone is an act', () => {
    const before = 'As Dr. Hale put it in a note to the staff, the ward is “full to the doors.”';
    expect(attributionAt(claimsOf(before, 'en'), 'the ward is')).toMatchObject({ source: { text: 'Dr. Hale' }, cue: { text: 'put it' } });
    const after = 'The ward is full, as the head nurse puts it.';
    expect(attributionAt(claimsOf(after, 'en'), 'The ward is full')?.source.text).toBe('the head nurse');
    expect(attributionAt(claimsOf('The nurse put it on the shelf.', 'en'), 'The nurse')).toBeNull();
    expect(attributionAt(claimsOf('As the nurse put it back, the lights went out.', 'en'), 'lights')).toBeNull();
    expect(attributionAt(claimsOf('As soon as the nurse put it down, the lights went out.', 'en'), 'lights')).toBeNull();
  });

  it('"calling for" after a relative aside in parentheses is the main clause subject\'s, also after ", and"', () => {
    const paren = 'A group of nurses in 2019 sent a letter to the head of the clinic (where Dr. Vale treats children), calling for his dismissal.';
    expect(attributionAt(claimsOf(paren, 'en'), 'his dismissal')).toMatchObject({ source: { text: 'A group of nurses' }, cue: { text: 'calling for' } });
    const commas = 'A group of nurses in 2019 sent a letter to the head of the clinic, which Dr. Vale runs, calling for his dismissal.';
    expect(attributionAt(claimsOf(commas, 'en'), 'his dismissal')?.source.text).toBe('A group of nurses');
    const and = 'Last year the council issued a paper backing the plan, and calling for two new depots in the north.';
    expect(attributionAt(claimsOf(and, 'en'), 'two new depots')?.source.text).toBe('the council');
  });

  it('a noun no list holds names people before "who" ("one of the medics who …")', () => {
    const text = 'One of the medics who drafted the petition said the ward was unsafe.';
    expect(attributionAt(claimsOf(text, 'en'), 'the ward was unsafe')?.source.text).toBe('One of the medics');
    // "which" says nothing of people: the listed-noun rule stands.
    const which = 'The plan, which the medics drafted, said the ward was unsafe.';
    expect(attributionAt(claimsOf(which, 'en'), 'the ward was unsafe')?.source.text ?? '').not.toBe('the medics drafted');
  });
});
