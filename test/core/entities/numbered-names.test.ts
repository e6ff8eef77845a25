import { resolveCase } from '../../../src/core/entities/resolve.ts';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented summits and fairs: an acronym with an edition's number, a transliterated name with a year.
const keysOf = (text: string, lang: 'ar' | 'en'): string[] => resolveCase([buildArticle('a1', text, lang)]).texts[0]!.tokens.map((t) => t.key);

describe('numbered names: the number is part of the name', () => {
  it('glues an acronym and its number, spaced, hyphenated or glued, into one key', () => {
    expect(keysOf('Delegates met at ZAMCO 14 on Monday. ZAMCO-14 ended late.', 'en')).toEqual(expect.arrayContaining(['zamco14']));
    expect(keysOf('Delegates met at ZAMCO 14 on Monday. ZAMCO-14 ended late.', 'en')).not.toContain('zamco');
  });

  it('leaves a date, a count and a capitalised common word apart', () => {
    expect(keysOf('The ZAMCO 12 October meeting opened. Talks lasted 12 days, said Article 5 of the text.', 'en')).not.toContain('zamco12');
    expect(keysOf('The ZAMCO 12 October meeting opened. Talks lasted 12 days, said Article 5 of the text.', 'en')).not.toContain('article5');
    // «الملياردير 427 يوما»: a definite word before a number counts it.
    expect(keysOf('استمرت محاكمة الملياردير 427 يوما في المدينة.', 'ar')).toContain('427');
  });

  it('makes the spaced and glued writings one actor in both scripts', () => {
    const actors = findActors([
      buildArticle('en1', 'Delegates met at ZAMCO 14 in the capital, the minister said. ZAMCO 14 ended late, he said.', 'en'),
      buildArticle('en2', 'At ZAMCO14 the talks ran late. ZAMCO14 was hard, she said.', 'en'),
      buildArticle('ar1', 'وقال الوزير إن مؤتمر زامكو 14 نجح. وأضاف أن زامكو 14 شهد مفاوضات صعبة.', 'ar'),
      buildArticle('ar2', 'وقالت الوزيرة إن زامكو14 نجح. وأضافت أن زامكو14 شهد مفاوضات صعبة.', 'ar'),
    ]);
    const summit = actors.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => /zamco|زامكو/iu.test(n)));
    expect(summit).toHaveLength(1);
    expect([summit[0]!.name, ...summit[0]!.aliases!]).toEqual(expect.arrayContaining(['ZAMCO 14', 'ZAMCO14', 'زامكو 14', 'زامكو14']));
  });

  it('takes an Arabic dictionary word with a number as a name when the other script writes that name', () => {
    // «كاس» is a word (a cup); "KAS31" in the English article says «كاس 31» is its transliteration.
    const keys = resolveCase([buildArticle('en1', 'The KAS31 summit opened on Monday.', 'en'), buildArticle('ar1', 'افتتحت قمة كاس 31 يوم الاثنين.', 'ar')]).texts[1]!.tokens.map((t) => t.key);
    expect(keys).toContain('كاس31');
    expect(keysOf('افتتحت قمة كاس 31 يوم الاثنين.', 'ar')).not.toContain('كاس31');
  });
});
