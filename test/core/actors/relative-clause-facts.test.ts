/** Relative clauses that tell an act done to the actor or a count are no labels (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const labelTexts = (articles: Parameters<typeof findActors>[0]): string[] => findActors(articles).flatMap((a) => a.labels.map((l) => l.text));

describe('a relative clause that tells a count is no label', () => {
  it('English: ", which holds 40 of the 90 seats," is no label; ", which backs the rebels," still is', () => {
    const counted = labelTexts([
      buildArticle('a', 'The Velmar Union Party, which holds 40 of the 90 seats in the assembly, walked out.', 'en'),
      buildArticle('b', 'The Velmar Union Party rejected the budget on Monday.', 'en'),
    ]);
    expect(counted.some((t) => /holds|seats/u.test(t))).toBe(false);
    const described = labelTexts([
      buildArticle('a', 'The Velmar Union Party, which backs the striking miners, walked out.', 'en'),
      buildArticle('b', 'The Velmar Union Party rejected the budget on Monday.', 'en'),
    ]);
    expect(described.some((t) => /backs the striking miners/u.test(t))).toBe(true);
  });
  it('Arabic: «الذي يضم 40 نائبا» is no label', () => {
    const counted = labelTexts([
      buildArticle('x', 'انسحب حزب الاتحاد الفالماري الذي يضم 40 نائبا من الجلسة.', 'ar'),
      buildArticle('y', 'رفض حزب الاتحاد الفالماري الميزانية يوم الاثنين.', 'ar'),
    ]);
    expect(counted.some((t) => t.includes('يضم'))).toBe(false);
  });
});

describe('a past verb with an object pronoun tells an act done to the actor', () => {
  it('«… الذي جمده الرئيس» is no label of the council; «… التي تدعمها دولة مجاورة» still is', () => {
    const act = labelTexts([
      buildArticle('x', 'اجتمع مجلس الإنقاذ الفالماري الذي جمده الرئيس أمس في مقر سري.', 'ar'),
      buildArticle('y', 'رفض مجلس الإنقاذ الفالماري القرار.', 'ar'),
    ]);
    expect(act.some((t) => t.includes('جمده'))).toBe(false);
    const backer = labelTexts([
      buildArticle('x', 'انسحبت ميليشيا الإنقاذ التي تدعمها دولة مجاورة من المدينة.', 'ar'),
      buildArticle('y', 'رفضت ميليشيا الإنقاذ القرار.', 'ar'),
    ]);
    expect(backer.some((t) => t.includes('تدعمها'))).toBe(true);
  });
});
