/** Arabic: an adverbial right after the cue is no subject; a statement "from X" in an opening phrase names the speaker (issue 9, session 6). */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const sources = (text: string) => claimsOf(text, 'ar').map((c) => c.attribution?.source.text ?? null);

describe('an adverbial after the cue', () => {
  it('"وأكد مرة أخرى أن …" continues the previous speaker instead of reading "مرة أخرى" as one', () => {
    expect(sources('وقال المدير إن المصنع سيغلق. وأكد مرة أخرى على أن “القرار نهائي”.')).toEqual(['المدير', 'المدير']);
  });

  it('ends a subject after the verb ("وأكد النقيب من جديد أن …")', () => {
    expect(sources('وأكد النقيب من جديد أن الإضراب مستمر.')).toEqual(['النقيب']);
  });
});

describe('a statement "from X" opening the sentence', () => {
  it('names the speaker of a verb with no subject', () => {
    const text = 'ارتفعت أسعار الخبز. وعقب أول تعليق من المحافظ على القرار الذي صدر أمس، أكد أن “الدعم باق”.';
    expect(sources(text)).toEqual([null, 'المحافظ']);
  });

  it('an answer to someone’s statement does not make that person the speaker', () => {
    const text = 'وقال النائب إن الموازنة متوازنة. وفي رده على تصريحات سابقة للمحافظ، أكد أن العجز سيتراجع.';
    expect(sources(text)[1]).not.toBe('المحافظ');
  });
});

describe('a report inside a relative clause on someone’s statement ("تصريحات لـX، دعا فيها …")', () => {
  it('the statement’s owner speaks, and the words after the pronoun are the object', () => {
    const claims = claimsOf('ورد النقيب على تصريحات سابقة لوزير العمل، دعا فيها النقابات إلى وقف الإضراب.', 'ar');
    const attribution = claims.find((c) => c.attribution?.cue.text === 'دعا')?.attribution;
    expect(attribution?.source.text).toContain('وزير العمل');
    expect(attribution?.source.text).not.toContain('النقابات');
  });

  it('a statement with no owner named keeps the main clause’s subject', () => {
    expect(sources('وأصدرت النقابة بيانا قالت فيه إن الإضراب مستمر.')).toEqual(['النقابة']);
  });
});

describe('feminine profession nouns are people', () => {
  const kindOf = (text: string) => claimsOf(text, 'ar')[0]!.attribution?.source.kind;
  it('"الصحفية الفرنسية" (a journalist) is a person, "الصحيفة الفرنسية" (a newspaper) an outlet', () => {
    expect(kindOf('وكشفت الصحفية الفرنسية بأن المحامي قد طلب التأجيل.')).toBe('person');
    expect(kindOf('وكشفت الصحيفة الفرنسية بأن المحامي قد طلب التأجيل.')).toBe('media');
  });
});

describe('a second "that" clause of the same report', () => {
  it('"وأضاف أن A، وأن B": B is a claim of its own with the same source and cue', () => {
    const claims = claimsOf('وأضاف الوزير أن المفاوضات لم تنته بعد، وأن الاتفاق سيوقع الشهر المقبل.', 'ar');
    expect(claims.map((c) => c.text)).toEqual(['وأضاف الوزير أن المفاوضات لم تنته بعد', 'وأن الاتفاق سيوقع الشهر المقبل.']);
    expect(claims.map((c) => [c.attribution?.source.text, c.attribution?.cue.text])).toEqual([['الوزير', 'وأضاف'], ['الوزير', 'وأضاف']]);
    expect(claims[1]!.attribution?.content?.text).toBe('وأن الاتفاق سيوقع الشهر المقبل');
  });

  it('not inside a quotation', () => {
    expect(claimsOf('وقال الوزير: “المفاوضات لم تنته، وأن الاتفاق قريب”.', 'ar')).toHaveLength(1);
  });
});
