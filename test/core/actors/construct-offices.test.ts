import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelsOf } from './find.ts';

// Invented sentences: an office of two words («وزير الخارجية») written in construct with its country or a pronoun.
describe('an Arabic office in construct', () => {
  it('before a country: «رئيس وزراء X» is the title of the name after the country, no actor «وزراء X»', () => {
    const actors = findActors([
      buildArticle('x', 'قال رئيس وزراء موريتانيا سالم أحمد إن الاتفاق تاريخي.', 'ar'),
      buildArticle('y', 'وقال رئيس وزراء موريتانيا سالم أحمد إن البلاد ستلتزم بالاتفاق.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سالم أحمد')).toContain('رئيس وزراء موريتانيا');
    expect(actors.some((a) => a.name.startsWith('وزراء'))).toBe(false);
  });

  it('with a possessive pronoun: «وزير خارجيته X» is the title of X, no actor «خارجيته X»', () => {
    const actors = findActors([
      buildArticle('x', 'التقى رئيس الوزراء الموريتاني سالم أحمد بوزير خارجيته عمر داود. وقال وزير خارجية موريتانيا عمر داود إن الاتفاق مهم. وأكد داود ذلك.', 'ar'),
      buildArticle('y', 'قال رئيس الوزراء سالم أحمد إن وزير خارجيته عمر داود سيسافر. وأضاف داود أن الزيارة مهمة.', 'ar'),
    ]);
    expect(labelsOf(actors, 'عمر داود', 'y')).toEqual(['وزير خارجيته']);
    expect(actorNamed(actors, 'عمر داود').aliases ?? []).not.toContain('عمر');
    expect(actors.some((a) => a.name.startsWith('خارجيته'))).toBe(false);
  });
});
