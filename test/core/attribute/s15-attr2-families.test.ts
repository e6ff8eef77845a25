/**
 * Families of session 15's second attribution pass (a tuned dev case's misses), on sentences written for
 * these tests: a subordinate clause after a closing quotation, the passive of a relaying cue, an allegiance
 * aside before the cue, and «جدد» (renewed) reporting only with a noun of saying.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

describe('a subordinator after a closing quotation opens a clause, not a tag', () => {
  it('"…, saying “…,” as the crowd cheered": the participle reports, not the crowd', () => {
    const got = claimWordings('She waved at the cameras, saying “see you next year,” as the crowd cheered.', 'en');
    const said = got.find((c) => c.cue === 'saying');
    expect(said?.source).toBe('She');
    expect(got.some((c) => c.cue === 'cheered')).toBe(false);
  });
});

describe('the passive of a relaying cue: the subject speaks, the agent relays', () => {
  it('"“…,” X was quoted as saying by Y"', () => {
    const got = claimWordings('“Every ballot has been counted,” the commission chief was quoted as saying by the state broadcaster.', 'en');
    expect(got[0]!.source).toBe('the commission chief');
    expect(got[0]!.via).toBe('the state broadcaster');
  });

  it('"X was quoted by Y as saying that …"', () => {
    const got = claimWordings('The port authority was quoted by a local radio station as saying that the cranes would be replaced.', 'en');
    expect(got[0]!.source).toBe('The port authority');
    expect(got[0]!.via).toBe('a local radio station');
    expect(got[0]!.content).toBe('the cranes would be replaced');
  });

  it('the active frame keeps its object as the speaker', () => {
    const got = claimWordings('The radio station quoted the port authority as saying that the cranes would be replaced.', 'en');
    expect(got[0]!.source).toBe('the port authority');
  });
});

describe('an allegiance aside between the subject and the cue', () => {
  it('", close to the government," is skipped', () => {
    const got = claimWordings('A private polling firm, close to the government, put the turnout at 61 percent.', 'en');
    expect(got[0]?.source ?? null).not.toBe('close to the government');
    const said = claimWordings('The weekly, loyal to the ruling party, said the turnout was low.', 'en');
    expect(said[0]!.source).toBe('The weekly');
  });

  it('a subject that is itself a phrase of people stays ("…, critics of the plan said")', () => {
    const got = claimWordings('The budget is too small, critics of the plan said.', 'en');
    expect(got[0]!.source).toBe('critics of the plan');
  });
});

describe('«جدد» reports only with إن/أن or a noun of saying', () => {
  it('«الذي جدد ولايته» renews a term: no claim', () => {
    const got = claimWordings('وفاز الرئيس الذي جدد ولايته للمرة الثانية بنسبة كبيرة من الأصوات.', 'ar');
    expect(got.every((c) => c.cue === null)).toBe(true);
  });

  it('«وجدد الوزير دعوته إلى …» and «جدد التأكيد على أن …» report', () => {
    expect(claimWordings('وجدد الوزير دعوته إلى وقف التصعيد.', 'ar')[0]!.source).toBe('الوزير');
    expect(claimWordings('وجدد المتحدث التأكيد على أن الحكومة ماضية في خطتها.', 'ar')[0]!.source).toBe('المتحدث');
  });
});
