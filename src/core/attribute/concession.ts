/**
 * "Although the army has not issued a statement, pro-army sources insist …", "وبينما لم يصدر أي تأكيد …،
 * فإن المراقبين يرون …": a subordinate clause opening the sentence (data: `concessives`,
 * `openingSubordinators`) is the outlet's own voice; the report starts with its clause after the comma.
 */
import type { Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/** A word opening a concessive or subordinate clause. */
function opens(lex: Lexicon, w: string | undefined): boolean {
  return w !== undefined && (lex.concessives.has(w) || lex.openingSubordinators.has(w));
}

/**
 * Word where the report starts after an opening subordinate clause, or null.
 * @example openingSubordinate(view, lex, draft) // "Although A, sources insist B" → index of "sources"
 */
export function openingSubordinate(view: SentenceView, lex: Lexicon, draft: Draft): number | null {
  let first = 0;
  // "But although …": a discourse marker may come first.
  const marker = lex.discourseMarkers.matchAt(view.norms, 0);
  if (marker > 0 && !opens(lex, view.norms[0])) first = marker;
  if (!opens(lex, view.norms[first])) return null;
  // The report's clause starts with its subject before the cue, or with the complementizer before that
  // subject ("فإن المراقبين يرون").
  if (draft.contentSide !== 'after' || draft.subject.type !== 'phrase' || draft.subject.side !== 'before' || draft.subject.chunks.length === 0) return null;
  let from = draft.subject.chunks[0]!.from;
  if (from > 0 && lex.complementizers.has(view.norms[from - 1]!)) from--;
  // The clause follows the comma closing the subordinate one, and nothing but its subject stands before the cue.
  return from > first + 2 && view.commaBefore(from) && from <= draft.hit.from ? from : null;
}
