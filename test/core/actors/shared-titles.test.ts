import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

// Invented names and places: a title every outlet gives a person is still what each outlet calls him.

describe('a title every outlet shares', () => {
  it('stays on the person in each article (English)', () => {
    const actors = findActors([
      buildArticle('a', 'Velmar District Attorney Oren Maddox charged the mayor on Monday. Oren Maddox said the case was strong.', 'en'),
      buildArticle('b', 'The charges came after Velmar District Attorney Oren Maddox met the jury. Maddox declined to comment.', 'en'),
    ]);
    expect(labelStrings(actorNamed(actors, 'Oren Maddox'), 'articleId', 'text', 'form')).toEqual(['a:Velmar District Attorney:title', 'b:Velmar District Attorney:title']);
  });

  it('stays on the person in each article (Arabic)', () => {
    const actors = findActors([
      buildArticle('a', 'وأعلن رئيس الوزراء الفالماري كارلو بيرتيني يوم الجمعة أن الضربات كانت ضرورية. وقال كارلو بيرتيني إن بلاده لن تتراجع.', 'ar'),
      buildArticle('b', 'فيما أكد رئيس الوزراء الفالماري كارلو بيرتيني أن الرد كان متناسبا. وأضاف بيرتيني أن الحوار ممكن.', 'ar'),
    ]);
    expect(labelStrings(actorNamed(actors, 'كارلو بيرتيني'), 'articleId', 'text', 'form')).toEqual(['a:رئيس الوزراء الفالماري:title', 'b:رئيس الوزراء الفالماري:title']);
  });

  it('still drops an adjective every outlet uses (no contrast between them)', () => {
    const actors = findActors([
      buildArticle('a', 'The embattled Lena Korvath spoke on Monday. Lena Korvath said the vote was fair.', 'en'),
      buildArticle('b', 'Crowds jeered the embattled Lena Korvath. Korvath left early.', 'en'),
    ]);
    expect(labelStrings(actorNamed(actors, 'Lena Korvath'), 'articleId', 'text', 'form')).toEqual([]);
  });
});
