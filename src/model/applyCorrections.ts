import { isClaim } from '../core/claims.ts';
import { articleCounts } from '../core/stats/index.ts';
import type { Actor, AnalyzedArticle, Attribution, CaseAnalysis, Claim, Diagnostic, Row } from '../core/types.ts';
import type { AddedClaim, ClaimEdit, CorrectionsState } from './correctionsSlice.ts';

/**
 * A claim as the dashboard shows it: the machine's, with a person's corrections applied. A claim no one
 * corrected is the machine's object itself (absent marks read as false), so a result is not copied.
 */
export interface ViewClaim extends Claim {
  /** A person overrode the machine on this claim (shown as an "edited" mark). */
  edited?: boolean;
  /** Marked as a claim by a person (the machine did not find it). */
  userAdded?: boolean;
}

export interface ViewArticle extends Omit<AnalyzedArticle, 'claims'> {
  claims: ViewClaim[];
  /** Claims a person marked as not a claim (kept so the mark can be undone). */
  dismissed: ViewClaim[];
  /**
   * Headings, credit lines and the headline: shown in the Article view, left out of counts and charts;
   * of them only a headline a row holds shows in that row (claimsById has it).
   */
  asides: ViewClaim[];
}

export interface ViewRow extends Row {
  edited: boolean;
}

export interface EffectiveAnalysis {
  articles: ViewArticle[];
  rows: ViewRow[];
  actors: Actor[];
  diagnostics: Diagnostic[];
  claimsById: Record<string, ViewClaim>;
  rowIdByClaim: Record<string, string>;
}

function hasEdit(edit: ClaimEdit | undefined): edit is ClaimEdit {
  return edit !== undefined && Object.keys(edit).length > 0;
}

/** Finds `needle` inside the claim so the source span stays an offset into the article text. */
function locate(text: string, claim: Claim, needle: string): { start: number; end: number } {
  const at = needle ? text.indexOf(needle, claim.start) : -1;
  if (at >= 0 && at + needle.length <= claim.end) return { start: at, end: at + needle.length };
  return { start: claim.start, end: claim.start };
}

const withoutSpeaker = ({ speaker: _stale, ...source }: Attribution['source']): Attribution['source'] => source;

function applyClaimEdit(text: string, claim: Claim, edit: ClaimEdit): Attribution | null {
  const current = claim.attribution;
  const sourceText = edit.sourceText ?? current?.source.text ?? '';
  if (!current && sourceText === '' && !edit.kind && !edit.stance && !edit.cueText) return null;
  if (current && edit.sourceText === '' && !edit.kind) return null;
  const chosen =
    edit.sourceStart !== undefined && edit.sourceEnd !== undefined && text.slice(edit.sourceStart, edit.sourceEnd) === sourceText
      ? { start: edit.sourceStart, end: edit.sourceEnd }
      : null;
  const span = chosen ?? (edit.sourceText !== undefined ? locate(text, claim, sourceText) : current ? current.source : locate(text, claim, ''));
  const base: Attribution = current ?? {
    source: { text: '', start: claim.start, end: claim.start, kind: 'unknown' },
    cue: { text: '', start: claim.start, end: claim.start, stance: 'neutral', lemma: '' },
    quote: 'indirect',
    rule: 'user',
  };
  return {
    ...base,
    // The worker's speaker was of the machine's source: the corrected one is named anew (see sourceIdentity).
    source: { ...withoutSpeaker(base.source), text: sourceText, start: span.start, end: span.end, kind: edit.kind ?? base.source.kind },
    cue: { ...base.cue, ...(edit.cueText !== undefined ? { text: edit.cueText, ...locate(text, claim, edit.cueText) } : {}), stance: edit.stance ?? base.cue.stance },
  };
}

/** An article with its corrections applied, and the corrections it was made from (compared by identity). */
interface ArticleMemo {
  edits: (ClaimEdit | undefined)[];
  added: AddedClaim[];
  /** The corrections' records it was last checked against. */
  claimEdits: CorrectionsState['claimEdits'];
  addedClaims: CorrectionsState['addedClaims'];
  view: ViewArticle;
}

/**
 * Per machine article: its view, reused while the corrections touching it stay the same objects, so a
 * correction re-derives one article, not the case (the store keeps unchanged corrections as they were).
 */
const articleMemo = new WeakMap<AnalyzedArticle, ArticleMemo>();

const sameItems = <T,>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One article with the corrections of its claims applied (memoised per article: see articleMemo).
 * Example: viewArticle(article, emptyCorrections).claims.length === article.claims.length
 */
