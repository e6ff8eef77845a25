import type { Claim } from './types.ts';

/**
 * Whether a claim of the analysis is a claim at all: headings and credit lines are kept for reading
 * (the Article view shows them) but are not aligned, counted or charted.
 * @example isClaim({ kind: 'heading' }) // false
 */
export function isClaim(claim: Pick<Claim, 'kind'>): boolean {
  return claim.kind === undefined;
}
