/** A relative clause that runs past the words a label may have is no label: shown, it would be cut mid-phrase (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const labelTexts = (articles: Parameters<typeof findActors>[0]): string[] => findActors(articles).flatMap((a) => a.labels.map((l) => l.text));

describe('a relative clause longer than a label', () => {
  it('English: ", who suffered from a long illness and had part of her lung removed …," is no label; a short one still is', () => {
    const long = labelTexts([
      buildArticle('a', 'Mara Veln, who suffered from a long illness and had part of her lung removed as a student, was admitted to hospital. Veln later spoke.', 'en'),
      buildArticle('b', 'Mara Veln left the hospital on Monday.', 'en'),
    ]);
    expect(long.some((t) => /suffered/u.test(t))).toBe(false);
    const short = labelTexts([
      buildArticle('a', 'Mara Veln, who suffered from a long illness, was admitted to hospital. Veln later spoke.', 'en'),
      buildArticle('b', 'Mara Veln left the hospital on Monday.', 'en'),
    ]);
    expect(short).toContain('suffered from a long illness');
  });
  it('Arabic: «التي تسيطر على أجزاء واسعة من الريف الشمالي والشرقي منذ سنوات طويلة …» is no label; closed by a comma it is', () => {
    const long = labelTexts([
      buildArticle('x', 'انسحبت ميليشيا الإنقاذ التي تسيطر على أجزاء واسعة من الريف الشمالي والشرقي منذ سنوات طويلة في البلاد من المدينة.', 'ar'),
      buildArticle('y', 'رفضت ميليشيا الإنقاذ القرار.', 'ar'),
    ]);
    expect(long.some((t) => t.includes('تسيطر'))).toBe(false);
    const short = labelTexts([
      buildArticle('x', 'انسحبت ميليشيا الإنقاذ التي تسيطر على أجزاء واسعة من الريف، من المدينة.', 'ar'),
      buildArticle('y', 'رفضت ميليشيا الإنقاذ القرار.', 'ar'),
    ]);
    expect(short).toContain('تسيطر على أجزاء واسعة من الريف');
  });
});
