import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a title with a lower-case complement in apposition before the name', () => {
  it('reads "The head of the EU election observers, X," whole, for a person named once too', () => {
    const actors = findActors([
      buildArticle('x', 'The head of the EU election observers, Marta Kovel, told reporters the vote was orderly. The spokesman of the foreign ministry, Tomas Hedd, said more.', 'en'),
      buildArticle('y', 'Tomas Hedd spoke again on Monday.', 'en'),
    ]);
    expect(labelsOf(actors, 'Marta Kovel', 'x')).toEqual(['head of the EU election observers']);
    expect(labelsOf(actors, 'Tomas Hedd', 'x')).toEqual(['spokesman of the foreign ministry']);
  });

  it('reads no title where the words before the comma are no title\'s complement', () => {
    const actors = findActors([
      buildArticle('x', 'After the end of the long count of ballots, Marta Kovel told reporters the vote was orderly.', 'en'),
      buildArticle('y', 'Marta Kovel spoke again on Monday.', 'en'),
    ]);
    expect(labelsOf(actors, 'Marta Kovel')).toEqual([]);
  });
});
