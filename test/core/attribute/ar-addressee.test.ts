/**
 * Whom the words were told («للصحفيين», «لوسائل الإعلام», «الوزير السكانَ») ends the speaker's phrase in
 * Arabic; a construct on the same noun («نقابة الصحفيين») is part of the speaker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const sourceOf = (text: string) => claimsOf(text, 'ar')[0]?.attribution?.source.text ?? null;

describe('an addressee after the speaker', () => {
  it('with a glued preposition: «وقال المدير للصحفيين إن …» → the director', () => {
    expect(sourceOf('وقال المدير للصحفيين إن الطريق مغلق.')).toBe('المدير');
    expect(sourceOf('وقالت المتحدثة لوسائل الإعلام إن الخطة جاهزة.')).toBe('المتحدثة');
  });

  it('a definite addressee after a definite speaker: «وأخبر المحافظ السكان أن …»', () => {
    expect(sourceOf('وأخبر المحافظ السكان أن المياه ستعود غدا.')).toBe('المحافظ');
    expect(sourceOf('أبلغ وزير الصحة الصحفيين أن عدد الإصابات ارتفع.')).toBe('وزير الصحة');
  });

  it('the same noun in a construct stays in the speaker: «رئيس نقابة الصحفيين»', () => {
    expect(sourceOf('وقال رئيس نقابة الصحفيين إن الأجور متدنية.')).toBe('رئيس نقابة الصحفيين');
  });
});
