/**
 * Families of Arabic attribution left by the first session-12 pass (seen on the tuned kenya dev case and
 * the fresh set's tuned half), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const who = (text: string) => claimsOf(text, 'ar').map((c) => [c.attribution?.source.text ?? null, c.attribution?.source.kind ?? null, c.attribution?.cue.text ?? null]);

describe('an indefinite document object with its accusative alef', () => {
  it('«ونشرت الوكالة صورا أظهرت …»: the outlet that publishes the pictures is the source', () => {
    expect(who('ونشرت الوكالة صورا أظهرت انهيار الجسر فوق النهر.')).toEqual([['الوكالة', 'media', 'أظهرت']]);
    expect(who('ونشر الجيش صورا تظهر الدمار في القرية.')[0]![0]).toBe('الجيش');
  });

  it('without an outlet before it, the accusative noun is not made the speaker', () => {
    const claims = claimsOf('ونشر الوزير تقريرا أكد أن الاقتصاد تحسن.', 'ar');
    expect(claims.some((c) => c.attribution?.source.text === 'تقريرا')).toBe(false);
  });
});

describe('a masdar object after an indefinite document and its adjective', () => {
  it('«وأظهرت نتائج أولية تقدم الحزب»: the subject ends at the adjective', () => {
    expect(who('وأظهرت نتائج أولية تقدم الحزب الحاكم في العاصمة.')[0]!.slice(0, 2)).toEqual(['نتائج أولية', 'document']);
    expect(who('وأظهرت أرقام رسمية ارتفاع البطالة في المدن.')[0]![0]).toBe('أرقام رسمية');
  });

  it('a construct chain with no adjective stays whole, and a day after the adjective is no object', () => {
    expect(who('وأظهرت نتائج انتخابات الرئاسة تقدم المعارضة.')[0]![0]).toBe('نتائج انتخابات الرئاسة');
    expect(who('وأظهرت صور جديدة الأحد دمارا واسعا.')[0]![0]).toBe('صور جديدة');
  });
});
