import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';

/** Articles of a headline and a body line each (headline first), analysed, with the case's entities. */
function caseOf(texts: readonly string[], language: 'en' | 'ar' = 'en') {
  const articles = analyzeCase(
    texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })),
    { claimsOnly: true },
  ).articles;
  return { articles, entities: resolveEntities(articles) };
}

const together = (rows: ReturnType<typeof alignClaims>, x: string, y: string): boolean => rows.some((r) => r.claimIds.includes(x) && r.claimIds.includes(y));

describe('a headline meets a claim through a word beyond names (titles.sharedWord)', () => {
  it('keeps a headline of names and a vague noun out of a row its names alone reach', () => {
    const { articles, entities } = caseOf([
      'Strong showing for the Harlow Union and the Pellam Front\n\nThe counting ran late into the night in the capital.',
      'Parliament news\n\nVotes for the Harlow Union and the Pellam Front were counted on Monday, the commission said.',
      'Port news\n\nCargo traffic at the eastern harbour doubled over the summer months.',
    ]);
    const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const votes = articles[1]!.claims.find((c) => c.text.startsWith('Votes'))!;
    // The two share only the names (and the title names both entities, so titles.sharedEntity lets it pass).
    expect(together(alignClaims(articles, { entities, titles: { sharedWord: false } }), title.id, votes.id)).toBe(true);
    expect(together(alignClaims(articles, { entities, titles: { sharedWord: true } }), title.id, votes.id)).toBe(false);
  });

  it('still joins a headline that states the claim\'s predicate', () => {
    const { articles, entities } = caseOf([
      'Harlow Union and Pellam Front win most votes\n\nThe counting ran late into the night in the capital.',
      'Parliament news\n\nThe Harlow Union and the Pellam Front won most of the votes, the commission said.',
      'Port news\n\nCargo traffic at the eastern harbour doubled over the summer months.',
    ]);
    const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const won = articles[1]!.claims.find((c) => c.text.includes('won most'))!;
    expect(together(alignClaims(articles, { entities, titles: { sharedWord: true } }), title.id, won.id)).toBe(true);
  });
});