export function viewArticle(article: AnalyzedArticle, corrections: CorrectionsState): ViewArticle {
  const memo = articleMemo.get(article);
  // The very same corrections as last time (the store keeps them while nothing is corrected): no look-ups.
  if (memo && memo.claimEdits === corrections.claimEdits && memo.addedClaims === corrections.addedClaims) return memo.view;
  const added = corrections.addedClaims.length ? corrections.addedClaims.filter((c) => c.articleId === article.id) : NO_ADDED;
  const edits = article.claims.map((c) => corrections.claimEdits[c.id]);
  const addedEdits = added.map((c) => corrections.claimEdits[c.id]);
  const allEdits = addedEdits.length ? [...edits, ...addedEdits] : edits;
  const keyed = { edits: allEdits, added, claimEdits: corrections.claimEdits, addedClaims: corrections.addedClaims };
  if (memo && sameItems(memo.edits, allEdits) && sameItems(memo.added, added)) {
    articleMemo.set(article, { ...keyed, view: memo.view });
    return memo.view;
  }
  const view = buildViewArticle(article, corrections, added);
  articleMemo.set(article, { ...keyed, view });
  return view;
}

const NO_ADDED: AddedClaim[] = [];

function buildViewArticle(article: AnalyzedArticle, corrections: CorrectionsState, addedClaims: readonly AddedClaim[]): ViewArticle {
  const added: Claim[] = addedClaims
    .filter((c) => c.end <= article.text.length && c.start < c.end)
    .map((c) => ({ id: c.id, articleId: c.articleId, start: c.start, end: c.end, text: article.text.slice(c.start, c.end), sentenceIndex: -1, attribution: null }));
  const claims: ViewClaim[] = [];
  const dismissed: ViewClaim[] = [];
  const asides: ViewClaim[] = [];
  for (const claim of added.length ? [...article.claims, ...added] : article.claims) {
    if (!isClaim(claim)) {
      asides.push(claim);
      continue;
    }
    const edit = corrections.claimEdits[claim.id];
    const userAdded = claim.sentenceIndex === -1 && claim.id.includes(':u-');
    const view: ViewClaim = hasEdit(edit)
      ? { ...claim, attribution: applyClaimEdit(article.text, claim, edit), edited: true, userAdded }
      : userAdded
        ? { ...claim, edited: true, userAdded }
        : claim;
    if (edit?.notAClaim) dismissed.push(view);
    else claims.push(view);
  }
  claims.sort((a, b) => a.start - b.start);
  return { ...article, claims, dismissed, asides };
}

/**
 * Works out each article's view (and its counts) ahead of showing a fresh result, a slice of articles
 * per task, so that showing it is assembling, not computing: one 1,000-article result would otherwise
 * be one long main-thread task. `corrections` is read for each slice (the user may correct meanwhile).
 * Example: await prepareArticles(result.articles, () => corrections, () => new Promise((r) => setTimeout(r)))
 */
export async function prepareArticles(
  articles: readonly AnalyzedArticle[],
  corrections: () => CorrectionsState,
  pause: () => Promise<unknown>,
  slice = 50,
): Promise<void> {
  for (let at = 0; at < articles.length; at += slice) {
    const current = corrections();
    for (const article of articles.slice(at, at + slice)) articleCounts(viewArticle(article, current));
    await pause();
  }
}

/** Claims (or rows) worked through between two pauses of prepareCorrections: a few ms of work. */
const STEP = 1000;

/** The last effective analysis of each machine analysis, and the corrections it was made with. */
const effectiveMemo = new WeakMap<CaseAnalysis, { corrections: CorrectionsState; result: EffectiveAnalysis }>();

/**
 * Re-applies a person's corrections on top of a (possibly fresh) machine analysis.
 * Example: applyCorrections(result, { claimEdits: { 'a:c1': { kind: 'anonymous' } }, … }).claimsById['a:c1'].edited === true
 */
export function applyCorrections(analysis: CaseAnalysis, corrections: CorrectionsState): EffectiveAnalysis {
  const memo = effectiveMemo.get(analysis);
  if (memo && memo.corrections === corrections) return memo.result;
  const steps = correctionSteps(analysis, corrections);
  let step = steps.next();
  while (!step.done) step = steps.next();
  effectiveMemo.set(analysis, { corrections, result: step.value });
  return step.value;
}

/**
 * applyCorrections worked out ahead, a few thousand claims per task (`pause` between them), so that
 * showing a fresh result finds it done: over a 1,000-article result it is one 40-130 ms task otherwise.
 * Example: await prepareCorrections(result, corrections, () => new Promise((r) => setTimeout(r)))
 */
export async function prepareCorrections(analysis: CaseAnalysis, corrections: CorrectionsState, pause: () => Promise<unknown>): Promise<void> {
  const memo = effectiveMemo.get(analysis);
  if (memo && memo.corrections === corrections) return;
  const steps = correctionSteps(analysis, corrections);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  effectiveMemo.set(analysis, { corrections, result: step.value });
}

