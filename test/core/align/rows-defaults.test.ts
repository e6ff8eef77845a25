import { alignClaims } from '../../../src/core/align/index.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { buildVectors } from '../../../src/core/align/vectors.ts';
import { buildArticle } from './build.ts';

// Stories and outlets made up for these tests.

describe('a sentence of two propositions (an embedded report)', () => {
  // Each proposition alone is told by another outlet; the sentence meets either, and a claim stands in one row.
  const cases = {
    en: [
      'Rebels seized the town of Kessa on Monday, after the ministry announced a new loan of eight billion dollars.',
      'Rebels seized the town of Kessa on Monday.',
      'The ministry announced a new loan of eight billion dollars.',
    ],
    ar: [
      'سيطر المتمردون على بلدة كيسا يوم الاثنين، بعد أن أعلنت الوزارة عن قرض جديد بقيمة ثمانية مليارات دولار.',
      'سيطر المتمردون على بلدة كيسا يوم الاثنين.',
      'أعلنت الوزارة عن قرض جديد بقيمة ثمانية مليارات دولار.',
    ],
  } as const;
  for (const [lang, [both, event, report]] of Object.entries(cases)) {
    it(`meets the outlet that tells either one (${lang})`, () => {
      const a = buildArticle('a', both, lang as 'en' | 'ar');
      expect(alignClaims([a, buildArticle('b', event, lang as 'en' | 'ar')]).map((r) => r.claimIds)).toEqual([['a:c1', 'b:c1']]);
      expect(alignClaims([a, buildArticle('c', report, lang as 'en' | 'ar')]).map((r) => r.claimIds)).toEqual([['a:c1', 'c:c1']]);
      const all = alignClaims([a, buildArticle('b', event, lang as 'en' | 'ar'), buildArticle('c', report, lang as 'en' | 'ar')]);
      expect(all.filter((r) => r.claimIds.includes('a:c1'))).toHaveLength(1);
    });
  }
});

describe('the words of the story every outlet tells', () => {
  // Every sentence names the strikes and the country: the one event all outlets tell must still meet
  // across outlets, and the sentences on other matters must not.
  const lines = (port: string, verb: string, extra: string[]) => [`${verb} strikes on Varnia's port of ${port} on Friday.`, ...extra].join(' ');
  const a = buildArticle('a', lines('Dessel', 'Two navies launched', ['The strikes on Varnia drew protests in the capital.', 'Varnia said the strikes killed five fishermen.']));
  const b = buildArticle('b', lines('Dessel', 'Two navies carried out', ['Oil prices rose after the strikes on Varnia.', 'The strikes on Varnia were the first in a decade.']));

  it('keep weight beside a rare word (plain IDF, not IDF to a power above 1)', () => {
    // "strike" is in 8 of 10 claims, "dessel" in 2: IDF 0.81 vs 1.79.
    const claims = [['strike', 'dessel'], ['strike', 'dessel'], ...Array.from({ length: 6 }, (_, k) => ['strike', `w${k}`]), ['x', 'y'], ['x', 'z']];
    const space = buildVectors(claims);
    // Claim 0 holds term ids 0 ("strike") and 1 ("dessel"), stored in ascending order.
    const weightOf = (term: string): number => space.weights[space.offsets[0]! + space.vocabulary.get(term)!]!;
    expect(weightOf('strike') / weightOf('dessel')).toBeGreaterThan(0.4);
  });

  it('joins the claims that tell it with different verbs', () => {
    const rows = alignClaims([a, b]).map((r) => r.claimIds);
    expect(rows).toContainEqual(['a:c1', 'b:c1']);
    expect(rows.flat()).not.toContain('a:c2');
  });
});

describe('figures with a glued conjunction or preposition', () => {
  it('match the figure written apart (Arabic)', () => {
    const terms = contentTerms('فاز التحالف بـ74 مقعدا ولـ2025 خطة', 'ar');
    expect(terms.filter((t) => t.numeric).map((t) => t.stem)).toEqual(['74', '2025']);
    expect(contentTerms('فاز التحالف بـ74 مقعدا', 'ar').map((t) => t.stem)).toEqual(contentTerms('فاز التحالف 74 مقعدا', 'ar').map((t) => t.stem));
  });
});
