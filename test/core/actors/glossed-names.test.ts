import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('a bracketed gloss inside an organisation\'s name', () => {
  it('keeps "X (Y) Alliance" one mention of the X Alliance, and what follows its head is the alliance\'s', () => {
    const actors = findActors([
      buildArticle('a', "Earlier, Ivo Sand, leader of Velmar's Harrow (Dawn) Alliance political coalition, dismissed the results.", 'en'),
      buildArticle('b', 'The Harrow Alliance won seats, and Ivo Sand spoke. The Harrow Alliance lost later.', 'en'),
    ]);
    const alliance = actors.find((a) => a.name.startsWith('Harrow'));
    expect(alliance?.labels.map((l) => l.text)).toContain('political coalition');
    expect(actors.map((a) => a.name)).not.toContain('Alliance');
  });

  it('leaves a bracket before another word alone', () => {
    const actors = findActors([
      buildArticle('a', 'The Harrow Alliance (Dawn) Council met on Sunday, and the Harrow Alliance spoke.', 'en'),
      buildArticle('b', 'The Harrow Alliance won seats.', 'en'),
    ], { withMentions: true });
    const alliance = actors.find((a) => a.name === 'Harrow Alliance');
    expect(alliance?.mentions?.every((m) => !/\(/u.test(m.articleId === 'a' ? 'The Harrow Alliance (Dawn) Council met on Sunday, and the Harrow Alliance spoke.'.slice(m.start, m.end) : ''))).toBe(true);
  });
});
