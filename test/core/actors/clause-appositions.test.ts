/**
 * Words after "X," that hold a finite verb are a clause, not an apposition of X: a past verb with its
 * object (English), a verb behind a glued conjunction (Arabic «، ووصفه …»). A participle without an
 * object still describes X. Invented names; sentences written for these tests.
 */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('English: a past verb with its object after "X," makes a clause', () => {
  const actors = findActors([
    buildArticle('a', 'According to Radio Velmar, the court fined the former minister Lina Koss. Lina Koss, a lawyer based in the capital, said she would appeal.', 'en'),
    buildArticle('b', 'Lina Koss, the former minister, said the court had erred.', 'en'),
    buildArticle('c', 'Radio Velmar, a station owned by the state, reported the fine.', 'en'),
  ]);
  it('"the court fined …" is no label of Radio Velmar', () => {
    expect(labelsOf(actors, 'Radio Velmar', 'a')).toEqual([]);
  });
  it('participles with no object stay appositions ("a station owned by the state", "a lawyer based in the capital")', () => {
    expect(labelsOf(actors, 'Radio Velmar', 'c')).toContain('a station owned by the state');
    expect(labelsOf(actors, 'Lina Koss', 'a')).toContain('a lawyer based in the capital');
  });
});

describe('Arabic: a verb behind a glued conjunction after «X،» opens the next clause', () => {
  const actors = findActors([
    buildArticle('a', 'أشاد الوزير سامر الخوري، ووصفه بالشجاع. وقال الخوري إن الشجاع لا يخاف.', 'ar'),
    buildArticle('b', 'وقال سامر الخوري، القيادي في حزب النهضة الفالماري، إن الوفد وصل.', 'ar'),
  ]);
  it('«ووصفه بالشجاع» is no label of the person before the comma', () => {
    expect(labelsOf(actors, 'سامر الخوري').some((l) => l.includes('وصف'))).toBe(false);
  });
  it('an apposition after the comma is still one', () => {
    expect(labelsOf(actors, 'سامر الخوري', 'b').some((l) => l.startsWith('القيادي'))).toBe(true);
  });
});
