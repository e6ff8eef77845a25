import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented stories (Velmar, Ostrania): kinds of actors named by a common noun, a group noun before a
// kind, and nouns for one entity of a kind that are no group of their own.
type Actors = ReturnType<typeof findActors>;
const actorWith = (actors: Actors, alias: string) => actors.find((a) => a.name === alias || (a.aliases ?? []).includes(alias));
const labelsOf = (actors: Actors, alias: string, articleId: string): string[] =>
  (actorWith(actors, alias)?.labels ?? []).filter((l) => l.articleId === articleId).map((l) => l.text);

describe('a group noun before a kind is one actor with the kind as head', () => {
  it('English: "opposition parties" and "the main opposition" are one actor, each outlet\'s wording its label', () => {
    const actors = findActors([
      buildArticle('a', 'In Velmar, the opposition parties rejected the new decree on Monday. Shops stayed shut.', 'en'),
      buildArticle('b', 'The main opposition said the decree was illegal. Shops stayed shut in Velmar.', 'en'),
    ]);
    expect(labelsOf(actors, 'opposition parties', 'a')).toContain('opposition parties');
    expect(labelsOf(actors, 'opposition parties', 'b')).toContain('main opposition');
  });

  it('Arabic: «أحزاب المعارضة» and «المعارضة الرئيسية» are one actor', () => {
    const actors = findActors([
      buildArticle('a', 'رفضت أحزاب المعارضة في فالمار المرسوم الجديد يوم الاثنين. وأغلقت المتاجر.', 'ar'),
      buildArticle('b', 'وقالت المعارضة الرئيسية إن المرسوم غير قانوني. وأغلقت المتاجر في فالمار.', 'ar'),
    ]);
    const opposition = actorWith(actors, 'أحزاب المعارضة') ?? actorWith(actors, 'المعارضة');
    expect(opposition).toBeDefined();
    expect(opposition!.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['أحزاب المعارضة', 'المعارضة الرئيسية']));
  });
});

describe("whose government it is", () => {
  it('"President X\'s government" keeps the name as part of how the outlet calls the government', () => {
    const actors = findActors([
      buildArticle('a', "Protests grew against President Sam Velo's government in Velmar on Monday. Shops shut.", 'en'),
      buildArticle('b', 'In Velmar, the unpopular government of Sam Velo said it would stay. Shops shut.', 'en'),
    ]);
    expect(labelsOf(actors, 'government', 'a').some((l) => l.includes("Velo's government"))).toBe(true);
    expect(labelsOf(actors, 'government', 'b')).toContain('unpopular government');
  });
});

describe('rights groups are one kind', () => {
  it('«منظمات حقوق الإنسان الدولية» and «منظمات حقوقية محلية» are one actor', () => {
    const actors = findActors([
      buildArticle('a', 'نددت منظمات حقوق الإنسان الدولية باعتقال الصحفيين في فالمار يوم الاثنين.', 'ar'),
      buildArticle('b', 'وقالت منظمات حقوقية إن الاعتقالات في فالمار تعسفية.', 'ar'),
    ]);
    const groups = actorWith(actors, 'منظمات حقوق الإنسان') ?? actorWith(actors, 'منظمات حقوقية');
    expect(groups?.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['منظمات حقوق الإنسان الدولية']));
  });
});

describe('a kind read only where it is definite', () => {
  it('"strong opposition to the plan" and «معارضة القرار» name no actor', () => {
    const en = findActors([
      buildArticle('a', 'There was strong opposition to the plan in Velmar. Fierce opposition grew.', 'en'),
      buildArticle('b', 'Velmar saw wide opposition to the plan, and bitter opposition in the north.', 'en'),
    ]);
    expect(en.some((a) => /opposition/iu.test(a.name))).toBe(false);
    const ar = findActors([
      buildArticle('a', 'أبدى كثيرون معارضة القرار الجديد في فالمار يوم الاثنين.', 'ar'),
      buildArticle('b', 'تزايدت معارضة الخطة الجديدة في فالمار.', 'ar'),
    ]);
    expect(ar.some((a) => a.name.includes('معارضة'))).toBe(false);
  });
});

describe('new kinds of the language data', () => {
  it('voters two outlets describe differently are one actor, in English and in Arabic', () => {
    const en = findActors([
      buildArticle('a', 'In Velmar, the young voters stayed home on Sunday. Turnout fell.', 'en'),
      buildArticle('b', 'The angry electorate punished the ruling bloc in Velmar. Turnout fell.', 'en'),
    ]);
    expect(labelsOf(en, 'voters', 'a')).toContain('young voters');
    const ar = findActors([
      buildArticle('a', 'قاطع الناخبون الشباب الاقتراع في فالمار يوم الأحد.', 'ar'),
      buildArticle('b', 'عاقب المقترعين الحزب الحاكم في فالمار يوم الأحد.', 'ar'),
    ]);
    const voters = actorWith(ar, 'الناخبون') ?? actorWith(ar, 'المقترعين');
    expect(voters?.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['الناخبون', 'المقترعين']));
  });
});

describe('nouns for one entity of a kind are no group across scripts', () => {
  const namesOf = (index: ReturnType<typeof resolveEntities>) => index.entities.map((e) => [e.name, ...e.aliases]);

  it('"the country" / «البلد» near the same figures makes no actor of its own', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Ostrania raised taxes on 3 June. The country faces a debt of 40 billion, and the country must pay by 9 June.', 'en'),
      buildArticle('en2', 'Officials said the country would pay 40 billion by 9 June.', 'en'),
      buildArticle('ar1', 'رفعت أوسترانيا الضرائب يوم 3 يونيو. ويواجه البلد دينا قدره 40 مليارا، وعلى البلد السداد بحلول 9 يونيو.', 'ar'),
    ]);
    expect(namesOf(index).some((names) => names.includes('البلد') || names.includes('country'))).toBe(false);
  });

  it('a group noun of a people (the opposition) is still joined', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The opposition rejected the budget of 40 billion on Monday. The opposition called for a vote on 3 June.', 'en'),
      buildArticle('en2', 'Leaders said the opposition would boycott the session on 3 June.', 'en'),
      buildArticle('ar1', 'رفضت المعارضة الميزانية البالغة 40 مليارا يوم الاثنين، ودعت المعارضة إلى تصويت يوم 3 يونيو.', 'ar'),
    ]);
    expect(namesOf(index).some((names) => names.includes('المعارضة'))).toBe(true);
  });
});
