/**
 * «حركة X» / «جماعة X»: the head an outlet chose for a group's name is its label; the bare head
 * («الجماعة») only refers back and is none (ar labels.json `nameOnly`; invented names).
 */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a group’s head noun inside its name', () => {
  const actors = findActors([
    buildArticle('x', 'قالت حركة أبناء زيتار إنها استهدفت سفينة. وأكدت حركة أبناء زيتار أنها ستواصل.', 'ar'),
    buildArticle('y', 'أعلنت جماعة أبناء زيتار مسؤوليتها عن الهجوم. وقالت جماعة أبناء زيتار إن الرد قادم. وأضافت الجماعة أنها مستعدة.', 'ar'),
  ]);
  it('«حركة X» in one outlet and «جماعة X» in another are one actor with both as labels', () => {
    expect(labelsOf(actors, 'حركة أبناء زيتار', 'x')).toContain('حركة أبناء زيتار');
    expect(labelsOf(actors, 'حركة أبناء زيتار', 'y')).toContain('جماعة أبناء زيتار');
  });
  it('the bare «الجماعة» that refers back is no label', () => {
    expect(labelsOf(actors, 'حركة أبناء زيتار')).not.toContain('الجماعة');
  });
});
