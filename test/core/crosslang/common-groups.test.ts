import { resolveEntities } from '../../../src/core/entities/index.ts';
import { groupWordsFor } from '../../../src/core/crosslang/bridge.ts';
import { buildArticle } from '../align/build.ts';

// Invented stories: a group both languages name by a common noun only.
const namesOf = (index: ReturnType<typeof resolveEntities>) => index.entities.map((e) => [e.name, ...e.aliases]);

describe('groupWordsFor', () => {
  it('gives the group senses of a noun, through its article and plural ending', () => {
    expect(groupWordsFor('المتظاهرين')).toContain('protester');
    expect(groupWordsFor('الجيش')).toContain('army');
  });

  it('gives nothing for a noun of no group or person sense', () => {
    expect(groupWordsFor('الميزانيه')).toEqual([]);
  });

  it('leaves out a word of the group sense whose uses are mostly another sense ("law" beside police)', () => {
    expect(groupWordsFor('الشرطه')).toContain('police');
    expect(groupWordsFor('الشرطه')).not.toContain('law');
    expect(groupWordsFor('الامن')).not.toContain('law');
  });

  it('leaves out a group sense Arabic WordNet gives only the word with its article, one sense of many', () => {
    // «الأمن» is in the police synset, «أمن» is security and safety; «الشارع» lawgiver, «شارع» street.
    expect(groupWordsFor('الامن')).toEqual([]);
    expect(groupWordsFor('الشارع')).toEqual([]);
    // The article form whose bare word has the group sense keeps it.
    expect(groupWordsFor('الحكومه')).toContain('government');
  });
});

describe('addCommonGroups: a group sense of the article form only', () => {
  it('does not join English "police" with «الأمن» (security)', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The police arrested 40 students near the harbour on 3 May. The police said the students were freed on 4 May.', 'en'),
      buildArticle('ar1', 'وقال مسؤول إن الأمن في الميناء تحسن بعد اعتقال 40 طالبا يوم 3 مايو. وأضاف أن الأمن عاد إلى المدينة يوم 4 مايو.', 'ar'),
    ]);
    expect(namesOf(index).filter((n) => n.includes('police') && n.some((x) => /الامن|الأمن/u.test(x)))).toEqual([]);
  });
});

describe('addCommonGroups: a noun of another sense', () => {
  it('does not join English "law" (rules) with «الشرطة» / «الأمن»', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The new law bans marches near the harbour, the council said on 3 May. Critics said the laws would be used against 40 students.', 'en'),
      buildArticle('ar1', 'وقالت الشرطة إن 40 طالبا اعتقلوا يوم 3 مايو قرب الميناء. وأكد الأمن أن القانون يمنع المسيرات.', 'ar'),
    ]);
    expect(namesOf(index).filter((n) => n.includes('law') || n.includes('laws'))).toEqual([]);
  });
});

describe('addCommonGroups (through resolveEntities)', () => {
  it('makes one actor of a group both languages name by a common noun near the same figures', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The opposition rejected the budget of 40 billion on Monday. The opposition called for a vote on 3 June.', 'en'),
      buildArticle('en2', 'Leaders said the opposition would boycott the session on 3 June.', 'en'),
      buildArticle('ar1', 'رفضت المعارضة الميزانية البالغة 40 مليارا يوم الاثنين، ودعت المعارضة إلى تصويت يوم 3 يونيو.', 'ar'),
    ]);
    const group = namesOf(index).find((names) => names.some((n) => /opposition/iu.test(n)));
    expect(group).toBeDefined();
    expect(group!.some((n) => n.includes('المعارضة'))).toBe(true);
  });

  it('makes no actor of a group noun one language names once and the other far more often', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The police closed the road on 3 June. The police said the police would stay. The police gave no figures. The police left on 4 June.', 'en'),
      buildArticle('en2', 'The police said the police had made no arrests. The police and the police chief met on 3 June.', 'en'),
      buildArticle('ar1', 'أغلقت الشرطة الطريق يوم 3 يونيو.\n\nوقال شهود إن الطريق فتح يوم 4 يونيو. ولم تذكر السلطات أي أرقام عن المحتجين أو عن الطريق.', 'ar'),
      buildArticle('ar2', 'فتح الطريق يوم 4 يونيو بعد إغلاقه يومين.', 'ar'),
      buildArticle('ar3', 'قال السكان إن الطريق أغلق يوم 3 يونيو.', 'ar'),
    ]);
    expect(namesOf(index).some((names) => names.includes('الشرطة') && names.some((n) => /police/iu.test(n)))).toBe(false);
  });

  it('makes one actor of a definite group noun one Arabic article names once, near the same figures', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Thousands of protesters marched on 9 March. Police said the protesters numbered 12,000.', 'en'),
      buildArticle('en2', 'The protesters left the square on 10 March.', 'en'),
      buildArticle('ar1', 'قالت الشرطة إن عدد المتظاهرين بلغ 12 ألفا يوم 9 مارس.', 'ar'),
      buildArticle('ar2', 'انتهت المسيرة يوم 10 مارس.', 'ar'),
    ]);
    const group = namesOf(index).find((names) => names.some((n) => /protesters/iu.test(n)));
    expect(group).toBeDefined();
    expect(group!).toContain('المتظاهرين');
  });

  it('makes no actor of an indefinite noun one Arabic article names once', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Thousands of protesters marched on 9 March. Police said the protesters numbered 12,000.', 'en'),
      buildArticle('en2', 'The protesters left the square on 10 March.', 'en'),
      buildArticle('ar1', 'قالت الشرطة إن آلاف متظاهرين ساروا يوم 9 مارس وبلغ العدد 12 ألفا.', 'ar'),
      buildArticle('ar2', 'انتهت المسيرة يوم 10 مارس.', 'ar'),
    ]);
    expect(namesOf(index).some((names) => names.some((n) => /protesters/iu.test(n)) && names.some((n) => n.includes('متظاهرين')))).toBe(false);
  });

  it('gives the group another definite form whose English words are all its own', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The legislators voted on 20 May. The legislators passed the law with 150 votes.', 'en'),
      buildArticle('en2', 'The legislators met again on 21 May.', 'en'),
      buildArticle('ar1', 'قدمت الحكومة القانون للمشرعين يوم 20 مايو فأقروه بأغلبية 150 صوتا.', 'ar'),
      buildArticle('ar2', 'وقال المشرعون إن القانون سيطبق قريبا.', 'ar'),
    ]);
    const group = namesOf(index).find((names) => names.some((n) => /legislators/iu.test(n)));
    expect(group).toBeDefined();
    expect(group!).toEqual(expect.arrayContaining(['المشرعون', 'للمشرعين']));
  });
});

