import { createSelector } from '@reduxjs/toolkit';
import { LABEL_STANCES } from '../../core/vocabulary.ts';
import { selectActorMatrix } from '../../model/actorMatrix.ts';
import { selectCaseStats } from '../../model/outletStats.ts';

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
 * not coverage of a shared story): the core's statistics, as the reports give them.
 */
export const selectCoverage = createSelector([selectCaseStats], (stats) => ({ rows: stats.sharedRows, reported: stats.outlets.map((s) => s.rowsShared) }));
