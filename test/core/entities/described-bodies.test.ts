import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented country and body: the English articles name the legislature, the Arabic one says «البرلمان».
const arabic = [
  buildArticle('ar1', 'صوت البرلمان النورفاني ضد القرار يوم الأحد. وقال رئيس البرلمان إن الجلسة ستستمر.', 'ar'),
  buildArticle('ar2', 'اجتمع البرلمان النورفاني مساء الأحد ورفض البرلمان مشروع القانون بأغلبية كبيرة.', 'ar'),
];
const entityWith = (index: ReturnType<typeof resolveEntities>, name: string) => index.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('resolveEntities: a body one script names and the other describes', () => {
  it('joins the Arabic common-noun institution to the name an English apposition describes by its head', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Lawmakers reached the Velmar Assembly, the country\'s parliament, on Sunday. The Velmar Assembly voted late at night.', 'en'),
      buildArticle('en2', 'The Velmar Assembly rejected the bill on Sunday in Norvania.', 'en'),
      ...arabic,
    ]);
    const chamber = entityWith(index, 'Velmar Assembly');
    expect(chamber).toBeDefined();
    expect(chamber!.mentions.some((m) => m.articleId === 'ar2' && m.text.includes('البرلمان'))).toBe(true);
  });

  it('leaves them apart when the description is indefinite, or no apposition ties them', () => {
    for (const sentence of ['Lawmakers reached the Velmar Assembly, a parliament, on Sunday.', 'Lawmakers reached the Velmar Assembly on Sunday; parliament met later.']) {
      const index = resolveEntities([
        buildArticle('en1', `${sentence} The Velmar Assembly voted late at night.`, 'en'),
        buildArticle('en2', 'The Velmar Assembly rejected the bill on Sunday in Norvania.', 'en'),
        ...arabic,
      ]);
      const chamber = entityWith(index, 'Velmar Assembly');
      expect(chamber).toBeDefined();
      expect(chamber!.mentions.some((m) => m.articleId === 'ar2'), sentence).toBe(false);
    }
  });
});
