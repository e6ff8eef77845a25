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

describe('a subjectless verb after footage', () => {
  it('goes back to the person the sentence before was about, not to the footage', () => {
    const claims = claimsOf('وتم نشر مقطع فيديو يظهر ضباط الأمن وهم يضربون السجناء. الوزير سالم كان خارج العاصمة أثناء الحادث\nوأعرب عن قلقه من تصاعد العنف.', 'ar');
    const last = claims[claims.length - 1]!.attribution;
    expect([last?.source.text, last?.source.kind, last?.source.continued]).toEqual(['الوزير سالم', 'person', true]);
  });

  it('skips the footage for the speaker named before it', () => {
    const claims = claimsOf('قال الوزير إن الوضع مستقر. وتم نشر مقطع فيديو يظهر الحرائق في الغابة. وأعرب عن قلقه من تصاعد الحرائق.', 'ar');
    expect(claims[2]!.attribution?.source.text).toBe('الوزير');
  });

  it('a statement still goes on speaking', () => {
    const claims = claimsOf('وقال البيان إن الحكومة ستراجع القانون. وأضاف أن الحوار سيبدأ الأسبوع المقبل.', 'ar');
    expect(claims[1]!.attribution?.source.text).toBe('البيان');
  });

  it('a sentence opening with a title and name only carries to the very next sentence', () => {
    const claims = claimsOf('قال المتحدث إن الوضع هادئ. الوزير سالم كان خارج العاصمة. وعاد المتظاهرون إلى الساحة. وأضاف أن الشرطة انسحبت.', 'ar');
    expect(claims[3]!.attribution?.source.text).toBe('المتحدث');
  });
});
