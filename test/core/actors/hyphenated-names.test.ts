import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed } from './find.ts';

// Invented articles: a foreign name transliterated into Arabic with a hyphenated given name, written with
// and without the hyphen, its first word reading as a glued preposition on a dictionary word («بـ» + «ارك»).
describe('a foreign name with a hyphenated given name, in a language without capitals', () => {
  const actors = findActors([
    buildArticle('a', 'ومنح المرسوم رئيس هيئة الأركان الجنرال بارك مين-جو صلاحيات واسعة للإشراف على التنفيذ.', 'ar'),
    buildArticle('b', 'وكان رئيس أركان الجيش بارك مين جو قد أصدر بيانا يحظر التجمعات.', 'ar'),
    buildArticle('c', 'وقال رئيس أركان الجيش بارك مين جو إن الحظر سيستمر.', 'ar'),
  ]);

  it('is one actor whole, with and without the hyphen', () => {
    const general = actorNamed(actors, 'بارك مين-جو');
    expect([general.name, ...(general.aliases ?? [])]).toContain('بارك مين جو');
    expect(new Set(general.labels.map((l) => l.articleId))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('the army his title ends on is no army of his («رئيس أركان الجيش X» is no «جيش X»)', () => {
    expect(actors.some((a) => a.name.startsWith('الجيش'))).toBe(false);
  });
});

describe('a transliterated name of three short words written once', () => {
  it('keeps all three words («رئيس البرلمان X Y Z إن …»)', () => {
    const actors = findActors([
      buildArticle('a', 'وقال رئيس البرلمان الفالماري تو هيون سوب إن القرار باطل ودعا النواب إلى التصويت.', 'ar'),
      buildArticle('b', 'وأعلن البرلمان الفالماري أن النواب صوتوا ضد القرار.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).toContain('تو هيون سوب');
  });

  it('does not take a dictionary word after a two-word name into it', () => {
    const actors = findActors([
      buildArticle('a', 'وقال رئيس البرلمان الفالماري تو هيون قبل التصويت إن القرار باطل.', 'ar'),
      buildArticle('b', 'وأعلن البرلمان الفالماري أن النواب صوتوا ضد القرار.', 'ar'),
    ]);
    expect(actors.some((a) => a.name.includes('قبل'))).toBe(false);
  });
});
