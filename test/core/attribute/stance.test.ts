import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/attribute/lexicon.ts';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: stance verbs with a noun object (WordNet troponyms of the verdict groups)', () => {
  it('the stance list comes from WordNet and does not override hand-written cues', () => {
    const lex = lexiconFor('en')!;
    expect(lex.candidateCues.get('lauded')?.[0]?.candidate).toBe('stance');
    expect(lex.candidateCues.get('scolded')?.[0]?.candidate).toBe('stance');
    expect(lex.candidateCues.has('condemned')).toBe(false);
  });

  it('"the mayor lauded the harbour plan" is the mayor’s evaluation, with the object as content', () => {
    const a = attributionAt(claimsOf('The mayor lauded the harbour plan at a meeting on Monday.', 'en'), 'harbour');
    expect(a?.source.text).toBe('The mayor');
    expect(a?.cue.text).toBe('lauded');
    expect(a?.content?.text).toMatch(/^the harbour plan/);
  });

  it('a pronoun subject goes back to the person named before', () => {
    const claims = claimsOf('Councillor Ines Varga said the vote was fair. She scolded the volunteers for their lateness.', 'en');
    const a = attributionAt(claims, 'volunteers');
    expect(a?.source.text).toBe('Councillor Ines Varga');
    expect(a?.cue.text).toBe('scolded');
  });

  it('an act object is no stance, nor is a subject that names no person or body', () => {
    expect(attributionAt(claimsOf('The governor proclaimed a curfew in the northern districts.', 'en'), 'curfew')).toBeNull();
    expect(attributionAt(claimsOf('The storm chastened the fishing fleet.', 'en'), 'fleet')).toBeNull();
  });

  it('an imperative, an infinitive and a name are no stance', () => {
    expect(attributionAt(claimsOf("Don't blame the referees.", 'en'), 'referees')).toBeNull();
    expect(attributionAt(claimsOf('Officials came to the port to laud the new ferry.', 'en'), 'ferry')).toBeNull();
    expect(attributionAt(claimsOf('Spokesman Josh Tamber arrived late.', 'en'), 'late')).toBeNull();
  });

  it('a form that is also a noun stays a noun before "that"', () => {
    expect(attributionAt(claimsOf('The street protests that began in spring closed the bridge.', 'en'), 'bridge')).toBeNull();
  });
});

describe('English: acts are not reports', () => {
  it('"decided to …" is an act; "decided that …" still reports', () => {
    expect(attributionAt(claimsOf('The board decided to close the northern plant.', 'en'), 'plant')).toBeNull();
    expect(attributionAt(claimsOf('The board decided that the northern plant was too old.', 'en'), 'plant')?.source.text).toBe('The board');
  });

  it('a stance participle after a comma is taken by the main clause’s person', () => {
    const a = attributionAt(claimsOf('The mayor opened the bridge on Monday, lauding the engineers who built it.', 'en'), 'engineers');
    expect(a?.cue.text).toBe('lauding');
    expect(a?.source.text).toBe('The mayor');
  });

  it('a progressive with adverbs between is a compound tense: "is once again questioning"', () => {
    const a = attributionAt(claimsOf('The senator is once again questioning the count in two districts.', 'en'), 'count');
    expect(a?.cue.text).toBe('questioning');
    expect(a?.source.text).toBe('The senator');
  });
});

describe('English: a participle right after a name', () => {
  it('"footage of Ana Ruiz asking, “…”" is Ana Ruiz’s question, not the main clause’s', () => {
    const claims = claimsOf('The mayor said the port would reopen. The new advert uses footage of Ana Ruiz asking, “Why is the ferry still closed?”', 'en');
    const a = attributionAt(claims, 'ferry still closed');
    expect(a?.cue.text).toBe('asking');
    expect(a?.source.text).toBe('Ana Ruiz');
  });

  it('a time word before the participle is no name', () => {
    const claims = claimsOf('The mayor spoke in the port on Friday, saying “the ferry will run again.”', 'en');
    expect(attributionAt(claims, 'ferry will run')?.source.text).toBe('The mayor');
  });
});

describe('English: a cue verb with a noun object that is what was done', () => {
  it('"added three seats" and "posted videos" are acts; "added that …" and "added: …" report', () => {
    expect(attributionAt(claimsOf('The farmers’ party has added three more seats in the recount.', 'en'), 'seats')).toBeNull();
    expect(attributionAt(claimsOf('Volunteers posted videos of the flooded square.', 'en'), 'videos')).toBeNull();
    expect(attributionAt(claimsOf('The minister added that the bridge would reopen.', 'en'), 'bridge')?.cue.text).toBe('added');
    expect(attributionAt(claimsOf('The minister added: “The bridge will reopen.”', 'en'), 'bridge')?.cue.text).toBe('added');
  });

  it('"the earlier announced figure" is an adjective, not a report', () => {
    const claims = claimsOf('The count rose by four seats over the earlier announced figure of 40.', 'en');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('English: a name right after an opening phrase with no comma', () => {
  it('"Upon hearing the results el-Amin urged …" has the name as subject, with its lower-case particle', () => {
    const a = attributionAt(claimsOf('Upon hearing the first results el-Amin urged his voters to stay calm.', 'en'), 'voters');
    expect(a?.source.text).toBe('el-Amin');
  });

  it('a title before the name stays with it', () => {
    const a = attributionAt(claimsOf('Party leader Rosa Tamm urged her voters to stay calm.', 'en'), 'voters');
    expect(a?.source.text).toBe('Party leader Rosa Tamm');
  });
});

describe('English: where a stance ends', () => {
  it('the outlet’s narrative after the object ("after results gave him …") is a claim of its own voice', () => {
    const claims = claimsOf('The mayor on Monday lauded the harbour crews for "a remarkable night" after official figures showed no ship was lost.', 'en');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution?.cue.text).toBe('lauded');
    expect(claims[0]!.attribution?.content?.text).toBe('the harbour crews for "a remarkable night"');
    expect(claims[1]!.attribution).toBeNull();
  });

  it('thanking is a speech act with no evaluation in it', () => {
    expect(attributionAt(claimsOf('The mayor thanked the harbour crews for their work.', 'en'), 'crews')).toBeNull();
  });
});
