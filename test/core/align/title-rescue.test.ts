import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';

/** Articles of a headline and a body line each (headline first), analysed, with the case's entities. */
function caseOf(texts: readonly string[]) {
  const articles = analyzeCase(
    texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' as const })),
    { claimsOnly: true },
  ).articles;
  return { articles, entities: resolveEntities(articles) };
}

const together = (rows: ReturnType<typeof alignClaims>, x: string, y: string): boolean => rows.some((r) => r.claimIds.includes(x) && r.claimIds.includes(y));

const LEAD =
  'Rebel fighters captured the northern airport on Sunday after days of heavy fighting around the city, cutting the main road to the coast and forcing hundreds of families to leave their homes.';
const OTHER = [
  'Port news\n\nCargo traffic at the eastern harbour doubled over the summer months.',
  'Weather\n\nHeavy rain is expected across the southern valleys later this week.',
];

describe('a headline under the headline threshold joins a lead telling its event (titles.rescue)', () => {
  it('joins "rebels seize the airport" to a long lead where fighters captured it', () => {
    const { articles, entities } = caseOf(['Rebels seize northern airport\n\nThe town was quiet on Monday.', `Regional news\n\n${LEAD}`, ...OTHER]);
    const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const lead = articles[1]!.claims.find((c) => c.text.startsWith('Rebel fighters'))!;
    // The words alone stay under the headline threshold (the lead's other clauses dilute them).
    const prepared = prepareCase(articles, { entities });
    const u = prepared.claims.findIndex((c) => c.id === title.id);
    const v = prepared.claims.findIndex((c) => c.id === lead.id);
    expect(prepared.score(u, v)).toBeLessThan(0.45);
    expect(together(alignClaims(articles, { entities, titles: { rescue: 0 } }), title.id, lead.id)).toBe(false);
    expect(together(alignClaims(articles, { entities }), title.id, lead.id)).toBe(true);
  });

  it('keeps apart a headline whose event is of another class', () => {
    const { articles, entities } = caseOf(['Rebels shell northern airport\n\nThe town was quiet on Monday.', `Regional news\n\n${LEAD}`, ...OTHER]);
    const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const lead = articles[1]!.claims.find((c) => c.text.startsWith('Rebel fighters'))!;
    // The words reach the rescue band as in the pair above: only the events tell the two apart.
    const prepared = prepareCase(articles, { entities });
    expect(prepared.score(prepared.claims.findIndex((c) => c.id === title.id), prepared.claims.findIndex((c) => c.id === lead.id))).toBeGreaterThanOrEqual(0.15);
    expect(together(alignClaims(articles, { entities }), title.id, lead.id)).toBe(false);
  });

  it('keeps apart a headline and a lead of one event class telling other figures', () => {
    const lead = (n: number): string =>
      `Regional news\n\nRebel fighters captured ${n} northern villages on Sunday after days of heavy fighting around the city, cutting the main road to the coast and forcing hundreds of families to leave their homes.`;
    const headline = 'Rebels seize 3 northern villages\n\nThe town was quiet on Monday.';
    const joined = (n: number): boolean => {
      const { articles, entities } = caseOf([headline, lead(n), ...OTHER]);
      const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
      const claim = articles[1]!.claims.find((c) => c.text.startsWith('Rebel fighters'))!;
      const prepared = prepareCase(articles, { entities });
      expect(prepared.score(prepared.claims.findIndex((c) => c.id === title.id), prepared.claims.findIndex((c) => c.id === claim.id))).toBeGreaterThanOrEqual(0.15);
      return together(alignClaims(articles, { entities }), title.id, claim.id);
    };
    expect(joined(3)).toBe(true);
    expect(joined(12)).toBe(false);
  });
});
