/**
 * Families of Arabic attribution seen on the fresh set's tuned half in session 14, on sentences written for
 * these tests: an "as" credit closing a sentence after a quotation in a later clause, a masdar object after a
 * channel phrase, and data nouns (معطيات، بيانات) as documents.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const claims = (text: string) => claimWordings(text, 'ar');

describe('an "as" credit closing the sentence after a quotation in a later clause', () => {
  it('«…، حيث "…"، بحسب ما أعلن X»: the quotation is X\'s, the report before keeps its speaker', () => {
    const got = claims('وأعلنت البلدية أن الحي صار "منطقة معزولة"، حيث "انقطعت الطرق وتوقفت المخابز"، بحسب ما أعلن مجلس الحي.');
    expect(got.map((c) => c.source)).toEqual(['البلدية', 'مجلس الحي']);
    expect(got[1]!.text.startsWith('"انقطعت')).toBe(true);
    expect(got[1]!.content).toBe('انقطعت الطرق وتوقفت المخابز');
  });

  it('with no quotation before it, the credit stays inside the report', () => {
    const got = claims('وقال المدير إن المصنع سيغلق أبوابه، حسبما أفادت النقابة.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('المدير');
  });

  it('closing a sentence of figures, the content ends before the "as" phrase', () => {
    const got = claims('وتشير الأرقام إلى تراجع الصادرات في الربع الأول، بحسب ما ذكرت الإذاعة.');
    expect(got[0]!.source).toBe('الإذاعة');
    expect(got[0]!.content).toBe('وتشير الأرقام إلى تراجع الصادرات في الربع الأول');
  });
});

describe('a masdar object after a channel phrase', () => {
  it('«أكد X في تصريح صحفي وجود …»: the channel ends before the masdar, which opens the content', () => {
    const got = claims('ونفى المحافظ في تصريح صحفي وقوع الإصابات بين السكان.');
    expect(got[0]!.source).toBe('المحافظ');
    expect(got[0]!.via).toBe('تصريح صحفي');
    expect(got[0]!.content).toBe('وقوع الإصابات بين السكان');
  });

  it('a channel with a preposition and its own name stays whole', () => {
    expect(claims('وقال الوزير في مقابلة مع قناة الرافدين إن المفاوضات متعثرة.')[0]!.via).toContain('قناة الرافدين');
  });
});

describe('data nouns are documents', () => {
  it('«وفق المعطيات الرسمية»', () => {
    const got = claims('وتراجع عدد الزوار إلى النصف، وفق المعطيات الرسمية.');
    expect(got[0]!.source).toBe('المعطيات الرسمية');
    expect(got[0]!.kind).toBe('document');
  });
});
