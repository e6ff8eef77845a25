import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

const sources = (text: string): (string | undefined)[] => claimsOf(text, 'ar').map((c) => c.attribution?.source.text);

// Sentences written for these tests (session 9): families of Arabic attribution, not single sentences.
describe('Arabic attribution: acts, verdicts, open quotations', () => {
  it('a coordinated cue after an act goes on with the act\'s subject, its possessed object left out', () => {
    const met = 'والتقى الوزير نظيره الفرنسي، وقال إن العلاقات متينة.';
    expect(claimsOf(met, 'ar')[0]!.attribution).toMatchObject({ source: at(met, 'الوزير'), cue: at(met, 'وقال') });
    // "ثم" after the comma opens the second clause as a conjunction does.
    const then = 'واستقبل الرئيس الوفد، ثم قال إن المحادثات كانت مثمرة.';
    const claims = claimsOf(then, 'ar');
    expect(claims.map((c) => c.attribution?.source.text)).toEqual([undefined, 'الرئيس']);
    expect(claims[1]!.text.startsWith('ثم قال')).toBe(true);
  });

  it('"…، فيما تعهد X بـ…، وقال": the nearest clause\'s subject speaks, not the first clause\'s', () => {
    const text = 'وأعلنت النقابة الإضراب العام، فيما تعهد رئيس الحكومة بتلبية المطالب، وقال إن الحوار مفتوح.';
    const claims = claimsOf(text, 'ar');
    expect(claims[claims.length - 1]!.attribution).toMatchObject({ source: at(text, 'رئيس الحكومة'), cue: at(text, 'وقال') });
  });

  it('a name of dictionary words set off by commas elsewhere in the article is the subject of a clause-opening verb', () => {
    const text = 'وفازت القائمة بزعامة، نور الهدى، بالمرتبة الأولى. وأعلن الحزب فوزه، فيما تعهد نور الهدى بمحاربة الفقر.';
    const claims = claimsOf(text, 'ar');
    const pledge = claims.find((c) => c.text.includes('تعهد'))!;
    expect(pledge.attribution?.source).toMatchObject(at(text, 'نور الهدى', 1));
    // Written elsewhere, but never set off: no name (the words may be an object).
    const plain = 'وحققت نور الهدى أرباحا. وأعلن الحزب فوزه، فيما تعهد نور الهدى بمحاربة الفقر.';
    expect(claimsOf(plain, 'ar').find((c) => c.text.includes('تعهد'))?.attribution?.source.text).not.toBe('نور الهدى');
  });

  it('«أدان X بـتهمة …»: a conviction is a verdict, no report; condemning an attack is a stance', () => {
    for (const verdict of ['أدانت المحكمة العليا المتهم بتهمة الاحتيال وحكمت عليه بالسجن.', 'أدانت هيئة المحلفين في قضية "الأموال السرية" الرجل بكل التهم الموجهة إليه.']) {
      expect(claimsOf(verdict, 'ar').every((c) => c.attribution === null)).toBe(true);
    }
    const stance = 'وأدانت وزارة الخارجية الهجوم على القافلة.';
    expect(claimsOf(stance, 'ar')[0]!.attribution).toMatchObject({ source: at(stance, 'وزارة الخارجية'), cue: at(stance, 'وأدانت') });
  });

  it('«دافع عن» reports; a participle after it is a claim of its own by the same speaker', () => {
    const text = 'ودافع الوزير عن قراره برفع الأسعار، مؤكدا أنه ضروري لإنقاذ الاقتصاد.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['ودافع', 'مؤكدا']);
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['الوزير', 'الوزير']);
    // Without عن it is no cue ("a motive").
    expect(claimsOf('وكان الدافع وراء القرار اقتصاديا.', 'ar')[0]!.attribution).toBeNull();
  });

  it('a participle after an act: the act\'s object is no part of the speaker', () => {
    const text = 'وأصدر المحافظ أمرا بإغلاق الطريق، مؤكدا أنه إجراء مؤقت.';
    const source = claimsOf(text, 'ar').find((c) => c.attribution)?.attribution?.source.text ?? '';
    expect(source.startsWith('المحافظ')).toBe(true);
    expect(source).not.toContain('بإغلاق');
  });

  it('a cue with a resumptive pronoun after an indefinite noun is a report inside the clause', () => {
    const text = 'وانتهت الجلسة بعد نقاش طويل اتهم فيه النواب الحكومة بإهدار المال العام.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution).toBeNull();
    expect(claims[1]!.attribution).toMatchObject({ source: at(text, 'النواب'), cue: at(text, 'اتهم') });
    // A definite plural of people takes no name after it: the name is the object.
    const named = 'وبدأت محاكمة استمرت شهرا اتهم فيها المحامون سمير بالتزوير.';
    expect(claimsOf(named, 'ar')[1]!.attribution?.source.text).toBe('المحامون');
  });

  it('a press conference the speaker held ends the subject of "قال فيه"', () => {
    const text = 'وعقد المتحدث مؤتمرا صحفيا قال فيه إن الأزمة انتهت.';
    expect(claimsOf(text, 'ar')[0]!.attribution?.source).toMatchObject(at(text, 'المتحدث'));
  });

  it('a definite object after the speaker\'s comma is no apposition; a title set off by commas still is', () => {
    const text = 'ووصف رئيس البرلمان سعيد النعيمي، الاتفاق بأنه تاريخي.';
    expect(claimsOf(text, 'ar')[0]!.attribution?.source).toMatchObject(at(text, 'رئيس البرلمان سعيد النعيمي'));
    const aside = 'ووصفت الوزيرة هالة السعيد، في مؤتمر صحفي، القرار بأنه مؤقت.';
    expect(claimsOf(aside, 'ar')[0]!.attribution?.source).toMatchObject(at(aside, 'الوزيرة هالة السعيد'));
    const title = 'وقال المتحدث، العقيد سمير الحداد، إن التحقيق مستمر.';
    expect(claimsOf(title, 'ar')[0]!.attribution?.source.text).toContain('سمير الحداد');
  });

  it('a masculine participle with its accusative alef and a complement opens a clause of its own with no comma', () => {
    const text = 'ووصفت النقابة القرار بأنه ظالم متعهدا بالطعن فيه.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['ووصفت', 'متعهدا']);
    expect(claims[1]!.text.startsWith('متعهدا')).toBe(true);
    // Without the alef or a comma, a participle followed by a noun reports nothing of its own.
    expect(claimsOf('ووصفت النقابة القرار بأنه ظالم مؤكدة الطعن فيه.', 'ar')).toHaveLength(1);
  });

  it('a quotation left open at a paragraph\'s end and closed in the next goes on with its speaker', () => {
    const text = 'وقال المحافظ: «سنعيد بناء الجسور في كل القرى.\n\nوسنفتح الطرق قريبا، ونعوض المتضررين».\n\nوفي سياق آخر، ارتفعت الأسعار.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['المحافظ', 'المحافظ', undefined]);
    expect(claims[1]!.attribution?.rule).toBe('quote-continues');
    // No closing mark comes: the next paragraph is the outlet's.
    const unclosed = 'وقال المحافظ: «سنعيد بناء الجسور في كل القرى.\n\nوارتفعت الأسعار في المدينة.';
    expect(claimsOf(unclosed, 'ar')[1]!.attribution).toBeNull();
  });

  it('families that already held: titles and names set off by commas, compound past, participles, kinds', () => {
    expect(sources('وقالت مديرة المستشفى، الدكتورة ليلى العمر، إن الوضع تحت السيطرة.')[0]).toContain('ليلى العمر');
    expect(sources('وقال محمد الراشد، وزير المالية، إن العجز سينخفض.')[0]).toContain('محمد الراشد');
    expect(sources('وكان وزير الصحة قد قال إن اللقاح آمن.')).toEqual(['وزير الصحة']);
    expect(sources('وقالت الوزارة إن المساعدات وصلت، مضيفة أن قافلة أخرى في الطريق.')).toEqual(['الوزارة', 'الوزارة']);
    expect(sources('وقال رجل، 66 عاما، إن منزله دمر.')).toEqual(['رجل']);
    expect(sources('وقالت المفوضية العليا المستقلة للانتخابات إن النتائج نهائية.')).toEqual(['المفوضية العليا المستقلة للانتخابات']);
  });
});
