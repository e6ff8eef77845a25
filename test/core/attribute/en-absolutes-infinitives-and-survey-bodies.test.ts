/**
 * Session 20 English families, on sentences written for these tests: an absolute construction ("…, with X
 * arguing that …", "With X insisting that …, …", "with a new poll showing …") reports on its own even after
 * another report; "went on to say", "went ahead to state that" are said by the host clause's subject (an
 * irregular past shows its verb); a capitalised "Survey" inside a name is a body, not a document.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('absolute constructions', () => {
  it('after a report, "with X <participle>" is a claim of its own', () => {
    const claims = reports('The board dismissed the complaint, with the chairwoman arguing that it came too late.');
    expect(claims).toEqual([
      expect.objectContaining({ source: 'The board', cue: 'dismissed' }),
      expect.objectContaining({ source: 'the chairwoman', cue: 'arguing', content: 'it came too late' }),
    ]);
    expect(claims[0]!.text).not.toContain('arguing');
    const said = reports('The coach said the squad was fit, with the physio saying two players still limp.');
    expect(said.map((c) => [c.source, c.cue])).toEqual([
      ['The coach', 'said'],
      ['the physio', 'saying'],
    ]);
  });

  it('an absolute construction opening the sentence names its speaker', () => {
    expect(reports('With the treasurer insisting that the books balance, the audit was postponed.')).toEqual([expect.objectContaining({ source: 'the treasurer', cue: 'insisting' })]);
  });

  it('"showing" reports only with a document in an absolute construction', () => {
    expect(reports('Turnout fell again, with a new poll showing that young voters stayed home.')).toEqual([expect.objectContaining({ source: 'a new poll', kind: 'document', cue: 'showing' })]);
    expect(reports('The rescuers worked all night, showing that the drills had paid off.')).toEqual([]);
    expect(reports('The navy released a video showing sailors on deck.')).toEqual([]);
    expect(reports('Crowds lingered in the square, with children showing their drawings.')).toEqual([]);
  });
});

describe('"went on to say", "went ahead to state"', () => {
  it('the host clause ends at an irregular past', () => {
    expect(reports('The harbour master went on to say that the pier was unsafe.')).toEqual([expect.objectContaining({ source: 'The harbour master', cue: 'say' })]);
    expect(reports('The auditor went ahead to state that the accounts were incomplete.')).toEqual([expect.objectContaining({ source: 'The auditor', cue: 'state' })]);
  });

  it('an infinitive after a clause with no speaker reports nothing', () => {
    expect(reports('It was a cold morning on which hundreds of nurses took to the streets to demand that the hospital reopen.')).toEqual([]);
    expect(reports('Hundreds of nurses took to the streets to demand that the hospital reopen.')[0]).toMatchObject({ source: 'Hundreds of nurses', cue: 'demand' });
  });

  it('a bare "state" after "to" with no clause stays a noun', () => {
    expect(reports('The minister spoke to state media on Tuesday.')).toEqual([]);
    expect(reports('Rules differ from state to state across the country.')).toEqual([]);
  });
});

describe('"Survey" inside a body’s name', () => {
  it('is an organization', () => {
    expect(reports('The tremor was felt across the valley, the Norland Geological Survey said.')[0]).toMatchObject({ source: 'the Norland Geological Survey', kind: 'organization' });
    expect(reports('The coastline moved by two metres, according to the Survey of Westmark.')[0]).toMatchObject({ kind: 'organization' });
  });

  it('a survey in lower case, or opening the sentence, stays a document', () => {
    expect(reports('A new survey found that most tenants want longer leases.')[0]).toMatchObject({ kind: 'document' });
    expect(reports('The Survey found that most tenants want longer leases.')[0]).toMatchObject({ kind: 'document' });
  });
});
