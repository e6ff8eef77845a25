import { createSelector } from '@reduxjs/toolkit';
import { LABEL_STANCES } from '../../core/vocabulary.ts';
import { selectActorMatrix } from '../../model/actorMatrix.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';


/** Labels per actor and outlet by stance, for the most-labelled actors (a chart of all would be unreadable). */
export const selectLabelStanceSeries = createSelector([selectActorMatrix], (matrix) =>
  [...matrix]
    .sort((a, b) => b.total - a.total)
    .slice(0, 4)
    .filter((actor) => actor.total > 0)
    .map((actor) => ({
      actor: actor.name,
      byStance: LABEL_STANCES.map((stance) => ({
        stance,
        data: actor.cells.map((cell) => cell.chips.filter((c) => c.stance === stance).reduce((n, c) => n + c.count, 0)),
      })),
    })),
);

/**
 * The rows two or more outlets share, and how many of them each outlet reports (a row of one outlet is
 * not coverage of a shared story).
 */
export const selectCoverage = createSelector([selectEffectiveAnalysis], (analysis) => {
  if (!analysis) return { rows: 0, reported: [] as number[] };
  const index = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const reported = analysis.articles.map(() => 0);
  let rows = 0;
  for (const row of analysis.rows) {
    const outlets = new Set(row.claimIds.map((id) => analysis.claimsById[id]?.articleId).filter((id): id is string => id !== undefined));
    if (outlets.size < 2) continue;
    rows += 1;
    for (const id of outlets) reported[index.get(id)!]! += 1;
  }
  return { rows, reported };
});
