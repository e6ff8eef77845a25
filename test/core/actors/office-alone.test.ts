import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('capitalised words ending in an office, with no name after them (English)', () => {
  it('reads "The Peruvian Prime Minister and …" as the office, not as a person who takes the title from the named holder', () => {
    const actors = findActors([
      buildArticle('a', 'The Peruvian Prime Minister and his officials applauded the deal.', 'en'),
      buildArticle('b', 'On Monday, Peruvian Prime Minister Ali Zedan signed the memorandum.', 'en'),
      buildArticle('c', 'Peruvian Prime Minister Ali Zedan said the deal was fair.', 'en'),
    ]);
    expect(actors.map((a) => a.name)).not.toContain('Peruvian Prime Minister');
    expect(labelsOf(actors, 'Ali Zedan', 'b')).toContain('Peruvian Prime Minister');
  });

  it('keeps a name whose last word is an office word when no determiner opens it ("Karl Prince")', () => {
    const actors = findActors([
      buildArticle('a', 'Security contractor Karl Prince said the deal was fair.', 'en'),
      buildArticle('b', 'Karl Prince denied the report on Monday.', 'en'),
    ]);
    expect(actors.map((a) => a.name)).toContain('Karl Prince');
  });
});
