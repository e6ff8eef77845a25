/**
 * Families of Arabic attribution left open by session 14's fourth fresh batch (s14-arattr3's notes), on
 * sentences written for these tests: a ل-addressee with its article inside a channel phrase, a channel noun
 * that also spells a candidate verb after a preposition («في كلمة»), a verbal noun with an indefinite genitive
 * after a channel phrase.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const claims = (text: string) => claimWordings(text, 'ar');

describe('a ل-addressee with its article inside a channel phrase', () => {
  it('«في تصريح للإذاعة المحلية إن …»: the channel runs on through the addressee and its adjectives', () => {
    const got = claims('وقال رئيس البلدية في تصريح للإذاعة المحلية إن الجسر سيفتح الشهر المقبل.');
    expect(got[0]!.source).toBe('رئيس البلدية');
    expect(got[0]!.via).toBe('تصريح للإذاعة المحلية');
    expect(got[0]!.content).toBe('الجسر سيفتح الشهر المقبل');
  });

  it('a masdar object after the addressee opens the content', () => {
    const got = claims('ونفى قائد الشرطة في حديث للقناة الثانية وقوع الاشتباكات في الحي.');
    expect(got[0]!.via).toBe('حديث للقناة الثانية');
    expect(got[0]!.content).toBe('وقوع الاشتباكات في الحي');
  });

  it('a second definite noun after the addressee still ends the channel', () => {
    const got = claims('وانتقد الاتحاد في بيان للنقابات العمالية القرار الحكومي الأخير.');
    expect(got[0]!.via).toBe('بيان للنقابات العمالية');
  });
});

describe('«في كلمة …»: a channel noun that also spells a candidate verb', () => {
  it('after a preposition it is no cue, so the channel is the via and the content starts after إن', () => {
    const got = claims('وقالت الوزيرة في كلمة إن المدارس ستفتح أبوابها قريبا.');
    expect(got).toHaveLength(1);
    expect(got[0]!.cue).toBe('وقالت');
    expect(got[0]!.via).toBe('كلمة');
    expect(got[0]!.content).toBe('المدارس ستفتح أبوابها قريبا');
  });

  it('with a relative verb and a time word after it («كلمة ألقاها الخميس»)', () => {
    const got = claims('وقال المحافظ في كلمة ألقاها الخميس إن المشروع سينتهي قبل الصيف.');
    expect(got[0]!.source).toBe('المحافظ');
    expect(got[0]!.via).toMatch(/^كلمة/);
    expect(got[0]!.content).toBe('المشروع سينتهي قبل الصيف');
  });
});

describe('a verbal noun with an indefinite genitive after a channel phrase', () => {
  it('«أكد في بيان رسمي تسجيل إصابات …»: the channel ends at its adjective, the content starts at the masdar', () => {
    const got = claims('وأكدت الهيئة في بيان رسمي تسجيل حالات جديدة في الإقليم.');
    expect(got[0]!.source).toBe('الهيئة');
    expect(got[0]!.via).toBe('بيان رسمي');
    expect(got[0]!.content).toBe('تسجيل حالات جديدة في الإقليم');
  });

  it('after a participle the channel keeps it as its adjective («بيان مقتضب ارتفاع …»)', () => {
    const got = claims('وأعلن المصرف في بيان مقتضب انخفاض احتياطياته من العملة.');
    expect(got[0]!.via).toBe('بيان مقتضب');
    expect(got[0]!.content).toBe('انخفاض احتياطياته من العملة');
  });

  it('with إن after it, a participle of the channel stays in the via', () => {
    expect(claims('وقالت اللجنة في بيان مشترك إن الاتفاق صامد.')[0]!.via).toBe('بيان مشترك');
  });
});

describe('a verbal noun no name takes, right after a definite subject', () => {
  it('«وأعلن الوزير تسجيل إصابات جديدة»: the source ends at the subject, the content is the object', () => {
    const got = claims('وأعلنت المديرة تسجيل خسائر كبيرة في الموسم.');
    expect(got[0]!.source).toBe('المديرة');
    expect(got[0]!.content).toBe('تسجيل خسائر كبيرة في الموسم');
  });

  it('after a titled body («وزير المالية تراجع …»)', () => {
    expect(claims('وأكد وزير المالية تراجع العجز هذا العام.')[0]!.source).toBe('وزير المالية');
  });

  it('a given name of another shape after a title stays in the source', () => {
    expect(claims('وقال الأمير نايف الفهد إن المفاوضات مستمرة.')[0]!.source).toBe('الأمير نايف الفهد');
  });
});

describe('a participle after a masdar report', () => {
  it('«…، داعيا …» splits off as the same speaker\'s claim', () => {
    const got = claims('وأكد المتحدث في تصريح للقناة الأولى استمرار المفاوضات بين الطرفين، داعيا الأهالي إلى الصبر.');
    expect(got).toHaveLength(2);
    expect(got[0]!.content).toBe('استمرار المفاوضات بين الطرفين');
    expect(got[1]!.cue).toBe('داعيا');
    expect(got[1]!.source).toBe('المتحدث');
  });
});

describe('new kinds of text (court, sport)', () => {
  it('«في حيثيات الحكم»: the grounds of a ruling are a channel, not part of the judge', () => {
    const got = claims('وأوضحت القاضية في حيثيات الحكم أن الشهود تناقضوا في أقوالهم.');
    expect(got[0]!.source).toBe('القاضية');
    expect(got[0]!.content).toBe('الشهود تناقضوا في أقوالهم');
  });

  it('after a definite addressee an indefinite -ية noun heads the object («للقناة الرياضية جاهزية …»)', () => {
    const got = claims('وأكد المدرب في حديث للإذاعة الوطنية أهمية المباراة المقبلة.');
    expect(got[0]!.via).toBe('حديث للإذاعة الوطنية');
    expect(got[0]!.content).toBe('أهمية المباراة المقبلة');
  });
});
