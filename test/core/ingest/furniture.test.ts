import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../src/core/ingest/furniture/data.ts';
import { filterFurniture } from '../../../src/core/ingest/furniture/filter.ts';

const BODY_EN = 'The central bank raised its main interest rate by half a point on Thursday, the third increase this year.';
const BODY_AR = 'رفع البنك المركزي سعر الفائدة الرئيسي نصف نقطة مئوية يوم الخميس، في ثالث زيادة هذا العام.';

describe('furniture patterns', () => {
  it('match spelling variants of Arabic letters, any whitespace and script-aware word boundaries', () => {
    expect(compilePattern('^اقرا ايضا').test('إقرأ أيضاً')).toBe(true);
    expect(compilePattern('^اقرا ايضا').test('اقرأ\u00A0أيضا')).toBe(true);
    expect(compilePattern('\\bكوكيز\\b').test('نستخدم كوكيز هنا')).toBe(true);
    expect(compilePattern('\\bكوكيز\\b').test('نستخدم كوكيزات')).toBe(false);
    expect(compilePattern('^\\d+ min read').test('٤ min read')).toBe(true);
  });
});

describe('English furniture', () => {
  it('drops the usual page furniture around a body and records each line with its reason', () => {
    const text = [
      'Skip to content', 'Home | News | Opinion | Sport', '', 'Rates rise again as inflation lingers', '', 'By Jane Doe', 'Updated 14 May 2024, 10:02 GMT', '',
      'Advertisement', '', BODY_EN, '', 'Share this article', 'Related: Why rates matter', '', 'Analysts had expected the move, the bank said in a statement.', '',
      'Follow us on Twitter', 'Leave a comment', 'This is a comment by a reader who disagrees strongly with everything.',
    ].join('\n');
    const result = filterFurniture(text);
    expect(result.text).toBe(`${BODY_EN}\n\nAnalysts had expected the move, the bank said in a statement.`);
    expect(result.removed).toEqual([
      { text: 'Skip to content', reason: 'navigation' },
      { text: 'Home | News | Opinion | Sport', reason: 'navigation' },
      { text: 'Rates rise again as inflation lingers', reason: 'title' },
      { text: 'By Jane Doe', reason: 'byline' },
      { text: 'Updated 14 May 2024, 10:02 GMT', reason: 'dateline' },
      { text: 'Advertisement', reason: 'boilerplate' },
      { text: 'Share this article', reason: 'share-buttons' },
      { text: 'Related: Why rates matter', reason: 'related-links' },
      { text: 'Follow us on Twitter', reason: 'share-buttons' },
      { text: 'Leave a comment', reason: 'comment-form' },
      { text: 'This is a comment by a reader who disagrees strongly with everything.', reason: 'comment-form' },
    ]);
    expect(result).toMatchObject({ title: 'Rates rise again as inflation lingers', byline: 'Jane Doe', date: '2024-05-14' });
  });

  it('a comment marker under the lede does not cut the rest of the article', () => {
    const body = Array.from({ length: 8 }, (_, i) => BODY_EN.replace('third', `number ${i}`));
    const text = [body[0], '', body[1], '', 'Comments (12)', '', ...body.slice(2).flatMap((p) => [p, ''])].join('\n').trim();
    const result = filterFurniture(text);
    expect(result.removed).toEqual([{ text: 'Comments (12)', reason: 'comment-form' }]);
    expect(result.text.split('\n\n')).toEqual(body);
  });

  it('never drops a short full sentence with a reporting verb, nor body subheadings', () => {
    const text = [BODY_EN, '', 'He said no.', '', 'Market reaction', '', BODY_EN.replace('Thursday', 'Friday'), '', 'Officials denied it.'].join('\n');
    expect(filterFurniture(text)).toEqual({ text, removed: [] });
  });

  it('drops the footer of an embedded social post ("Posted by <page> on <date>"), in an Arabic or English body', () => {
    const ar = filterFurniture(`${BODY_AR}\nPosted by صفحة الأخبار on Tuesday, March 5, 2024\n${BODY_AR}`);
    expect(ar.removed).toEqual([{ text: 'Posted by صفحة الأخبار on Tuesday, March 5, 2024', reason: 'dateline' }]);
    const en = filterFurniture(`${BODY_EN}\nPosted by City Desk Live on June 2, 2023\n${BODY_EN}`);
    expect(en.removed.map((r) => r.reason)).toEqual(['dateline']);
    // A sentence of the story that happens to start so is kept.
    expect(filterFurniture(`${BODY_EN}\nPosted by the ministry on Monday, the notice said the bridge would close for a week.`).removed).toEqual([]);
  });

  it('drops a photo caption that ends with its agency credit in brackets, and keeps a wire lead that starts with one', () => {
    const text = `Rescue teams search the rubble of a school on Tuesday. (AFP)\n${BODY_EN}\nLONDON (Reuters) - The talks resumed on Monday, officials said.`;
    const filtered = filterFurniture(text);
    expect(filtered.removed).toEqual([{ text: 'Rescue teams search the rubble of a school on Tuesday. (AFP)', reason: 'caption' }]);
    expect(filtered.text).toContain('LONDON (Reuters) - The talks resumed');
  });

  it('keeps a "By …" sentence that is body text', () => {
    const text = `${BODY_EN}\n\nBy Monday, the army had withdrawn from the town, officials said.`;
    expect(filterFurniture(text).removed).toEqual([]);
  });

  it('still finds the headline when the stated title differs from it; drops lines repeating a stated title', () => {
    const text = `Rates rise again in May\n\n${BODY_EN}`;
    expect(filterFurniture(text, { knownTitle: 'Something else' })).toMatchObject({ text: BODY_EN, removed: [{ text: 'Rates rise again in May', reason: 'title' }] });
    expect(filterFurniture(text, { knownTitle: 'Rates rise again in May' })).toMatchObject({ text: BODY_EN, title: 'Rates rise again in May' });
    expect(filterFurniture(text, { knownTitle: 'Something else', detectTitle: false })).toEqual({ text, removed: [] });
  });

  it('takes an outlet name only from the header, not from a footer headline', () => {
    const result = filterFurniture(`${BODY_EN}\n\nMore news\nFake news row deepens`);
    expect(result.outlet).toBeUndefined();
    expect(result.text).toBe(BODY_EN);
  });

  it('reads a wire dateline opening the first paragraph as the outlet, leaving the text intact', () => {
    const text = `LONDON, May 14 (Example Wire) - ${BODY_EN}`;
    expect(filterFurniture(text)).toEqual({ text, removed: [], outlet: 'Example Wire' });
  });
});

