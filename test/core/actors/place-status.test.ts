/**
 * The status an outlet gives a place before its name is a label («إقليم X» against «جمهورية X الفيدرالية», "the
 * Federal Republic of X" against "the region of X"); a noun of what kind of place it is («مدينة X», "the city of X")
 * is none. The status nouns are data (labels.json `placeStatusHeads`). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a place\'s status before its name', () => {
  it('Arabic: the status noun in construct, the name and the adjectives after it, keyed by the status words', () => {
    const actors = findActors([
      buildArticle('x', 'وقعت إسبانيا اتفاقا مع إقليم كاتالونيا يوم الاثنين بحضور وزير من بوليفيا. وقال مسؤول في كاتالونيا إن الاتفاق مهم.', 'ar'),
      buildArticle('y', 'رفضت جمهورية بوليفيا الفيدرالية الاتفاق مع كاتالونيا. وأدان البيان التدخل الذي تقوم به دولة بوليفيا الفيدرالية ضد جمهورية تشيلي الفيدرالية. وزار الوزير بوليفيا وتشيلي.', 'ar'),
    ]);
    expect(labelsOf(actors, 'كاتالونيا', 'x')).toEqual(['إقليم كاتالونيا']);
    const bolivia = actors.find((a) => a.name === 'بوليفيا')!;
    expect(bolivia.labels.filter((l) => l.articleId === 'y').map((l) => `${l.text}:${l.key}`)).toEqual(['جمهورية بوليفيا الفيدرالية:جمهور فيدرال', 'دولة بوليفيا الفيدرالية:دول فيدرال']);
  });

  it('Arabic: a noun of the kind of place is no label', () => {
    const actors = findActors([
      buildArticle('x', 'وصل الوفد إلى مدينة برشلونة يوم الاثنين. وقال مسؤول في برشلونة إن الاتفاق مهم.', 'ar'),
      buildArticle('y', 'وقالت حكومة تشيلي إن مدينة برشلونة هادئة. ورحبت برشلونة بالوفد.', 'ar'),
    ]);
    expect(actors.flatMap((a) => a.labels.filter((l) => l.text.includes('مدينة')))).toEqual([]);
  });

  it('English: "the Federal Republic of X", "the region of X"; not "the city of X"', () => {
    const actors = findActors([
      buildArticle('x', 'Officials of the Federal Republic of Bolivia rejected the pact. Chile said the region of Catalonia is calm.', 'en'),
      buildArticle('y', 'Bolivia said the pact is illegal. Traders left the city of Barcelona, and Catalonia was calm.', 'en'),
    ]);
    expect(labelsOf(actors, 'Bolivia', 'x')).toEqual(['Federal Republic']);
    expect(labelsOf(actors, 'Catalonia', 'x')).toEqual(['region']);
    expect(actors.flatMap((a) => a.labels.filter((l) => l.text.includes('city')))).toEqual([]);
  });
});
