/**
 * Transcripts: a line opening with a speaker's label in capitals ("WALLACE: …", "“PENCE: Well, …").
 */
import type { Lexicon } from './lexicon.ts';
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

/**
 * "CITY: Part of the market burned …" opening an article (its first sentence, unquoted, one word in
 * capitals before the colon): a dateline, no speaker. A line speaking in the first or second person
 * ("MODERATOR: I want to ask you …") is a transcript's label. The first word after it, or -1.
 * @example openingDateline(view, lex) // "LIMA: The vote …" as sentence 0 → 1
 */
export function openingDateline(view: SentenceView, lex: Lexicon): number {
  if (view.sentence.index !== 0 || view.length < 3 || !view.colonBefore(1) || view.quoteOpeningAt(1) !== undefined || view.quoteOpeningAt(0) !== undefined) return -1;
  if (!capitalLabel(view, 1)) return -1;
  for (let k = 1; k < view.length; k++) if (lex.pronouns.get(view.norms[k]!) === 'speaker') return -1;
  return 1;
}
