import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: a second attribution in one sentence keeps the speaker', () => {
  it('", saying …" after a stance with a noun object is a claim of its own', () => {
    const claims = claimsOf('The harbour master mocked the new timetable, saying nobody had asked the ferry crews.', 'en');
    const first = attributionAt(claims, 'timetable');
    const second = attributionAt(claims, 'ferry crews');
    expect(first?.cue.text).toBe('mocked');
    expect(second?.cue.text).toBe('saying');
    expect(second?.source.text).toBe('The harbour master');
    expect(claims.filter((c) => c.attribution)).toHaveLength(2);
  });

  it('a pronoun may open the participle’s content (", calling it …")', () => {
    const claims = claimsOf('Governor Alma Reyes rejected the toll plan, calling it a tax on commuters.', 'en');
    const second = attributionAt(claims, 'commuters');
    expect(second?.cue.text).toBe('calling');
    expect(second?.source.text).toBe('Governor Alma Reyes');
  });

  it('an -ing word of no saying verb stays in the first claim', () => {
    const claims = claimsOf('The coach praised the squad, leaving the stadium before the final whistle.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(1);
  });

  it('", and criticized …" after a comma goes on with the first verb’s subject, not the object before the comma', () => {
    const claims = claimsOf('The senator urged colleagues to back the river bill, and criticized the agency for its slow response.', 'en');
    const second = attributionAt(claims, 'slow response');
    expect(second?.cue.text).toBe('criticized');
    expect(second?.source.text).toBe('The senator');
  });

  it('"…, and said …" after a clause with no report takes the main subject', () => {
    const a = attributionAt(claimsOf('The mayor spoke for an hour, and said the bridge would reopen in May.', 'en'), 'bridge');
    expect(a?.source.text).toBe('The mayor');
  });
});

describe('English: a relative clause after a comma reports on its own', () => {
  it('", said A, who stressed that …" gives A a second claim with the relative’s cue', () => {
    const claims = claimsOf('“It will take a year,” said Lars Kamin, who stressed that the tunnel would be safe.', 'en');
    const second = attributionAt(claims, 'tunnel');
    expect(second?.cue.text).toBe('stressed');
    expect(second?.source.text).toBe('Lars Kamin');
    expect(attributionAt(claims, 'a year')?.cue.text).toBe('said');
  });

  it('"praised B, who said …": the antecedent after the first cue speaks, not the first subject', () => {
    const claims = claimsOf('The mayor praised engineer Ana Lind, who said the bridge would reopen in spring.', 'en');
    expect(attributionAt(claims, 'reopen')?.source.text).toBe('engineer Ana Lind');
    expect(attributionAt(claims, 'praised')?.source.text).toBe('The mayor');
  });

  it('a relative with no report after it adds no claim', () => {
    const claims = claimsOf('The mayor praised engineer Ana Lind, who built the bridge in spring.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(1);
  });
});

describe('English: a participle of saying before an embedded question', () => {
  it('", emphasizing why …" after a quotation is the speaker’s second claim', () => {
    const claims = claimsOf('“We cannot wait any longer,” Lena Ortiz said, emphasizing why the dam needs repairs.', 'en');
    const second = attributionAt(claims, 'dam needs');
    expect(second?.cue.text).toBe('emphasizing');
    expect(second?.source.text).toBe('Lena Ortiz');
  });
});
