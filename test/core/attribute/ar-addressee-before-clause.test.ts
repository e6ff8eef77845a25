/**
 * Arabic: an addressee right after a reporting verb with no subject after it («الوزير قال للصحفيين إن …»,
 * «وقال للصحفيين إن …» going on from the speaker before) is whom the words were told; the content opens after
 * its إن/أن. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('an addressee between the verb and إن/أن is no content', () => {
  it('subject before the verb («الوزير قال للصحفيين إن …»)', () => {
    const [got] = ar('الوزير قال للصحفيين إن المحادثات ستستأنف الأسبوع المقبل.');
    expect(got).toMatchObject({ source: 'الوزير', content: 'المحادثات ستستأنف الأسبوع المقبل' });
  });

  it('a feminine verb, a time phrase after the addressee', () => {
    const [got] = ar('والمتحدثة قالت للصحافيين في مؤتمر صحفي إن الأزمة انتهت.');
    expect(got).toMatchObject({ source: 'المتحدثة', content: 'الأزمة انتهت' });
  });

  it('a compound past («وكان الوزير قد قال للصحفيين إن …»)', () => {
    const [got] = ar('وكان الوزير قد قال للمراسلين إن الاتفاق بات وشيكا.');
    expect(got).toMatchObject({ source: 'الوزير', content: 'الاتفاق بات وشيكا' });
  });

  it('a verb going on from the speaker before («وقال للصحفيين إن …»)', () => {
    const got = ar('وأكد رئيس البلدية أن المياه ستعود غدا. وقال للصحفيين في ختام جولته إن الأعمال تسير وفق الخطة.');
    expect(got[1]).toMatchObject({ source: 'رئيس البلدية', content: 'الأعمال تسير وفق الخطة' });
  });

  it('an outlet after the verb is still its via, not content', () => {
    const [got] = ar('الرئيس قال لوكالة رويترز إن الانتخابات ستجرى في موعدها.');
    expect(got).toMatchObject({ source: 'الرئيس', via: 'وكالة رويترز', content: 'الانتخابات ستجرى في موعدها' });
  });
});
