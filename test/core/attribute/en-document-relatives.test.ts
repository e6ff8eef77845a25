/**
 * A past form of an act verb right after a document noun opens a reduced relative on it ("A video posted online
 * showed …"): the document speaks through the verb after the relative, the past form reports nothing. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('a reduced relative after a document', () => {
  it('the document is the source of the verb after the relative', () => {
    expect(reports('A video posted online showed soldiers firing into the crowd.')).toEqual([expect.objectContaining({ source: 'A video', kind: 'document', cue: 'showed', content: 'soldiers firing into the crowd' })]);
  });

  it('a place named inside the relative is not the subject', () => {
    expect(reports('A statement posted on the ministry website said the border would reopen.')).toEqual([expect.objectContaining({ source: 'A statement', cue: 'said' })]);
  });

  it('an agent named in the relative still speaks through it', () => {
    expect(reports('A video released by the ministry showed the prisoners being freed.')[0]).toMatchObject({ source: 'the ministry', cue: 'showed' });
  });

  it('the act verb with a subject of its own is unchanged', () => {
    expect(reports('The group posted a video online.')).toEqual([]);
    expect(reports('The ministry posted the statement online and said it was authentic.')[0]).toMatchObject({ source: 'The ministry', cue: 'said' });
  });
});
