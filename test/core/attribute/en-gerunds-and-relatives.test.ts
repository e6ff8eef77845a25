import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: a gerund of saying after a preposition is the subject’s report', () => {
  it('"responded … by saying …" after a report: a claim of its own, same speaker', () => {
    const claims = claimsOf('The harbour chief responded to the fishermen on Friday by saying the quay would stay closed.', 'en');
    const second = attributionAt(claims, 'quay');
    expect(second?.cue.text).toBe('saying');
    expect(second?.source.text).toBe('The harbour chief');
    expect(claims.filter((c) => c.attribution)).toHaveLength(2);
  });

  it('", aside from saying …": the clause opens at the comma', () => {
    const claims = claimsOf('She refused to name a deputy, aside from saying she wants a lawyer in the post.', 'en');
    const second = claims.find((c) => c.text.includes('lawyer'));
    expect(second?.text.startsWith('aside from saying')).toBe(true);
    expect(second?.attribution?.cue.text).toBe('saying');
  });

  it('"after saying …" alone in its sentence: the host clause’s subject, without the adverb before the verb', () => {
    const a = attributionAt(claimsOf('The coach later apologized after saying the referee was biased.', 'en'), 'referee');
    expect(a?.source.text).toBe('The coach');
  });

  it('"of saying" is someone else’s words; a gerund with a bare object is no report', () => {
    expect(attributionAt(claimsOf('Rivals accused the coach of saying the referee was biased.', 'en'), 'referee')?.cue.text).toBe('accused');
    expect(claimsOf('Lower fares tend to fill trains by encouraging travel.', 'en').filter((c) => c.attribution)).toHaveLength(0);
  });
});

describe('English: ", in which he said …" reports on its own', () => {
  it('a pronoun after a preposition and a relative opens a claim at the preposition', () => {
    const claims = claimsOf('Ana Ruiz praised the mayor’s budget speech, in which he said the tram line would be finished by May.', 'en');
    const second = claims.find((c) => c.text.includes('tram line'));
    expect(second?.text.startsWith('in which he said')).toBe(true);
    expect(second?.attribution?.cue.text).toBe('said');
  });
});
