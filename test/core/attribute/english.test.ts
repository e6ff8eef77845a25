import { describe, expect, it } from 'vitest';
import { at, attributionAt, claimsOf } from './helpers.ts';

describe('English attribution', () => {
  it('subject before the cue, content after "that"', () => {
    const text = 'The ministry said that the talks would resume on Monday.';
    expect(claimsOf(text, 'en')).toEqual([
      {
        sentenceIndex: 0,
        ...at(text, text),
        attribution: {
          source: { ...at(text, 'The ministry'), kind: 'organization' },
          cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
          quote: 'indirect',
          content: at(text, 'the talks would resume on Monday'),
          rule: 'subject-verb',
        },
      },
    ]);
  });

  it('inverted order after a quotation, with an apposition giving the role', () => {
    const text = '“We will not retreat,” said John Kirby, a Pentagon spokesman.';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'John Kirby, a Pentagon spokesman'), kind: 'person', role: 'a Pentagon spokesman' },
      cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
      quote: 'direct',
      content: at(text, 'We will not retreat'),
      rule: 'verb-subject',
    });
  });

  it('"X, who …, said": the relative clause is skipped, the source is X', () => {
    const text = 'Senator Jane Doe, who chairs the committee, said the bill was dead.';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'Senator Jane Doe'), kind: 'person', role: 'Senator' },
      cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
      quote: 'indirect',
      content: at(text, 'the bill was dead'),
      rule: 'subject-verb',
    });
  });

  it('"told Reuters" keeps the channel as via; "He added" continues the source', () => {
    const text = 'A senior US official told Reuters that the deal was close. He added that talks would continue.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'A senior US official'), kind: 'anonymous', affiliation: 'US' },
      cue: { ...at(text, 'told'), stance: 'neutral', lemma: 'tell' },
      via: { ...at(text, 'Reuters'), kind: 'media' },
      chain: [{ text: 'Reuters', kind: 'media' }, { text: 'A senior US official', kind: 'anonymous' }],
      quote: 'indirect',
      content: at(text, 'the deal was close'),
      rule: 'subject-verb',
    });
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'A senior US official'), kind: 'anonymous', affiliation: 'US', continued: true },
      chain: [{ text: 'Reuters', kind: 'media' }, { text: 'A senior US official', kind: 'anonymous' }],
      cue: { ...at(text, 'added'), stance: 'neutral', lemma: 'add' },
      quote: 'indirect',
      content: at(text, 'talks would continue'),
      rule: 'subject-verb+continued',
    });
  });

  it('"according to" before and after the content', () => {
    const text = 'According to the report, the program cost $2 billion. The army withdrew, according to sources close to the government.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'the report'), kind: 'document' },
      cue: { ...at(text, 'According to'), stance: 'neutral', lemma: 'according to' },
      quote: 'indirect',
      content: at(text, 'the program cost $2 billion'),
      rule: 'prepositional',
    });
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'sources close to the government'), kind: 'anonymous', affiliation: 'close to the government' },
      cue: { ...at(text, 'according to'), stance: 'neutral', lemma: 'according to' },
      quote: 'indirect',
      content: at(text, 'The army withdrew'),
      rule: 'prepositional',
    });
  });

  it('stance: claimed distances, confirmed endorses; an official who declined to be named is anonymous', () => {
    const text = 'The rebels claimed they had taken the airport. An official, who declined to be named, confirmed the attack.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution?.cue).toEqual({ ...at(text, 'claimed'), stance: 'distancing', lemma: 'claim' });
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'An official'), kind: 'anonymous' });
    expect(claims[1]!.attribution?.cue).toEqual({ ...at(text, 'confirmed'), stance: 'endorsing', lemma: 'confirm' });
  });

  it('"…, sources said" at the end reports the whole sentence, even past an earlier verb', () => {
    const text = 'Protocol called for the nominee to be taken to a trauma center, sources said.';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'sources'), kind: 'anonymous' },
      cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
      quote: 'indirect',
      content: at(text, 'Protocol called for the nominee to be taken to a trauma center'),
      rule: 'subject-verb',
    });
  });

  it('a headline "Name: text" uses the colon as the cue', () => {
    const text = 'Pence: Flowers Will Not Be at the Debate';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'Pence'), kind: 'person' },
      cue: { ...at(text, ':'), stance: 'neutral', lemma: ':' },
      quote: 'indirect',
      content: at(text, 'Flowers Will Not Be at the Debate'),
      rule: 'colon',
    });
  });

  it('documents and own-voice sentences', () => {
    const text = 'The storm hit the coast on Tuesday. A new poll shows the race tightening.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]).toEqual({ sentenceIndex: 0, ...at(text, 'The storm hit the coast on Tuesday.'), attribution: null });
    expect(attributionAt(claims, 'poll')?.source).toEqual({ ...at(text, 'A new poll'), kind: 'document' });
  });

  it('two sources in one sentence become two clauses', () => {
    const text = 'The government said the border was open, while the army claimed it was closed.';
    const claims = claimsOf(text, 'en');
    expect(claims.map((c) => c.text)).toEqual(['The government said the border was open', 'while the army claimed it was closed.']);
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'the army'), kind: 'organization' });
  });
  it('a channel named before the subject, a title before the name, "close to" inside the phrase', () => {
    const text = 'In an interview with CNN, the senator said the bill would pass. A spokeswoman for the ministry, Maria Lopez, confirmed the figures. Sources close to the campaign say the candidate will drop out.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution?.via).toEqual({ ...at(text, 'CNN'), kind: 'media' });
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'the senator'), kind: 'person', role: 'the senator' });
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'A spokeswoman for the ministry, Maria Lopez'), kind: 'person', role: 'A spokeswoman for the ministry' });
    expect(claims[2]!.attribution?.source).toEqual({ ...at(text, 'Sources close to the campaign'), kind: 'anonymous', affiliation: 'close to the campaign' });
  });

  it('a bare quotation right after a quoted source continues that source', () => {
    const text = '“This is a disaster,” the mayor told reporters on Monday. “We need help now.”';
    const claims = claimsOf(text, 'en');
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'the mayor'), kind: 'person', role: 'the mayor', continued: true },
      cue: { ...at(text, 'told'), stance: 'neutral', lemma: 'tell' },
      via: { ...at(text, 'reporters'), kind: 'media' },
      quote: 'direct',
      content: at(text, 'We need help now'),
      rule: 'quote-continues',
    });
  });
  it('a named outlet is never an anaphor; an opening "Asked about …," is not the reporting verb', () => {
    const text = 'Reuters reported that the ship sank. The AP reported on Tuesday that the vote was delayed. Asked about the report, the spokesman declined to comment.';
    const claims = claimsOf(text, 'en');
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'The AP'), kind: 'media' });
    expect(claims[2]!.attribution).toBeNull();
  });
  it('"said in a statement" keeps the statement as the via', () => {
    const text = 'The Interior Ministry said in a statement that the curfew would end.';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'The Interior Ministry'), kind: 'organization' },
      cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
      via: { ...at(text, 'a statement'), kind: 'document' },
      quote: 'indirect',
      content: at(text, 'the curfew would end'),
      rule: 'subject-verb',
    });
  });
});
