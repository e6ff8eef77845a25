/**
 * Session 20 English families, on sentences written for these tests: "a court heard" reports what was said in
 * court; "prompted calls for" is a noun; an opening prepositional phrase is no part of the speaker's name;
 * "pointing out that" is a participle of its own; "the manuals that accompanied X claimed" has the manuals as
 * source; a document "claimed" a clause with no "that".
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('"a court heard", "the jury heard"', () => {
  it('reports what was said in court, closing or opening the sentence', () => {
    expect(reports('The two clerks forged the ledgers for years, a court heard on Friday.')).toEqual([expect.objectContaining({ source: 'a court', cue: 'heard', content: 'The two clerks forged the ledgers for years' })]);
    expect(reports('The jury also heard the guards moved the inmate twice.')[0]).toMatchObject({ source: 'The jury', cue: 'heard', content: 'the guards moved the inmate twice' });
    expect(reports('The inquest heard that the ferry left port overloaded.')[0]).toMatchObject({ cue: 'heard' });
  });

  it('hearing a case, other subjects and the passive stay silent', () => {
    expect(reports('The court heard the appeal on Monday.')).toEqual([]);
    expect(reports('The villagers heard that the dam had cracked.')).toEqual([]);
    expect(reports('The case will be heard by five judges next week.')).toEqual([]);
  });
});

describe('"calls for" after a verb, a determiner or a preposition is a noun', () => {
  it('gives no report', () => {
    expect(reports('The flooding has prompted calls for a new levee.')).toEqual([]);
    expect(reports('The crash renewed calls for lower speed limits.')).toEqual([]);
  });

  it('the verb is unchanged', () => {
    expect(reports('The guild calls for a boycott of the festival.')[0]).toMatchObject({ source: 'The guild', cue: 'calls for' });
  });
});

describe('an opening prepositional phrase is no part of the source', () => {
  it('"Despite …, the mayor said", "Amid …, the union said"', () => {
    expect(reports('Despite the heavy rain, the organiser said the race would go ahead.')[0]).toMatchObject({ source: 'the organiser' });
    expect(reports('Amid calls for calm, the union said the strike would go on.')[0]).toMatchObject({ source: 'the union' });
  });

  it('a name and its apposition stay whole', () => {
    expect(reports('Lena Berg, a spokeswoman, said the port was closed.')[0]).toMatchObject({ source: 'Lena Berg, a spokeswoman' });
  });
});

describe('"pointing out that" after a report', () => {
  it('is a claim of its own', () => {
    expect(reports('The nurse said the ward was full, pointing out that two beds were broken.')).toEqual([
      expect.objectContaining({ source: 'The nurse', cue: 'said', content: 'the ward was full' }),
      expect.objectContaining({ source: 'The nurse', cue: 'pointing out', content: 'two beds were broken' }),
    ]);
  });
});

describe('documents', () => {
  it('a subject relative opened by "that" is skipped back to the document', () => {
    expect(reports('The leaflets that accompanied the pills claimed the dose was safe for children.')[0]).toMatchObject({ source: 'The leaflets', cue: 'claimed' });
  });

  it('"claimed" with a clause and no "that" reports for a document', () => {
    expect(reports('The brochure claimed the resort would open in May.')[0]).toMatchObject({ source: 'The brochure', kind: 'document', cue: 'claimed' });
    expect(reports('The new treaty signed on Friday will lower tariffs.')).toEqual([]);
  });
});
