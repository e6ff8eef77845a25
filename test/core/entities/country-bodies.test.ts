import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { EntityIndex } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

const holder = (index: EntityIndex, alias: string) => index.entities.find((e) => e.mentions.some((m) => m.text === alias));

describe('resolveEntities: a country\'s government is not the country', () => {
  const index = resolveEntities([
    buildArticle('ar1', 'قالت الحكومة البرتغالية يوم 3 أبريل إن الميناء سيغلق. ووصلت السفن إلى البرتغال بعد ذلك.', 'ar'),
    buildArticle('ar2', 'أعلنت الحكومة البرتغالية أن 40 سفينة ستغادر البرتغال يوم الجمعة.', 'ar'),
    buildArticle('en1', 'Portugal said the port would close on 3 April. Ships reached Portugal later.', 'en'),
  ]);

  it('keeps "head + the country\'s adjective" and the country two entities', () => {
    const government = holder(index, 'الحكومة البرتغالية');
    const country = holder(index, 'البرتغال');
    expect(government).toBeDefined();
    expect(country).toBeDefined();
    expect(government).not.toBe(country);
  });
});

describe('resolveEntities: a group\'s adjective still names the group', () => {
  // An invented movement: «الحركة الزردانية» (head + its relational adjective) and «الزرداني» alone.
  const index = resolveEntities([
    buildArticle('ar1', 'قالت الحركة الزردانية إن مقاتليها تقدموا. وأضاف الزرداني أن الهجوم مستمر.', 'ar'),
    buildArticle('ar2', 'هاجمت الحركة الزردانية مواقع في الشمال، وأعلن الزرداني السيطرة عليها.', 'ar'),
    buildArticle('ar3', 'نفى الزرداني الاتهامات.', 'ar'),
  ]);

  it('joins the one-word form to the group', () => {
    const group = holder(index, 'الحركة الزردانية');
    expect(group).toBeDefined();
    expect(holder(index, 'الزرداني')).toBe(group);
  });
});
