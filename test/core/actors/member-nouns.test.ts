import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('members of a group named by a common noun («ضباط الشرطة», «عناصر الشرطة»)', () => {
  it('are the group, each outlet\'s phrase the noun it chose', () => {
    const actors = findActors([
      buildArticle('x', 'وأطلق ضباط الشرطة النار على المتظاهرين في العاصمة.', 'ar'),
      buildArticle('y', 'وقالت الشرطة إنها اعتقلت عشرات المتظاهرين.', 'ar'),
      buildArticle('z', 'واشتبك عناصر الشرطة مع المحتجين.', 'ar'),
    ]);
    const police = actors.find((a) => a.labels.some((l) => l.text === 'الشرطة'))!;
    expect(police.labels.map((l) => `${l.articleId}:${l.text}`).sort()).toEqual(['x:ضباط الشرطة', 'y:الشرطة', 'z:عناصر الشرطة']);
  });

  it('takes a member noun before no kind of the language as nothing', () => {
    const actors = findActors([
      buildArticle('x', 'وأطلق ضباط الجمارك النار في الميناء.', 'ar'),
      buildArticle('y', 'وقال ضباط الجمارك إن الميناء مغلق.', 'ar'),
    ]);
    expect(actors.flatMap((a) => a.labels).some((l) => l.text.includes('ضباط'))).toBe(false);
  });
});
