/**
 * "Axios, citing two officials, said …", "Citing a government source, the agency said …": a participle of
 * relaying (data: `relayingAsides`) opening an aside that a comma closes names the speaker the cue's subject
 * relays. The participle is then no cue of its own (cues.ts); the cue's subject scan takes the aside's
 * phrase as the source and the subject as the via (subject.ts).
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Words an aside's cited phrase may hold before the comma that closes it. */
const MAX_CITED = 10;

/**
 * The last word of the relaying aside opened at word `at` (its participle), or -1: the participle opens the
 * sentence or follows a comma, a comma closes the cited phrase within a few words, with words after it, and the
 * phrase names a speaker by a source noun ("two officials", "a Hamas source"): what a speaker cites as evidence
 * ("Citing an old memo, Hale accused …": a document) is no one relayed.
 * @example relayingAsideEnd(view, lex, 2) // "Axios , citing two officials , said …" → 4 ("officials")
 */
export function relayingAsideEnd(view: SentenceView, lex: Lexicon, at: number): number {
  if (!lex.relayingAsides.has(view.norms[at] ?? '') || (at > 0 && !view.commaBefore(at))) return -1;
  for (let k = at + 2; k < view.length && k <= at + 1 + MAX_CITED; k++) {
    if (view.breakBefore(k) || view.colonBefore(k) || view.quoteOpeningAt(k)) return -1;
    if (view.commaBefore(k)) return namesSpeaker(view, lex, at + 1, k) ? k - 1 : -1;
  }
  return -1;
}

function namesSpeaker(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const kind = lookupNoun(lex, view.norms, k)?.entry.kind;
    if (kind !== undefined && kind !== 'document') return true;
  }
  return false;
}
