import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('another head with the modifier of one person\'s role, in an article that never names the person', () => {
  const english = (b: string): ReturnType<typeof findActors> =>
    findActors([
      buildArticle('a', 'The judge heard the case that involved porn actress Nadia Quell on Monday. Nadia Quell did not comment.', 'en'),
      buildArticle('b', b, 'en'),
      buildArticle('c', 'Nadia Quell testified for two days, and Tomas Brek was silent.', 'en'),
    ]);

  it('English: "a porn star" goes to the one person described as a "porn actress"', () => {
    expect(labelsOf(english('Tomas Brek paid hush money to a porn star before the vote. Tomas Brek denied it.'), 'Nadia Quell', 'b')).toContain('porn star');
  });

  it('English: not where the phrase runs on, nor with a modifier no role has', () => {
    expect(labelsOf(english('Tomas Brek paid hush money to a porn star agency before the vote.'), 'Nadia Quell', 'b')).toEqual([]);
    expect(labelsOf(english('Tomas Brek paid hush money to a film star before the vote.'), 'Nadia Quell', 'b')).toEqual([]);
  });

  const arabic = (b: string): ReturnType<typeof findActors> =>
    findActors([
      buildArticle('a', 'ودفع الوزير سامي فالدور أموالا للممثلة الإباحية ليلى كارفيل قبل الانتخابات. ونفت كارفيل ذلك.', 'ar'),
      buildArticle('b', b, 'ar'),
      buildArticle('c', 'ونفى الوزير سامي فالدور أي علاقة مع ليلى كارفيل، وقالت كارفيل إنها ستتحدث.', 'ar'),
      buildArticle('d', 'وقالت ليلى كارفيل إن الحكم عادل.', 'ar'),
    ]);

  it('Arabic: «نجمة إباحية» goes to the one person described as «الممثلة الإباحية»', () => {
    expect(labelsOf(arabic('وأدين الوزير سامي فالدور بدفع أموال لشراء صمت نجمة إباحية، قبل الانتخابات.'), 'ليلى كارفيل', 'b')).toContain('نجمة إباحية');
  });

  it('Arabic: not with the article, nor with a modifier no role has', () => {
    expect(labelsOf(arabic('وأدين الوزير سامي فالدور بدفع أموال للنجمة الإباحية، قبل الانتخابات.'), 'ليلى كارفيل', 'b')).toEqual([]);
    expect(labelsOf(arabic('وأدين الوزير سامي فالدور بدفع أموال لشراء صمت نجمة سينمائية، قبل الانتخابات.'), 'ليلى كارفيل', 'b')).toEqual([]);
  });
});
