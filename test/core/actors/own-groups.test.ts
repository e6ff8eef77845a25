import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a group called by whose it is ("his own party", "X\'s own party")', () => {
  const tied = 'Premier Jon Ralt faces a hostile parliament. His decision came as his centrist Unity Party and the Green League clashed.';

  it('goes to the party the case ties to that person, by his name or by "his"', () => {
    const actors = findActors([
      buildArticle('a', tied, 'en'),
      buildArticle('b', 'The plan was denounced by the leader of Ralt\'s own centrist party. Jon Ralt did not answer.', 'en'),
      buildArticle('c', 'Jon Ralt spoke late on Monday.\n\nAfter the vote, his own party urged him to resign, while the Green League and the Unity Party met.', 'en'),
    ]);
    expect(labelsOf(actors, 'Unity Party', 'b')).toContain("Ralt's own centrist party");
    expect(labelsOf(actors, 'Unity Party', 'c')).toContain('his own party');
    expect(labelsOf(actors, 'Green League')).toEqual([]);
  });

  it('goes nowhere when the case ties no party to the person, or the noun is no head of the tied group', () => {
    const untied = findActors([
      buildArticle('a', 'Premier Jon Ralt faces a hostile parliament. The Unity Party and the Green League clashed.', 'en'),
      buildArticle('b', 'The plan was denounced by the leader of Ralt\'s own centrist party. The Unity Party met.', 'en'),
    ]);
    expect(labelsOf(untied, 'Unity Party', 'b')).not.toContain("Ralt's own centrist party");
    const otherNoun = findActors([
      buildArticle('a', tied, 'en'),
      buildArticle('b', 'Jon Ralt spoke. His own family urged him to resign, and the Unity Party met.', 'en'),
    ]);
    expect(labelsOf(otherNoun, 'Unity Party', 'b')).toEqual([]);
  });
});
