import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

const entityWith = (index: ReturnType<typeof resolveEntities>, name: string) => index.entities.find((e) => e.name === name || e.aliases.includes(name));

/** Two English articles naming the bloc by its name alone. */
const tamironInEnglish = () => [
  buildArticle('en1', 'Tamiron won 20 seats in the vote on Sunday. Tamiron said the count was fair.', 'en'),
  buildArticle('en2', 'Leaders of Tamiron met in the capital on Monday after the 20 seats were confirmed.', 'en'),
];

describe('resolveEntities: an Arabic name of a generic head and a name the Latin articles use', () => {
  it('joins «تحالف X» to the Latin name X when X alone met it', () => {
    const index = resolveEntities([
      ...tamironInEnglish(),
      buildArticle('ar1', 'فاز تحالف تاميرون بعشرين مقعدا يوم الأحد. وقال تحالف تاميرون إن الفرز كان نزيها.', 'ar'),
      buildArticle('ar2', 'اجتمع قادة تاميرون في العاصمة يوم الاثنين، وأكد تحالف تاميرون فوزه.', 'ar'),
    ]);
    const tamiron = entityWith(index, 'Tamiron');
    expect(tamiron).toBeDefined();
    expect(tamiron!.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toEqual(expect.arrayContaining(['تحالف تاميرون']));
  });

  it('keeps a bloc named after a person apart from the person', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Tarek Bellami won 20 seats on Sunday. Bellami said the count was fair.', 'en'),
      buildArticle('en2', 'Supporters of Tarek Bellami met in the capital on Monday.', 'en'),
      buildArticle('ar1', 'فازت كتلة بلامي بعشرين مقعدا يوم الأحد. وقال طارق بلامي إن الفرز كان نزيها.', 'ar'),
      buildArticle('ar2', 'اجتمع أنصار كتلة بلامي في العاصمة يوم الاثنين، وأكد بلامي الفوز.', 'ar'),
    ]);
    const bellami = entityWith(index, 'Tarek Bellami');
    expect(bellami).toBeDefined();
    expect(bellami!.mentions.some((m) => m.articleId === 'ar1' && m.text.includes('بلامي'))).toBe(true);
    expect(bellami!.mentions.some((m) => m.text.includes('كتلة'))).toBe(false);
  });

  it('joins «تحالف X المصري» to X: the country’s adjective after the name says whose body it is', () => {
    const index = resolveEntities([
      ...tamironInEnglish(),
      buildArticle('ar1', 'فاز تحالف تاميرون المصري بعشرين مقعدا يوم الأحد. وقال تحالف تاميرون المصري إن الفرز كان نزيها.', 'ar'),
      buildArticle('ar2', 'اجتمع قادة تاميرون في العاصمة يوم الاثنين، وأكد تحالف تاميرون المصري فوزه.', 'ar'),
    ]);
    const tamiron = entityWith(index, 'Tamiron');
    expect(tamiron).toBeDefined();
    expect(tamiron!.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toEqual(expect.arrayContaining(['تحالف تاميرون المصري']));
  });

  it('keeps a body a place’s adjective qualifies («البرلمان النورفاني») apart from the place', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Voters in Norvania went to the polls on Sunday. Norvania counted 20 seats.', 'en'),
      buildArticle('en2', 'Observers left Norvania on Monday after the 20 seats were confirmed.', 'en'),
      buildArticle('ar1', 'صوت البرلمان النورفاني على عشرين مقعدا يوم الأحد. وقال البرلمان النورفاني إن الجلسة ستستمر.', 'ar'),
      buildArticle('ar2', 'اجتمع البرلمان النورفاني مساء الاثنين في نورفانيا.', 'ar'),
    ]);
    const norvania = entityWith(index, 'Norvania');
    expect(norvania).toBeDefined();
    expect(norvania!.mentions.some((m) => m.text.includes('البرلمان'))).toBe(false);
  });
});
