/**
 * Arabic families found on session 20's new tuned stories (issue 9): a noun «نسبتها» read as «نسب»; a full stop
 * glued between two words; a credit («بحسب X») closing a report that has content of its own; a seat aside («،
 * ومقره X،»); «وبين» far before its أن; one of a group («أحد وكلاء الدفاع») unnamed. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../src/core/normalize/index.ts';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('«نسبتها» after an indefinite noun is the noun «نسبة», no «نسب» (attributed)', () => {
  it('«بزيادة نسبتها …» reports nothing', () => {
    // The claim itself is asserted: "every claim has no cue" would hold of no claim at all.
    expect(ar('وارتفعت الواردات بزيادة نسبتها ستة بالمئة، في إطار خطة الحكومة.').map((c) => c.cue)).toEqual([null]);
    // With «قوله» a few words on, the old «نسب» past forms read «نسبتها» as the verb (source «ستة»).
    expect(ar('وارتفعت الواردات بزيادة نسبتها ستة بالمئة، ونقل عن الوزير قوله إن الخطة نجحت.').map((c) => c.cue)).toEqual(['ونقل']);
  });

  it('the verb still reports with its object «قوله»', () => {
    const got = ar('ونسبت الإذاعة إلى المحافظ قوله إن الطريق سيفتح غدا.');
    expect(got[0]!.cue).toBe('ونسبت');
    expect(got[0]!.source).toBe('المحافظ');
  });
});

describe('a full stop glued between two Arabic words ends the sentence', () => {
  it('the words on either side are words of their own; a one-letter abbreviation keeps its dot', () => {
    expect(wordTokens('انتهى الاجتماع.وقال', 'ar').map((t) => t.text)).toEqual(['انتهى', 'الاجتماع', 'وقال']);
    expect(wordTokens('أ.ف.ب', 'ar').map((t) => t.text)).toEqual(['أ.ف.ب']);
  });

  it('the credit opening the second sentence is found', () => {
    const got = ar('وانتهى فرز الأصوات في المساء.وبحسب اللجنة، بلغت المشاركة أربعين بالمئة.');
    expect(got[1]!.source).toBe('اللجنة');
    expect(got[1]!.content).toBe('بلغت المشاركة أربعين بالمئة');
  });
});

describe('a credit closing a report with content of its own relays it', () => {
  it('«قال X إن …، بحسب وكالة …»: X speaks, the agency is the via, the content ends before the credit', () => {
    const got = ar('وقال مدير الميناء إن حركة الشحن تضاعفت، بحسب وكالة الأنباء الرسمية.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('مدير الميناء');
    expect(got[0]!.via).toBe('وكالة الأنباء الرسمية');
    expect(got[0]!.content).toBe('حركة الشحن تضاعفت');
  });

  it('«وفقا لـ» too', () => {
    expect(ar('وأكدت الوزيرة أن المدارس تفتح الأحد، وفقا لصحيفة محلية.')[0]!.via).toBe('صحيفة محلية');
  });

  it('a document credit is the speaker\'s own channel: no via', () => {
    expect(ar('وقال الناطق إن المدارس تفتح الأحد، بحسب البيان.')[0]!.via).toBeNull();
  });

  it('after an act with no report the credit is the source, as before', () => {
    const got = ar('وارتفع سعر الخبز عشرة بالمئة، بحسب نقابة المخابز.');
    expect(got[0]!.source).toBe('نقابة المخابز');
    expect(got[0]!.cue).toBe('بحسب');
  });
});

describe('«، ومقره X،» after the source is an aside', () => {
  it('neither the source nor the content', () => {
    const got = ar('وقالت المنظمة الدولية للهجرة، ومقرها جنيف، إن ثلاثة قوارب غرقت.');
    expect(got[0]!.source).toBe('المنظمة الدولية للهجرة');
    expect(got[0]!.content).toBe('ثلاثة قوارب غرقت');
  });
});

describe('«وبين» opening its sentence reaches its أن past a long aside', () => {
  it('«وبين الوزير خلال جولته على … أن …»', () => {
    const got = ar('وبين المحافظ خلال زيارته لمحطة ضخ المياه الجديدة في ضاحية المدينة الشرقية (شمالا) أن الضخ يبدأ الشهر المقبل.');
    expect(got[0]!.cue).toBe('وبين');
    expect(got[0]!.source).toBe('المحافظ');
    expect(got[0]!.content).toBe('الضخ يبدأ الشهر المقبل');
  });
});

describe('one of a group, with no name, is an unnamed source', () => {
  it('«أحد …», «إحدى …» are anonymous', () => {
    expect(ar('وقال أحد محامي الدفاع إن الجلسة أجلت.')[0]!.kind).toBe('anonymous');
    expect(ar('وقالت إحدى الممرضات إن المستشفى مكتظ.')[0]!.kind).toBe('anonymous');
  });

  it('a name after the group names the member', () => {
    expect(ar('وقال أحد قادة النقابة خالد يوسف إن الإضراب مستمر.')[0]!.kind).toBe('person');
  });
});

describe('a family name right before the comma of an aside is the name, whatever letter opens it', () => {
  it('«وزير … سمير بلحاج، الأحد، افتتاح …»: the name whole, the object after the aside', () => {
    const got = ar('وأعلن وزير النقل والمواصلات سمير بلحاج، الأحد، افتتاح الطريق الساحلي.');
    expect(got[0]!.source).toBe('وزير النقل والمواصلات سمير بلحاج');
    expect(got[0]!.content).toBe('افتتاح الطريق الساحلي');
  });

  it('a glued preposition before the object and no comma is still the complement', () => {
    expect(ar('وطالب وزير الصحة الدكتور سامي بتوفير الأدوية للمستشفيات.')[0]!.source).toBe('وزير الصحة الدكتور سامي');
  });
});

describe('a noun of an event after a definite subject opens the verb\'s object', () => {
  it('«وفاة» as «مقتل», after a body and after a person', () => {
    const body = ar('وأعلنت الحكومة وفاة وزير الري.');
    expect(body[0]!.source).toBe('الحكومة');
    expect(body[0]!.content).toBe('وفاة وزير الري');
    const person = ar('وأعلن المتحدث باسم الشرطة مقتل ثلاثة لصوص.');
    expect(person[0]!.source).toBe('المتحدث باسم الشرطة');
    expect(person[0]!.content).toBe('مقتل ثلاثة لصوص');
  });
});
