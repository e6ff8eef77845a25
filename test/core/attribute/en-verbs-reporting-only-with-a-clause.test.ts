import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 14, PolNeAR tune families): verbs that report only with a
// "that" clause right after them ("charges that", "ruled that").
describe('English attribution: verbs that report only with a clause', () => {
  it('"charges that" and "charged that" report; the noun "charges" does not', () => {
    const verb = 'The union charges that the board hid the losses.';
    expect(attributionAt(claimsOf(verb, 'en'), 'the board hid')).toMatchObject({ source: { text: 'The union' }, cue: { text: 'charges' } });
    const past = 'Several tenants charged on Monday that the landlord cut the heat.';
    expect(attributionAt(claimsOf(past, 'en'), 'the landlord cut')?.source.text).toBe('Several tenants');
    // The noun: an object of "faces", after a determiner, or with its "that" far away.
    expect(attributionAt(claimsOf('The clerk faces charges that she forged the ledger.', 'en'), 'forged')).toBeNull();
    expect(attributionAt(claimsOf('The charges that were filed in May are serious.', 'en'), 'serious')).toBeNull();
    expect(attributionAt(claimsOf('He was charged with theft in a case that began in May.', 'en'), 'theft')).toBeNull();
  });

  it('"ruled that" reports the ruling; "ruled" with no clause close after it does not', () => {
    const clause = 'The district judge ruled on Tuesday that the new map was unlawful.';
    expect(attributionAt(claimsOf(clause, 'en'), 'the new map')).toMatchObject({ source: { text: 'The district judge' }, cue: { text: 'ruled' } });
    expect(attributionAt(claimsOf('The panel ruled against the town in a dispute that began in 2019.', 'en'), 'the town')).toBeNull();
    expect(attributionAt(claimsOf('The horse was ruled out of the race that day.', 'en'), 'the race')).toBeNull();
  });

  it('a share of those polled holds a preference ("41 percent would back A"); the same verbs elsewhere do not', () => {
    const text = 'Among likely voters, 52 percent would choose Ruiz and 41 percent would back Lang, while 4 percent prefer Dorn.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'choose Ruiz')).toMatchObject({ source: { text: '52 percent' }, cue: { text: 'choose' } });
    expect(attributionAt(claims, 'back Lang')).toMatchObject({ source: { text: '41 percent' }, cue: { text: 'back' } });
    expect(attributionAt(claimsOf('In the survey, 2 percent support Vance.', 'en'), 'Vance')?.source.text).toBe('2 percent');
    // A figure that is no subject, a comma between, or no share at all: no report.
    expect(attributionAt(claimsOf('Prices rose 5 percent back in May.', 'en'), 'Prices')).toBeNull();
    expect(attributionAt(claimsOf('The rate fell to 3 percent, support for the plan grew.', 'en'), 'the plan')).toBeNull();
    expect(attributionAt(claimsOf('The voters would choose Ruiz.', 'en'), 'Ruiz')).toBeNull();
  });

  it('"showed up at" and "called in to" are movements, not reports; "showed up to 40 percent" still reports', () => {
    expect(attributionAt(claimsOf('The new mayor showed up at the hearing late.', 'en'), 'the hearing')).toBeNull();
    expect(attributionAt(claimsOf('The senator called in to a radio show on Friday.', 'en'), 'a radio show')).toBeNull();
    expect(attributionAt(claimsOf('The survey showed up to 40 percent backing the levy.', 'en'), 'the levy')?.source.text).toBe('The survey');
  });

  it('"sings" tags a quotation it closes; singing with no quotation is no report', () => {
    const text = '“Keep your head up and your lamps lit,” Mara Quell sings to the governor.';
    expect(attributionAt(claimsOf(text, 'en'), 'Keep your head up')).toMatchObject({ source: { text: 'Mara Quell' }, cue: { text: 'sings' } });
    expect(attributionAt(claimsOf('The choir sang the anthem twice.', 'en'), 'the anthem')).toBeNull();
  });
});

