/**
 * Issue 9: reports inside a clause ("…، في خطوة وصفتها المعارضة بأنها …") and hedges that name no source
 * ("…، وفق زعمها"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const summary = (text: string, lang: 'ar' | 'en') =>
  claimsOf(text, lang).map((c) => (c.attribution ? `${c.attribution.source.text} / ${c.attribution.cue.text}: ${c.text}` : `own: ${c.text}`));

describe('a report inside a clause is a claim of its own', () => {
  it('Arabic: "في خطوة وصفتها X بأنها" after another report, and after the outlet’s own clause', () => {
    expect(summary('وقالت البلدية إن رسوم النقل سترتفع، في خطوة وصفتها النقابة بأنها مجحفة.', 'ar')).toEqual([
      'البلدية / وقالت: وقالت البلدية إن رسوم النقل سترتفع',
      'النقابة / وصفتها: في خطوة وصفتها النقابة بأنها مجحفة.',
    ]);
    expect(summary('وأغلقت السلطات الجسر، وهو ما وصفته النقابة بأنه عقاب جماعي.', 'ar')).toEqual([
      'own: وأغلقت السلطات الجسر',
      'النقابة / وصفته: وهو ما وصفته النقابة بأنه عقاب جماعي.',
    ]);
  });

  it('Arabic: the same source describing again, and "ما وصفته بـ…" with no subject of its own, go on with the speaker', () => {
    const again = claimsOf('أعلنت الكتيبة سيطرتها على التلة، في تطور وصفته الكتيبة بأنه «نصر حاسم».', 'ar');
    expect(again.map((c) => c.attribution?.cue.text)).toEqual(['أعلنت', 'وصفته']);
    expect(again[1]!.attribution).toMatchObject({ source: { text: 'الكتيبة', continued: true }, quote: 'direct', content: { text: 'نصر حاسم' } });
    const relative = claimsOf('وأضاف التقرير أن الحريق أتلف المخازن، إلى جانب ما وصفته بـ«خسائر فادحة».', 'ar');
    expect(relative.map((c) => [c.attribution?.source.text, c.attribution?.cue.text, c.text])).toEqual([
      ['التقرير', 'وأضاف', 'وأضاف التقرير أن الحريق أتلف المخازن'],
      ['التقرير', 'وصفته', 'إلى جانب ما وصفته بـ«خسائر فادحة».'],
    ]);
    // With no comma before it, "ما وصفه بـ…" stays inside the report it belongs to.
    expect(claimsOf('وأشار المدير إلى وجود ما وصفها بـ«ثغرات كبيرة» في النظام.', 'ar')).toHaveLength(1);
  });

  it('Arabic: "تأكيد أو نفي" is a pair of nouns, no denial', () => {
    expect(summary('وانسحبت الوحدة من الموقع، فيما لم يصدر تأكيد أو نفي حتى الآن.', 'ar')).toEqual(['own: وانسحبت الوحدة من الموقع، فيما لم يصدر تأكيد أو نفي حتى الآن.']);
  });

  it('Arabic: a verb without the relative’s object pronoun, or right after a comma, opens no inner report', () => {
    // No pronoun on the verb ("وأضاف"), so no relative clause: the ordinary reading holds.
    const claims = claimsOf('وقال الوزير إن الاتفاق صامد، وأضاف أن الهدنة ستمدد.', 'ar');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['وقال', 'وأضاف']);
    expect(claims[0]!.text).toBe('وقال الوزير إن الاتفاق صامد');
  });
});

describe('hedges name no source', () => {
  it('Arabic: "وفق زعمها", "حسب ادعائه", "بحسب مزاعمهم", "على حد وصفها" leave the outlet’s voice', () => {
    for (const hedge of ['وفق زعمها', 'حسب ادعائه', 'بحسب مزاعمهم', 'على حد وصفها']) {
      expect(summary(`وسيطرت الكتيبة على الميناء، ${hedge}.`, 'ar')).toEqual([`own: وسيطرت الكتيبة على الميناء، ${hedge}.`]);
    }
  });

  it('Arabic: a named source behind a noun of claiming is the source, at a distance', () => {
    const [claim] = claimsOf('وسيطرت الكتيبة على الميناء، وفقا لمزاعم الجيش.', 'ar');
    expect(claim!.attribution).toMatchObject({ source: { text: 'الجيش' }, cue: { stance: 'distancing' }, content: { text: 'وسيطرت الكتيبة على الميناء' } });
    expect(claimsOf('ارتفعت الأسعار، على حد وصف رئيس الغرفة التجارية.', 'ar')[0]!.attribution?.source.text).toBe('رئيس الغرفة التجارية');
  });

  it('English: "as they claimed" after a clause is the outlet’s voice', () => {
    expect(summary('The militia took the port, as they claimed.', 'en')).toEqual(['own: The militia took the port, as they claimed.']);
  });
});

describe('a subordinate clause opening the sentence is the outlet’s voice', () => {
  it('Arabic: "وبينما …، فإن X يرى …" splits at the comma; a report inside the opening clause keeps its own claim', () => {
    expect(summary('وبينما لم يصدر أي بيان عن الشركة، فإن المحللين يرون أن الصفقة تعثرت.', 'ar')).toEqual([
      'own: وبينما لم يصدر أي بيان عن الشركة',
      'المحللين / يرون: فإن المحللين يرون أن الصفقة تعثرت.',
    ]);
    expect(summary('وبينما قال المدير إن المصنع سيغلق، أكدت النقابة أنه سيعمل.', 'ar')).toEqual([
      'المدير / قال: وبينما قال المدير إن المصنع سيغلق',
      'النقابة / أكدت: أكدت النقابة أنه سيعمل.',
    ]);
  });
});
