/** Common words a case repeats are no names: duals in construct, verbal nouns of derived verbs, adjectives of indefinite phrases (invented sentences). */
import { findActors } from '../../../src/core/actors/index.ts';
import { isDictionaryWord } from '../../../src/core/entities/recurring.ts';
import { buildArticle } from '../align/build.ts';

describe('dictionary forms of Arabic words the lemmas miss', () => {
  it('a dual in construct is its noun («منطقتي» → «منطقة»)', () => {
    expect(isDictionaryWord('منطقتي', 'ar')).toBe(true);
  });
  it('verbal nouns of derived verbs are their verbs («استهداف» → «استهدف»)', () => {
    expect(isDictionaryWord('استهداف', 'ar')).toBe(true);
  });
  it('a foreign name stays a name', () => {
    expect(isDictionaryWord('دوريم', 'ar')).toBe(false);
  });
});

describe('no actor is made of them', () => {
  it('«منطقتي», «محاكاة استهداف» and «رفيع» (after a word with tanween) are no actors', () => {
    const names = findActors([
      buildArticle('a', 'وأرسلت العاصمة وفدًا عسكريًا رفيع المستوى إلى منطقتي كارسا ودوريم، من بينها محاكاة استهداف المقر.', 'ar'),
      buildArticle('b', 'وزار وفدٌ أمنياً رفيع المستوى منطقتي كارسا ودوريم، وأجرى محاكاة استهداف المواقع.', 'ar'),
      buildArticle('c', 'وقالت مصادر إن منطقتي كارسا ودوريم هادئتان بعد محاكاة استهداف جديدة.', 'ar'),
    ]).map((a) => a.name);
    expect(names.some((n) => /منطقتي|استهداف|رفيع/u.test(n))).toBe(false);
  });
});

describe('organisation names end where a label or a complement begins', () => {
  const actors = findActors([
    buildArticle('a', 'وقال مصدر إن ميليشيات كارسا هاجمت الميناء. وأعلنت قيادة القوات الفالمارية العاملة في الجنوب حالة التأهب.', 'ar'),
    buildArticle('b', 'وتقدمت ميليشيات كارسا نحو الميناء. وقالت القوات الفالمارية العاملة في المنطقة إنها صدت الهجوم.', 'ar'),
  ]);
  const names = actors.map((a) => a.name);
  it('a marked head noun and a name («ميليشيات كارسا») are no organisation of their own', () => {
    expect(names).not.toContain('ميليشيات كارسا');
  });
  it('an active participle with a complement («العاملة في …») is no word of the name', () => {
    expect(names).toContain('القوات الفالمارية');
    expect(names.some((n) => n.includes('العاملة'))).toBe(false);
  });
});

describe('common words in a name’s places (invented sentences)', () => {
  const namesOf = (articles: ReturnType<typeof buildArticle>[]): string[] => findActors(articles).flatMap((a) => [a.name, ...(a.aliases ?? [])]);

  it('the passive of a hollow verb of the fourth form is a dictionary word («وأُصيب» → «أصاب»)', () => {
    expect(isDictionaryWord('واصيب', 'ar')).toBe(true);
    expect(isDictionaryWord('اعيد', 'ar')).toBe(true);
  });

  it('an adjective once after a place head is no place («آخر مدينة كبيرة»), a place written so twice is', () => {
    const names = namesOf([
      buildArticle('a', 'سقطت مدينة دالوم، آخر مدينة كبيرة بيد الحكومة، وسط خسائر كبيرة. وقالت مصادر إن مدينة الواحة هادئة.', 'ar'),
      buildArticle('b', 'أعلن المتمردون السيطرة على دالوم بعد معارك أوقعت خسائر كبيرة، فيما بقيت مدينة الواحة بعيدة عن القتال.', 'ar'),
    ]);
    expect(names.some((n) => n.includes('كبيرة'))).toBe(false);
    expect(names.some((n) => n.includes('الواحة'))).toBe(true);
  });

  it('a capitalised word after a dateline\'s colon opens a sentence («CITY: Part of …»), no name', () => {
    const names = namesOf([
      buildArticle('a', 'VELMORA: Part of the assembly building burned on Tuesday as Doran Velik left the city.', 'en'),
      buildArticle('b', 'VELMORA: Part of the old market was closed, and Doran Velik called for calm.', 'en'),
    ]);
    expect(names).toContain('Doran Velik');
    expect(names.some((n) => /^part$/iu.test(n))).toBe(false);
  });
});
