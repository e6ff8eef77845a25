import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const named = (actors: ReturnType<typeof findActors>, name: string): ReturnType<typeof findActors>[number] | undefined =>
  actors.find((a) => a.name === name || (a.aliases ?? []).includes(name));

describe('a group named by a construct of a common noun and a name is kept whole', () => {
  it('keeps «noun + الله» after any head noun as one group, and no title holder is read from «لـnoun»', () => {
    const actors = findActors([
      buildArticle('a', 'أعلنت جماعة حراس الله أنها استهدفت قافلة قرب الحدود. وقال الناطق الرسمي لحراس الله إن العملية ناجحة.', 'ar'),
      buildArticle('b', 'قالت حركة حراس الله في بيان إن مقاتليها تقدموا.', 'ar'),
    ]);
    const group = named(actors, 'حراس الله');
    expect(group?.name.endsWith('حراس الله')).toBe(true);
    expect(group?.aliases ?? []).toContain('حركة حراس الله');
    expect(actors.some((a) => a.name === 'حراس' || a.name === 'جماعة حراس')).toBe(false);
  });

  it('keeps «noun + name» whole when the name is no dictionary word', () => {
    const actors = findActors([
      buildArticle('a', 'وهددت حركة أبناء سنجيرو بالرد على الهجوم.', 'ar'),
      buildArticle('b', 'وقالت حركة أبناء سنجيرو إنها مستعدة للحوار.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).toContain('حركة أبناء سنجيرو');
    expect(actors.map((a) => a.name)).not.toContain('حركة أبناء');
  });
});

describe('a titled three-word name whose last two words the case repeats is kept whole', () => {
  it('keeps the third word when «Y Z» stands again without the first name', () => {
    const actors = findActors([
      buildArticle('a', 'قال وزير الخارجية التركي “نديم طوبال أوغلو”، إن بلاده ترفض الاتفاق الجديد.', 'ar'),
      buildArticle('b', 'وانتقد طوبال أوغلو الموقف الأوروبي أمس في مؤتمر صحفي.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).toContain('نديم طوبال أوغلو');
    expect(actors.map((a) => a.name)).not.toContain('نديم طوبال');
  });

  it('does not take the verb after a two-word name', () => {
    const actors = findActors([
      buildArticle('a', 'قال الوزير سامر حدادين يزور العاصمة غدا.', 'ar'),
      buildArticle('b', 'وأكد الوزير سامر حدادين أن حدادين يزور المدينة.', 'ar'),
    ]);
    expect(actors.some((a) => a.name.endsWith('يزور'))).toBe(false);
  });
});

describe('a body named by its head and "of X" keeps its complement (en)', () => {
  it('two institutes of one head and different fields are two actors, each named whole', () => {
    const actors = findActors([
      buildArticle('a', 'The Central Bureau of Statistics listed 300 births. The National Institute of Oceanography said so.', 'en'),
      buildArticle('b', 'The Central Bureau of Statistics counted births. The National Institute of Oceanography agreed.', 'en'),
    ]);
    const names = actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Central Bureau of Statistics', 'National Institute of Oceanography']));
    expect(names).not.toContain('National Institute');
    expect(names).not.toContain('Central Bureau');
  });
});
