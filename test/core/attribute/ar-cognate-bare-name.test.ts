/**
 * Arabic: «وتابع فلان قائلا: …» — a bare name (no title before it) between the verb and its cognate participle
 * «قائلا» is the verb's subject; the participle belongs to the verb, one claim. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a bare name before «قائلا»', () => {
  it('a colon after the participle: the colon-only verb reports', () => {
    const got = ar('وتابع سليم قائلا: "لن نقبل بهذا القرار".');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ source: 'سليم', cue: 'وتابع', content: 'لن نقبل بهذا القرار' });
  });

  it('a name with a family name taking the article, إن after the participle: one claim, the verb\'s', () => {
    const got = ar('وأضاف خالد الحمدان قائلا إن المفاوضات متوقفة منذ أسابيع.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ source: 'خالد الحمدان', cue: 'وأضاف', content: 'المفاوضات متوقفة منذ أسابيع' });
  });

  it('a feminine verb and participle', () => {
    const got = ar('وتابعت مريم قائلة: "الوضع صعب جدا".');
    expect(got[0]).toMatchObject({ source: 'مريم', cue: 'وتابعت' });
  });

  it('an object with its pronoun is no name («وتابع حديثه قائلا») and names no speaker', () => {
    const got = ar('وتابع حديثه قائلا: "لن نتراجع".');
    expect(got[0]?.source).toBeNull();
  });
});
