import { describe, expect, it } from 'vitest';
import { alignClaims, alignClaimsNaive } from '../../../src/core/align/index.ts';
import { focusScorer } from '../../../src/core/align/focus.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { AnalyzedArticle, LanguageCode } from '../../../src/core/types.ts';

/** Term ids 0..9 of unit weight; the units are given as id sequences in text order. */
function scorer(units: number[][], width: number) {
  return focusScorer({ sequence: (u) => Int32Array.from(units[u]!), weights: new Float64Array(12).fill(1) }, width);
}

function analysed(texts: readonly string[], language: LanguageCode): AnalyzedArticle[] {
  return analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
}

const joined = (rows: ReturnType<typeof alignClaims>, a: string, b: string): boolean => rows.some((r) => r.claimIds.includes(a) && r.claimIds.includes(b));

describe('window score (align/focus.ts)', () => {
  it('compares the parts of two long units that state what they share', () => {
    // Unit 0: background 5..9, then the shared clause 0..3; unit 1: the shared clause, then other words 10, 11.
    const units = [[5, 6, 7, 8, 9, 0, 1, 2, 3], [0, 1, 2, 3, 10, 11]];
    const s = scorer(units, 4).score(0, 1);
    expect(s).toBeCloseTo(1, 5);
    // Whole units: 4 shared of 9 and 6 terms.
    expect(scorer(units, 20).score(0, 1)).toBeCloseTo(4 / Math.sqrt(9 * 6), 5);
  });

  it('is symmetric in what it finds and 0 for units sharing nothing', () => {
    const units = [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10], [9, 1, 2, 3, 11]];
    const focus = scorer(units, 3);
    expect(focus.score(0, 1)).toBe(0);
    expect(focus.score(0, 2)).toBeCloseTo(focus.score(2, 0), 10);
    expect(focus.score(0, 2)).toBeGreaterThan(0.6);
  });
});

describe('pairs joined by their windows', () => {
  const others =
    'The finance minister presented the budget to parliament on Tuesday. Teachers went on strike over unpaid wages in the south. A new bridge over the river opened to traffic last week. Farmers protested against the price of fertiliser outside the ministry.';
  const long = 'In a statement read on state television late in the evening and repeated by officials in three provinces and by foreign diplomats, the rebels seized the northern airport on Sunday.';
  const tail = 'the northern airport on Sunday, a heavy blow to the army that had defended the area for months despite shortages of fuel, food and ammunition in its garrisons.';
  // All pairs compared (alignClaimsNaive): the score is under test here, not blocking.
  const rows = (second: string, width?: number) => {
    const articles = analysed([long, second, others], 'en');
    // Width 0: neither windows nor the predicates' roles (align/roles.ts, which join this pair on their own),
    // and English class matches at the base weight (at 0.6 "seized" / "captured" alone lift the whole sentences).
    return alignClaimsNaive(articles, { entities: resolveEntities(articles), ...(width === undefined ? {} : { focusWidth: width, roleJoin: 0, roleRescue: false, classWeights: {} }) });
  };

  it('joins two long sentences telling one event in other words around it', () => {
    expect(joined(rows(`The rebels captured ${tail}`), 'a0:c1', 'a1:c1')).toBe(true);
    // Whole sentences only: the shared clause is too small a part of them.
    expect(joined(rows(`The rebels captured ${tail}`, 0), 'a0:c1', 'a1:c1')).toBe(false);
  });

  it('keeps another event of the same actors and place apart', () => {
    expect(joined(rows(`The rebels shelled ${tail}`), 'a0:c1', 'a1:c1')).toBe(false);
  });
});

describe('section headings as claims', () => {
  const body = 'The central bank raised its main interest rate by six points on Thursday to curb inflation.';
  it('aligns a heading that states a proposition with another outlet claim stating it', () => {
    const articles = analysed([`Markets were calm in the morning before the announcement.\n\nBank raises main interest rate by six points\n\nOfficials spoke to reporters in the capital later that day.`, body], 'en');
    const heading = articles[0]!.claims.find((c) => c.kind === 'heading');
    expect(heading).toBeDefined();
    expect(joined(alignClaims(articles, { entities: resolveEntities(articles) }), heading!.id, 'a1:c1')).toBe(true);
    expect(joined(alignClaims(articles, { entities: resolveEntities(articles), alignHeadings: 0 }), heading!.id, 'a1:c1')).toBe(false);
  });

  it('leaves out a heading of a few words (a section label)', () => {
    const articles = analysed([`Markets were calm in the morning before the announcement.\n\nInterest rate\n\nOfficials spoke to reporters in the capital later that day.`, body], 'en');
    const heading = articles[0]!.claims.find((c) => c.kind === 'heading');
    expect(heading).toBeDefined();
    expect(alignClaims(articles, { entities: resolveEntities(articles) }).some((r) => r.claimIds.includes(heading!.id))).toBe(false);
  });
});
