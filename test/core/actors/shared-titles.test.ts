import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

// Invented names and places: a title every outlet gives a person is still what each outlet calls him.
const labelsOf = (actors: Actor[], name: string): string[] => {
  const actor = actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${actors.map((a) => a.name).join(', ')}`);
  return actor.labels.map((l) => `${l.articleId}:${l.text}:${l.form ?? ''}`);
};

describe('a title every outlet shares', () => {
  it('stays on the person in each article (English)', () => {
    const actors = findActors([
      buildArticle('a', 'Velmar District Attorney Oren Maddox charged the mayor on Monday. Oren Maddox said the case was strong.', 'en'),
      buildArticle('b', 'The charges came after Velmar District Attorney Oren Maddox met the jury. Maddox declined to comment.', 'en'),
    ]);
    expect(labelsOf(actors, 'Oren Maddox')).toEqual(['a:Velmar District Attorney:title', 'b:Velmar District Attorney:title']);
  });

  it('stays on the person in each article (Arabic)', () => {
    const actors = findActors([
      buildArticle('a', 'وأعلن رئيس الوزراء الفالماري كارلو بيرتيني يوم الجمعة أن الضربات كانت ضرورية. وقال كارلو بيرتيني إن بلاده لن تتراجع.', 'ar'),
      buildArticle('b', 'فيما أكد رئيس الوزراء الفالماري كارلو بيرتيني أن الرد كان متناسبا. وأضاف بيرتيني أن الحوار ممكن.', 'ar'),
    ]);
    expect(labelsOf(actors, 'كارلو بيرتيني')).toEqual(['a:رئيس الوزراء الفالماري:title', 'b:رئيس الوزراء الفالماري:title']);
  });

  it('still drops an adjective every outlet uses (no contrast between them)', () => {
    const actors = findActors([
      buildArticle('a', 'The embattled Lena Korvath spoke on Monday. Lena Korvath said the vote was fair.', 'en'),
      buildArticle('b', 'Crowds jeered the embattled Lena Korvath. Korvath left early.', 'en'),
    ]);
    expect(labelsOf(actors, 'Lena Korvath')).toEqual([]);
  });
});
