import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const labelsOf = (actors: ReturnType<typeof findActors>, name: string, articleId?: string): string[] =>
  (actors.find((a) => a.name === name)?.labels ?? []).filter((l) => !articleId || l.articleId === articleId).map((l) => l.text);

describe('offices of courts and prosecutors are titles, not words of the name', () => {
  it('reads "Supreme Court Justice", "District Attorney", "Relief Coordinator" before a name as titles', () => {
    const actors = findActors([
      buildArticle('a', 'Velmar High Court Justice Ivo Marsk read the ruling. Harbour District Attorney Lena Grau spoke, and Emergency Relief Coordinator Otto Brem said aid was blocked.', 'en'),
      buildArticle('b', 'Judge Ivo Marsk ruled on Friday. Prosecutor Lena Grau welcomed it. Official Otto Brem asked for access.', 'en'),
    ]);
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Ivo Marsk', 'Lena Grau', 'Otto Brem']));
    expect(labelsOf(actors, 'Ivo Marsk', 'a').join(' ')).toContain('Court Justice');
    expect(labelsOf(actors, 'Lena Grau', 'a').join(' ')).toContain('District Attorney');
    expect(labelsOf(actors, 'Otto Brem', 'a').join(' ')).toContain('Relief Coordinator');
  });
});
