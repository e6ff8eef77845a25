import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: a verdict is an act, not a report', () => {
  it('"found X guilty" inside an "after …" clause reports nothing', () => {
    const claims = claimsOf('Farm unions held a rally after a county court found the dairy owner guilty of fraud.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
  });

  it('the passive "was found liable" is no report either', () => {
    const claims = claimsOf('The shipping firm was found liable for the spill on Tuesday.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
  });

  it('"found that …" still reports a finding', () => {
    const a = attributionAt(claimsOf('The auditors found that the harbour fund was short by $2 million.', 'en'), 'harbour fund');
    expect(a?.cue.text).toBe('found');
    expect(a?.source.text).toBe('The auditors');
  });

  it('a verdict word after the clause opens ("found that the owner was guilty") leaves the finding reported', () => {
    const a = attributionAt(claimsOf('The inquiry found that the owner was guilty of neglect.', 'en'), 'neglect');
    expect(a?.cue.text).toBe('found');
  });

  it('a participle after the verdict clause takes the sentence’s subject, not the court', () => {
    const claims = claimsOf('Republican officials are expressing outrage after a county court found the dairy owner guilty, accusing the governor of using the courts.', 'en');
    const a = attributionAt(claims, 'using the courts');
    expect(a?.cue.text).toBe('accusing');
    expect(a?.source.text).toBe('Republican officials');
  });

  it('an opening phrase of a dozen words before the subject is skipped ("In what is being called …,")', () => {
    const claims = claimsOf('In what is being called a “sad day for the valley towns,” Green Party senators are voicing anger after the vote, accusing the minister of ignoring the farmers.', 'en');
    const a = attributionAt(claims, 'ignoring the farmers');
    expect(a?.cue.text).toBe('accusing');
    expect(a?.source.text).toBe('Green Party senators');
  });
});

describe('English: a dateline is never part of a source', () => {
  it('"CITY:" before a participle’s main subject', () => {
    const a = attributionAt(claimsOf('LIMA: Peruvian President Ana Soto Ruiz declared a curfew late Tuesday, vowing to eliminate criminal gangs.', 'en'), 'criminal gangs');
    expect(a?.cue.text).toBe('vowing');
    expect(a?.source.text).toBe('Peruvian President Ana Soto Ruiz');
  });

  it('"CITY (Agency) —" and "NEW CITY –" before a participle’s main subject', () => {
    const a = attributionAt(claimsOf('LIMA (Wire) — Peruvian President Ana Soto Ruiz declared a curfew late Tuesday, vowing to eliminate criminal gangs.', 'en'), 'criminal gangs');
    expect(a?.source.text).toBe('Peruvian President Ana Soto Ruiz');
    const b = attributionAt(claimsOf('NEW YORK – Senator Ana Soto Ruiz closed the hearing, saying the panel had heard enough.', 'en'), 'heard enough');
    expect(b?.source.text).toBe('Senator Ana Soto Ruiz');
  });

  it('an acronym opening the subject stays in it', () => {
    const a = attributionAt(claimsOf('NATO officials said on Monday that the port would reopen.', 'en'), 'port');
    expect(a?.source.text).toBe('NATO officials');
  });
});

describe('English: an infinitive of saying after a clause', () => {
  it('"walked into the hall to announce, “…”" is said by the clause’s subject', () => {
    const a = attributionAt(claimsOf('On Monday, Judge Ortiz walked into the hall to announce, “At this time, I am going to close the hearing.”', 'en'), 'close the hearing');
    expect(a?.cue.text).toBe('announce');
    expect(a?.source.text).toBe('Judge Ortiz');
  });
});

describe('English: a participle after a clause starter', () => {
  it('"…, accusing A of B while warning that …" gives the warning a claim of its own, same speaker', () => {
    const claims = claimsOf('Republican officials are voicing anger after the vote, accusing the governor of using tricks while warning that rivals “can do it to anyone.”', 'en');
    const accusing = attributionAt(claims, 'using tricks');
    const warning = attributionAt(claims, 'do it to anyone');
    expect(accusing?.cue.text).toBe('accusing');
    expect(warning?.cue.text).toBe('warning');
    expect(warning?.source.text).toBe('Republican officials');
    expect(claims.find((c) => c.text.includes('do it to anyone'))?.text.startsWith('while warning')).toBe(true);
  });
});
