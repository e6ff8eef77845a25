import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: a noun of saying with a possessor and a that-clause', () => {
  it('"Mayor A B\'s repeated insistence that …": the possessor speaks, without the possessive ending', () => {
    const a = attributionAt(claimsOf("Mayor Ana Roe's repeated insistence that the pier was safe did not calm the crowd.", 'en'), 'pier');
    expect(a?.cue.text).toBe('insistence');
    expect(a?.source.text).toBe('Mayor Ana Roe');
    expect(a?.content?.text).toMatch(/^the pier was safe/);
  });

  it('"her claim that …" goes back to the woman named before', () => {
    const claims = claimsOf('Councillor Ines Varga said the vote was fair. Her claim that the count was clean was met with doubt.', 'en');
    expect(attributionAt(claims, 'count was clean')?.source.text).toBe('Councillor Ines Varga');
  });

  it('no possessor, or a verb that reports in the sentence, and the noun is no cue', () => {
    expect(attributionAt(claimsOf('The claim that the budget is balanced was met with doubt.', 'en'), 'budget')).toBeNull();
    expect(attributionAt(claimsOf("Critics rejected the mayor's claim that the pier was safe.", 'en'), 'pier')?.cue.text).toBe('rejected');
  });
});
