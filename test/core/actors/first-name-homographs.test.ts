import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

// «علي» (a first name) and the preposition «على» fold to one word: the first name as written, before a
// name word no dictionary knows, is read as a name's first word; the preposition written loosely is not.
describe('a first name that folds to a function word (Arabic «علي»)', () => {
  it('reads «المرشد … علي X» as a titled name, with the office as his label', () => {
    const actors = findActors([
      buildArticle('a', 'كلف المرشد الفالماري علي زيدان النائب الأول بتولي المهام. وأفاد المرشد الأعلى بأن الدستور واضح.', 'ar'),
      buildArticle('b', 'وقدمت الحركة التعازي إلى المرشد الأعلى الفالماري علي زيدان في وفاة الرئيس.', 'ar'),
      buildArticle('c', 'وقال زيدان إن البلاد بخير.', 'ar'),
    ]);
    expect(labelsOf(actors, 'علي زيدان', 'a')).toContain('المرشد الفالماري');
    expect(labelsOf(actors, 'علي زيدان', 'b')).toContain('المرشد الأعلى الفالماري');
  });

  it('reads no name where «علي» is the preposition before a dictionary word or a definite one', () => {
    const actors = findActors([
      buildArticle('a', 'وأكد الوزير الفالماري علي نحو واضح أن الاتفاق قائم. وشدد الوزير الفالماري علي الالتزام بالقانون.', 'ar'),
      buildArticle('b', 'وقال الوزير الفالماري إن الاتفاق قائم.', 'ar'),
    ]);
    expect(actors.map((a) => a.name).filter((n) => n.startsWith('علي') || n.startsWith('على'))).toEqual([]);
  });

  it('reads no name where the preposition is written «على», whatever follows', () => {
    const actors = findActors([
      buildArticle('a', 'ورد المرشد الفالماري على زيدان بقسوة. وقال المرشد الفالماري على زيدان أن يعتذر.', 'ar'),
      buildArticle('b', 'وقال زيدان إن الرد قاس.', 'ar'),
    ]);
    expect(actors.map((a) => a.name).filter((n) => n.startsWith('علي') || n.startsWith('على'))).toEqual([]);
  });
});
