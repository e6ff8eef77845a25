import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

type Actors = ReturnType<typeof findActors>;
const actorWith = (actors: Actors, alias: string) => actors.find((a) => a.name === alias || (a.aliases ?? []).includes(alias));
const labelsOf = (actors: Actors, alias: string, articleId: string): string[] =>
  (actorWith(actors, alias)?.labels ?? []).filter((l) => l.articleId === articleId).map((l) => l.text);

describe('actors named by a common noun of the language data', () => {
  it('a bill two English outlets describe differently is one actor with both descriptions', () => {
    const actors = findActors([
      buildArticle('a', 'Crowds gathered in Velmar as deputies voted for an unpopular budget bill on Monday. Shops stayed shut.', 'en'),
      buildArticle('b', 'Deputies in Velmar passed the divisive bill that raises fuel prices. Shops stayed shut for a day.', 'en'),
    ]);
    expect(labelsOf(actors, 'bill', 'a')).toContain('unpopular budget bill');
    expect(labelsOf(actors, 'bill', 'b')).toContain('divisive bill');
  });

  it('the synonym each outlet chose ("protesters" / "demonstrators") is its label; one noun used by all is none', () => {
    const actors = findActors([
      buildArticle('a', 'Thousands of protesters marched in Velmar on Friday. The protesters were dispersed.', 'en'),
      buildArticle('b', 'In Velmar, angry demonstrators marched on Friday, and the demonstrators later left.', 'en'),
    ]);
    expect(labelsOf(actors, 'protesters', 'a')).toContain('protesters');
    expect(labelsOf(actors, 'protesters', 'b')).toEqual(expect.arrayContaining(['demonstrators', 'angry demonstrators']));
    const same = findActors([
      buildArticle('a', 'Thousands of protesters marched in Velmar on Friday.', 'en'),
      buildArticle('b', 'Hundreds of protesters marched in Velmar on Friday.', 'en'),
    ]);
    expect(actorWith(same, 'protesters')).toBeUndefined();
  });

  it('a noun that modifies another ("police cordon") names no actor, and a verb after "to" is no label', () => {
    const actors = findActors([
      buildArticle('a', 'They broke through a police cordon near the square in Velmar. Guards watched.', 'en'),
      buildArticle('b', 'The army was sent to support police in Velmar. Masked police beat the crowd.', 'en'),
    ]);
    expect(labelsOf(actors, 'police', 'b')).not.toContain('support police');
    expect(actorWith(actors, 'police')?.labels.some((l) => l.articleId === 'a')).not.toBe(true);
  });

  it('Arabic: a bill by what it does or by its genitive, the police by its relational adjective', () => {
    const actors = findActors([
      buildArticle('a', 'صوت النواب في فالمار لصالح مشروع قانون يرفع أسعار الوقود. وتصدت الشرطة الفالمارية للحشود.', 'ar'),
      buildArticle('b', 'ومن المنتظر أن يوقع الرئيس على مشروع قانون الموازنة. وقالت الشرطة إن الحشود تفرقت.', 'ar'),
    ]);
    expect(labelsOf(actors, 'مشروع قانون', 'a')).toContain('مشروع قانون يرفع أسعار الوقود');
    expect(labelsOf(actors, 'مشروع قانون', 'b')).toContain('مشروع قانون الموازنة');
    expect(labelsOf(actors, 'الشرطة', 'a')).toContain('الشرطة الفالمارية');
  });

  it('Arabic: «المتظاهرين» / «المحتجين» are one actor, each outlet\'s noun its label; a genitive of a noun is no mention', () => {
    const actors = findActors([
      buildArticle('a', 'خرج آلاف المتظاهرين إلى شوارع فالمار يوم الجمعة. وردد المتظاهرون هتافات.', 'ar'),
      buildArticle('b', 'فرقت قوات الأمن الحشود والمحتجين في فالمار يوم الجمعة بالغاز.', 'ar'),
    ]);
    // The glued conjunction is no part of the noun shown.
    expect(labelsOf(actors, 'المحتجين', 'b')).toEqual(['المحتجين']);
    expect(labelsOf(actors, 'المحتجين', 'a').length).toBeGreaterThan(0);
    const construct = findActors([
      buildArticle('a', 'قال ضباط الشرطة في فالمار إن الوضع هادئ.', 'ar'),
      buildArticle('b', 'وصل ضباط الشرطة إلى فالمار صباحا.', 'ar'),
    ]);
    expect(actorWith(construct, 'الشرطة')).toBeUndefined();
  });
});

describe('a common noun\'s modifiers, per article', () => {
  it('the same description in two articles is a label in each (drafted once per article, not once per case)', () => {
    const actors = findActors([
      buildArticle('a', 'Deputies in Orlan voted for an unpopular budget bill. Critics said the unpopular budget bill hurts farmers.', 'en'),
      buildArticle('b', 'Crowds in Orlan marched against an unpopular budget bill on Tuesday. Shops stayed shut.', 'en'),
      buildArticle('c', 'Deputies in Orlan passed the divisive bill at night. Shops stayed shut.', 'en'),
    ]);
    expect(labelsOf(actors, 'bill', 'a')).toContain('unpopular budget bill');
    expect(labelsOf(actors, 'bill', 'b')).toContain('unpopular budget bill');
  });
});
