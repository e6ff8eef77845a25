import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 8): families of Arabic attribution, not single sentences.
describe('Arabic attribution families (session 8)', () => {
  it('a two-word clause starter ("في حين", "إلا أن", "غير أن") opens a second report by another source', () => {
    const text = 'ونفى الجيش الاتهامات، في حين قالت منظمات حقوقية إن لديها أدلة.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution?.source.text).toBe('الجيش');
    expect(claims[1]!.text.startsWith('في حين')).toBe(true);
    expect(claims[1]!.attribution?.source).toMatchObject(at(text, 'منظمات حقوقية'));
    const other = 'وأكد الوزير أن الاقتصاد يتعافى، غير أن خبراء قالوا إن الأرقام مضللة.';
    expect(claimsOf(other, 'ar').map((c) => c.attribution?.source.text)).toEqual(['الوزير', 'خبراء']);
  });

  it('"وكان X قد وصف/اتهم/نفى Y": the compound past names the subject before the verb, the noun after it is the object', () => {
    const text = 'وكان زعيم المعارضة قد وصف الانتخابات بأنها مزورة.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toMatchObject({ source: at(text, 'زعيم المعارضة'), cue: at(text, 'وصف'), rule: 'subject-verb' });
    const feminine = 'وكانت الوزيرة قد اتهمت الشركة بالتلاعب بالأسعار.';
    expect(claimsOf(feminine, 'ar')[0]!.attribution?.source).toMatchObject(at(feminine, 'الوزيرة'));
    const denial = 'وكان الجيش قد نفى التقارير عن سقوط المدينة.';
    expect(claimsOf(denial, 'ar')[0]!.attribution?.source).toMatchObject(at(denial, 'الجيش'));
  });
});
