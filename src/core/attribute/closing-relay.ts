/**
 * "تشير النتائج الأولية إلى تقدم …، حسبما ذكرت القناة يوم الأربعاء": a report introduced by "as" (حسبما،
 * وفق ما، بحسب ما) that closes the sentence relays all of it. When what came before it has a document
 * for source (results, figures), the outlet or body it names is the sentence's source.
 */
import { lookupNoun, nounStems, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/**
 * An "as" phrase (حسبما، وفقا لما) ends right before word `at` (after a comma, with `comma`).
 * @example asPhraseBefore(view, lex, 9, true) // "…، وفقا لما نقلته رويترز" with نقلته at 9
 */
export function asPhraseBefore(view: SentenceView, lex: Lexicon, at: number, comma: boolean): boolean {
  return asPhraseStart(view, lex, at, comma) >= 0;
}

/**
 * The first word of the "as" phrase ending right before word `at`, or -1.
 * @example asPhraseStart(view, lex, 9, true) // "…، بحسب ما أعلن المجلس" with أعلن at 9 → 7
 */
export function asPhraseStart(view: SentenceView, lex: Lexicon, at: number, comma: boolean): number {
  for (let m = Math.max(0, at - 3); m < at; m++) if (lex.asRelatives.matchAt(view.norms, m) === at - m && (!comma || (m > 0 && view.commaBefore(m)))) return m;
  return -1;
}

/** Only time words or a short quoted tail («واع») stand from word `k` to the sentence end. */
export function closesSentence(view: SentenceView, lex: Lexicon, k: number): boolean {
  while (k < view.length && (lex.timeWords.has(view.norms[k]!) || shortQuotedTail(view, k))) k++;
  return k >= view.length;
}

/** Word `k` lies in a short quotation ("«واع»", “رويترز”) or parentheses closing the sentence. */
function shortQuotedTail(view: SentenceView, k: number): boolean {
  const q = view.quoteAround(k) ?? view.quoteOpeningAt(k);
  return q !== undefined && view.length - k <= 3;
}

const documentSubject = (view: SentenceView, lex: Lexicon, d: Draft): boolean =>
  d.subject.type === 'phrase' && d.subject.chunks.length > 0 && lookupNoun(lex, view.norms, d.subject.chunks[0]!.from)?.entry.kind === 'document';

/**
 * Marks such a closing report as reporting what precedes it (content before, from the sentence start).
 * @example markClosingRelays(view, lex, drafts) // "تشير الأرقام إلى …، حسبما ذكرت الوكالة." → the ذكرت draft closes
 */
export function markClosingRelays(view: SentenceView, lex: Lexicon, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    let d = drafts[i]!;
    // "…، وفقا لما نقلته “رويترز”.": the quoted name after the cue is its subject, not its content; the
    // "as" phrase before the cue is no subject.
    if (d.hit.entry.form === 'verb' && d.subject.type === 'phrase' && d.subject.side === 'before' && d.hit.to < view.length && shortQuotedTail(view, d.hit.to) && asPhraseBefore(view, lex, d.hit.from, true)) {
      d = { ...d, subject: { type: 'phrase', chunks: [{ from: d.hit.to, to: view.length }], anonymityMarked: false, side: 'after' }, consumedTo: view.length };
      drafts[i] = d;
    }
    if (d.hit.entry.form !== 'verb' || d.subject.type !== 'phrase' || d.subject.chunks.length === 0 || d.subject.side !== 'after' || !asPhraseBefore(view, lex, d.hit.from, true)) continue;
    if (!closesSentence(view, lex, d.consumedTo) || !drafts.slice(0, i).every((p) => documentSubject(view, lex, p))) continue;
    drafts[i] = { ...d, closing: true, contentSide: 'before', contentFrom: null, clauseFrom: 0, ownContent: false, innerReport: false };
  }
}

/** A document phrase headed by footage or figures ("مقطع فيديو", "نتائج أولية"). */
export function muteDocument(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): boolean {
  if (lex.muteDocuments.size === 0) return false;
  for (const c of chunks) for (let k = c.from; k < c.to; k++) if (nounStems(lex, view.norms[k]!).some((st) => lex.muteDocuments.has(st.stem))) return true;
  return false;
}

interface Report {
  draft: Draft;
  explicit: boolean;
  source: { kind: string };
}

/**
 * «وتشير التوقعات إلى …، وأن …، وفق المنظمين»: a prepositional credit closing the sentence after a comma,
 * when every report before it has figures, forecasts or footage for subject (documents that show but never
 * speak), names who stands behind them: the credit is the sentence's source. A speaking document («ذكر
 * التقرير أن …، بحسب الوكالة») keeps its report, and a document credit («بحسب البيان») names no one.
 */
export function creditOverMuteDocuments(view: SentenceView, lex: Lexicon, reports: readonly Report[], credit: Report): boolean {
  const d = credit.draft;
  if (!credit.explicit || credit.source.kind === 'document' || d.hit.entry.form !== 'prep' || d.contentSide !== 'before' || d.subject.type !== 'phrase' || d.hit.from < 2 || !view.commaBefore(d.hit.from)) return false;
  if (!closesSentence(view, lex, d.consumedTo)) return false;
  return reports.length > 0 && reports.every((r) => r.explicit && r.draft.hit.entry.form === 'verb' && r.draft.hit.to <= d.hit.from && r.draft.subject.type === 'phrase' && muteDocument(view, lex, r.draft.subject.chunks));
}
