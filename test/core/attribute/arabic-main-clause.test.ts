/** Arabic families from the session-6 read (issue 9), on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const attributions = (text: string) => claimsOf(text, 'ar').map((c) => (c.attribution ? [c.attribution.source.text, c.attribution.cue.text] : null));

describe('a participle after a main verb that reports nothing', () => {
  // Since session 10 the act before the participle's comma is a claim of its own, in the outlet's voice.
  it('takes the verb’s subject, after an opening phrase set off by a comma', () => {
    expect(attributions('في البداية، أصدر المحافظ قراراً بإغلاق الجسر، مشيراً إلى أنه يهدف إلى حماية المارة.')).toEqual([null, ['المحافظ', 'مشيراً']]);
    expect(attributions('وفي وقت لاحق، أغلق الحاكم الجسر، مؤكدا أن الإغلاق مؤقت.')).toEqual([null, ['الحاكم', 'مؤكدا']]);
  });

  it('takes a compound past’s subject, with no comma before a participle that governs إلى', () => {
    expect(attributions('وكانت الحاكمة قد أعلنت أمس حالة الطوارئ في كلمة مسجلة مشيرة إلى ضرورة إخلاء الساحل.')).toEqual([['الحاكمة', 'مشيرة']]);
  });

  it('is no report when the sentence’s opening verb has no subject it can name', () => {
    expect(attributions('وتسارعت في المدينة أعمال الإغاثة بعد العاصفة، مشيرة إلى حجم الدمار.')).toEqual([null]);
  });
});

describe('a compound past: the words between كان and قد are its subject', () => {
  it('a name that spells a cue (بارك) inside it is no cue; the participle after the verb reports', () => {
    const claims = claimsOf('وكان قائد الحرس ورئيس الأركان بارك مين هو قد نشر في وقت سابق بيانا معلنا أن كل التجمعات ممنوعة.', 'ar');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attribution?.source.text).toBe('قائد الحرس ورئيس الأركان بارك مين هو');
    expect(claims[0]!.attribution?.cue.text).toBe('معلنا');
  });

  it('a report inside a compound past keeps its own subject', () => {
    expect(attributions('وكان وزير المالية قد قال إن العجز سينخفض.')).toEqual([['وزير المالية', 'قال']]);
  });
});

describe('the verb’s object right after a definite subject', () => {
  it('an indefinite masdar heading a construct with a possessive, or written with tanween, is no part of the subject', () => {
    expect(claimsOf('وأكد الوزير ترحيب بلاده بالاتفاق الجديد.', 'ar')[0]!.attribution?.source.text).toBe('الوزير');
    expect(claimsOf('وأكدت الوزيرة استعداداً كاملاً للتعاون.', 'ar')[0]!.attribution?.source.text).toBe('الوزيرة');
  });

  it('a name after a title stays in the subject', () => {
    expect(claimsOf('وأكد الوزير خالد يوسف أن المفاوضات مستمرة.', 'ar')[0]!.attribution?.source.text).toBe('الوزير خالد يوسف');
  });
});

describe('a conjunction joined to a fronted subject', () => {
  it('stays out of the source span', () => {
    expect(claimsOf('والنقابة كانت قد اتهمت الشركة بخرق الاتفاق.', 'ar')[0]!.attribution?.source.text).toBe('النقابة');
  });
});

describe('a second verb written with its conjunction after a report', () => {
  it('is a report of its own with the same speaker', () => {
    expect(attributions('اتهم رئيس الحكومة خصومه بأنهم «عطلوا الموازنة» وتعهد بمحاسبة المسؤولين عن التأخير.')).toEqual([
      ['رئيس الحكومة', 'اتهم'],
      ['رئيس الحكومة', 'وتعهد'],
    ]);
  });
});

describe('acts and justifications', () => {
  it('announcing martial law or an imposition is an act, no report', () => {
    expect(attributions('وأعلن رئيس الوزراء فرض الأحكام العرفية في الإقليم.')).toEqual([null]);
  });

  it('justifying a step by a reason reports that reason', () => {
    expect(attributions('وبرر المدير القرار بضرورة خفض النفقات.')).toEqual([['المدير', 'وبرر']]);
  });
});

describe('a title, a comma, then the name and whom it was told', () => {
  it('the name joins the source', () => {
    expect(claimsOf('وقال نائب مدير الهيئة، سمير الخطيب للصحافيين في المطار "الرحلات ستعود غدا".', 'ar')[0]!.attribution?.source.text).toBe('نائب مدير الهيئة، سمير الخطيب');
  });
});

describe('the subject after the verb (second read)', () => {
  it('"مع الإعلامي X" and a phrase opening with "and" after a comma are no subject: the speaker carries on', () => {
    const claims = claimsOf('أوضح الخبير سامي رمزي أسباب القرار. وقال خلال مداخلة هاتفية لبرنامج "المساء"، مع المذيع علي حسن، والمُذاع عبر قناة "النيل"، إن التضخم يتراجع.', 'ar');
    expect(claims[1]!.attribution?.source.text).not.toContain('المذيع');
    expect(claims[1]!.attribution?.source.text).not.toContain('والمُذاع');
  });

  it('a bare name ending like a plural ("مارين") after a feminine verb stays in the subject; a definite plural is the object', () => {
    expect(claimsOf('وكشفت الصحفية الفرنسية مارين دوبوا أن المحامي طلب التأجيل.', 'ar')[0]!.attribution?.source.text).toBe('الصحفية الفرنسية مارين دوبوا');
    expect(claimsOf('ودعت النقابة العاملين إلى التظاهر.', 'ar')[0]!.attribution?.source.text).toBe('النقابة');
  });

  it('an indefinite noun followed by a figure is the object', () => {
    expect(claimsOf('وكشف المسؤول المحلي تضرر 3 مدارس بشكل كامل.', 'ar')[0]!.attribution?.source.text).toBe('المسؤول المحلي');
  });

  it('"بلاغ" is a channel: no part of the source', () => {
    expect(claimsOf('قالت الوزارة في بلاغ أصدرته اليوم إنها سجلت تحركا احتجاجيا.', 'ar')[0]!.attribution?.source.text).toBe('الوزارة');
  });

  it('a participle of highlighting (مبرزة) after an act reports', () => {
    expect(attributions('وكانت القاضية قد أمرت بتأجيل الجلسة، مبرزة أن الملف لم يكتمل.')).toEqual([null, ['القاضية', 'مبرزة']]);
  });
});

describe('kinds', () => {
  it('a chain of titles in construct ending in a definite word is a person, named or not', () => {
    expect(claimsOf('لكن مستشار قائد قوات الحرس سامي طبيق، أعلن السيطرة على المقر.', 'ar')[0]!.attribution?.source.kind).toBe('person');
    expect(claimsOf('وقال دبلوماسي غربي إن المحادثات فشلت.', 'ar')[0]!.attribution?.source.kind).toBe('anonymous');
  });

  it('a bloc (كتلة) is an organization, quoted or not', () => {
    expect(claimsOf('كما أعلنت «كتلة الأمل» فوزها بعشرين مقعدا.', 'ar')[0]!.attribution?.source.kind).toBe('organization');
  });
});
