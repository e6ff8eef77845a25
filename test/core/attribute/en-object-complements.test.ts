/**
 * Verbs that evaluate their object through a complement after it: a characterizing predicate ("painted her rival
 * as a fraud", "derided the deal as toothless") or the reason of a stance ("attacked the mayor for her vote").
 * The same verbs with a bare object or an adverbial "as"/"for" are acts and report nothing. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);
const first = (text: string) => reports(text)[0];

describe('a characterizing predicate after the object ("V X as Y")', () => {
  it('hand-listed verbs of portraying: paint, go after', () => {
    expect(first('The senator painted her rival as a fraud and a con artist.')).toMatchObject({ source: 'The senator', cue: 'painted', content: 'her rival as a fraud and a con artist' });
    expect(first('Rivera has gone after the governor as a "career politician" in recent weeks.')).toMatchObject({ source: 'Rivera', cue: 'gone after' });
  });

  it('WordNet verbs of saying and stance take the frame too (portray, deride), even with an act-like object', () => {
    expect(first('The opposition portrayed the budget as a giveaway to the rich.')).toMatchObject({ source: 'The opposition', cue: 'portrayed', content: 'the budget as a giveaway to the rich' });
    expect(first('The Danes derided the deal as toothless.')).toMatchObject({ source: 'The Danes', cue: 'derided', content: 'the deal as toothless' });
  });

  it('"attack" takes it after a person or body only', () => {
    expect(first('Senator Hale attacked the mayor as a "coward".')).toMatchObject({ source: 'Senator Hale', cue: 'attacked' });
    expect(reports('Troops attacked the town as a warning.')).toEqual([]);
  });

  it('an "as" opening a clause or a comparison is no predicate', () => {
    expect(reports('Rebels attacked the convoy as it passed the bridge.')).toEqual([]);
    expect(reports('Police cast the net as wide as possible.')).toEqual([]);
  });
});

describe('the reason of a stance after the object ("attacked X for …")', () => {
  it('a possessive or a gerund after "for" is a reason', () => {
    expect(first('Lopez attacked Ruiz for her support of the tax.')).toMatchObject({ source: 'Lopez', cue: 'attacked', content: 'Ruiz for her support of the tax' });
    expect(first('Critics attacked the plan for being too costly.')).toMatchObject({ source: 'Critics', cue: 'attacked' });
  });

  it('a duration after "for" is no reason', () => {
    expect(reports('Rebels attacked the base for three hours.')).toEqual([]);
  });

  it('an -ly adverb may stand inside the progressive', () => {
    expect(first('The mayor has been steadily attacking the developer for his record.')).toMatchObject({ source: 'The mayor', cue: 'attacking' });
  });
});
