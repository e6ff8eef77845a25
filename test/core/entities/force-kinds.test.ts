import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented story (Velmar): a kind of armed body both scripts name by a common noun ("forces" / «القوى»,
// "the military" / «الجيش») in a case that does or does not name an armed group.
const namesOf = (index: ReturnType<typeof resolveEntities>) => index.entities.map((e) => [e.name, ...e.aliases]);
const hasName = (index: ReturnType<typeof resolveEntities>, name: string) => namesOf(index).some((names) => names.includes(name));

describe('a kind of armed body named by a common noun in both scripts', () => {
  const forces = (named: boolean) => [
    buildArticle('en1', `${named ? 'The Harrow Militia said on Monday that ' : 'On Monday '}hostile forces attacked 40 villages near Barsk on 3 June. The forces then withdrew on 9 June.`, 'en'),
    buildArticle('en2', 'Officials said the forces had burned 40 villages by 9 June.', 'en'),
    buildArticle('ar1', `${named ? 'وقالت ميليشيا هارو يوم الاثنين إن ' : 'يوم الاثنين '}القوى المعادية هاجمت 40 قرية قرب بارسك يوم 3 يونيو، ثم انسحبت القوى يوم 9 يونيو.`, 'ar'),
  ];

  it('is an actor of its own where the case names no armed group', () => {
    expect(hasName(resolveEntities(forces(false)), 'القوى')).toBe(true);
  });

  it('is no actor of its own where the case names an armed group it may stand for', () => {
    expect(hasName(resolveEntities(forces(true)), 'القوى')).toBe(false);
  });

  it('a state\'s army stays one actor beside a named armed group', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Harrow Forces said the military attacked 40 villages on 3 June. The military then withdrew on 9 June.', 'en'),
      buildArticle('en2', 'Officials said the military had burned 40 villages by 9 June.', 'en'),
      buildArticle('ar1', 'وقالت قوات هارو إن الجيش هاجم 40 قرية يوم 3 يونيو، ثم انسحب الجيش يوم 9 يونيو.', 'ar'),
    ]);
    expect(hasName(index, 'الجيش')).toBe(true);
  });
});
