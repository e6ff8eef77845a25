/**
 * Transcripts: a line opening with a speaker's label in capitals ("WALLACE: …", "“PENCE: Well, …").
 */
import type { SentenceView } from './view.ts';

/**
 * Words 0 … colon-1 are a speaker's label written in capitals (one to three words), as transcripts
 * write them, even where the whole line is quoted.
 * @example capitalLabel(view, 1) // "“PENCE: Well, the question …" → true
 */
export function capitalLabel(view: SentenceView, colon: number): boolean {
  if (colon < 1 || colon > 3) return false;
  for (let k = 0; k < colon; k++) {
    const t = view.tokens[k]!.text;
    if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(t)) return false;
  }
  return true;
}

/**
 * A quoted line opens with a capital label and its colon within three words ("“WALLACE: …"); unquoted,
 * "CAIRO: …" is a dateline.
 */
export function transcriptLine(view: SentenceView): boolean {
  if (view.quoteOpeningAt(0) === undefined) return false;
  for (let c = 1; c <= Math.min(3, view.length - 1); c++) if (view.colonBefore(c)) return capitalLabel(view, c);
  return false;
}
