/**
 * Arabic: a bare name, the verb's possessed object and the cognate participle («واختتم فلان حديثه قائلا»); «دان»
 * as the past of «أدان»; a verbal noun of any shape after an indefinite source noun's affiliation. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a possessed object right before the cognate participle is no part of a bare name', () => {
  it('«واختتم يوسف حديثه قائلا: …»', () => {
    const got = ar('واختتم يوسف حديثه قائلا: "سنواصل العمل مع الجميع".');
    expect(got[0]!.source).toBe('يوسف');
    expect(got[0]!.cue).toBe('واختتم');
    expect(got[0]!.content).toBe('سنواصل العمل مع الجميع');
  });

  it('«وختم سليم كلمته بالقول إن …»', () => {
    expect(ar('وختم سليم كلمته بالقول إن المرحلة المقبلة صعبة.')[0]!.source).toBe('سليم');
  });

  it('a name with no object stays whole («وأضاف خالد الحمدان قائلا إن …»)', () => {
    expect(ar('وأضاف خالد الحمدان قائلا إن الوضع صعب.')[0]!.source).toBe('خالد الحمدان');
  });
});

describe('«دان» (form I) condemns as «أدان» does', () => {
  it('«ودانت النقابة القرار»', () => {
    const got = ar('ودانت النقابة القرار الأخير.');
    expect(got[0]!.source).toBe('النقابة');
    expect(got[0]!.cue).toBe('ودانت');
  });
});

describe('a verbal noun after «مصدر في …» opens the content', () => {
  it('fuʿūl («وقوع»)', () => {
    const got = ar('وأكد مصدر في الشرطة وقوع الانفجار قرب السوق.');
    expect(got[0]!.source).toBe('مصدر في الشرطة');
    expect(got[0]!.content).toBe('وقوع الانفجار قرب السوق');
  });
});
