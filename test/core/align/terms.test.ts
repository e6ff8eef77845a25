import { contentTerms, spellingKey, stemToken } from '../../../src/core/align/terms.ts';
import { arabicLightStem, stripKnownClitic } from '../../../src/core/lang/ar/stem.ts';

describe('content terms', () => {
  it('drops stop words and reporting verbs, stems English', () => {
    expect(contentTerms('The minister said the talks in Cairo failed.', 'en').map((t) => t.stem)).toEqual(['minist', 'talk', 'cairo', 'fail']);
  });

  it('keeps offsets of each term in the text', () => {
    expect(contentTerms('Talks failed', 'en')).toEqual([
      { stem: 'talk', numeric: false, start: 0, end: 5 },
      { stem: 'fail', numeric: false, start: 6, end: 12 },
    ]);
  });

  it('marks numbers, Arabic-Indic digits folded', () => {
    expect(contentTerms('انتخابات ٢٠١٩', 'ar').map((t) => [t.stem, t.numeric])).toEqual([
      ['تخب', false], // stem 'انتخاب' without its inner long vowel and two leading letters
      ['2019', true],
    ]);
  });

  it('reads an Arabic number word as its figure, hamza spelled or not', () => {
    // "the port took in five ships" / "5 ships"
    const figures = (text: string): string[] => contentTerms(text, 'ar').filter((t) => t.numeric).map((t) => t.stem);
    expect(figures('استقبل الميناء خمس سفن')).toEqual(['5']);
    expect(figures('استقبل الميناء 5 سفن')).toEqual(['5']);
    expect(figures('غادرت أربعة قطارات')).toEqual(['4']);
    expect(figures('غادرت اربعة قطارات')).toEqual(['4']);
    // "one" stays a word, as in English.
    expect(figures('وصل قطار واحد')).toEqual([]);
  });

  it('meets Arabic inflections and spelling variants on one stem', () => {
    const stem = (w: string): string => contentTerms(w, 'ar')[0]!.stem;
    expect(stem('المفاوضات')).toBe(stem('مفاوضات'));
    expect(stem('الأميركية')).toBe(stem('أمريكي'));
    expect(stem('الليبيين')).toBe(stem('ليبي'));
    expect(stem('ميليشيات')).toBe(stem('مليشيات'));
  });

  it('strips a glued conjunction only when the bare word is known', () => {
    expect(stripKnownClitic('وحفتر', new Set(['حفتر']))).toBe('حفتر');
    expect(stripKnownClitic('وزير', new Set(['حفتر']))).toBe('وزير');
    expect(contentTerms('وحفتر', 'ar', new Set(['حفتر']))[0]!.stem).toBe(stemToken('حفتر', 'ar'));
  });

  it('light-stems Arabic articles and suffixes', () => {
    expect(arabicLightStem('القاهره')).toBe('قاهر');
    expect(arabicLightStem('بالمقر')).toBe('مقر');
  });

  it('meets Arabic verb and noun forms of one word', () => {
    const stem = (w: string): string => contentTerms(w, 'ar')[0]!.stem;
    expect(stem('يتراجع')).toBe(stem('تراجع'));
    expect(stem('يرتفع')).toBe(stem('ارتفاع'));
  });

  it('spelling keys ignore inner long vowels in Arabic only', () => {
    expect(spellingKey('اميركي', 'ar')).toBe(spellingKey('امريكي', 'ar'));
    expect(spellingKey('قتل', 'ar')).toBe('قتل');
    expect(spellingKey('colour', 'en')).toBe('colour');
  });
});
