/**
 * "…، وفق ما أفادت به الرابطة", "حسبما صرح به مصدر", "بحسب ما أعلنت عنه الوزارة": after a cue opened by an
 * "as" relative, a preposition carrying a pronoun points back to ما (what was said); the source is the
 * phrase after it, not the preposition ("به مصدر") nor the words before the cue ("وفق").
 */
import { asPhraseBefore } from './closing-relay.ts';
import type { Lexicon } from './lexicon.ts';
import type { CueHit } from './cues.ts';
import type { SentenceView } from './view.ts';

/**
 * Where the forward subject scan of a cue starts: past such a resumptive word, else right after the cue.
 * @example subjectScanFrom(view, lex, hit) // "حسبما أفاد به مصدر" → the index of مصدر
 */
export function subjectScanFrom(view: SentenceView, lex: Lexicon, hit: CueHit): number {
  if (lex.asResumptives.size === 0 || !lex.asResumptives.has(view.norms[hit.to] ?? '')) return hit.to;
  return asPhraseBefore(view, lex, hit.from, false) ? hit.to + 1 : hit.to;
}