describe('Arabic furniture', () => {
  it('drops datelines, bylines, read-also lists, share rows, subscription prompts and comment forms', () => {
    const text = [
      'الرئيسية', 'أخبار عربية', 'الجمعة 10 مايو 2024 - 02 ذو القعدة 1445 هـ', '', 'البنك المركزي يرفع الفائدة للمرة الثالثة', '', 'بقلم: أحمد سالم', '',
      BODY_AR, '', 'اقرأ أيضا', 'تراجع الجنيه أمام الدولار', 'ارتفاع أسعار الذهب', '', 'وقال محافظ البنك إن القرار يهدف إلى كبح التضخم.', '',
      'شارك الخبر', 'فيسبوك', 'تويتر', 'اشترك في النشرة البريدية', 'اترك تعليقاً', 'تعليق من قارئ يقول إن القرار خاطئ تماماً.',
    ].join('\n');
    const result = filterFurniture(text);
    expect(result.text).toBe(`${BODY_AR}\n\nوقال محافظ البنك إن القرار يهدف إلى كبح التضخم.`);
    expect(result.removed.map((r) => `${r.reason}: ${r.text}`)).toEqual([
      'navigation: الرئيسية',
      'navigation: أخبار عربية',
      'dateline: الجمعة 10 مايو 2024 - 02 ذو القعدة 1445 هـ',
      'title: البنك المركزي يرفع الفائدة للمرة الثالثة',
      'byline: بقلم: أحمد سالم',
      'related-links: اقرأ أيضا',
      'related-links: تراجع الجنيه أمام الدولار',
      'related-links: ارتفاع أسعار الذهب',
      'share-buttons: شارك الخبر',
      'share-buttons: فيسبوك',
      'share-buttons: تويتر',
      'subscription: اشترك في النشرة البريدية',
      'comment-form: اترك تعليقاً',
      'comment-form: تعليق من قارئ يقول إن القرار خاطئ تماماً.',
    ]);
    expect(result).toMatchObject({ title: 'البنك المركزي يرفع الفائدة للمرة الثالثة', byline: 'أحمد سالم', date: '2024-05-10' });
  });

  it('keeps a short reported sentence and a subheading between paragraphs', () => {
    const text = [BODY_AR, '', 'ردود فعل', '', 'وقال الوزير: لا.', '', BODY_AR].join('\n');
    expect(filterFurniture(text).removed).toEqual([]);
  });
});

