/** Where a person's name starts after a title, when the name begins with the letter of a glued conjunction. */
import { describe, expect, it } from 'vitest';
import { speakerIdentity } from '../../../src/core/stats/speakers.ts';
import { claimsOf } from './helpers.ts';

const sources = (text: string) => claimsOf(text, 'ar').flatMap((c) => (c.attribution ? [c.attribution.source] : []));

describe('a first name that starts with «و»', () => {
  const text = 'وصف الرئيس الفيلاري وليام دوران، الأحداث بأنها خيانة. وقال رئيس الوزراء وأعيان القبائل إن الهدوء عاد.';
  it('starts the name («وليام دوران»), so the title alone is the role', () => {
    const [president] = sources(text);
    expect(president?.text).toBe('الرئيس الفيلاري وليام دوران');
    expect(president?.role).toBe('الرئيس الفيلاري');
    expect(speakerIdentity(president!, 'ar').name).toBe('وليام دوران');
  });
  it('while «و» before a noun of the language («وأعيان») still goes on with the title', () => {
    const [, council] = sources(text);
    expect(council?.role).toBe('رئيس الوزراء وأعيان القبائل');
  });
});

describe('«و» after a noun a glued preposition governs', () => {
  it('joins a second noun to the unfinished title («لحكماء ووجهاء المدن»), no name starts there', () => {
    const [head] = sources('وقال رئيس الهيئة العليا لحكماء ووجهاء المدن الساحلية إن المفاوضات ستستأنف.');
    expect(head?.role).toBe('رئيس الهيئة العليا لحكماء ووجهاء المدن الساحلية');
    expect(speakerIdentity(head!, 'ar').name).toBe('');
  });
  it('while after a finished title a name may start with the letter («المتحدث باسم الحكومة وليد الشامي»)', () => {
    const [spokesman] = sources('وقال المتحدث باسم الحكومة وليد الشامي إن المفاوضات ستستأنف.');
    expect(speakerIdentity(spokesman!, 'ar').name).toBe('وليد الشامي');
  });
});
