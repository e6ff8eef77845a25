import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { commonOrigin } from '../../../src/core/attribute/relay.ts';
import { claimsOf } from './helpers.ts';

describe('relay chains: who relays whom', () => {
  it('Arabic: "الصحيفة" relaying a source is the outlet named before', () => {
    const text = 'ذكرت صحيفة «المساء» أن الميناء سيغلق أبوابه. ونقلت الصحيفة عن مسؤول في الميناء أن الإصلاحات ستستغرق شهرا.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.chain).toEqual([{ text: 'صحيفة «المساء»', kind: 'media' }]);
    expect(claims[1]!.attribution?.chain).toEqual([
      { text: 'صحيفة «المساء»', kind: 'media' },
      { text: 'مسؤول في الميناء', kind: 'anonymous' },
    ]);
  });

  it('English: "told the newspaper" after a named paper, and "he added" keeps the chain', () => {
    const text = 'The Harbor Gazette reported that the port would close. A port official told the newspaper that repairs would take a month. He added that ships would wait offshore.';
    const claims = claimsOf(text, 'en');
    const chain = [
      { text: 'The Harbor Gazette', kind: 'media' },
      { text: 'A port official', kind: 'anonymous' },
    ];
    expect(claims[1]!.attribution?.chain).toEqual(chain);
    expect(claims[2]!.attribution?.chain).toEqual(chain);
  });

  it('speaking to reporters or in a statement is no relay', () => {
    const claims = claimsOf('The mayor told reporters that the bridge was safe. The ministry said in a statement that it would help.', 'en');
    expect(claims.map((c) => c.attribution?.chain)).toEqual([undefined, undefined]);
    const ar = claimsOf('وقال الوزير في بيان إن الجسر آمن.', 'ar');
    expect(ar[0]!.attribution?.chain).toBeUndefined();
  });

  it('a relayed outlet that is an article of the case links to that article; an outlet naming itself relays nobody', () => {
    const analysis = analyzeCase(
      [
        { id: 'a', raw: 'ونقلت صحيفة «المساء» عن مصادر أمنية أن الميناء سيغلق.', outlet: 'Evening Post (المساء)', language: 'ar' },
        { id: 'b', raw: 'قالت مصادر أمنية لـ«المساء» إن الميناء سيغلق غدا.', outlet: 'Morning Star (النجم)', language: 'ar' },
      ],
      { claimsOnly: true },
    );
    const [a, b] = analysis.articles;
    // An outlet naming itself ("قالت مصادر لـ«المساء»" in «المساء») relays nobody.
    expect(a!.claims[0]!.attribution?.chain).toBeUndefined();
    expect(b!.claims[0]!.attribution?.chain?.[0]).toEqual({ text: 'المساء', kind: 'media', articleId: 'a' });
  });
});

describe('common origin of a row', () => {
  const relaying = (text: string, articleId?: string) => ({
    attribution: { chain: [{ text, kind: 'media', ...(articleId ? { articleId } : {}) }, { text: 'مسؤول', kind: 'anonymous' }] },
  });
  it('claims relaying one agency, however worded, share it; a claim in the outlet’s voice breaks it', () => {
    expect(commonOrigin([relaying('وكالة «رويترز»'), relaying('رويترز')])?.text).toBe('وكالة «رويترز»');
    expect(commonOrigin([relaying('Reuters'), relaying('the Reuters news agency')])?.key).toBe('reuters');
    expect(commonOrigin([relaying('Reuters'), { attribution: null }])).toBeNull();
    expect(commonOrigin([relaying('Reuters'), relaying('AFP')])).toBeNull();
    expect(commonOrigin([relaying('Reuters')])).toBeNull();
  });
  it('an outlet of the case is one origin by its article', () => {
    expect(commonOrigin([relaying('صحيفة «المساء»', 'b'), relaying('المساء', 'b')])).toMatchObject({ articleId: 'b' });
  });
});
