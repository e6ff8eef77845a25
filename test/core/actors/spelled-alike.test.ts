import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('two spellings of one foreign name in one language', () => {
  const named = (actors: ReturnType<typeof findActors>, word: string) => actors.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.startsWith(word)));

  it('joins full names with the same first name and surname whose middle names differ only in transliteration (تش / ج)', () => {
    const actors = findActors([
      buildArticle('x', 'قال الوزير مراد تشاليشكان أوغلو إن الاقتصاد تحسن. وأكد الرئيس سامي داوود ذلك. وأضاف تشاليشكان أوغلو أن الأسعار ستنخفض.', 'ar'),
      buildArticle('y', 'انتقد زعيم المعارضة مراد جاليشكان أوغلو الحكومة. ورد الرئيس سامي داوود عليه. وقال جاليشكان أوغلو إن الأسعار مرتفعة.', 'ar'),
    ]);
    expect(named(actors, 'مراد')).toHaveLength(1);
  });

  it('keeps apart two persons of one first name and surname whose middle names differ', () => {
    const actors = findActors([
      buildArticle('x', 'قال الوزير مراد تشاليشكان أوغلو إن الاقتصاد تحسن. وأكد الرئيس سامي داوود ذلك. وأضاف تشاليشكان أوغلو أن الأسعار ستنخفض.', 'ar'),
      buildArticle('y', 'انتقد زعيم المعارضة مراد بيرقدار أوغلو الحكومة. ورد الرئيس سامي داوود عليه. وقال بيرقدار أوغلو إن الأسعار مرتفعة.', 'ar'),
    ]);
    expect(named(actors, 'مراد')).toHaveLength(2);
  });
});
