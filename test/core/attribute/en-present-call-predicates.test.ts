/**
 * The present of "call" with an object and a bare predicate characterizes the object ("critics call the law
 * “a blank cheque”", "he calls his rival a liar"): a stance report, as "called" already was. Without a predicate
 * the present stays silent ("residents call the hotline", "calls a meeting of the board"). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('"call(s)" + object + predicate', () => {
  it('a quoted or indefinite predicate after the object reports', () => {
    expect(reports('Critics call the curfew “a gift to the smugglers.”')).toEqual([expect.objectContaining({ source: 'Critics', cue: 'call' })]);
    expect(reports('The mayor calls her challenger a spoiler.')).toEqual([expect.objectContaining({ source: 'The mayor', cue: 'calls' })]);
    expect(reports('The coach often calls referees "blind" and "biased."')).toEqual([expect.objectContaining({ source: 'The coach', cue: 'calls' })]);
    expect(reports('Neighbours call them "the night crew."')[0]).toMatchObject({ source: 'Neighbours', cue: 'call' });
  });

  it('without a predicate the present is no report', () => {
    expect(reports('Residents call the hotline every day.')).toEqual([]);
    expect(reports('The chairman calls a meeting of the board every March.')).toEqual([]);
    expect(reports('Her calls to the ministry went unanswered.')).toEqual([]);
  });

  it('"calls for" and "calls on" are unchanged', () => {
    expect(reports('The union calls for a general strike.')[0]).toMatchObject({ cue: 'calls for' });
    expect(reports('The union calls on the council to resign.')[0]).toMatchObject({ cue: 'calls on' });
  });
});
