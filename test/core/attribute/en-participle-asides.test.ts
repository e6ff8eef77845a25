/**
 * A participle clause set off between a subject and its verb ("The minister, citing new figures, said …") is an
 * aside on the subject: the main verb speaks for the phrase before it, whether or not the participle is itself a
 * cue. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const said = (text: string) => claimWordings(text, 'en').find((c) => c.cue === 'said');

describe('a participle aside before the main verb', () => {
  it('a cue participle in the aside ("citing", "criticizing") does not hide the subject', () => {
    expect(said('The minister, citing new figures, said unemployment had fallen.')).toMatchObject({ source: 'The minister', content: 'unemployment had fallen' });
    expect(said('Gomez, criticizing the plan, said the vote would fail.')).toMatchObject({ source: 'Gomez', content: 'the vote would fail' });
  });

  it('a characterizing participle with its own predicate neither', () => {
    expect(said('Gomez, describing the plan as a handout, said the vote would fail.')).toMatchObject({ source: 'Gomez' });
  });
});
