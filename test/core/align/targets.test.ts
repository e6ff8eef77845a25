import { describe, expect, it } from 'vitest';
import { alignClaimsNaive } from '../../../src/core/align/index.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { otherTargets } from '../../../src/core/align/targets.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { AnalyzedArticle } from '../../../src/core/types.ts';

function analysed(texts: readonly string[]): AnalyzedArticle[] {
  return analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
}

// Sentences written for this test: one verb, one town, and a base inside the town as the other object.
const TOWN = 'The Kessel Militia seized the town of Dravenport on Sunday after a long siege.';
const BASE = 'The Kessel Militia seized the headquarters of the Ninth Brigade in the town of Dravenport on Sunday after a long siege.';
const TOWN_AGAIN = 'On Sunday the Kessel Militia seized the town of Dravenport after a long siege.';

describe('objects of one predicate told apart by the entity acted on (targetConflict)', () => {
  it('reads the entity after the predicate and finds the base nowhere in the town claim', () => {
    const articles = analysed([TOWN, BASE, TOWN_AGAIN]);
    const p = prepareCase(articles, { entities: resolveEntities(articles), targetConflict: 0 });
    const unit = (n: number) => p.claims.findIndex((c) => c.articleId === `a${n}`);
    const [town, base, again] = [unit(0), unit(1), unit(2)];
    const target = p.targetOf!;
    expect(target(town).target).not.toBeNull();
    expect(target(base).target).not.toBe(target(town).target);
    expect(otherTargets(target(town), target(base))).toBe(true);
    // The same object in another word order is no conflict.
    expect(otherTargets(target(town), target(again))).toBe(false);
  });

  it('keeps the base claim out of the town row only with the option on', () => {
    const articles = analysed([TOWN, BASE, TOWN_AGAIN]);
    const entities = resolveEntities(articles);
    const together = (factor: number) => alignClaimsNaive(articles, { entities, targetConflict: factor }).some((r) => r.claimIds.some((id) => id.startsWith('a1:')) && r.claimIds.some((id) => id.startsWith('a0:')));
    const towns = alignClaimsNaive(articles, { entities, targetConflict: 0 }).some((r) => r.claimIds.some((id) => id.startsWith('a0:')) && r.claimIds.some((id) => id.startsWith('a2:')));
    expect(together(1)).toBe(true);
    expect(together(0)).toBe(false);
    expect(towns).toBe(true);
  });
});

describe('otherTargets', () => {
  it('is one-sided: a doer read as the target (verb first) is no conflict when both name doer and object', () => {
    expect(otherTargets({ target: 'doer', entities: ['doer', 'port'] }, { target: 'port', entities: ['doer', 'port'] })).toBe(false);
    expect(otherTargets({ target: 'port', entities: ['doer', 'port'] }, { target: 'airport', entities: ['doer', 'airport', 'port'] })).toBe(true);
    expect(otherTargets({ target: null, entities: ['doer'] }, { target: 'airport', entities: ['airport'] })).toBe(false);
  });
});
