import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { EntityIndex } from '../../../src/core/entities/index.ts';
import { isDictionaryWord, isGluedFunctionWord, isNumberWord, patternForms } from '../../../src/core/entities/recurring.ts';
import { buildArticle } from '../align/build.ts';

// Invented names throughout ("فارانيا", "زرداني", "قرداش"): found because no dictionary knows them.
const names = (index: EntityIndex): string[] => index.entities.flatMap((e) => [e.name, ...e.aliases]);

describe('isDictionaryWord: forms of Arabic words', () => {
  it('knows inflected, cliticised and conjugated forms of dictionary words', () => {
    for (const w of ['الحكومات', 'وأعلن', 'بنجاح', 'شنتها', 'يستهدف']) expect(isDictionaryWord(w.replace(/أ/gu, 'ا'), 'ar')).toBe(true);
  });
  it('does not know invented names', () => {
    for (const w of ['فارانيا', 'زرداني', 'قرداش']) expect(isDictionaryWord(w, 'ar')).toBe(false);
  });
});

describe('isDictionaryWord: broken plurals, verbal nouns, adverbial participles, assimilated verbs', () => {
  it('takes a broken plural or a verbal noun back to the pattern the dictionary keys', () => {
    expect(patternForms('صناديق', [['CCاCيC', 'CCCوC']])).toEqual(['صندوق']);
    expect(patternForms('حواجز', [['CواCC', 'CاCC']])).toEqual(['حاجز']);
    expect(patternForms('حاجز', [['CواCC', 'CاCC']])).toEqual([]);
  });
  it('knows them as words of the language', () => {
    // folded as tokens are: ؤ → و
    for (const w of ['حواجز', 'صناديق', 'الشوارع', 'موكدا', 'يجب', 'وتسهيل']) expect(isDictionaryWord(w, 'ar')).toBe(true);
  });
  it('still does not know foreign names ending like an accusative or a verb', () => {
    for (const w of ['ايفانا', 'فلادكوفا', 'زرداني']) expect(isDictionaryWord(w, 'ar')).toBe(false);
  });
});

describe('isNumberWord: figures are no names', () => {
  it('knows number and scale words with the article or the accusative ending', () => {
    for (const w of ['الفا', 'الاف', 'الميه', 'مليارات']) expect(isNumberWord(w, 'ar')).toBe(true);
  });
  it('does not take other words for numbers', () => {
    for (const w of ['زرداني', 'الحكومه']) expect(isNumberWord(w, 'ar')).toBe(false);
  });
  it('knows ordinals, with the article, as the day of a date: no name of its own', () => {
    for (const w of ['الخامس', 'الثالثه', 'العاشر']) expect(isNumberWord(w, 'ar')).toBe(true);
    const index = resolveEntities([
      buildArticle('a', 'وقال زرداني إن الحسم سيكون في السابع من مارس.', 'ar'),
      buildArticle('b', 'وأكد زرداني أن التصويت سيجري في السابع من مارس.', 'ar'),
    ]);
    expect(names(index)).toContain('زرداني');
    expect(names(index)).not.toContain('السابع');
  });
});

describe('resolveEntities: repeated common words are no names', () => {
  const index = resolveEntities([
    buildArticle('a', 'نزح و74 ألفا من البلدة وأقام السكان حواجز في الطرق، مؤكدا أن السلطات لم ترسل صناديق المساعدات بكل الطرق.', 'ar'),
    buildArticle('b', 'قالت الأمم المتحدة إن 30 ألفا نزحوا وإن حواجز أقيمت، مؤكدا ناطق أن صناديق الإغاثة وصلت بكل صعوبة.', 'ar'),
  ]);
  it('finds no actor in a number, a broken plural, a participle or a glued function word', () => {
    for (const w of ['ألفا', 'حواجز', 'مؤكدا', 'صناديق', 'بكل']) expect(names(index)).not.toContain(w);
  });
});

