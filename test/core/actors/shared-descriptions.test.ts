import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';


describe('a description another outlet gives a person, written word for word where no name stands', () => {
  it('stands for that person in a headline', () => {
    const actors = findActors([
      buildArticle('a', 'One of the most powerful figures in Velmar has rejected the results. Ivo Sand said the vote was rigged.', 'en'),
      buildArticle('b', 'Ivo Sand, one of the most powerful figures in Velmar, has rejected the results. Sand spoke on TV.', 'en'),
    ]);
    expect(labelsOf(actors, 'Ivo Sand', 'a')).toContain('One of the most powerful figures in Velmar');
  });

  it('goes to no one when two persons are given it, or when it is short', () => {
    const twice = findActors([
      buildArticle('a', 'One of the most powerful figures in Velmar has rejected the results. Ivo Sand and Ana Moll spoke.', 'en'),
      buildArticle('b', 'Ivo Sand, one of the most powerful figures in Velmar, spoke. Ana Moll, one of the most powerful figures in Velmar, agreed. Sand and Moll left.', 'en'),
    ]);
    expect(labelsOf(twice, 'Ivo Sand', 'a')).toEqual([]);
    expect(labelsOf(twice, 'Ana Moll', 'a')).toEqual([]);
    const short = findActors([
      buildArticle('a', 'A top official has rejected the results. Ivo Sand spoke later.', 'en'),
      buildArticle('b', 'Ivo Sand, a top official, has rejected the results. Sand spoke on TV.', 'en'),
    ]);
    expect(labelsOf(short, 'Ivo Sand', 'a')).toEqual([]);
  });

  it('tells apart descriptions that open with the same words (indexed by their first two words)', () => {
    const actors = findActors([
      buildArticle('a', 'One of the oldest ferry captains on the coast has retired. One of the youngest harbour pilots in Korvana took over. Ivo Sand and Ana Moll met.', 'en'),
      buildArticle('b', 'Ivo Sand, one of the oldest ferry captains on the coast, retired. Ana Moll, one of the youngest harbour pilots in Korvana, took over. Sand and Moll met.', 'en'),
    ]);
    expect(labelsOf(actors, 'Ivo Sand', 'a')).toContain('One of the oldest ferry captains on the coast');
    expect(labelsOf(actors, 'Ana Moll', 'a')).toContain('One of the youngest harbour pilots in Korvana');
    expect(labelsOf(actors, 'Ivo Sand', 'a')).not.toContain('One of the youngest harbour pilots in Korvana');
  });
});
