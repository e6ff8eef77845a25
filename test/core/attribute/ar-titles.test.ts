/** Arabic families from the session-7 read (issue 9): titles before a name, and a noun of saying before a colon. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const sourceOf = (text: string, nth = 0) => claimsOf(text, 'ar')[nth]?.attribution?.source.text;

describe('a name after a whole title', () => {
  it('a title with a glued preposition, a comma, then the name and a colon: the name is in the source', () => {
    expect(sourceOf('قال وزير التجارة والصناعة الوطنية بالخارج، سامي الحداد: "لا نية لرفع الأسعار هذا العام".')).toBe('وزير التجارة والصناعة الوطنية بالخارج، سامي الحداد');
  });

  it('a second title in apposition, then the name before a comma', () => {
    expect(sourceOf('نفى وزير النقل الناطق الرسمي باسم الحكومة خالد العمري، الأحد، ما ورد من أنباء حول إغلاق الميناء.')).toBe('وزير النقل الناطق الرسمي باسم الحكومة خالد العمري');
  });

  it('two definite titles with no name after them stay two phrases', () => {
    expect(sourceOf('واتهم الوزير الناطق باسم المعارضة بالكذب.')).toBe('الوزير');
  });
});

describe('a noun of saying between the cue and its colon', () => {
  it('«وتابع قوله:» carries the earlier speaker, it is no speaker’s label', () => {
    const claims = claimsOf('وقال الوزير إن الميناء يعمل. وتابع قوله: "لدينا خطط لتوسيع الرصيف".', 'ar');
    expect(claims[1]!.attribution?.source.text).toBe('الوزير');
    expect(claims[1]!.attribution?.cue.text).toBe('وتابع');
  });
});
