/**
 * Families of Arabic attribution from session 15 (fresh batch 5's tuned misses and the families left open by
 * session 14b), on sentences written for these tests: a closing credit behind figures or forecasts, a relative
 * verb inside a channel phrase, verbal nouns with a folded hamza, a preposition after the object that follows
 * a channel, and a noun of calling or warning with its own preposition.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const claims = (text: string) => claimWordings(text, 'ar');

describe('a closing credit after figures or forecasts that cannot speak', () => {
  it('«وتشير التوقعات إلى …، وفق X»: X is the source, the credit the cue', () => {
    const got = claims('وتشير التوقعات إلى تراجع المبيعات في الربع الثالث، وفق غرفة التجارة.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('غرفة التجارة');
    expect(got[0]!.cue).toBe('وفق');
  });

  it('a coordinated أن clause before the credit keeps the same source', () => {
    const got = claims('وتشير التقديرات إلى ارتفاع أسعار الخبز، وأن يتضاعف سعر الدقيق، بحسب اتحاد المخابز.');
    expect(got.map((c) => c.source)).toEqual(['اتحاد المخابز', 'اتحاد المخابز']);
  });

  it('a speaking document keeps its report («ذكر التقرير أن …، بحسب الوكالة»)', () => {
    const got = claims('وذكر التقرير أن الصادرات تراجعت هذا العام، بحسب وكالة الأنباء.');
    expect(got[0]!.source).toBe('التقرير');
    expect(got[0]!.cue).toBe('وذكر');
  });

  it('a document credit names no one behind the figures («بحسب البيان»)', () => {
    const got = claims('وتشير الأرقام إلى تراجع الصادرات هذا العام، بحسب البيان.');
    expect(got[0]!.source).toBe('الأرقام');
  });
});

describe('a relative verb inside a channel phrase', () => {
  it('«في بيان تلقته الصحيفة إن …»: the verb and its subject belong to the via', () => {
    const got = claims('وقالت النقابة في بيان تلقته الصحيفة إن العمال سيواصلون الاعتصام.');
    expect(got[0]!.source).toBe('النقابة');
    expect(got[0]!.via).toBe('بيان تلقته الصحيفة');
    expect(got[0]!.content).toBe('العمال سيواصلون الاعتصام');
  });

  it('with a masdar object after it, the content starts at the masdar', () => {
    const got = claims('وأكدت الشركة في بيان تلقته الوكالة رفض الشركة للعرض الجديد.');
    expect(got[0]!.via).toBe('بيان تلقته الوكالة');
    expect(got[0]!.content).toBe('رفض الشركة للعرض الجديد');
  });

  it('«تلقت الوكالة نسخة منه»: the object of the relative verb stays in the via too', () => {
    const got = claims('وأعلنت الوزارة في بيان تلقت الوكالة نسخة منه تأجيل الامتحانات.');
    expect(got[0]!.via).toBe('بيان تلقت الوكالة نسخة منه');
    expect(got[0]!.content).toBe('تأجيل الامتحانات');
  });

  it('«في تصريحات أدلى بها لـ«…» إن»: the addressee after the relative stays in the via', () => {
    const got = claims('وقال الوزير في تصريحات أدلى بها لـ«الشروق» إن الميزانية ستعرض على البرلمان.');
    expect(got[0]!.via).toBe('تصريحات أدلى بها لـ«الشروق»');
    expect(got[0]!.content).toBe('الميزانية ستعرض على البرلمان');
  });
});

describe('verbal nouns with a folded hamza or weak letter', () => {
  it('«تباطؤ» after a channel opens the content, and إلى after it is the noun\'s own', () => {
    const got = claims('وتوقع الصندوق في تقريره الأخير تباطؤ النمو إلى اثنين بالمئة.');
    expect(got[0]!.via).toBe('تقريره الأخير');
    expect(got[0]!.content).toBe('تباطؤ النمو إلى اثنين بالمئة');
  });

  it('«تباطؤ», «استئناف» with an indefinite genitive after a channel and its adjective are the object', () => {
    const slow = claims('وتوقع البنك في تقرير رسمي تباطؤ نمو الاقتصاد خلال العام.');
    expect(slow[0]!.via).toBe('تقرير رسمي');
    expect(slow[0]!.content).toBe('تباطؤ نمو الاقتصاد خلال العام');
    const resume = claims('وأعلنت المحكمة في بيان مقتضب استئناف جلسات المحاكمة.');
    expect(resume[0]!.via).toBe('بيان مقتضب');
    expect(resume[0]!.content).toBe('استئناف جلسات المحاكمة');
  });

  it('«تعاون» right after a definite subject is no part of its name', () => {
    const got = claims('وأعلن المجلس تعاون البلديات في جمع النفايات.');
    expect(got[0]!.source).toBe('المجلس');
    expect(got[0]!.content).toBe('تعاون البلديات في جمع النفايات');
  });

  it('a preposition after the object of any masdar shape that follows a channel', () => {
    const got = claims('وتوقع البنك في تقريره ارتفاع الأسعار إلى مستوى قياسي.');
    expect(got[0]!.content).toBe('ارتفاع الأسعار إلى مستوى قياسي');
  });
});

describe('a noun of calling or warning with its own preposition («دعوته إلى …»)', () => {
  it('after a channel phrase the noun ends the via and its preposition opens the content', () => {
    const got = claims('وجدد الرئيس في كلمته دعوته إلى الحوار بين الأحزاب.');
    expect(got[0]!.via).toBe('كلمته');
    expect(got[0]!.content).toBe('الحوار بين الأحزاب');
  });

  it('«تحذيره من …» and a relayed «دعوته إلى …»', () => {
    expect(claims('وجدد الوزير تحذيره من ارتفاع الأسعار.')[0]!.content).toBe('ارتفاع الأسعار');
    const relayed = claims('ونقلت الصحيفة عن الوزير دعوته إلى ضبط النفس.')[0]!;
    expect(relayed.source).toBe('الوزير');
    expect(relayed.content).toBe('ضبط النفس');
  });

  it('«كرر» reports with a noun of saying or أن after it, and is an act otherwise', () => {
    const got = claims('وكرر الأمين العام دعوته إلى وقف القتال فورا.');
    expect(got[0]!.source).toBe('الأمين العام');
    expect(got[0]!.content).toBe('وقف القتال فورا');
    expect(claims('وكرر الفريق الفوز على منافسه في المباراة.')[0]!.cue).toBeNull();
  });
});
