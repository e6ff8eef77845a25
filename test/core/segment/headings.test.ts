import { describe, expect, it } from 'vitest';
import { isHeadingLine } from '../../../src/core/segment/headings.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import { claimsOf } from '../attribute/helpers.ts';

function headings(text: string, lang: 'ar' | 'en'): string[] {
  return splitSentences(text, lang)
    .filter((s) => isHeadingLine(text, s))
    .map((s) => s.text);
}

describe('section headings and credit lines', () => {
  it('a short line of its own without a full stop is a heading; prose lines are not', () => {
    const en = 'The council met on Monday.\nRising tensions\nThe mayor left early. Nobody spoke.\nWhat comes next?\nWater prices rose by a third this year.';
    expect(headings(en, 'en')).toEqual(['Rising tensions', 'What comes next?']);
    const ar = 'اجتمع المجلس يوم الاثنين.\nتوتر متصاعد\nغادر المحافظ مبكرا ولم يتحدث أحد\nوارتفعت أسعار المياه بمقدار الثلث هذا العام في معظم المدن الساحلية والداخلية.';
    expect(headings(ar, 'ar')).toEqual(['توتر متصاعد', 'غادر المحافظ مبكرا ولم يتحدث أحد']);
  });

  it('headings are kept as claims marked "heading", never attributed', () => {
    const claims = claimsOf('Talks in the capital\nThe minister said that talks would resume.', 'en');
    expect(claims.map((c) => [c.text, c.kind ?? null, c.attribution === null])).toEqual([
      ['Talks in the capital', 'heading', true],
      ['The minister said that talks would resume.', null, false],
    ]);
    const ar = claimsOf('مفاوضات في العاصمة\nوقال الوزير إن المفاوضات ستستأنف.', 'ar');
    expect(ar.map((c) => c.kind ?? null)).toEqual(['heading', null]);
  });

  it('a short line with a cue and a colon-less source stays a claim ("الوزير يؤكد استمرار الحوار")', () => {
    const ar = claimsOf('وصل الوفد إلى المدينة.\nالوزير يؤكد أن الحوار مستمر\nوانتهى اللقاء مساء.', 'ar');
    expect(ar[1]!.kind).toBeUndefined();
    expect(ar[1]!.attribution?.source.text).toBe('الوزير');
  });

  it('a bare credit line attributes the sentence before and is marked "credit"', () => {
    const ar = claimsOf('التقى الوزير وفدا تجاريا في المدينة.\nحسب وكالة الأنباء الرسمية.', 'ar');
    expect(ar[0]!.attribution?.source.text).toBe('وكالة الأنباء الرسمية');
    expect(ar[1]!).toMatchObject({ kind: 'credit', attribution: null });
    const en = claimsOf('“We will rebuild the bridge by spring.”\n― Dana Whitfield', 'en');
    expect(en[0]!.attribution?.source.text).toBe('Dana Whitfield');
    expect(en[1]!).toMatchObject({ kind: 'credit', attribution: null });
  });
});

describe('headings in an analysed article', () => {
  it('marks a short line that introduces prose, but not a list of short lines (a list of headlines)', async () => {
    const { analyzeArticle } = await import('../../../src/core/analyze.ts');
    const withHeading = analyzeArticle({ id: 'a', raw: 'Council agrees budget\n\nThe council met on Monday in the old town hall.\n\nBudget talks\n\nThe council agreed a budget after a long debate.', language: 'en' });
    const list = analyzeArticle({ id: 'b', raw: 'Gold rises as dollar slips\nPort reopens after storm\nMinister resigns over leak\nTeachers end strike', language: 'en' });
    if (!withHeading.ok || !list.ok) throw new Error('analysis failed');
    expect(withHeading.data.claims.filter((c) => c.kind === 'heading').map((c) => c.text)).toEqual(['Budget talks']);
    expect(list.data.claims.filter((c) => c.kind === 'heading')).toEqual([]);
  });
});
