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

describe('a bare surname misspelt', () => {
  it('is the person whose surname has its skeleton (6 consonants or more)', () => {
    const actors = findActors([
      buildArticle('x', 'Ferhat Karamanoglu lost the vote on Sunday. President Selim Davut thanked voters.', 'en'),
      buildArticle('y', 'President Selim Davut beat Mr Karmanoglu, leader of the Green Party, by four points.', 'en'),
    ]);
    const ferhat = actors.find((a) => a.name === 'Ferhat Karamanoglu')!;
    expect(ferhat.aliases ?? []).toContain('Karmanoglu');
    expect(actors.some((a) => a.name === 'Karmanoglu')).toBe(false);
  });

  it('joins no short surname of the same skeleton ("Husain" / "Hussein")', () => {
    const actors = findActors([
      buildArticle('x', 'Omar Hussein lost the vote. President Selim Davut thanked voters.', 'en'),
      buildArticle('y', 'President Selim Davut met Mr Husain, a banker, on Monday. Mr Husain said little.', 'en'),
    ]);
    expect(actors.find((a) => a.name === 'Omar Hussein')?.aliases ?? []).not.toContain('Husain');
  });
});
