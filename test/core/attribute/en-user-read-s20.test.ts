import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

/** Families a user's read of a summit's coverage showed (session 20); sentences written for the test. */
const claimOf = (text: string, opening: string) => claimsOf(text, 'en').find((c) => c.text.startsWith(opening));

describe('who "he" is after a sentence about a titled person that reports nothing', () => {
  it('the person that sentence opened with, not the speaker before it', () => {
    const text = 'Deputy Mayor Ann Holt said on Monday that the bridge was unsafe. “It must close,” the deputy mayor said. Governor Paul Vane on Tuesday approved the repairs. “Work starts next week,” he said in a statement.';
    expect(claimOf(text, '“Work starts')?.attribution?.source.text).toBe('Governor Paul Vane');
  });

  it('with no such sentence just before, "he" goes on with the latest speaker', () => {
    const text = 'Governor Paul Vane said on Monday that the bridge was unsafe. The bridge was closed on Tuesday. “Work starts next week,” he said.';
    expect(claimOf(text, '“Work starts')?.attribution?.source.text).toBe('Governor Paul Vane');
  });
});

describe('a participle after a main clause opened by a conjunction and an apposition', () => {
  it('"But X, the region’s largest economy, has refused …, recalling that …" is said by X', () => {
    const text = 'Minister Ann Holt said the talks had failed. But Velmar, the region’s largest economy, has refused to change its status, recalling that it already provides aid.';
    expect(claimOf(text, 'But Velmar')?.attribution?.source.text).toBe('Velmar');
  });
});

describe('cue verbs that report nothing', () => {
  it('a relative clause whose object is the noun it hangs on ("the sum that the unions demanded")', () => {
    const c = claimOf('It is far less than the $500 million that several unions demanded during the talks.', 'It is far less');
    expect(c?.text).toBe('It is far less than the $500 million that several unions demanded during the talks.');
    expect(c?.attribution).toBeNull();
  });

  it('a "that" after a cue still opens a report', () => {
    expect(claimOf('Officials said that the unions demanded more.', 'Officials')?.attribution?.source.text).toBe('Officials');
  });

  it('a cue form right after "in" is an adjective ("in agreed funding")', () => {
    expect(claimOf('The plan marks a large increase in agreed funding for schools.', 'The plan')?.attribution).toBeNull();
  });

  it('a participle-only form with no auxiliary is a reduced relative ("the goal - written into the law - of …")', () => {
    expect(claimOf('Money will help meet the goal - written into the law - of building 40 schools.', 'Money')?.attribution).toBeNull();
    expect(claimOf('The mayor has written that the port was closed.', 'The mayor')?.attribution?.source.text).toBe('The mayor');
  });
});

describe('documents that speak', () => {
  it('"The accord adopted by 190 states … sets out that …": the accord, a document', () => {
    const c = claimOf('The accord adopted by 190 states at the summit in Oslo on Monday sets out that rich countries will pay.', 'The accord');
    expect(c?.attribution?.source.text).toBe('The accord');
    expect(c?.attribution?.source.kind).toBe('document');
    expect(c?.attribution?.cue.text).toBe('sets out');
  });

  it('"spells out that" reports; "set out for" does not', () => {
    expect(claimOf('The treaty spells out that troops will leave.', 'The treaty')?.attribution?.source.kind).toBe('document');
    expect(claimOf('The team set out for Paris on Monday.', 'The team')?.attribution).toBeNull();
  });

  it('a deal calling on someone is a document, not a person', () => {
    expect(claimOf('The compromise deal calls on all donors to raise the sum.', 'The compromise')?.attribution?.source.kind).toBe('document');
  });
});

describe('forms that are cues or nouns', () => {
  // (A claim found with no attribution at all: a "not this cue" assertion would also pass on a claim not found.)
  it('"claims that were denied": a verb right after "that" makes it a relative on the noun', () => {
    expect(claimOf('The union claims that were denied spread quickly.', 'The union')?.attribution).toBeNull();
    expect(claimOf('The union claims that wages were cut.', 'The union')?.attribution?.cue.text).toBe('claims');
  });

  it('a quantity before the form makes it the noun ("two reports that …")', () => {
    expect(claimOf('Two reports that the council published were leaked.', 'Two reports')?.attribution).toBeNull();
    expect(claimOf('The council reports that wages were cut.', 'The council')?.attribution?.cue.text).toBe('reports');
  });
});
