/**
 * Arabic families of session 17's attribution pass, on sentences written for these tests: a via phrase
 * with «عبر» between the speaker and the quotation, an opening «في بيان صادر عن X،» before a verb with no
 * subject, «الذي يعتبر …» as "who is considered", and religious titles as source nouns.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('«عبر» + a medium after the speaker is the channel, not part of the speaker', () => {
  it('«وقال الأمين العام سعيد ناصر عبر إذاعة محلية “…”» has the speaker as source and the radio as via', () => {
    const got = ar('وقال الأمين العام سعيد ناصر عبر إذاعة محلية “لن نعود إلى العمل قبل الاتفاق”.');
    expect(got[0]!.source).toBe('الأمين العام سعيد ناصر');
    expect(got[0]!.via).toContain('إذاعة محلية');
    expect(got[0]!.content).toBe('لن نعود إلى العمل قبل الاتفاق');
  });

  it('a definite medium and its adjective, with إن', () => {
    const got = ar('وأكد الوزير عبر التلفزيون الرسمي أن الحكومة لن تتراجع.');
    expect(got[0]!.source).toBe('الوزير');
    expect(got[0]!.via).toContain('التلفزيون الرسمي');
  });

  it('the via ends where the quotation opens, the quoted words stay content', () => {
    const got = ar('وقال المدرب عبر قناة النادي الرسمية “سنقاتل حتى آخر مباراة في الموسم”، مضيفا “الجمهور يستحق الأفضل”.');
    expect(got[0]!.source).toBe('المدرب');
    expect(got[0]!.via).not.toContain('سنقاتل');
    expect(got[0]!.content).toBe('سنقاتل حتى آخر مباراة في الموسم');
    expect(got[1]!.source).toBe('المدرب');
  });

  it('a short quoted name after an indefinite channel noun stays the channel\'s', () => {
    const got = ar('وقال المدير عبر قناة “الأفق” إن المصنع سيغلق.');
    expect(got[0]!.source).toBe('المدير');
    expect(got[0]!.via).toContain('الأفق');
  });
});

describe('an opening «في بيان صادر عن X،» names the speaker of a verb with no subject', () => {
  it('«وفي بيان صدر عن النقابة، قال إن …»', () => {
    const got = ar('وفي بيان صدر عن النقابة، قال إن الإضراب سيستمر حتى الخميس.');
    expect(got[0]!.source).toBe('النقابة');
    expect(got[0]!.content).toBe('الإضراب سيستمر حتى الخميس');
  });

  it('a definite statement, an adjective before the issuing word, a title no list has', () => {
    expect(ar('وفي البيان الصادر عن المجلس البلدي، أكد أن الطريق سيغلق يومين.')[0]!.source).toBe('المجلس البلدي');
    expect(ar('وفي بيان رسمي صادر عن الجيش، أعلن أن القوات انسحبت.')[0]!.source).toBe('الجيش');
    expect(ar('وفي بيان صدر عن الحاكم الإداري سامر عودة عبر موقع البلدية، قال “سنعيد فتح الطريق خلال يومين”.')[0]!.source).toBe('الحاكم الإداري سامر عودة');
  });

  it('a verb with its own subject keeps it', () => {
    expect(ar('وفي بيان صادر عن وزارة الخارجية، قالت الوزارة إن الحكومة ترفض القرار.')[0]!.source).toBe('الوزارة');
  });

  it('a statement with no issuer names no one', () => {
    const got = ar('وفي بيان صدر مساء الأحد، قال الوزير إن الحكومة ترفض القرار.');
    expect(got[0]!.source).toBe('الوزير');
  });
});

describe('«الذي يعتبر …» with a predicate right after it is "who is considered": no report', () => {
  it('an indefinite predicate or an elative after a relative', () => {
    expect(ar('توفي المغني الذي يعتبر أول فنان عربي يفوز بالجائزة.')[0]!.source).toBeNull();
    expect(ar('وافتتح الجسر الذي يعتبر الأطول في المنطقة.')[0]!.source).toBeNull();
    expect(ar('وكانت المدينة التي تعتبر من أقدم المدن مأهولة منذ قرون.')[0]!.source).toBeNull();
  });

  it('«الذي اعتبر أن …» still reports', () => {
    const got = ar('وجاء ذلك على لسان الرئيس الذي اعتبر أن الضربات كانت ضرورية.');
    expect(got[0]!.source).toBe('الرئيس');
    expect(got[0]!.content).toBe('الضربات كانت ضرورية');
  });
});

describe('religious titles and «طبيب» are source nouns', () => {
  it('a title is the antecedent of the relative that speaks, not the words before it', () => {
    expect(ar('والتقى الوزير بالمطران الذي أكد أن الكنيسة ستبقى مفتوحة.')[0]!.source).toBe('المطران');
    expect(ar('وزار الرئيس الإمام الذي قال إن المسجد سيفتح.')[0]!.source).toBe('الإمام');
  });

  it('a doctor is a person', () => {
    expect(ar('وأكد الطبيب المعالج للوكالة أن حالته مستقرة.')[0]!.kind).toBe('person');
  });
});

describe('an opening «وفي تعليق على …،» with no issuer says how, not who', () => {
  it('the verb after it goes on with the speaker before', () => {
    const got = ar('وقال المدير إن المصنع سيغلق. وفي تعليق على القرار، قال إن العمال محقون.');
    expect(got[1]!.source).toBe('المدير');
  });

  it('whom the words were told is no issuer either', () => {
    const got = ar('وقالت النقابة إن الإضراب مستمر. وفي تصريح للصحفيين، أكدت أن المفاوضات متوقفة.');
    expect(got[1]!.source).toBe('النقابة');
  });

  it('a statement of a body named with «ل» glued on does not go on with the speaker before', () => {
    const got = ar('وقال المدير إن المصنع سيغلق. وفي بيان للنقابة، قالت إن العمال محقون.');
    expect(got[1]!.source).toContain('للنقابة');
  });
});

describe('«وتابع الوزير قائلا: …»: the cognate participle after the subject belongs to the verb', () => {
  it('a colon-only verb with its subject and «قائلا:» reports once, the title its source', () => {
    const got = ar('وتابع رئيس البلدية قائلا: “لن نترك السكان وحدهم”.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('رئيس البلدية');
    expect(got[0]!.content).toBe('لن نترك السكان وحدهم');
  });

  it('«وأضاف المدير قائلا إن …» is one claim with the clause as content', () => {
    const got = ar('وأضاف المدير قائلا إن المصنع سيعود إلى العمل.').filter((c) => c.source !== null);
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('المدير');
    expect(got[0]!.content).toBe('المصنع سيعود إلى العمل');
  });

  it('an object before the participle («واختتم حديثه قائلا») is no subject', () => {
    const got = ar('وقال المدير إن المصنع سيغلق. واختتم حديثه قائلا “سنعود أقوى مما كنا بكثير”.');
    expect(got[1]!.source).toBe('المدير');
  });
});
