import { createSelector } from '@reduxjs/toolkit';
import type { LabelStance } from '../../core/types.ts';
import { selectActorMatrix } from '../actors/selectors.ts';
import { selectEffectiveAnalysis } from '../corrections/selectors.ts';
import { selectOutletStats } from '../sources/selectors.ts';

const LABEL_STANCES: LabelStance[] = ['positive', 'neutral', 'negative'];

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

/** Rows in the case and how many each outlet reports. */
export const selectCoverage = createSelector([selectEffectiveAnalysis, selectOutletStats], (analysis, stats) => ({
  rows: analysis?.rows.length ?? 0,
  reported: stats.map((s) => s.rowsReported),
}));
