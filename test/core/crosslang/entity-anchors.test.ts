import { describe, expect, it } from 'vitest';
import { anchorVectors } from '../../../src/core/crosslang/align.ts';
import { entityAnchors } from '../../../src/core/crosslang/entity-anchors.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// A name of two consonants ("Soro": "sr") gives no skeleton anchor; Karim Haddad does.
const articles = [
  buildArticle('en1', 'Soro met the delegation in the capital on 12 March, officials said. The talks with Soro covered 300 prisoners. Minister Karim Haddad said Soro would return on 20 March. Karim Haddad added that 40 more would follow on 22 March.', 'en'),
  buildArticle('ar1', 'التقى سورو الوفد في العاصمة يوم 12 مارس، بحسب المسؤولين. وتناولت المحادثات مع سورو 300 أسير. وقال الوزير كريم حداد إن سورو سيعود يوم 20 مارس. وأضاف كريم حداد أن 40 آخرين سيتبعون يوم 22 مارس.', 'ar'),
];

describe('entityAnchors: a short name both scripts write', () => {
  const index = resolveEntities(articles);
  const anchors = entityAnchors(articles, index);
  it('gives the claims of both languages that name it one shared anchor', () => {
    const en = anchors.get('en1:c2')?.map((a) => a.key) ?? [];
    const ar = anchors.get('ar1:c2')?.map((a) => a.key) ?? [];
    expect(en).toHaveLength(1);
    expect(ar).toEqual(en);
  });
  it('gives none for a name whose skeleton is an anchor already', () => {
    const haddad = index.entities.find((e) => [e.name, ...e.aliases].includes('Karim Haddad'));
    expect(haddad?.aliases.concat(haddad.name)).toContain('كريم حداد');
    expect([...anchors.values()].flat().some((a) => a.key === `n:${haddad!.id}`)).toBe(false);
  });
  it('reaches the claim vectors only when the entities are given', () => {
    const shared = (withEntities: boolean): number => {
      const { claims, vectors } = anchorVectors(articles, false, withEntities ? index : undefined);
      const [en, ar] = ['en1:c2', 'ar1:c2'].map((id) => vectors[claims.findIndex((c) => c.id === id)]!);
      return [...en!.keys()].filter((k) => ar!.has(k)).length;
    };
    expect(shared(true)).toBe(shared(false) + 1);
  });
});
