/**
 * Families of session 16's third attribution pass, on sentences written for these tests: a one-word aside
 * adverb that is also a clause starter ("Hale, though, said …"), and a verb of mourning with a quoted "as"
 * complement ("mourned X as a 'quote'").
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const en = (text: string) => claimWordings(text, 'en');

describe('"though" set off by commas between the subject and the cue is an aside', () => {
  it('"Ortiz, though, said …" has Ortiz as its source', () => {
    const got = en('Ortiz, though, said the bridge would stay closed until spring.');
    expect(got[0]!.source).toBe('Ortiz');
    expect(got[0]!.content).toBe('the bridge would stay closed until spring');
  });

  it('a titled name too', () => {
    expect(en('Councillor Ana Ortiz, though, argued that the fare rise was unfair.')[0]!.source).toBe('Councillor Ana Ortiz');
  });

  it('"though" opening a clause after a comma still opens it', () => {
    const got = en('The ferry kept running, though the union said the crews were exhausted.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('the union');
  });
});

describe('"mourned X as" with a quoted complement reports a characterisation', () => {
  it('"The league mourned the coach as a \'true gentleman\'" has the league as its source', () => {
    const got = en("The league mourned the coach as a 'true gentleman' of the sport.");
    expect(got[0]!.source).toBe('The league');
    expect(got[0]!.cue).toBe('mourned');
  });

  it('no quotation, no "as", or "as" opening a clause: no report', () => {
    expect(en('The village mourned its fishermen.')[0]!.source).toBeNull();
    expect(en('Neighbours mourned the family as they gathered at the church.')[0]!.source).toBeNull();
    expect(en('The league mourned the coach as a gentleman of the sport.')[0]!.source).toBeNull();
  });
});

describe('"remembered X as" with a quoted complement, and the passive', () => {
  it('"The mayor remembered the founder as a \'stubborn optimist\'" reports', () => {
    expect(en("The mayor remembered the founder as a 'stubborn optimist' who never gave up.")[0]!.source).toBe('The mayor');
  });

  it('a passive ("will be remembered as a \'…\'") or a memory with no quotation reports nothing', () => {
    expect(en("The founder will be remembered as a 'stubborn optimist' by many.")[0]!.source).toBeNull();
    expect(en('She remembered the smell of the harbour.')[0]!.source).toBeNull();
  });
});
