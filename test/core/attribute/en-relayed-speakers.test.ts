import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: "X cited / quoted Y as saying" — Y speaks, X relays', () => {
  it('an outlet citing a ministry: source the ministry, chain [outlet, ministry]', () => {
    const a = attributionAt(claimsOf('Two bridges collapsed overnight, the Valdor Press Agency cited the Ministry of Transport as saying.', 'en'), 'bridges');
    expect(a?.source.text).toBe('the Ministry of Transport');
    expect(a?.cue.text).toBe('cited');
    expect(a?.chain?.map((l) => [l.text, l.kind])).toEqual([
      ['the Valdor Press Agency', 'media'],
      ['the Ministry of Transport', 'organization'],
    ]);
  });

  it('"quoted … as saying that …": the content follows, the official speaks', () => {
    const a = attributionAt(claimsOf('The news agency quoted a senior customs officer as saying that the port would reopen on Monday.', 'en'), 'port');
    expect(a?.source.text).toBe('a senior customs officer');
    expect(a?.chain?.[0]?.kind).toBe('media');
  });

  it('"cited rising costs as a reason" is no relay: the subject still speaks', () => {
    const a = attributionAt(claimsOf('The mayor cited rising costs as a reason for the delay.', 'en'), 'costs');
    expect(a?.source.text).toBe('The mayor');
  });

  it('"quoted" with no "as" after it is no cue', () => {
    const claims = claimsOf('The pastor quoted a poem at the funeral.', 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
  });

  it('"quoted him as saying, Reuters reported": the pronoun speaks (resolved), the chain runs outer outlet → outlet → speaker', () => {
    const claims = claimsOf('Senator Ilse Varga rejected the count. “We will not accept it,” the Valdor television network quoted her as saying, the Nordic Wire reported.', 'en');
    const a = attributionAt(claims, 'accept it');
    expect(a?.source.text).toBe('Senator Ilse Varga');
    expect(a?.chain?.map((l) => l.text)).toEqual(['the Nordic Wire', 'the Valdor television network', 'Senator Ilse Varga']);
  });
});