describe('generic, language-independent signals', () => {
  it('drops a menu of one-word lines, a separator row and a date-only line in a language without data', () => {
    const body = 'Le ministre a déclaré lundi que les négociations avaient échoué et qu’un nouveau cycle commencerait bientôt.';
    const text = ['Accueil', 'Monde', 'Politique', 'Sport', '', 'Accueil • Monde • Politique • Sport', '', '14.05.2024', '', body].join('\n');
    const result = filterFurniture(text);
    expect(result.text).toBe(body);
    expect(result.removed.map((r) => r.reason)).toEqual(['navigation', 'navigation', 'navigation', 'navigation', 'navigation', 'dateline']);
  });

  it('drops bare URLs, hashtag rows and relative-time lines', () => {
    const text = ['https://example.org/news/2024/05/14/rates', '#Rates #Inflation #Economy', '3 hours ago', 'منذ 5 ساعات', '', BODY_EN].join('\n');
    expect(filterFurniture(text).removed.map((r) => r.reason)).toEqual(['boilerplate', 'navigation', 'dateline', 'dateline']);
  });

  it('reads "Name, Staff Writer" and "بقلم/ name" bylines', () => {
    expect(filterFurniture(`Jane Doe, Staff Writer\n\n${BODY_EN}`)).toMatchObject({ byline: 'Jane Doe', text: BODY_EN });
    expect(filterFurniture(`بقلم/ أحمد سالم\n\n${BODY_AR}`)).toMatchObject({ byline: 'أحمد سالم', text: BODY_AR });
  });

  it('drops a short line the page repeats', () => {
    const text = ['Tag one', '', BODY_EN, '', 'Some subheading here', '', BODY_EN.replace('third', 'fourth'), '', 'Tag one'].join('\n');
    const result = filterFurniture(text);
    expect(result.text).toContain('Some subheading here');
    expect(result.text).not.toContain('Tag one');
  });
});

describe('credit lines closing a wire copy', () => {
  it('"Source: X" / «المصدر: X» is dropped as the credit it is (not as related links), with or without a final stop', () => {
    const en = filterFurniture([BODY_EN, '', 'Source: Harbour News Agency.'].join('\n'));
    expect(en.text).toBe(BODY_EN);
    expect(en.removed).toEqual([{ text: 'Source: Harbour News Agency.', reason: 'credit' }]);
    const ar = filterFurniture([BODY_AR, '', 'المصدر: وكالة أنباء الساحل'].join('\n'));
    expect(ar.text).toBe(BODY_AR);
    expect(ar.removed).toEqual([{ text: 'المصدر: وكالة أنباء الساحل', reason: 'credit' }]);
  });

  it('a body sentence that opens with "source" is kept', () => {
    const line = 'Sources close to the talks said the ceasefire would hold for at least a week.';
    expect(filterFurniture([BODY_EN, '', line].join('\n')).text).toBe(`${BODY_EN}\n\n${line}`);
  });
});
