import { describe, expect, it } from 'vitest';
import { clauseJoiner } from '../../../src/core/align/clause-join.ts';
import type { Clause } from '../../../src/core/align/clause-join.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { EventFrame } from '../../../src/core/align/frames.ts';

const frame = (main: number[]): EventFrame => ({ main, events: main, verb: true, speaker: null, subject: null });
const clause = (ids: number[], main: number[] = []): Clause => ({ ids: Int32Array.from(ids), frame: () => frame(main) });

/** Units as lists of clauses; every term of weight 1; frames allowed unless their main classes differ. */
function joiner(units: Clause[][], threshold = 0.5) {
  return clauseJoiner({
    clausesOf: (u) => units[u]!,
    weights: new Float64Array(20).fill(1),
    allows: (a, b) => !a.main.length || !b.main.length || a.main.some((c) => b.main.includes(c)),
    threshold,
    minShared: 2,
  });
}

describe('clause evidence (align/clause-join.ts)', () => {
  it('joins a long unit by the clause another unit states alone', () => {
    // Unit 0: background 10..15, then the clause 1, 2, 3; unit 1: that clause with one other word.
    const units = [[clause([10, 11, 12, 13, 14, 15]), clause([1, 2, 3])], [clause([1, 2, 3, 4])]];
    expect(joiner(units)(0, 1)).toBe(true);
    expect(joiner(units)(1, 0)).toBe(true);
  });

  it('leaves two single-clause units to the unit score, and wants two shared words', () => {
    expect(joiner([[clause([1, 2, 3])], [clause([1, 2, 3])]])(0, 1)).toBe(false);
    expect(joiner([[clause([10, 11, 12]), clause([1, 5])], [clause([1, 6])]], 0.1)(0, 1)).toBe(false);
  });

  it('refuses clauses whose frames say other events', () => {
    const units = [[clause([10, 11, 12]), clause([1, 2, 3], [7])], [clause([1, 2, 3, 4], [8])]];
    expect(joiner(units)(0, 1)).toBe(false);
  });
});

describe('a sentence of two clauses beside a claim of its second', () => {
  const texts = {
    a: 'Rebel fighters attacked three army posts near the mountain town of the northern province on Monday, burning trucks, seizing weapons and ammunition across four districts and cutting power lines to thousands of families in remote villages, and the regional governor shut every school in the valley until further notice.',
    b: 'The governor ordered the schools of the valley to stay closed until further notice.',
    c: 'Farmers protested outside the ministry over grain prices. The central bank kept its main lending rate unchanged.',
  };
  const articles = analyzeCase(Object.entries(texts).map(([id, raw]) => ({ id, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
  const unitOf = (prepared: ReturnType<typeof prepareCase>, articleId: string) => prepared.claims.findIndex((c) => c.articleId === articleId);

  it('joins through the clause, not through the whole sentence', () => {
    const off = prepareCase(articles, { clauseJoin: 0 });
    const on = prepareCase(articles);
    const [a, b] = [unitOf(on, 'a'), unitOf(on, 'b')];
    expect(on.score(a, b)).toBeLessThan(on.options.threshold);
    expect(off.joinScore(a, b)).toBeLessThan(off.joinThreshold);
    expect(on.joinScore(a, b)).toBeGreaterThanOrEqual(on.joinThreshold);
  });

  it('does not join a claim that shares one clause word only', () => {
    const other = analyzeCase([{ id: 'a', raw: texts.a, format: 'text', language: 'en' }, { id: 'd', raw: 'The governor visited the ministry in the capital on Friday.', format: 'text', language: 'en' }], { claimsOnly: true }).articles;
    const p = prepareCase(other);
    expect(p.joinScore(unitOf(p, 'a'), unitOf(p, 'd'))).toBeLessThan(p.joinThreshold);
  });
});
