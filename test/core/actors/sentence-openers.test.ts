import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const names = (actors: ReturnType<typeof findActors>): string[] => actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]);

describe('a name whose every mention opens a sentence', () => {
  it('is found when its next word is a name word that never leads a name', () => {
    const actors = findActors([
      buildArticle('a', 'Police fired at the crowd in Velmar on Friday. Harbour Watch said two men were hurt. Harbour Watch said more were held.', 'en'),
      buildArticle('b', 'The crowd left Velmar late on Friday. Harbour Watch reported that four people were held by the police.', 'en'),
    ]);
    expect(names(actors)).toContain('Harbour Watch');
  });

  it('is not made of a word opening a sentence and a name that stands alone elsewhere', () => {
    const actors = findActors([
      buildArticle('a', 'Following Dorsel’s speech, the crowd left. The minister said Dorsel would speak again on Monday.', 'en'),
      buildArticle('b', 'Following Dorsel’s remarks, markets fell. Analysts said Dorsel had no plan.', 'en'),
    ]);
    expect(names(actors).some((n) => n.startsWith('Following'))).toBe(false);
  });
});
