/** English families left open by session 13's first English round, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('an opening participle phrase is not part of the source', () => {
  it('"Speaking at a fair, the governor said …" has the governor as source', () => {
    expect(attributionAt(claimsOf('Speaking at a fair, the governor said the dam would hold.', 'en'), 'dam')?.source.text).toBe('the governor');
    expect(attributionAt(claimsOf('Touring the depot, the mayor told staff that buses would be replaced.', 'en'), 'buses')?.source.text).toBe('the mayor');
    expect(attributionAt(claimsOf('Questioned about the fees, the rector said they would be frozen.', 'en'), 'frozen')?.source.text).toBe('the rector');
  });
  it('a name before an apposition still joins it', () => {
    expect(attributionAt(claimsOf('Lena Marsh, a spokeswoman for the port, said the cranes were idle.', 'en'), 'cranes')?.source.text).toBe('Lena Marsh, a spokeswoman for the port');
    expect(attributionAt(claimsOf('Fielding of the union, a veteran organiser, said the strike would go on.', 'en'), 'strike')?.source.text).toBe('Fielding of the union, a veteran organiser');
  });
});

describe('a participle clause after a "for"-gerund goes on with the main speaker', () => {
  it('"praised her for standing firm, calling her …": the one calling is the one praising', () => {
    const claims = claimsOf('The captain praised her for speaking up about the pay gap, calling her fearless.', 'en');
    expect(attributionAt(claims, 'fearless')?.source.text).toBe('The captain');
    // A participle clause after an ordinary report still goes on with its speaker.
    expect(attributionAt(claimsOf('After meeting the envoy, the minister said talks would go on, adding that a deal was near.', 'en'), 'deal')?.source.text).toBe('the minister');
  });
});
