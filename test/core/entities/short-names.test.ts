import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented places: two long names merge across scripts by skeleton; the short ones stand in lists with them.
const english = [
  buildArticle('en1', 'Jets struck the capital Karvona and the provinces of Belmara, Ruta and Nimu overnight, the rebels said.', 'en'),
  buildArticle('en2', 'Residents of Karvona and Belmara reported blasts. Ruta and Nimu lost power, and Sidu was hit too.', 'en'),
];
// The Arabic mentions of the actor named `name`, a glued conjunction left off.
const arabicOf = (index: ReturnType<typeof resolveEntities>, name: string) =>
  index.entities
    .find((e) => e.name === name || e.aliases.includes(name))
    ?.mentions.filter((m) => m.articleId === 'ar1')
    .map((m) => m.text.replace(/^و/u, '')) ?? [];

describe('resolveEntities: a short name in a list of places both scripts name', () => {
  const index = resolveEntities([
    ...english,
    buildArticle('ar1', 'قصفت الطائرات العاصمة كارفونا ومحافظات بلمارا وروطة ونمو ليلا، وأصيبت زيدو وصيدو أيضا.', 'ar'),
  ]);

  it('takes the Arabic spelling beside the names both scripts share', () => {
    expect(arabicOf(index, 'Karvona')).toContain('كارفونا');
    expect(arabicOf(index, 'Ruta')).toContain('روطة');
  });

  it('takes a word of the language that spells the name only beside shared names', () => {
    expect(arabicOf(index, 'Nimu')).toContain('نمو');
  });

  it('gives a name its exact spelling, not a neighbour one letter apart', () => {
    expect(arabicOf(index, 'Sidu')).toContain('صيدو');
    expect(arabicOf(index, 'Sidu')).not.toContain('زيدو');
  });
});

describe('resolveEntities: a short name with no shared names around it', () => {
  const index = resolveEntities([
    ...english,
    buildArticle(
      'ar1',
      'زار وفد ثقافي كارفونا وبلمارا الأسبوع الماضي. وتناول الحديث شؤون الثقافة والفنون والأدب والتعليم والرياضة والسياحة والزراعة والصناعة والتجارة والنقل والطاقة والبيئة بشكل مفصل وطويل. ولاحظ الباحث نمو الزراعة في المؤتمر، ووصلت روطة إلى المعرض.',
      'ar',
    ),
  ]);

  it('leaves the short name and the word apart', () => {
    expect(arabicOf(index, 'Ruta')).not.toContain('روطة');
    expect(arabicOf(index, 'Nimu')).not.toContain('نمو');
  });
});
