import type { UnknownAction } from '@reduxjs/toolkit';
import type { CaseAnalysis } from '../core/types.ts';
import {
  claimCueCorrected,
  claimKindCorrected,
  claimMarkedAClaim,
  claimMarkedNotAClaim,
  claimMovedToRow,
  claimSourceCorrected,
  claimStanceCorrected,
} from './correctionsSlice.ts';

/** The claim one claim correction names, or null for any other action. */
function correctedClaim(action: UnknownAction): string | null {
  if (claimMovedToRow.match(action)) return action.payload.claimIds[0] ?? null;
  for (const creator of [claimSourceCorrected, claimCueCorrected, claimKindCorrected, claimStanceCorrected, claimMarkedNotAClaim, claimMarkedAClaim]) {
    if (creator.match(action)) return action.payload.claimId;
  }
  return null;
}

/**
 * A headline is never attributed and never corrected (the Compare view offers no correction of it): the
 * store refuses one too, so no other caller can make one. Example: isHeadlineCorrection(result, claimKindCorrected({ claimId: headlineId, kind: 'official' })) === true
 */
export function isHeadlineCorrection(analysis: CaseAnalysis | null | undefined, action: UnknownAction): boolean {
  if (!analysis || !action.type.startsWith('corrections/')) return false;
  const claimId = correctedClaim(action);
  if (claimId === null) return false;
  return analysis.articles.some((article) => article.claims.some((claim) => claim.id === claimId && claim.kind === 'title'));
}
