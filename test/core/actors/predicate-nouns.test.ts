import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('an indefinite person noun after a linker is what the outlet calls the person', () => {
  const actors = findActors([
    buildArticle('a', 'On Monday, former minister Lena Varga spoke to reporters. After the ruling she returns to the city council as a disgraced diplomat. Her lawyers will appeal.', 'en'),
    buildArticle('b', 'The ruling was unfair, Lena Varga said. The court heard that Varga had become a paid informant for a foreign firm.', 'en'),
    buildArticle('c', 'Critics branded her a traitor after the hearing. Lena Varga did not answer.', 'en'),
  ]);

  it('"as a disgraced diplomat", "had become a paid informant": labels of the person named before', () => {
    expect(labelsOf(actors, 'Lena Varga', 'a')).toContain('a disgraced diplomat');
    expect(labelsOf(actors, 'Lena Varga', 'b')).toContain('a paid informant');
  });

  it('no person named before it in the article: no label', () => {
    expect(labelsOf(actors, 'Lena Varga', 'c')).not.toContain('a traitor');
  });

  it('a noun that is no kind of person ("became a major problem", "as a result") is no label', () => {
    const none = findActors([
      buildArticle('a', 'Omar Haddad said the delay became a major problem. As a result, Haddad left the talks.', 'en'),
      buildArticle('b', 'Omar Haddad left the talks on Friday. He returned as a result of the pressure.', 'en'),
    ]);
    expect(labelsOf(none, 'Haddad').join('|')).not.toMatch(/problem|result/u);
  });

  it('"branded him a traitor": the object pronoun is skipped, the person named before gets the label', () => {
    const branded = findActors([
      buildArticle('a', 'Omar Haddad left the party in March. His rivals branded him a traitor.', 'en'),
      buildArticle('b', 'Omar Haddad founded a new party on Friday.', 'en'),
    ]);
    expect(labelsOf(branded, 'Omar Haddad', 'a')).toContain('a traitor');
  });
});

describe('Arabic: a person noun after «أصبح» / «بوصفه», with the words agreeing with it', () => {
  const actors = findActors([
    buildArticle('a', 'قال سامر الخوري إن الحكم ظالم. وأصبح سامر الخوري جاسوسًا مدانًا بعد المحاكمة.', 'ar'),
    buildArticle('b', 'تحدث سامر الخوري إلى الصحفيين أمس بوصفه مهندسا مدنيا في الشركة.', 'ar'),
  ]);

  it('the subject right after «أصبح» gets «جاسوسًا مدانًا» (accusative ending off before the lookup)', () => {
    expect(labelsOf(actors, 'سامر الخوري', 'a')).toContain('جاسوسًا مدانًا');
  });

  it('«بوصفه مهندسا مدنيا»: the person named before it', () => {
    expect(labelsOf(actors, 'سامر الخوري', 'b')).toContain('مهندسا مدنيا');
  });

  it('a noun that is no kind of person is no label', () => {
    const none = findActors([
      buildArticle('a', 'قال سامر الخوري إن المصنع أصبح مشروعا ناجحا.', 'ar'),
      buildArticle('b', 'قال سامر الخوري إن الأرباح ارتفعت.', 'ar'),
    ]);
    expect(labelsOf(none, 'سامر الخوري').join('|')).not.toMatch(/مشروع/u);
  });
});