/** applyCorrections' work, yielding after every STEP claims or rows (see prepareCorrections). */
function* correctionSteps(analysis: CaseAnalysis, corrections: CorrectionsState): Generator<void, EffectiveAnalysis> {
  const claimsById: Record<string, ViewClaim> = {};
  let articles: ViewArticle[] = [];
  let titles: Map<string, ViewClaim> | undefined;
  let done = 0;
  for (const article of analysis.articles) {
    const view = viewArticle(article, corrections);
    for (const claim of view.claims) claimsById[claim.id] = claim;
    // A headline the aligner joined to a row (AlignOptions titles) shows there as its outlet's version; it stays
    // an aside elsewhere (no solo row, no counts, no corrections).
    for (const aside of view.asides) if (aside.kind === 'title') (titles ??= new Map()).set(aside.id, aside);
    articles.push(view);
    if ((done += view.claims.length) >= STEP) {
      done = 0;
      yield;
    }
  }

  if (titles) for (const row of analysis.rows) for (const id of row.claimIds) if (titles.has(id)) claimsById[id] = titles.get(id)!;
  const moved = new Set<string>();
  const rows = yield* applyRowEdits(analysis, articles, corrections, claimsById, moved);
  const rowIdByClaim: Record<string, string> = {};
  for (const row of rows) for (const id of row.claimIds) rowIdByClaim[id] = row.id;
  if (moved.size > 0) {
    for (const id of moved) claimsById[id] = { ...claimsById[id]!, edited: true };
    // New article objects: the memoised views are shared and stay as they are.
    articles = articles.map((article) => (article.claims.some((c) => moved.has(c.id)) ? { ...article, claims: article.claims.map((c) => claimsById[c.id]!) } : article));
  }
  return { articles, rows, actors: analysis.actors, diagnostics: analysis.diagnostics, claimsById, rowIdByClaim };
}

function* applyRowEdits(
  analysis: CaseAnalysis,
  articles: readonly ViewArticle[],
  corrections: CorrectionsState,
  claimsById: Record<string, ViewClaim>,
  moved: Set<string>,
): Generator<void, ViewRow[]> {
  const rows: ViewRow[] = analysis.rows.map((row) => ({ ...row, claimIds: row.claimIds.filter((id) => claimsById[id]), edited: false }));
  const placed = new Set<string>();
  for (const row of rows) for (const id of row.claimIds) placed.add(id);
  // Every shown claim belongs to some row, so a claim the aligner left out (or a person added) can be
  // compared. In article order, from the articles' lists (enumerating a 20,000-key record is slow).
  let done = 0;
  for (const article of articles) {
    for (const claim of article.claims) {
      if (!placed.has(claim.id)) rows.push({ id: `solo-${claim.id}`, claimIds: [claim.id], missingFrom: [], edited: claimsById[claim.id]!.userAdded === true });
    }
    if ((done += article.claims.length) >= STEP) {
      done = 0;
      yield;
    }
  }
  const rowOf = (claimId: string): ViewRow | undefined => rows.find((r) => r.claimIds.includes(claimId));
  for (const edit of corrections.rowEdits) {
    const moving = edit.claimIds.filter((id) => claimsById[id]);
    if (moving.length === 0) continue;
    let target: ViewRow | undefined;
    if (edit.into === null) {
      const origin = rowOf(moving[0]);
      target = { id: `edit-${edit.id}`, claimIds: [], missingFrom: [], edited: true };
      rows.splice(origin ? rows.indexOf(origin) + 1 : rows.length, 0, target);
    } else {
      target = rowOf(edit.into);
      if (!target) continue;
    }
    for (const id of moving) {
      const from = rowOf(id);
      if (from === target) continue;
      if (from) {
        from.claimIds = from.claimIds.filter((c) => c !== id);
        from.edited = true;
      }
      target.claimIds.push(id);
      target.edited = true;
      moved.add(id);
    }
  }
  const articleIds = analysis.articles.map((a) => a.id);
  // A claim alone in its row is missing from every other article: one shared list per article, not one
  // per row (a 1,000-article case has tens of thousands of such rows).
  const allBut = new Map<string, string[]>();
  const missingAllBut = (articleId: string): string[] => {
    let list = allBut.get(articleId);
    if (!list) {
      list = articleIds.filter((id) => id !== articleId);
      allBut.set(articleId, list);
    }
    return list;
  };
  const shown: ViewRow[] = [];
  for (const row of rows) {
    if (row.claimIds.length === 0) continue;
    if (shown.length % STEP === STEP - 1) yield;
    if (!row.edited && !row.id.startsWith('solo-')) {
      shown.push(row);
      continue;
    }
    if (row.claimIds.length === 1) {
      // Read by exports only: worked out when read, not for every solo row on every result.
      const articleId = claimsById[row.claimIds[0]!]!.articleId;
      const { missingFrom: _unused, ...rest } = row;
      shown.push(Object.defineProperty(rest, 'missingFrom', { get: () => missingAllBut(articleId), enumerable: true }) as ViewRow);
      continue;
    }
    const present = new Set(row.claimIds.map((id) => claimsById[id]!.articleId));
    shown.push({ ...row, missingFrom: articleIds.filter((id) => !present.has(id)) });
  }
  return shown;
}
