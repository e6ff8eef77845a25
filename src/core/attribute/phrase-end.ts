/** Where a phrase after a cue or a preposition ends: the shared stop of channel, agent and publisher phrases. */
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * The index after the last word of a phrase starting at `from`: it runs to a comma, a complementizer
 * ("that", «أن»), `limit` words on, the sentence's end, or a word of `stops` (e.g. the noun-phrase
 * stoppers). `from` itself when its first word already stops it (an empty phrase).
 * @example phraseEnd(view, lex, 2, 3) // "quoted by [state television] as saying …" with "as" a stop → 4
 */
export function phraseEnd(view: SentenceView, lex: Lexicon, from: number, limit: number, stops?: ReadonlySet<string>): number {
  const last = Math.min(view.length, from + limit);
  let end = from;
  while (end < last && !view.commaBefore(end) && !lex.complementizers.has(view.norms[end]!) && !stops?.has(view.norms[end]!)) end++;
  return end;
}
