/**
 * cognateAfterSubject (attribute/cues.ts) with a written pronoun suffix before the cognate participle: a feminine
 * possessed object («كلمتها») with no subject goes on with the speaker before; a name after a title keeps its
 * subject before the object; a compound name ending in «ـه» («عبدالله») carries no suffix. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a pronoun suffix before the cognate participle', () => {
  it('«واختتمت كلمتها قائلة إن …»: the possessed object, no subject; the speaker before goes on', () => {
    const got = ar('وقالت الوزيرة إن الجسر مفتوح. واختتمت كلمتها قائلة إن الأعمال تنتهي قريبا.');
    expect(got[1]!.cue).toBe('واختتمت');
    expect(got[1]!.source).toBe('الوزيرة');
    expect(got[1]!.content).toBe('الأعمال تنتهي قريبا');
  });

  it('«واختتم سالم حديثه قائلا:»: the name is the subject, its object no part of it', () => {
    const got = ar('واختتم سالم حديثه قائلا: «سنعود أقوى».');
    expect(got[0]!.source).toBe('سالم');
    expect(got[0]!.content).toBe('سنعود أقوى');
  });

  it('«وتابع عبدالله قائلا:»: a compound name written as one word is the subject, not an object', () => {
    const got = ar('وتابع عبدالله قائلا: «سنعود أقوى».');
    expect(got[0]!.source).toBe('عبدالله');
    expect(got[0]!.cue).toBe('وتابع');
  });
});
