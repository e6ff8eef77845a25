import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const named = (actors: ReturnType<typeof findActors>, name: string): ReturnType<typeof findActors>[number] | undefined =>
  actors.find((a) => a.name === name || (a.aliases ?? []).includes(name));

describe('"the X" after "the X Committee" in the same article is the committee', () => {
  it('joins the short form the article writes after the whole name', () => {
    const actors = findActors([
      buildArticle('a', 'A spokesman for the Dorvan Shield Committee – a movement backing the army – rejected the claim on Sunday. The Dorvan Shield accuses the rebels of lying.', 'en'),
      buildArticle('b', 'Local fighters, known as the Dorvan Shield, said the town held.', 'en'),
    ], { withMentions: true });
    const shield = actors.filter((a) => a.name.startsWith('Dorvan Shield'));
    expect(shield).toHaveLength(1);
    expect(shield[0]!.mentions?.map((m) => m.articleId)).toEqual(['a', 'a', 'b']);
    expect(shield[0]!.labels.map((l) => l.text)).toContain('a movement backing the army');
  });

  it('leaves a person named like a foundation alone (no determiner before the short form)', () => {
    const actors = findActors([
      buildArticle('a', 'The Mara Kell Foundation gave a grant. Mara Kell said the grant would help.', 'en'),
      buildArticle('b', 'Mara Kell spoke to reporters about the grant.', 'en'),
    ]);
    const person = named(actors, 'Mara Kell');
    expect(person).toBeDefined();
    expect(person?.aliases ?? []).not.toContain('Mara Kell Foundation');
  });
});

describe('a group\'s apposition after where it is ("X in <place>, …")', () => {
  it('reads "armed civilian groups …" as the group\'s, not the place\'s', () => {
    const actors = findActors([
      buildArticle('a', 'However, the Dorvan Front in North Kell State, armed civilian groups fighting alongside the army, denied the report.', 'en'),
      buildArticle('b', 'The Dorvan Front said the town held.', 'en'),
    ]);
    const shield = named(actors, 'Dorvan Front');
    expect(shield?.labels.map((l) => l.text)).toContain('armed civilian groups fighting alongside the army');
    expect(actors.some((a) => a !== shield && a.labels.some((l) => l.text.startsWith('armed civilian groups')))).toBe(false);
  });
});
