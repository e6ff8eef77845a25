/**
 * An outlet relaying a cited speaker in an aside: "X, citing Y, said …", "Citing Y, X said …", «وقالت X، نقلا
 * عن Y، إن …». The cited speaker is the source, the relaying outlet the via (issue 9, who relays whom).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWordings } from './helpers.ts';

const en = (text: string) => claimWordings(text, 'en');
const ar = (text: string) => claimWordings(text, 'ar');
const chainOf = (text: string, lang: 'ar' | 'en') => claimsOf(text, lang).map((c) => c.attribution?.chain?.map((l) => l.text) ?? null);

describe('"X, citing/quoting Y, said …": Y speaks, X relays', () => {
  it('citing an anonymous source', () => {
    const got = en('Axios, citing two officials, said the deal was close.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('two officials');
    expect(got[0]!.via).toBe('Axios');
    expect(got[0]!.cue).toBe('said');
  });

  it('quoting a named speaker, with a that-clause', () => {
    const got = en('Reuters, quoting a senior diplomat, reported that talks would resume.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('a senior diplomat');
    expect(got[0]!.via).toBe('Reuters');
    expect(got[0]!.cue).toBe('reported');
  });

  it('the relaying subject is read here, not carried from the sentence before', () => {
    const got = en('The bank cut rates, Reuters reported. The channel, citing sources close to the army, said the general had resigned.');
    expect(got[1]!.source).toBe('sources close to the army');
    expect(got[1]!.via).toBe('The channel');
  });

  it('the relayed cue right after the aside\'s comma, with no "that" after it', () => {
    const got = en('The channel, citing two officials, reported heavy fighting near the border.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('two officials');
    expect(got[0]!.via).toBe('The channel');
    expect(got[0]!.cue).toBe('reported');
  });

  it('an opening "Citing Y," before the relaying subject and its cue is one claim', () => {
    const got = en('Citing a government source, the agency said the vote was delayed.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('a government source');
    expect(got[0]!.via).toBe('the agency');
  });

  it('citing a reason, not a speaker, relays nobody: the subject speaks', () => {
    const got = en('The minister postponed the visit, citing security concerns.');
    expect(got[0]!.source).toBe('The minister');
    expect(got[0]!.via).toBeNull();
  });
});

describe('«وقالت X، نقلا عن Y، إن …»: relaying words after a verb-first subject', () => {
  it('set off by commas, Y speaks and X relays, whatever the verb\'s gender', () => {
    const got = ar('وقالت القناة، نقلا عن مسؤولين، إن الجنرال استقال.');
    expect(got[0]!.source).toBe('مسؤولين');
    expect(got[0]!.via).toBe('القناة');
  });

  it('with no commas, the source no longer holds the relaying words', () => {
    const got = ar('وذكرت الوكالة نقلا عن مصدر أمني أن المحادثات ستستأنف.');
    expect(got[0]!.source).toBe('مصدر أمني');
    expect(got[0]!.via).toBe('الوكالة');
  });
});

describe('a bare outlet noun in a relay chain refers back only to an outlet of its kind', () => {
  it('"the newspaper" after an agency is no agency: the chain names the newspaper', () => {
    const text = 'وقالت الوكالة نقلا عن مسؤولين إن المحادثات ستستأنف. ونقلت الصحيفة عن مصدر مطلع أن الاتفاق قريب.';
    expect(chainOf(text, 'ar')[1]).toEqual(['الصحيفة', 'مصدر مطلع']);
  });

  it('"the agency" after an agency is that agency', () => {
    const text = 'Reuters, citing two officials, said the deal was close. The agency, quoting a diplomat, said talks would resume.';
    expect(chainOf(text, 'en')[1]).toEqual(['Reuters', 'a diplomat']);
  });
});
