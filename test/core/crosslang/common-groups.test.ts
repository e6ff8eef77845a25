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
