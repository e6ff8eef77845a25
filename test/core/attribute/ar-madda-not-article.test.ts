/**
 * Arabic words written with «آ» fold to «ا» and then begin as the article does («آلاف» → «الاف»); they are
 * not definite: «آلاف الطلاب» is one construct, the whole a subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('«آلاف» and «آلية» open a construct, not a definite word', () => {
  it('a plural verb going on from the clause before takes «آلاف X» whole', () => {
    const got = ar('وتظاهر آلاف الطلاب أمام الجامعة، وأكدوا أنهم لن يعودوا إلى الدراسة.');
    expect(got[0]).toMatchObject({ source: 'آلاف الطلاب', content: 'لن يعودوا إلى الدراسة' });
  });

  it('the same with another noun of people', () => {
    const got = ar('واحتشد آلاف المزارعين أمام الوزارة، وقالوا إن الدعم لم يصلهم.');
    expect(got[0]?.source).toBe('آلاف المزارعين');
  });
});