describe('entity nouns handed to the one entity of their kind', () => {
  // The text each mention of an entity covers, by article.
  const mentionTexts = (index: ReturnType<typeof resolveEntities>, articles: Record<string, string>, name: RegExp): string[] => {
    const entity = index.entities.find((e) => name.test(e.name) || e.aliases.some((a) => name.test(a)));
    return (entity?.mentions ?? []).map((m) => articles[m.articleId]!.slice(m.start, m.end));
  };

  it('makes "the country" and «البلد» mentions of the one country a mixed case names', () => {
    const articles = {
      en1: 'Portugal raised fuel taxes by 8 percent on 2 May. The country expects a deficit, and the small country will borrow.',
      en2: 'Portugal said the country would cut spending on 2 May. A country in crisis must act, officials said.',
      ar1: 'رفعت البرتغال الضرائب على الوقود بنسبة 8 في المئة يوم 2 مايو، وقال وزير إن البلد يواجه عجزا.',
    };
    const index = resolveEntities(Object.entries(articles).map(([id, text]) => buildArticle(id, text, id.startsWith('ar') ? 'ar' : 'en')));
    const texts = mentionTexts(index, articles, /^portugal$/iu);
    expect(texts.filter((t) => /^country$/iu.test(t))).toHaveLength(3);
    expect(texts).toContain('البلد');
    // No actor of its own for the noun.
    expect(namesOf(index).some((names) => names.every((n) => /country|البلد/iu.test(n)))).toBe(false);
  });

  it('hands the noun to no country where the case names two', () => {
    const articles = {
      en1: 'Portugal and Chile signed a trade deal on 2 May. The country expects more exports.',
      en2: 'Chile said the country would ship copper to Portugal from 2 May.',
      ar1: 'وقعت البرتغال وشيلي اتفاقا تجاريا يوم 2 مايو، وقال وزير إن البلد يتوقع صادرات أكبر.',
    };
    const index = resolveEntities(Object.entries(articles).map(([id, text]) => buildArticle(id, text, id.startsWith('ar') ? 'ar' : 'en')));
    const all = index.entities.flatMap((e) => e.mentions.map((m) => articles[m.articleId as keyof typeof articles].slice(m.start, m.end)));
    expect(all.some((t) => /^country$/iu.test(t) || t === 'البلد')).toBe(false);
  });
});

describe('a noun in construct names part of another group, no group of its own', () => {
  it('«أعضاء الوفد», «قيادات الحركة» make no actor with "members", "leadership"', () => {
    const index = resolveEntities([
      buildArticle('ar1', 'قال مسؤول إن أعضاء الوفد نجوا من الهجوم يوم 9 سبتمبر، وإن قيادات الحركة بخير.', 'ar'),
      buildArticle('ar2', 'وأكد المصدر يوم 9 سبتمبر أن أعضاء الوفد بخير وأن قيادات الحركة لم تصب.', 'ar'),
      buildArticle('en1', "Officials said on 9 September that the group's senior leadership and members of the delegation survived.", 'en'),
      buildArticle('en2', 'The top leadership survived on 9 September, and members of the delegation were unhurt.', 'en'),
    ]);
    expect(namesOf(index).some((names) => names.some((n) => /^(members|leadership)$/iu.test(n)))).toBe(false);
  });

  it('the group named by itself («المتظاهرين» after a verb) still joins its English noun', () => {
    const index = resolveEntities([
      buildArticle('ar1', 'أغلق المتظاهرون الطريق يوم 9 سبتمبر، وقال المتظاهرون إنهم سيبقون.', 'ar'),
      buildArticle('en1', 'Protesters blocked the road on 9 September. The protesters said they would stay.', 'en'),
    ]);
    expect(namesOf(index).some((names) => names.some((n) => /protesters/iu.test(n)) && names.some((n) => n.includes('المتظاهر')))).toBe(true);
  });
});
