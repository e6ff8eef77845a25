import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('Arabic: a demonstrative after the subject opens the verb object', () => {
  it('"ووصفت الوزارة هذا القرار بأنه …": the source is the ministry, not "الوزارة هذا القرار"', () => {
    const a = attributionAt(claimsOf('ووصفت الوزارة هذا القرار بأنه خطوة مهمة نحو الاستقرار.', 'ar'), 'خطوة');
    expect(a?.source.text).toBe('الوزارة');
    expect(a?.cue.text).toBe('ووصفت');
  });

  it('a demonstrative opening the subject stays in it ("وقال هذا المسؤول إن …")', () => {
    const a = attributionAt(claimsOf('وقال هذا المسؤول إن المفاوضات ستستأنف قريبا.', 'ar'), 'المفاوضات');
    expect(a?.source.text).toBe('هذا المسؤول');
  });
});

describe('Arabic: possessed nouns and coordinated verbs', () => {
  it('"ووصف الوزير خطته بأنها …": the possessed noun is the object, not part of the source', () => {
    const a = attributionAt(claimsOf('ووصف الوزير خطته الجديدة بأنها الأفضل منذ سنوات.', 'ar'), 'الأفضل');
    expect(a?.source.text).toBe('الوزير');
  });

  it('a feminine name ending in ة after a title stays in the source', () => {
    const a = attributionAt(claimsOf('وقالت الدكتورة أسامة إن اللقاح آمن.', 'ar'), 'اللقاح');
    expect(a?.source.text).toBe('الدكتورة أسامة');
  });

  it('"وأشاد X بـ…، وقال إن …": the second verb reports on its own, with the first verb subject', () => {
    const claims = claimsOf('وأشاد رئيس البلدية بجهود العمال، وقال إن الجسر سيفتتح الشهر المقبل.', 'ar');
    expect(claims).toHaveLength(2);
    const second = attributionAt(claims, 'الجسر');
    expect(second?.cue.text).toBe('وقال');
    expect(second?.source.text).toBe('رئيس البلدية');
    expect(claims[1]!.text.startsWith('وقال')).toBe(true);
  });

  it('"وتعهد X بـ…، وقال «…»": the phrase before the comma is not the subject of "وقال"', () => {
    const claims = claimsOf('وتعهد وزير الزراعة بدعم المزارعين في الجنوب، وقال "لن نترك أحدا دون مساعدة هذا العام".', 'ar');
    expect(attributionAt(claims, 'لن نترك')?.source.text).toBe('وزير الزراعة');
  });
});

describe('Arabic: a negated cue reports nothing', () => {
  it('"فيما لم يعلن الجيش أي تأكيد" adds no claim of the army', () => {
    const claims = claimsOf('وقال المتحدث إن الوضع هادئ، فيما لم يعلن الجيش أي تأكيد.', 'ar');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attribution?.source.text).toBe('المتحدث');
    expect(claimsOf('ولم يعلن الجيش عن خسائره.', 'ar')[0]!.attribution).toBeNull();
  });
});

describe('Arabic: after إن/أن the subject stands before the verb', () => {
  it('"فإن المراقبين يرون …" with a later "من أن" keeps the observers as the source', () => {
    const text = 'وبينما لم يصدر أي بيان رسمي، فإن المراقبين يرون في الخطوة تصعيدا خطيرا، يحمل مخاطر كبيرة، وسط تحذيرات من أن الوضع قد يتفاقم.';
    expect(attributionAt(claimsOf(text, 'ar'), 'تصعيدا')?.source.text).toBe('المراقبين');
  });
});

describe('Arabic: where a subject ends and which side it stands on', () => {
  it('"أعلن مصدر في الوزارة الليبية انسحاب …": the source ends before the indefinite object', () => {
    const a = attributionAt(claimsOf('أعلن مصدر في الوزارة الليبية انسحاب الوفد من المفاوضات.', 'ar'), 'الوفد');
    expect(a?.source.text).toBe('مصدر في الوزارة الليبية');
  });

  it('"لكن مستشار الرئيس فلان، أعلن السيطرة …": the titled subject before the comma, not the object after the verb', () => {
    const a = attributionAt(claimsOf('لكن مستشار رئيس الحكومة سامر يوسف، أعلن السيطرة على الميناء.', 'ar'), 'الميناء');
    expect(a?.source.text).toBe('مستشار رئيس الحكومة سامر يوسف');
  });
});

describe('Arabic: a conjoined verb after a comma with no subject of its own goes on with the speaker', () => {
  it('"…، واعتبرت أن …" after "ما وصفته بـ…": the ministry, not the words before the comma', () => {
    const text = 'وقالت الوزارة إن الوضع هادئ. وأشارت إلى أن هذا التقدم تم بفضل ما وصفته بصبر السكان وتعاون البلديات، واعتبرت أن فتح الطريق يمثل خطوة مهمة.';
    const claims = claimsOf(text, 'ar');
    const last = attributionAt(claims, 'فتح الطريق');
    expect(last?.source.text).toBe('الوزارة');
    expect(last?.cue.text).toBe('واعتبرت');
    expect(attributionAt(claims, 'صبر السكان')?.source.text).toBe('الوزارة');
  });
});

describe('Arabic: a possessed noun after the verb is its object', () => {
  it('headline "التجمع الشعبي تعلن موافقتها على الاتفاق": the named group, not "موافقتها"', () => {
    const a = claimsOf('التجمع الشعبي تعلن موافقتها على الاتفاق الجديد', 'ar')[0]!.attribution;
    expect(a?.source.text).toBe('التجمع الشعبي');
  });
});
