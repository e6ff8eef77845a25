/**
 * Subjects read whole on a story of many parties acting alike (pledges by several states, one body of
 * two trades): a series of names, "X and other Ys", a word floated before the cue, two modifiers joined
 * by "and" before one source noun; a descriptor before a country's name; "agreed" as an adjective.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const en = (text: string) => claimWordings(text, 'en');

describe('coordinated subjects', () => {
  it('"X and other Ys" is one source', () => {
    expect(en('Norway and other Nordic lenders announced that coal loans would end.')[0]?.source).toBe('Norway and other Nordic lenders');
    expect(en('The army and several residents said the road was shut.')[0]?.source).toBe('The army and several residents');
  });

  it('a clause before "and" stays out', () => {
    expect(en('Prices rose and other analysts said that supply was short.')[0]?.source).toBe('other analysts');
  });

  it('a series of names joined by commas is one source', () => {
    expect(en('Brazil, Peru and Colombia said they would join the pact.')[0]?.source).toBe('Brazil, Peru and Colombia');
    expect(en('The Maldives, Fiji, Tonga and Samoa said they would sign.')[0]?.source).toBe('The Maldives, Fiji, Tonga and Samoa');
  });

  it('a phrase of time or place before the series is not a name of it', () => {
    expect(en('On Monday, Peru and Chile said they would join.')[0]?.source).toBe('Peru and Chile');
    expect(en('Officials in Lima, Peru and Chile said they would join.')[0]?.source).not.toContain('Officials');
  });
});

describe('a word floated between the subject and the cue', () => {
  it('"all", "too", "alike", "itself" are not part of the source', () => {
    expect(en('Brazil and Peru all said they would join.')[0]?.source).toBe('Brazil and Peru');
    expect(en('Brazil and Peru alike said they would join.')[0]?.source).toBe('Brazil and Peru');
    expect(en('Peru itself said it would join.')[0]?.source).toBe('Peru');
    expect(en('The UK too announced that it will ban the imports.')[0]).toMatchObject({ source: 'The UK', kind: 'organization' });
  });

  it('"all" opening the subject, or after a determiner ("of both"), stays', () => {
    expect(en('All members said that the talks had failed.')[0]?.source).toBe('All members');
    expect(en('Both sides agreed that the talks had failed.')[0]?.source).toBe('Both sides');
    expect(en('The leaders of both said that the talks failed.')[0]?.source).toBe('The leaders of both');
  });
});

describe('two modifiers of one source noun', () => {
  it('"the oil and gas organisation" is one body', () => {
    expect(en('The international sugar and cocoa organisation announced that exports had fallen.')[0]).toMatchObject({ source: 'The international sugar and cocoa organisation', kind: 'organization' });
    expect(en('The health and education ministries said schools would close.')[0]?.source).toBe('The health and education ministries');
  });

  it('with no determiner, "and" joins two clauses', () => {
    expect(en('Prices rose and gas firms said supply was short.')[0]?.source).toBe('gas firms');
  });
});

describe('a descriptor before a country', () => {
  it('the country speaks, a body', () => {
    expect(en('OPEC ally Russia said it would extend the cut.')[0]).toMatchObject({ source: 'OPEC ally Russia', kind: 'organization' });
  });
});

// The general guard on a past form between a determiner and a noun covers "agreed" (no entry of its own).
describe('"agreed" as an adjective reports nothing', () => {
  it('after a determiner or "previously"', () => {
    expect(en('The council will keep its agreed fees when it meets on Friday.')[0]?.source).toBeNull();
    expect(en('The previously agreed cuts remain in place.')[0]?.source).toBeNull();
  });

  it('a finite "agreed that" still reports', () => {
    expect(en('The two sides have already agreed that talks will resume.')[0]?.cue).toBe('agreed');
  });
});

describe('an acronym written with dots', () => {
  it('"the U.S." is a body, not a person', () => {
    expect(en('After the talks, the U.S. said the alliance was weakening.')[0]?.kind).toBe('organization');
    expect(en('The U.N. said aid was blocked at the border.')[0]?.kind).toBe('organization');
  });
});

describe('a person noun after a body named with "of"', () => {
  it('"A Ministry of Finance official" is an unnamed official, not the ministry', () => {
    expect(en('A Ministry of Finance official said the bonds would be sold.')[0]).toMatchObject({ source: 'A Ministry of Finance official', kind: 'anonymous' });
    expect(en('The Bank of England governor said rates would rise.')[0]?.kind).toBe('person');
  });

  it('the body alone stays a body', () => {
    expect(en('The Ministry of Finance said the bonds would be sold.')[0]?.kind).toBe('organization');
  });
});
