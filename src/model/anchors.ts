import type { CaseAnalysis, Claim } from '../core/types.ts';
import type { AddedClaim, ClaimAnchor, ClaimEdit, CorrectionsState, ReviewItem, RowEdit } from './correctionsSlice.ts';

/** The anchor of a machine claim: where it stands in its article and what it says (the content check). */
export const anchorOf = (claim: Pick<Claim, 'articleId' | 'start' | 'end' | 'text'>): ClaimAnchor => ({
  articleId: claim.articleId,
  start: claim.start,
  end: claim.end,
  text: claim.text,
});

const articleOfId = (claimId: string): string => claimId.slice(0, Math.max(0, claimId.lastIndexOf(':')));

const isUserClaim = (id: string): boolean => id.includes(':u-');

/** Claim ids the corrections refer to (claim edits and row moves), user-added claims left out. */
export function referencedClaimIds(corrections: CorrectionsState): string[] {
  const ids = new Set(Object.keys(corrections.claimEdits));
  for (const edit of corrections.rowEdits) {
    for (const id of edit.claimIds) ids.add(id);
    if (edit.into) ids.add(edit.into);
  }
  return [...ids].filter((id) => !isUserClaim(id));
}

const claimIndexCache = new WeakMap<CaseAnalysis, Map<string, Claim>>();
/** Claim id → machine claim of one analysis (built once per analysis). */
export function claimIndex(analysis: CaseAnalysis): Map<string, Claim> {
  let index = claimIndexCache.get(analysis);
  if (!index) {
    index = new Map();
    for (const article of analysis.articles) for (const claim of article.claims) index.set(claim.id, claim);
    claimIndexCache.set(analysis, index);
  }
  return index;
}

/**
 * Gives every claim the corrections name an anchor taken from `analysis` (the one the user corrected on).
 * Example: withAnchors(c, analysis).anchors['a:c2'].text === 'The minister said …'
 */
export function withAnchors(corrections: CorrectionsState, analysis: CaseAnalysis | null): CorrectionsState {
  if (!analysis) return corrections;
  const missing = referencedClaimIds(corrections).filter((id) => !corrections.anchors?.[id]);
  if (missing.length === 0) return corrections;
  const index = claimIndex(analysis);
  const anchors = { ...corrections.anchors };
  for (const id of missing) {
    const claim = index.get(id);
    if (claim) anchors[id] = anchorOf(claim);
  }
  return { ...corrections, anchors };
}

/** Where an anchor lands in a fresh analysis: the claim at the same offsets with the same text, else the one claim with that text. */
function findAnchored(anchor: ClaimAnchor, claims: readonly Claim[], articleText: string): Claim | undefined {
  const sameText = claims.filter((c) => c.text === anchor.text && articleText.slice(c.start, c.end) === anchor.text);
  const exact = sameText.find((c) => c.start === anchor.start && c.end === anchor.end);
  if (exact) return exact;
  // The text moved (words added before it): still the same claim when exactly one claim says it.
  return sameText.length === 1 ? sameText[0] : undefined;
}

/** An added claim's span in a fresh text: where it was if the words are still there, else its one occurrence. */
function relocate(added: AddedClaim, articleText: string): { start: number; end: number } | null {
  if (articleText.slice(added.start, added.end) === added.text) return { start: added.start, end: added.end };
  const first = articleText.indexOf(added.text);
  if (first < 0 || articleText.indexOf(added.text, first + 1) >= 0) return null;
  return { start: first, end: first + added.text.length };
}

/**
 * Re-attaches corrections to a fresh analysis by their anchors, never by position alone: a correction
 * follows its claim's text; one whose text is gone or ambiguous moves to `needsReview` instead of landing
 * on another claim. Articles absent from `analysis` (removed, not analysed) keep their corrections as they are.
 * Returns `corrections` itself when nothing changed.
 * Example: reanchor(c, fresh).needsReview.length === 1 after the corrected sentence was rewritten
 */
