/**
 * "Although the army has not issued a statement, pro-army sources insist …": a concessive clause opening
 * the sentence is the outlet's own voice; the report starts with its subject after the comma.
 */
import type { Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/**
 * Word where the report starts after an opening concessive clause, or null.
 * @example openingConcession(view, lex, draft) // "Although A, sources insist B" → index of "sources"
 */
export function openingConcession(view: SentenceView, lex: Lexicon, draft: Draft): number | null {
  if (draft.contentSide !== 'after' || draft.subject.type !== 'phrase' || draft.subject.side !== 'before') return null;
  let first = 0;
  const marker = lex.discourseMarkers.matchAt(view.norms, 0);
  if (marker > 0 && !lex.concessives.has(view.norms[0]!)) first = marker;
  if (!lex.concessives.has(view.norms[first] ?? '')) return null;
  const subjectFrom = draft.subject.chunks[0]!.from;
  // The subject follows the comma closing the concession, and nothing but the subject stands between it and the cue.
  return subjectFrom > first + 2 && view.commaBefore(subjectFrom) && subjectFrom < draft.hit.from ? subjectFrom : null;
}
