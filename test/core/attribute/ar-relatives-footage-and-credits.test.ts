/**
 * Families of Arabic attribution seen on the tuned material in session 12 (the tuned kenya dev case, the
 * fresh set's tuned half), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const who = (text: string) => claimsOf(text, 'ar').map((c) => [c.attribution?.source.text ?? null, c.attribution?.source.kind ?? null, c.attribution?.cue.text ?? null]);

describe('a quoted name in the subject, then the object', () => {
  it('«حزب … "X" الحكومة»: the quoted name stays, the definite noun after it is the object', () => {
    expect(who('واتهم حزب المعارضة الرئيسي "الوفاق" الحكومة "بتبديد أموال الشعب".')).toEqual([['حزب المعارضة الرئيسي "الوفاق"', 'organization', 'واتهم']]);
    expect(who('وانتقدت جمعية المزارعين "السنبلة" الوزارة بسبب تأخر الدعم.')[0]![0]).toBe('جمعية المزارعين "السنبلة"');
  });

  it('a quoted name with no object after it is kept whole', () => {
    expect(who('وقال تحالف "الأمل" إن الانتخابات ستجري في موعدها.')[0]![0]).toBe('تحالف "الأمل"');
  });
});

describe('footage that shows', () => {
  it('an indefinite document before the verb is what shows, not the people after the verb', () => {
    expect(who('وتم نشر مقطع فيديو يظهر عناصر الأمن وهم يضربون السجناء.')).toEqual([['مقطع فيديو', 'document', 'يظهر']]);
  });

  it('an outlet that broadcasts the footage is the source', () => {
    expect(who('وبث التلفزيون الرسمي لقطات أظهرت انهيار الجسر فوق النهر.')).toEqual([['التلفزيون الرسمي', 'media', 'أظهرت']]);
  });

  it('a verb carrying an object pronoun has the noun before it as its object', () => {
    const claims = claimsOf('وجاء التصريح على خلفية معلومات نقلتها وسائل إعلام محلية بوجود اتصالات سرية.', 'ar');
    expect(claims.some((c) => c.attribution?.source.text === 'معلومات')).toBe(false);
  });
});

describe('a circumstantial clause after people', () => {
  it('«وهم + verb» ends the noun phrase', () => {
    const claims = claimsOf('وأظهر مقطع مصور المحتجين الغاضبين وهم يرددون الهتافات.', 'ar');
    expect(claims[0]!.attribution?.source.text.includes('وهم')).toBe(false);
  });
});

describe('a relative on a prepositional object', () => {
  it('«التقى الرئيس بالسفير الذي أكد»: the ambassador speaks, without the preposition', () => {
    expect(who('التقى الرئيس بالسفير الذي أكد أن بلاده ستدعم المشروع.')).toEqual([['السفير', 'person', 'أكد']]);
    expect(who('واجتمع الوزير بالمبعوث الأممي الذي قال إن المحادثات ستستأنف قريبا.')[0]![0]).toBe('المبعوث الأممي');
  });

  it('a rank followed by a name still starts the name', () => {
    expect(who('واستقبل الوزير السفير خالد ناصر الذي أكد أن بلاده ستدعم المشروع.')[0]![0]).toBe('السفير خالد ناصر');
  });
});

describe('a relative after a bare name and its age', () => {
  it('«أن يتولى فلان البالغ 50 عاما، والذي قال …»: the name, without the verb or the age', () => {
    expect(who('ومن المقرر أن يتولى سامي الخوري البالغ 50 عاما، والذي قال إنه يريد إصلاح القضاء، منصبه الشهر المقبل.')[0]![0]).toBe('سامي الخوري');
    expect(who('ومن المقرر أن تتولى سلمى ناصر البالغة من العمر 50 عاما، والتي قالت إنها تريد إصلاح القضاء، منصبها.')[0]![0]).toBe('سلمى ناصر');
  });

  it('a one-word name is not taken for a verb ("سامي" reads as one)', () => {
    expect(who('سامي الخوري، الذي قال إنه يريد إصلاح القضاء، وصل أمس.')[0]![0]).toBe('سامي الخوري');
  });
});

describe('a credit on a noun its relative clause describes', () => {
  it('«بحسب الأرقام التي قرأها …» is new, not the document named before', () => {
    const claims = claimsOf('وأظهرت نتائج أولية تقدم الحزب الحاكم. وحصل المرشح الثالث على 3 بالمئة فقط، بحسب الأرقام التي قرأها رئيس اللجنة في المحكمة.', 'ar');
    expect(claims[1]!.attribution?.source.text).toBe('الأرقام');
    expect(claims[1]!.attribution?.source.continued ?? false).toBe(false);
  });

  it('a bare «الأرقام» still goes back to the figures named before', () => {
    const claims = claimsOf('وأظهرت أرقام رسمية تراجع البطالة. وأكدت الأرقام أن التضخم انخفض أيضا.', 'ar');
    expect(claims[1]!.attribution?.source.continued).toBe(true);
  });
});
