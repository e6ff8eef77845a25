/**
 * Arabic past passives of reporting verbs with no speaker («وقيل إن …», «وأفيد بأن …», «وذُكر أن …»): hearsay
 * the outlet passes on, an anonymous source (the cue as written); it does not go on speaking. The unvowelled
 * «وذكر أن …» is active (the speaker before goes on). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('a passive naming no speaker is an anonymous source', () => {
  it('forms passive as written with no vowel marks', () => {
    expect(ar('وقيل إن الرئيس غادر البلاد.')[0]).toMatchObject({ source: 'قيل', kind: 'anonymous', content: 'الرئيس غادر البلاد' });
    expect(ar('وأفيد بأن عشرات المدنيين قتلوا في القصف.')[0]).toMatchObject({ source: 'أفيد', kind: 'anonymous', content: 'عشرات المدنيين قتلوا في القصف' });
  });

  it('a damma tells the passive of a form that is active unvowelled', () => {
    expect(ar('وذُكر أن القوات انسحبت من المنطقة.')[0]).toMatchObject({ source: 'ذُكر', kind: 'anonymous' });
    expect(ar('وأُعلن أن الانتخابات ستجرى في موعدها.')[0]).toMatchObject({ source: 'أُعلن', kind: 'anonymous', content: 'الانتخابات ستجرى في موعدها' });
  });

  it('whom it was told may stand between («وقيل له إن …»)', () => {
    expect(ar('وقيل له إن الطريق مغلق.')[0]).toMatchObject({ source: 'قيل', content: 'الطريق مغلق' });
  });

  it('the unvowelled active goes on with the speaker before', () => {
    const got = ar('وأكد الوزير أن الحكومة لن تتراجع. وذكر أن القوات انسحبت من المنطقة.');
    expect(got[1]).toMatchObject({ source: 'الوزير', content: 'القوات انسحبت من المنطقة' });
  });

  it('a later «وأضاف» goes on with the named speaker, not with the passive', () => {
    const got = ar('وأكد الوزير أن الحكومة لن تتراجع. وقيل إن الرئيس غادر البلاد. وأضاف أن المفاوضات مستمرة.');
    expect(got[1]?.source).toBe('قيل');
    expect(got[2]?.source).toBe('الوزير');
  });

  it('an announced act («وأُعلن عن وقف …») reports no statement', () => {
    expect(ar('وأُعلن عن وقف إطلاق النار في المدينة مساء الأحد.')[0]?.source).toBeNull();
  });
});
