/**
 * Session 21 English families, on sentences written for these tests: a titled name keeps its long apposition
 * ("Senator A B, one of the bill's sponsors in …, wrote"); a capitalised modal or month inside a name ("Elena
 * May said") is no auxiliary; a zero relative ("the sum local economists say is needed") is said by the phrase
 * after the noun it hangs on; a quotation opening after a one-letter name ("posted on X.") starts a sentence.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('a titled name before a long apposition', () => {
  it('the name and its title stay in the source', () => {
    const [claim] = reports("Senator Mara Quist, one of the bill's sponsors in the upper house of the assembly, wrote that the plan had failed.");
    expect(claim).toEqual(expect.objectContaining({ cue: 'wrote', content: 'the plan had failed' }));
    expect(claim!.source).toMatch(/^Senator Mara Quist, one of/u);
    expect(reports("Council leader Tom Brandt, one of the bill's sponsors in the upper house of the assembly, wrote that it failed.")[0]!.source).toMatch(/^Council leader Tom Brandt/u);
  });

  it('a phrase summed up by "a group known as …" speaks with it', () => {
    const [claim] = reports('Two large bakeries, a group known as the "Bread Five," complained the levy was set too high.');
    expect(claim!.source).toMatch(/^Two large bakeries, a group known as/u);
    expect(reports("Mali's military said it had repelled the attack.")).toEqual([expect.objectContaining({ source: "Mali's military", kind: 'organization' })]);
  });

  it('a clause before a body in apposition is still no name', () => {
    expect(reports('Prices rose in the spring, the statistics office said.')).toEqual([expect.objectContaining({ source: 'the statistics office', cue: 'said' })]);
    expect(reports('Prices rose in the spring, a group of economists said.')).toEqual([expect.objectContaining({ source: 'a group of economists', cue: 'said' })]);
  });
});

describe('a capitalised modal or month inside a name', () => {
  it('is part of the name', () => {
    expect(reports('Elena May said the vote would be held in June.')).toEqual([expect.objectContaining({ source: 'Elena May', cue: 'said' })]);
    expect(reports('Prime Minister Hugo May had called the levy a "disgrace".')[0]!.source).toBe('Prime Minister Hugo May');
  });

  it('a lower-case modal after a name is still skipped', () => {
    expect(reports('Hugo Brandt may say that the levy is unfair.')).toEqual([expect.objectContaining({ source: 'Hugo Brandt', cue: 'say' })]);
  });
});

describe('a zero relative before the cue', () => {
  it('the speaker is the phrase after the noun the relative hangs on', () => {
    expect(reports('That is the sum local economists say is needed to repair the bridge.')).toEqual([expect.objectContaining({ source: 'local economists', cue: 'say' })]);
    expect(reports('It was the amount WHO experts say is needed.')).toEqual([expect.objectContaining({ source: 'WHO experts', cue: 'say' })]);
  });

  it('a subject with its own clause keeps its whole phrase', () => {
    expect(reports('The two ministers said they had agreed.')[0]!.source).toContain('ministers');
    expect(reports('The city council says it will appeal.')).toEqual([expect.objectContaining({ source: 'The city council', cue: 'says' })]);
  });
});

describe('a one-letter name before a quotation', () => {
  it('ends the sentence when a quotation opens after it', () => {
    const text = '"The levy is fair," the treasurer posted on X. "It will stay."';
    expect(splitSentences(text, 'en')).toHaveLength(2);
    expect(reports(text).map((c) => c.content)).toEqual(['The levy is fair', 'It will stay']);
  });

  it('an initial before a surname ends nothing', () => {
    expect(splitSentences('John F. Kennedy spoke in Berlin.', 'en')).toHaveLength(1);
  });
});