describe('function words with clitics and words with the indefinite ending are no names', () => {
  it('knows a function word behind a glued preposition or before a pronoun ending', () => {
    for (const w of ['بكل', 'ضده']) expect(isGluedFunctionWord(w, 'ar')).toBe(true);
    expect(isGluedFunctionWord('زرداني', 'ar')).toBe(false);
  });
  it('finds no actor in a word one article writes with tanween', () => {
    const index = resolveEntities([
      buildArticle('a', 'طلب الوفد مزيدٍ من الوقت وصدر حكم ضده أمس.', 'ar'),
      buildArticle('b', 'قالت اللجنة إنها تحتاج مزيد من الأدلة وإن الحكم ضده نهائي.', 'ar'),
    ]);
    for (const w of ['مزيد', 'مزيدٍ', 'ضده']) expect(names(index)).not.toContain(w);
  });
});

describe('resolveEntities: Arabic names no title introduces', () => {
  const index = resolveEntities([
    buildArticle('a', 'هاجمت فارانيا مواقع على الحدود. وقالت وسائل إعلام إن فارانيا حشدت قواتها. والتقى سامر زرداني الوفد.', 'ar'),
    buildArticle('b', 'نفت فارانيا أي هجوم على الحدود. وأكد سامر زرداني أن الوفد وصل. وانتقد زرداني الهجوم.', 'ar'),
    buildArticle('c', 'قالت جماعة قرداش إن مقاتليها صدوا الهجوم. وأعلنت الحكومة أن القرداشيين انسحبوا.', 'ar'),
    buildArticle('d', 'ذكرت جماعة قرداش أن الهجوم فشل. وقال مسؤول إن القرداشيين يسيطرون على التلال.', 'ar'),
  ]);

  it('finds a word repeated across articles that no dictionary knows', () => {
    expect(names(index)).toContain('فارانيا');
  });

  it('takes a word repeated before it in two articles for a first name', () => {
    const person = index.entities.find((e) => [e.name, ...e.aliases].includes('سامر زرداني'));
    expect(person?.kind).toBe('person');
    expect(person?.aliases).toContain('زرداني');
  });

  it('joins the plural of a group to the organisation named by it', () => {
    const group = index.entities.find((e) => [e.name, ...e.aliases].includes('جماعة قرداش'));
    expect(group?.mentions.map((m) => m.text)).toContain('القرداشيين');
  });

  it('takes no common word for a name', () => {
    for (const w of ['الحدود', 'الهجوم', 'الوفد']) expect(names(index)).not.toContain(w);
  });
});

describe('names that end in a function word ("… الله")', () => {
  const index = resolveEntities([
    buildArticle('a', 'قالت جماعة جند الله إن مقاتليها صدوا الهجوم. وأكد أنصار الله الجدد أنهم باقون.', 'ar'),
    buildArticle('b', 'ونفت جماعة جند الله أي هجوم على التلال. وقال أنصار الله الجدد إنهم باقون.', 'ar'),
  ]);

  it('runs an organisation’s name through it', () => {
    expect(names(index)).toContain('جماعة جند الله');
  });

  it('takes a pair repeated across articles for a name', () => {
    expect(names(index)).toContain('أنصار الله');
  });
});

describe('adjectives with the feminine ending are no names', () => {
  it('takes no "noun + adjective" pair for a person', () => {
    const index = resolveEntities([
      buildArticle('a', 'دارت معارك شرساوية في الشمال. وقالت مصادر إن معارك شرساوية تجددت.', 'ar'),
      buildArticle('b', 'واستمرت معارك شرساوية طوال الليل في الشمال.', 'ar'),
    ]);
    expect(index.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('two names joined by the glued conjunction are a list, not a first name and a surname', () => {
  it('keeps «X وY» apart where the case writes it in several articles', async () => {
    const { findActors } = await import('../../../src/core/actors/index.ts');
    const { buildArticle } = await import('../align/build.ts');
    const actors = findActors([
      buildArticle('x', 'قال المسؤولون إن الأضرار كبيرة في دورسان وأكيلمار.', 'ar'),
      buildArticle('y', 'وسجلت هزات ارتدادية في دورسان وأكيلمار.', 'ar'),
      buildArticle('z', 'ونزحت الأسر من دورسان وأكيلمار إلى المخيمات.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).not.toContain('دورسان وأكيلمار');
  });
});