export function reanchor(corrections: CorrectionsState, analysis: CaseAnalysis): CorrectionsState {
  // Nothing to re-attach (the usual case): no index of every claim is built.
  if (corrections.addedClaims.length === 0 && Object.keys(corrections.claimEdits).length === 0 && corrections.rowEdits.length === 0) return corrections;
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const index = claimIndex(analysis);
  const anchors = corrections.anchors ?? {};
  const rename = new Map<string, string>();
  const lost = new Set<string>();
  const taken = new Set<string>();
  for (const id of referencedClaimIds(corrections)) {
    const anchor = anchors[id];
    if (!anchor) {
      // Saved before anchors existed: trust the id only while that claim exists.
      if (!index.has(id) && articles.has(articleOfId(id))) lost.add(id);
      continue;
    }
    const article = articles.get(anchor.articleId);
    if (!article) continue;
    const found = findAnchored(anchor, article.claims, article.text);
    if (!found || taken.has(found.id)) lost.add(id);
    else {
      taken.add(found.id);
      if (found.id !== id || found.start !== anchor.start || found.end !== anchor.end) rename.set(id, found.id);
    }
  }
  const movedAdded: AddedClaim[] = [];
  const lostAdded: AddedClaim[] = [];
  for (const added of corrections.addedClaims) {
    const article = articles.get(added.articleId);
    const span = article ? relocate(added, article.text) : { start: added.start, end: added.end };
    if (!span) lostAdded.push(added);
    else movedAdded.push(span.start === added.start ? added : { ...added, ...span });
  }
  if (rename.size === 0 && lost.size === 0 && lostAdded.length === 0 && movedAdded.every((a, i) => a === corrections.addedClaims[i])) return corrections;

  const lostAddedIds = new Set(lostAdded.map((a) => a.id));
  const gone = (id: string) => lost.has(id) || lostAddedIds.has(id);
  const to = (id: string) => rename.get(id) ?? id;
  const review: ReviewItem[] = [...(corrections.needsReview ?? [])];
  const claimEdits: Record<string, ClaimEdit> = {};
  for (const [id, edit] of Object.entries(corrections.claimEdits)) {
    if (gone(id)) continue;
    claimEdits[to(id)] = edit;
  }
  for (const id of lost) {
    const anchor = anchors[id] ?? { articleId: articleOfId(id), start: 0, end: 0, text: '' };
    const edit = corrections.claimEdits[id];
    const movedRow = corrections.rowEdits.some((e) => e.claimIds.includes(id) || e.into === id);
    review.push({ id: `review-${id}-${review.length}`, anchor, ...(edit ? { edit } : {}), ...(movedRow ? { rowMove: true } : {}) });
  }
  for (const added of lostAdded) review.push({ id: `review-${added.id}`, anchor: { articleId: added.articleId, start: added.start, end: added.end, text: added.text }, added: true });
  const rowEdits: RowEdit[] = [];
  for (const e of corrections.rowEdits) {
    if (e.into && gone(e.into)) {
      // The row they were moved into cannot be found: the move itself needs the user's eye.
      for (const id of e.claimIds) if (!gone(id) && anchors[id]) review.push({ id: `review-${e.id}-${id}`, anchor: anchors[id], rowMove: true });
      continue;
    }
    const claimIds = e.claimIds.filter((id) => !gone(id)).map(to);
    if (claimIds.length > 0) rowEdits.push({ ...e, claimIds, into: e.into ? to(e.into) : null });
  }
  const nextAnchors: Record<string, ClaimAnchor> = {};
  for (const [id, anchor] of Object.entries(anchors)) {
    if (gone(id)) continue;
    const target = to(id);
    nextAnchors[target] = rename.has(id) ? anchorOf(index.get(target)!) : anchor;
  }
  return { ...corrections, claimEdits, rowEdits, addedClaims: movedAdded, anchors: nextAnchors, needsReview: review };
}
