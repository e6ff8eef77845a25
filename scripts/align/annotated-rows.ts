/**
 * The annotated rows each claim of an analysed dev case belongs to (a claim covering a row member's
 * snippet belongs to that row): what the alignment probes compare candidate pairs against.
 */
import type { AnalyzedArticle } from '../../src/core/types.ts';
import { covers } from '../bench/score.ts';

/** Claim id → ids of the annotated rows whose members it covers. */
export function annotatedRowsOfClaims(
  articles: readonly AnalyzedArticle[],
  rows: readonly { id: string; members: readonly { articleId: string; claim: string }[] }[],
): Map<string, Set<string>> {
  const rowsOfClaim = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const m of row.members) {
      for (const c of articles.find((a) => a.id === m.articleId)?.claims ?? []) {
        if (covers(c.text, m.claim)) (rowsOfClaim.get(c.id) ?? rowsOfClaim.set(c.id, new Set()).get(c.id)!).add(row.id);
      }
    }
  }
  return rowsOfClaim;
}
