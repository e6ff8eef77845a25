/**
 * All-pairs alignment: the same scoring and grouping as `alignClaims`, without blocking. For
 * benchmarks and as the test oracle of the LSH blocking.
 */
import type { AnalyzedArticle, Row } from '../types.ts';
import { prepareCase, rowsFromCandidates } from './prepare.ts';
import type { AlignOptions } from './prepare.ts';

/**
 * `alignClaims` comparing every pair of claims of different articles (quadratic: small cases only).
 * @example alignClaimsNaive([articleA, articleB]).length
 */
export function alignClaimsNaive(articles: readonly AnalyzedArticle[], options: AlignOptions = {}): Row[] {
  const prepared = prepareCase(articles, options);
  return rowsFromCandidates(prepared, articles, allPairs(prepared.group));
}

function allPairs(group: readonly number[]): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) if (group[i] !== group[j]) pairs.push(i, j);
  }
  return pairs;
}
