/**
 * «قال وزير …، فلان بن فلان الفلاني، إن»: the name set off after a title is the speaker's, however long
 * (a nasab with «بن») and whatever letters it opens with («ألكسندر» only folds to the article; «علي» is a
 * name, not «على»). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a name set off after a title', () => {
  it('a name opening with «أل» written with hamza', () => {
    expect(ar('فيما أعلن نائب رئيس الوزراء الفرنسي، ألكسندر دوبوا أن بلاده ستخفض الضرائب.')[0]?.source).toBe('نائب رئيس الوزراء الفرنسي، ألكسندر دوبوا');
  });

  it('a name with «بن» and «علي»', () => {
    expect(ar('قال وزير المالية المغربي، أحمد بن علي الفاسي، إن المملكة ستصدر سندات.')[0]?.source).toBe('وزير المالية المغربي، أحمد بن علي الفاسي');
  });

  it('a six-word name', () => {
    expect(ar('وقال وزير النفط العماني، سالم بن أحمد خالد سعيد الكندي، إن بلاده ستخفض الإنتاج.')[0]?.source).toBe('وزير النفط العماني، سالم بن أحمد خالد سعيد الكندي');
  });

  it('what is set off is a channel, not a name: the title alone', () => {
    expect(ar('وقال وزير الطاقة الإماراتي، في تصريح للصحفيين، إن بلاده ستخفض الإنتاج.')[0]?.source).toBe('وزير الطاقة الإماراتي');
  });
});
