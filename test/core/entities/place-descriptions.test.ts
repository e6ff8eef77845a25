/** A place head + a definite noun + its relational adjective is a description; its noun alone is no place (invented text). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('places after a place head', () => {
  const names = findActors([
    buildArticle('a', 'ودعا الوسطاء إلى إخلاء منطقة الشاهين النفطي من المسلحين. ووصل الوفد إلى مدينة كارمينا صباح أمس.', 'ar'),
    buildArticle('b', 'وطالب المقترح بإخلاء منطقة الشاهين النفطي الحيوية. وغادر الوفد مدينة كارمينا مساء أمس.', 'ar'),
  ]).map((a) => a.name);
  it('keeps no noun cut from «منطقة + noun + adjective» as a place', () => {
    expect(names).not.toContain('الشاهين');
  });
  it('still finds the name after the head with nothing after it', () => {
    expect(names).toContain('كارمينا');
  });
});
