/** Arabic: a closing "as X reported" relay, and colon labels that speak their whole line (issue 9, session 6). */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const attributions = (text: string) => claimsOf(text, 'ar').map((c) => (c.attribution ? [c.attribution.source.text, c.attribution.cue.text] : null));

describe('a report introduced by "as" closing the sentence', () => {
  it('"وفقا لما نقلته X": a form with its object pronoun after "as" relays with no عن, a quoted name is its subject', () => {
    expect(attributions('ارتفعت أسعار القمح في الأسواق، وفقا لما نقلته وكالة الأنباء.')).toEqual([['وكالة الأنباء', 'نقلته']]);
    expect(attributions('ارتفعت أسعار القمح في الأسواق، وفقًا لما نقلته “الوكالة”.')).toEqual([['“الوكالة”', 'نقلته']]);
  });

  it('beats a document subject before it: the outlet is the sentence’s source', () => {
    const [claim] = claimsOf('تشير الأرقام الأولية إلى تراجع البطالة بنسبة 3 بالمائة، حسبما ذكرت قناة الشرق التلفزيونية يوم الأحد.', 'ar');
    expect(claim!.attribution?.source.text).toBe('قناة الشرق التلفزيونية');
    expect(claim!.text.startsWith('تشير الأرقام')).toBe(true);
  });

  it('does not take over a person’s report', () => {
    expect(attributions('وقال الوزير إن البطالة تراجعت، حسبما ذكرت قناة الشرق.')[0]).toEqual(['الوزير', 'وقال']);
  });

  it('a statement a relative clause says an agency relayed ("في بيان نقلته X") keeps its speaker', () => {
    expect(attributions('وأعلنت النقابة، في بيان نقلته وكالة الأنباء، أن الإضراب مستمر.')[0]).toEqual(['النقابة', 'وأعلنت']);
  });
});

describe('a speaker’s label and colon speaks its whole line', () => {
  it('sentences after ".." on the same line go on with the label', () => {
    const text = '- رئيس اللجنة: نسبة المشاركة هي الأعلى.. التزمنا الحياد التام.. لم يكن لدينا ما نخفيه\nوأغلقت مراكز الاقتراع مساء الثلاثاء.';
    expect(attributions(text)).toEqual([
      ['رئيس اللجنة', ':'],
      ['رئيس اللجنة', ':'],
      ['رئيس اللجنة', ':'],
      null,
    ]);
    expect(claimsOf(text, 'ar')[1]!.attribution?.source.continued).toBe(true);
  });
});

describe('clauses around a report', () => {
  it('"وتابع X أن …" reports; a subject and cue opening its content clause are what X said', () => {
    expect(attributions('وتابع المتحدث باسم النقابة أن العمال يؤكدون استمرارهم في الإضراب حتى تلبية المطالب.')).toEqual([['المتحدث باسم النقابة', 'وتابع']]);
  });

  it('"X، بينما أفادت مصادر …": the clause before a report opened by a clause starter is the outlet’s voice', () => {
    expect(attributions('لم يصدر أي تعليق من الحكومة بشأن الإضراب، بينما أفادت مصادر عمالية بانسحاب الشركة.')).toEqual([null, ['مصادر عمالية', 'أفادت']]);
  });
});

describe('forms with an object pronoun that also spell a noun', () => {
  it('report right after a relative ("وهو ما نفاه X", "ما أكده X"), never alone ("وصفة")', () => {
    expect(attributions('وانسحب الجيش من البلدة، وهو ما نفاه المتحدث العسكري.')).toEqual([null, ['المتحدث العسكري', 'نفاه']]);
    expect(attributions('وارتفعت الأسعار، وهو ما أكده الوزير في مؤتمر صحفي.')).toEqual([null, ['الوزير', 'أكده']]);
    expect(attributions('وقدم الطاهي وصفه الجديد للطعام.')).toEqual([null]);
  });
});

describe('a cue line ending in a colon, the quotation in the next paragraph', () => {
  it('the quotation carries the attribution; the line introducing it is a credit', () => {
    const claims = claimsOf('كما قال وزير المالية سامي حداد:\n\n“لا يوجد اتفاق حتى الآن على الموازنة، ونحن مرتاحون للأرقام الحالية”.', 'ar');
    expect(claims[0]).toMatchObject({ attribution: null, kind: 'credit' });
    expect(claims[1]!.attribution?.source.text).toBe('وزير المالية سامي حداد');
  });
});

describe('an act after a long subject', () => {
  it('"أعلن المدير العام للهيئة، فلان، حالة الطوارئ" reports nothing', () => {
    expect(attributions('أعلن المدير العام لهيئة الأرصاد الوطنية، سامي حداد، حالة الطوارئ القصوى في الإقليم.')).toEqual([null]);
  });
});

describe('spellings that fold onto a cue but are none', () => {
  it('"إدانته" (his conviction) is a noun, "أدانته" a verb; "تُدعى" names, "تدعي" claims', () => {
    expect(attributions('علق المدرب على قرار إدانته في القضية.')).toEqual([null]);
    // (A verb with a charge after it is a verdict, no report: arabic-s9-families.test.ts.)
    expect(attributions('وأدانته النقابة في بيان شديد اللهجة.')).toEqual([['النقابة', 'وأدانته']]);
    expect(attributions('وقضت المحكمة في القضية التي تدعى "الصندوق الأسود" بالبراءة.')).toEqual([null]);
    expect(attributions('وتدعي الشركة أن الأرقام صحيحة.')).toEqual([['الشركة', 'وتدعي']]);
  });

  it('a cue after a negated auxiliary ("لم يكن يعتقد") reports nothing', () => {
    expect(attributions('ويبدو أنه حتى وقت قريب لم يكن يعتقد أن المدينة في خطر.')).toEqual([null]);
  });
});

describe('a list of highlight lines with speakers’ labels', () => {
  const line1 = '- رئيس اللجنة: نسبة المشاركة هي الأعلى في تاريخ البلاد.. التزمنا الحياد التام';
  it('a bare surname before a colon, right after a speaker’s line, is a speaker', () => {
    const text = `${line1}\n- سليماني: الرئيس الجديد سيتولى المهام بقوة القانون\n\nوأغلقت مراكز الاقتراع مساء الثلاثاء.`;
    expect(attributions(text)).toEqual([['رئيس اللجنة', ':'], ['رئيس اللجنة', ':'], ['سليماني', ':'], null]);
  });

  it('not after a line that has no speaker, nor a label the data calls no source', () => {
    expect(attributions('- ارتفاع نسبة المشاركة في المدن الكبرى مقارنة بالدورة الماضية\n- سليماني: الرئيس الجديد سيتولى المهام بقوة القانون')[1]).toBeNull();
    expect(attributions(`${line1}\n- عاجل: إغلاق مراكز الاقتراع في العاصمة بعد الظهر`)[2]).toBeNull();
  });
});
