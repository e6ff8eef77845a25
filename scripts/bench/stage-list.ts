/**
 * The synthetic case's claims and the cross-outlet stages after them, in pipeline order: each stage a call
 * over what the stages before it left. stages.ts times them; stage-count.ts counts one under callgrind.
 */
import { findActors } from '../../src/core/actors/index.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { EntityIndex } from '../../src/core/entities/index.ts';
import type { AnalyzedArticle, ArticleInput, Row } from '../../src/core/types.ts';
import { buildSyntheticCase } from './synthetic.ts';

export type Stage = [name: string, run: () => void];

/** CPU time of this process so far, in ms (user and system: the machine is shared, wall time rides on the load). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The synthetic case of `size` articles (the seed every speed bench uses). */
export const syntheticCase = (size: number): ArticleInput[] => buildSyntheticCase({ articles: size, seed: 20201 });

/** The claims stage: the articles with their claims, nothing across outlets. */
export const claimsOf = (inputs: readonly ArticleInput[]): AnalyzedArticle[] => analyzeCase(inputs, { claimsOnly: true }).articles;

export function crossOutletStages(articles: readonly AnalyzedArticle[]): Stage[] {
  let entities: EntityIndex | undefined;
  let rows: Row[] = [];
  const known = (): { entities?: EntityIndex } => (entities ? { entities } : {});
  return [
    ['entities', () => { entities = resolveEntities(articles); }],
    ['align', () => { rows = alignClaims(articles, known()); }],
    ['crosslang', () => { linkAcrossLanguages(articles, rows, {}, entities); }],
    ['actors', () => { findActors(articles, known()); }],
  ];
}
