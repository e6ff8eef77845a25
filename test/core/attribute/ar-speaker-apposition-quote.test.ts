/**
 * Arabic verb-first reports whose subject region holds more than a title: a second title in apposition before the
 * name («وقال الخبير الاقتصادي، الأستاذ في جامعة …، فلان، إن …»), and a short quotation right after a person's
 * title («وقال الوزير "لن نتراجع"، …»), which is what was said, not a quoted name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a name after a title and its apposition', () => {
  it('the name set off after two titles is the speaker\'s, not the content', () => {
    const [got] = ar('وقال الخبير الاقتصادي، الأستاذ في جامعة القاهرة، محمود حسن، إن التضخم سيتراجع.');
    expect(got?.source).toContain('محمود حسن');
    expect(got?.content).toBe('التضخم سيتراجع');
  });

  it('a feminine title and a long apposition', () => {
    const [got] = ar('وقالت المحامية، العضو في نقابة المحامين، سلمى يوسف، إن القرار باطل.');
    expect(got?.source).toContain('سلمى يوسف');
    expect(got?.content).toBe('القرار باطل');
  });
});

describe('a short quotation right after a person\'s title is speech', () => {
  it('a negation opens it; the participle after goes on with the speaker', () => {
    const got = ar('وقال الوزير "لن نتراجع"، مضيفا أن الحكومة ماضية في خطتها.');
    expect(got[0]).toMatchObject({ source: 'الوزير', content: 'لن نتراجع' });
    expect(got[1]).toMatchObject({ source: 'الوزير', content: 'الحكومة ماضية في خطتها' });
  });

  it('a demonstrative, a pronoun, «لا»', () => {
    expect(ar('وقال المتحدث "هذا مرفوض" قبل أن يغادر القاعة.')[0]).toMatchObject({ source: 'المتحدث', content: 'هذا مرفوض' });
    expect(ar('وقالت الوزيرة "نحن مستعدون" ردا على سؤال.')[0]).toMatchObject({ source: 'الوزيرة', content: 'نحن مستعدون' });
    expect(ar('وقال الرئيس «لا تراجع» في كلمته أمام البرلمان.')[0]).toMatchObject({ source: 'الرئيس', content: 'لا تراجع' });
  });

  it('a quoted name after a title or a body stays in the subject', () => {
    expect(ar('وقال القائد "أبو محمد" إن المعركة مستمرة.')[0]?.source).toBe('القائد "أبو محمد"');
    expect(ar('وقال حزب "النهضة" إن الانتخابات مزورة.')[0]?.source).toBe('حزب "النهضة"');
  });
});

describe('subject first: a bare name, then a long titled apposition, then the verb', () => {
  it('a preposition inside the apposition ends nothing; the name is in the source', () => {
    const [got] = ar('أحمد سالم، المتحدث الرسمي باسم وزارة الخارجية في الحكومة الانتقالية، قال إن الوزارة تتابع الأوضاع.');
    expect(got?.source).toContain('أحمد سالم');
    expect(got?.content).toBe('الوزارة تتابع الأوضاع');
  });

  it('with a joined conjunction on the name', () => {
    const [got] = ar('وسامي خليل، الباحث في مركز الدراسات في بيروت، أكد أن الأزمة ستطول.');
    expect(got?.source).toContain('سامي خليل');
    expect(got?.content).toBe('الأزمة ستطول');
  });
});
