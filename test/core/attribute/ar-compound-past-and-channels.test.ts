/**
 * Families of Arabic attribution seen on the fresh set's tuned half in session 13, on sentences written for
 * these tests: a bare name as a compound past's subject, a person publishing a document that speaks, and
 * the present of «أبلغ» spelt as «بلغ» (to amount to, to be aged), and a channel followed by when it was used.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const who = (text: string) => claimsOf(text, 'ar').map((c) => [c.attribution?.source.text ?? null, c.attribution?.cue.text ?? null]);

describe('a bare name between a compound past auxiliary and its particle', () => {
  it('«كان فلان قد وصف، …، X بأنه»: the name is the subject, X the object', () => {
    expect(who('كان منصور قد وصف، في مقابلة سابقة، قرارات اللجنة بأنها متسرعة.')).toEqual([['منصور', 'وصف']]);
    expect(who('وكانت هدى العلي قد وصفت الخطة بأنها غير واقعية.')[0]![0]).toBe('هدى العلي');
  });

  it('a demonstrative or pronoun there is no name', () => {
    expect(who('وكان ذلك قد أكد أن الخطة فشلت.')[0]![0]).toBeNull();
  });

  it('a titled subject stays as it was', () => {
    expect(who('وكان وزير المالية قد وصف الميزانية بأنها متوازنة.')[0]![0]).toBe('وزير المالية');
  });
});

describe('a person who publishes a document that speaks', () => {
  it('«ونشر الوزير تقريرا أكد أن …»: the minister is the source', () => {
    expect(who('ونشر المحافظ تقريرا أكد أن المياه عادت إلى الأحياء.')).toEqual([['المحافظ', 'أكد']]);
  });

  it('a body publishing it is unchanged, and so is a statement «قال فيه»', () => {
    expect(who('ونشرت الوزارة تقريرا أكد أن الأسعار استقرت.')[0]![0]).toBe('الوزارة');
    expect(who('وأصدر الوزير بيانا قال فيه إن الإضراب انتهى.')[0]![0]).toBe('الوزير');
  });
});

describe('«يبلغ» that amounts to, not informs', () => {
  it('a figure or a count after it is no report', () => {
    expect(who('ويعيش في المدينة التي يبلغ عدد سكانها مليونا نسمة عدد كبير من اللاجئين.')[0]![0]).toBeNull();
    expect(who('وتبلغ كلفة المشروع 3 مليارات دولار.')[0]![0]).toBeNull();
    expect(who('وهو مهندس يبلغ 52 عاما، ويقيم في الشمال.')[0]![0]).toBeNull();
  });

  it('with a content clause it still reports, and the past «أبلغ» needs none', () => {
    expect(who('ويبلغ المدير الموظفين بأن المصنع سيغلق.')[0]![1]).toBe('ويبلغ');
    expect(who('وأبلغ المدير الموظفين: «المصنع سيغلق غدا».')[0]![1]).toBe('وأبلغ');
  });
});

describe('a channel, then when it was used', () => {
  const via = (text: string) => claimsOf(text, 'ar')[0]!.attribution?.via?.text;

  it('«في بيان بعد …»: the via ends before a time preposition', () => {
    expect(via('وقالت النقابة في بيان بعد اجتماع طويل مع الإدارة، إن الإضراب سيستمر.')).toBe('بيان');
    expect(via('وقالت الوزارة في بيان عقب اجتماع الحكومة إن الأسعار ستنخفض.')).toBe('بيان');
  });

  it('its pronoun and adjective stay in it', () => {
    expect(via('وقالت الشركة في بيان لها إن الأرباح تراجعت.')).toBe('بيان لها');
  });
});
