import { extractQuantities, mayHoldQuantity } from '../../src/core/quantities/index.ts';
import { wordNorms } from '../../src/core/normalize/index.ts';

const keys = (text: string, language: string) => extractQuantities(text, language).map((q) => q.key);

describe('extractQuantities', () => {
  it('folds digits, number words and scales to one value in English', () => {
    expect(keys('Some 2.5 million people fled and two hundred and fifty died; 1,250 were hurt.', 'en')).toEqual(['n:2500000', 'n:250', 'n:1250']);
  });

  it('folds Arabic number words, clitics and Arabic-Indic digits to the same values', () => {
    expect(keys('قتل خمسة وعشرون شخصا وأصيب مئتان وخمسون، و3 آلاف نازح', 'ar')).toEqual(['n:25', 'n:250', 'n:3000']);
    expect(keys('ارتفع العدد إلى ٢٫٥ مليون', 'ar')).toEqual(['n:2500000']);
  });

  it('reads the Arabic comma between digits as a decimal comma, and with a space as a list', () => {
    expect(keys('بلغت نسبة الإقبال 64،38 في المئة', 'ar')).toEqual(['pct:64.38']);
    expect(keys('فاز المرشح بـ 64،38% من الأصوات', 'ar')).toEqual(['pct:64.38']);
    expect(keys('سجلت الدوائر 12، 15 و20 مقعدا', 'ar')).toEqual(['n:12', 'n:15', 'n:20']);
  });

  it('gives a percentage one key in both languages', () => {
    expect(keys('Turnout was 41 percent.', 'en')).toEqual(keys('بلغت نسبة المشاركة ٤١ بالمئة', 'ar'));
    expect(keys('rose to 27.25%', 'en')).toEqual(['pct:27.25']);
  });

  it('reads dates with the day before or after the month, in either calendar naming', () => {
    expect(keys('on March 6, 2024', 'en')).toEqual(['date:3-6', 'year:2024']);
    expect(keys('في 6 آذار', 'ar')).toEqual(keys('في 6 مارس', 'ar'));
    expect(keys('في 10 تشرين الأول', 'ar')).toEqual(['date:10-10']);
  });

  it('keeps every span a slice of the text', () => {
    const text = 'رفع البنك المركزي سعر الفائدة 600 نقطة أساس إلى 27.25% في 6 مارس';
    for (const q of extractQuantities(text, 'ar')) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('finds nothing in text without figures', () => {
    expect(keys('The minister denied the report.', 'en')).toEqual([]);
  });
});

describe('weekdays', () => {
  it('gives a weekday one key in both languages, clitics and article included', () => {
    expect(keys('The strike came on Tuesday.', 'en')).toEqual(['weekday:2']);
    expect(keys('وقعت الضربة يوم الثلاثاء', 'ar')).toEqual(['weekday:2']);
    expect(keys('وفي الأربعاء', 'ar')).toEqual(['weekday:3']);
  });
});

describe('mayHoldQuantity', () => {
  // The gate must never say no where extractQuantities finds something: callers skip reading on a no.
  const agrees = (text: string, language: string) => expect(mayHoldQuantity(wordNorms(text, language), language)).toBe(extractQuantities(text, language).length > 0);

  it('says no to texts without figures, number words, months or weekdays', () => {
    agrees('The talks failed and the delegates went home.', 'en');
    agrees('فشلت المحادثات وعاد الوفد', 'ar');
  });

  it('says yes to digits in either script, number words (hyphenated or behind a clitic), months and weekdays', () => {
    for (const text of ['Turnout was 41 percent.', 'Twenty-one people were hurt.', 'Voting ends on Friday.', 'The vote is in March.']) agrees(text, 'en');
    for (const text of ['قتل ٣ أشخاص', 'وأصيب خمسة وعشرون شخصا', 'جرت الانتخابات في آذار', 'وصل يوم الأحد']) agrees(text, 'ar');
  });
});
