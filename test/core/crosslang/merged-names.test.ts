import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

const namesOf = (index: ReturnType<typeof resolveEntities>): string[][] => index.entities.map((e) => [e.name, ...e.aliases]);

describe('resolveEntities: a quoted name after the conjunction «و»', () => {
  it('takes the name across scripts without the conjunction on either side', () => {
    const index = resolveEntities([
      buildArticle('en1', 'On Monday, Jund al-Haqq sent condolences to Tehran, the statement said. Later, Jund al-Haqq said it mourned the president.', 'en'),
      buildArticle('ar1', 'قدمت حركة "النهضة" و"جند الحق" و"التيار" التعازي إلى طهران يوم الاثنين. وقال "جند الحق" إنه ينعى الرئيس.', 'ar'),
    ]);
    const names = namesOf(index).find((n) => n.includes('Jund al-Haqq'));
    expect(names).toContain('جند الحق');
    expect(names?.filter((n) => n.startsWith('و'))).toEqual([]);
  });
});

describe('resolveEntities: a one-word name that is a word of the language, behind its head noun', () => {
  const together = (english: string, arabic: string): boolean => {
    const index = resolveEntities([buildArticle('en1', english, 'en'), buildArticle('ar1', arabic, 'ar')]);
    return namesOf(index).some((n) => n.includes('Shorouk') && n.includes('الشروق'));
  };
  it('joins «وكالة الشروق» to "the Shorouk news agency"', () => {
    expect(together('The interior minister resigned on Tuesday, the Shorouk news agency reported.', 'أعلن وزير الداخلية استقالته، بحسب ما نقلت وكالة الشروق الأربعاء.')).toBe(true);
  });
  it('leaves the word alone when the English name stands with no such head', () => {
    expect(together('The interior minister resigned on Tuesday, Shorouk reported.', 'أعلن وزير الداخلية استقالته، بحسب ما نقلت وكالة الشروق الأربعاء.')).toBe(false);
  });
  it('leaves the word alone when the Arabic has no head before it', () => {
    expect(together('The interior minister resigned on Tuesday, the Shorouk news agency reported.', 'أعلن وزير الداخلية استقالته مع الشروق الأربعاء.')).toBe(false);
  });
});

describe('resolveEntities: a Latin v the Arabic articles write with «و»', () => {
  const merged = (en: string, ar: string): boolean => {
    const index = resolveEntities([
      buildArticle('en1', `${en} met the delegation on 12 March, officials said. The talks with ${en} covered 300 prisoners.`, 'en'),
      buildArticle('ar1', `التقى ${ar} الوفد يوم 12 مارس، بحسب المسؤولين. وتناولت المحادثات مع ${ar} 300 أسير.`, 'ar'),
    ]);
    return namesOf(index).some((n) => n.includes(en) && n.includes(ar));
  };
  it('joins a Persian-style v spelt «و» to its Latin name', () => {
    expect(merged('Reza Varzani', 'رضا ورزاني')).toBe(true);
    expect(merged('Hamid Vaziri', 'حميد وزيري')).toBe(true);
  });
  it('still joins a v spelt «ف»', () => {
    expect(merged('Oleg Vasilenko', 'أوليغ فاسيلينكو')).toBe(true);
  });
});
