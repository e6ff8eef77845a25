/** English families found on the session-13 fresh articles' tuned half and PolNeAR's tune half, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('naming words after a thing introduce its name', () => {
  it('"a sensor called X" and "a boy named X" report nothing; "the minister called X a liar" still reports', () => {
    expect(claimsOf('The lab keeps a water sensor called Aquila in its basement.', 'en').every((c) => c.attribution === null)).toBe(true);
    expect(claimsOf('They met a boy named Omar at the border crossing.', 'en').every((c) => c.attribution === null)).toBe(true);
    expect(attributionAt(claimsOf('The minister called Brill a liar on Monday.', 'en'), 'liar')?.source.text).toBe('The minister');
    expect(attributionAt(claimsOf('Officials called the proposal reckless.', 'en'), 'reckless')?.cue.text).toBe('called');
  });
});

describe('a bare infinitive after "help" is no report', () => {
  it('"the probe helped confirm the leak" is the outlet\'s; a reporter after it still speaks', () => {
    expect(claimsOf('A small probe, which helped confirm the leak, was sent down the shaft.', 'en').every((c) => c.attribution === null)).toBe(true);
    expect(attributionAt(claimsOf('The samples helped confirm that the river was polluted, engineers said.', 'en'), 'river')?.source.text).toBe('engineers');
  });
});

describe('an opening "while" clause is the outlet\'s voice', () => {
  it('"While A, police have told residents B": the claim starts at the report\'s subject', () => {
    const claims = claimsOf('While only four of the boats have been towed back, police have told residents the rest will be moved by Friday.', 'en');
    const report = attributionAt(claims, 'residents');
    expect(report?.source.text).toBe('police');
    expect(claims.find((c) => c.text.startsWith('While'))?.attribution ?? null).toBeNull();
  });
});

describe('a channel phrase between the speaker and the verb', () => {
  it('"Coach X in a post-match presser commended …" has the coach as speaker, not the presser', () => {
    expect(attributionAt(claimsOf('Coach Dana Ruiz in a post-match presser commended her defenders for their patience.', 'en'), 'defenders')?.source.text).toBe('Coach Dana Ruiz');
    expect(attributionAt(claimsOf('The governor at a news conference on Tuesday said the bridge would reopen.', 'en'), 'bridge')?.source.text).toBe('The governor');
    // A place after "in" is no channel: it stays in the subject.
    expect(attributionAt(claimsOf('Police in the capital said two shops had been looted.', 'en'), 'shops')?.source.text).toBe('Police in the capital');
  });
});

describe('"submitted" closing a quotation; "as he put it to reporters"', () => {
  it('"“…,” he submitted." reports; "submitted a report" does not', () => {
    expect(attributionAt(claimsOf('“We deserved a draw at least,” the captain submitted.', 'en'), 'draw')?.cue.text).toBe('submitted');
    expect(claimsOf('The club submitted a formal complaint to the league.', 'en').every((c) => c.attribution === null)).toBe(true);
  });
  it('"as X put it to reporters" is an "as" credit like "as X put it"', () => {
    expect(attributionAt(claimsOf('The talks were over, as the envoy put it to reporters on Sunday.', 'en'), 'talks')?.source.text).toBe('the envoy');
    expect(claimsOf('The plan was, as the mayor put it to rest, finished.', 'en').every((c) => c.attribution === null)).toBe(true);
  });
});

describe('a plural noun of people and a definite place after it are one phrase', () => {
  it('"Farmers in the valley said" keeps the farmers; "boxes in the hall" is no such phrase', () => {
    expect(attributionAt(claimsOf('Villagers in the highlands said the snow came early.', 'en'), 'snow')?.source.text).toBe('Villagers in the highlands');
    expect(attributionAt(claimsOf('Dozens of crates in the hall said nothing, the porter joked.', 'en'), 'crates')?.source.text).toBe('the porter');
  });
});
