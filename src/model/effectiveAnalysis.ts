import { createSelector } from '@reduxjs/toolkit';
import { selectRawAnalysis } from './analysisSlice.ts';
import { applyCorrections, type EffectiveAnalysis, type ViewClaim } from './applyCorrections.ts';
import { selectCorrections } from './correctionsSlice.ts';

/** The machine's analysis with the person's corrections re-applied (what every view shows). */
export const selectEffectiveAnalysis = createSelector(
  [selectRawAnalysis, selectCorrections],
  (analysis, corrections): EffectiveAnalysis | null => (analysis ? applyCorrections(analysis, corrections) : null),
);

/** Every claim by id, including those marked "not a claim" (so the mark can be undone). */
export const selectAllClaimsById = createSelector([selectEffectiveAnalysis], (analysis) => {
  const all: Record<string, { claim: ViewClaim; dismissed: boolean; language: string }> = {};
  for (const article of analysis?.articles ?? []) {
    for (const claim of article.claims) all[claim.id] = { claim, dismissed: false, language: article.language };
    for (const claim of article.dismissed) all[claim.id] = { claim, dismissed: true, language: article.language };
  }
  return all;
});

/** Row id → its 1-based position. */
export const selectRowIndex = createSelector([selectEffectiveAnalysis], (analysis) => {
  const index = new Map<string, number>();
  analysis?.rows.forEach((row, i) => index.set(row.id, i + 1));
  return index;
});

/** Rows to move a claim to, by number and the first words of their first claim (for a picker). */
export const selectRowChoices = createSelector([selectEffectiveAnalysis], (analysis) =>
  (analysis?.rows ?? []).map((row, i) => {
    const text = analysis!.claimsById[row.claimIds[0]!]?.text ?? '';
    return { number: i + 1, label: text.length > 60 ? `${text.slice(0, 57)}…` : text };
  }),
);
