import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

// Two leaders in one phrase, the second named once (no actor of the case): the office before the second
// name is his title, not a description of the first leader, who holds another «رئيس» office.
const leaderCase = (second: string) =>
  findActors([
    buildArticle('a', `وانتقد الحزب الاتفاق الموقع بين رئيس حكومة الوحدة كريم دوران ${second}.`, 'ar'),
    buildArticle('b', 'قال رئيس حكومة الوحدة كريم دوران إن الاتفاق مفيد، وأيده الرئيس.', 'ar'),
    buildArticle('c', 'وأكد كريم دوران أن البلدين متفقان.', 'ar'),
  ]);

describe('an office right before a name the case made no actor of (Arabic)', () => {
  it('is not given to the leader named before it when two name words follow', () => {
    const labels = labelsOf(leaderCase('والرئيس التركي رجب طيب أوزيل'), 'كريم دوران', 'a');
    expect(labels).toContain('رئيس حكومة الوحدة');
    expect(labels).not.toContain('الرئيس التركي');
  });

  it('is not given to him when one word no dictionary knows follows', () => {
    expect(labelsOf(leaderCase('والرئيس الفرنسي لورانسيو'), 'كريم دوران', 'a')).not.toContain('الرئيس الفرنسي');
  });

  it('still stands for the holder named before it when a verb, not a name, follows', () => {
    const actors = findActors([
      buildArticle('a', 'وصل كريم دوران إلى المطار، والرئيس الفالماري يزور العاصمة للمرة الأولى.', 'ar'),
      buildArticle('b', 'قال الرئيس الفالماري كريم دوران إن الزيارة مهمة.', 'ar'),
      buildArticle('c', 'وأكد كريم دوران أن البلدين متفقان.', 'ar'),
    ]);
    expect(labelsOf(actors, 'كريم دوران', 'a')).toContain('الرئيس الفالماري');
  });

  it('ends the description before a relative pronoun («الرئيس الفالماري التي»)', () => {
    const actors = findActors([
      buildArticle('a', 'تحدث كريم دوران للصحفيين. وكانت طائرة الرئيس الفالماري التي قيل إنها هبطت قد أقلعت صباحا.', 'ar'),
      buildArticle('b', 'قال الرئيس الفالماري كريم دوران إن الرحلة آمنة.', 'ar'),
      buildArticle('c', 'وأكد كريم دوران أن الطائرة سليمة.', 'ar'),
    ]);
    const labels = labelsOf(actors, 'كريم دوران', 'a');
    expect(labels).toContain('الرئيس الفالماري');
    expect(labels.some((l) => l.includes('التي'))).toBe(false);
  });
});
