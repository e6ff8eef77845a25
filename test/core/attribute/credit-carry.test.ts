import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('a sentence-final credit does not become the carried-over speaker', () => {
  it('Arabic: "وأشارت إلى أن" after "…، بحسب قناة …" goes on with the feminine subject speaker', () => {
    const text = 'قالت وزيرة المالية إن العجز تراجع خلال العام الماضي. وارتفعت الصادرات بنسبة كبيرة، بحسب قناة الأخبار. وأشارت إلى أن الحكومة ستواصل الإصلاحات.';
    const claims = claimsOf(text, 'ar');
    expect(attributionAt(claims, 'الصادرات')?.source.text).toBe('قناة الأخبار');
    const carried = attributionAt(claims, 'ستواصل');
    expect(carried?.source.text).toBe('وزيرة المالية');
    expect(carried?.source.continued).toBe(true);
  });

  it('Arabic: "واعتبرت أن" likewise; with no subject speaker before it the credit still carries', () => {
    const withSpeaker = claimsOf('أكدت الهيئة العامة للموانئ أن الرصيف الجديد جاهز. وتأخرت الشحنات أسبوعا، وفقا لصحيفة المساء. واعتبرت أن التأخير لن يتكرر.', 'ar');
    expect(attributionAt(withSpeaker, 'التأخير')?.source.text).toBe('الهيئة العامة للموانئ');
    const creditOnly = claimsOf('وتأخرت الشحنات أسبوعا، بحسب قناة المساء. وأشارت إلى أن التأخير لن يتكرر.', 'ar');
    expect(attributionAt(creditOnly, 'التأخير')?.source.text).toBe('قناة المساء');
  });

  it('English: "She added" after "…, according to <a man of unknown sex>." goes on with the woman who spoke', () => {
    const text = 'Mayor Ann Briggs said the bridge would reopen in May. Repairs cost more than planned, according to city engineer Paul Dunn. She added that tolls would not rise.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'Repairs')?.source.text).toBe('city engineer Paul Dunn');
    expect(attributionAt(claims, 'tolls')?.source.text).toBe('Mayor Ann Briggs');
  });

  it('English: "He added" after a credit closing the sentence goes on with the subject speaker', () => {
    const text = 'Coach Tom Reyes said the team would travel on Friday. The match was moved twice, according to Lee Park. He added that the players were ready.';
    expect(attributionAt(claimsOf(text, 'en'), 'players')?.source.text).toBe('Coach Tom Reyes');
  });
});
