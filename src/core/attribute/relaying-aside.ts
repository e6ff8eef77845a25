/**
 * "Axios, citing two officials, said …", "Citing a government source, the agency said …": a participle of
 * relaying (data: `relayingAsides`) opening an aside that a comma closes names the speaker the cue's subject
 * relays. The participle is then no cue of its own (cues.ts); the cue's subject scan takes the aside's
 * phrase as the source and the subject as the via (subject.ts).
 */
import { sourceNounWithin, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Words an aside's cited phrase may hold before the comma that closes it. */
const MAX_CITED = 10;

/**
 * The last word of the relaying aside opened at word `at` (its participle), or -1: the participle opens the
 * sentence or follows a comma, a comma closes the cited phrase within a few words, with words after it, and the
 * phrase names a speaker by a source noun ("two officials", "a Hamas source"): what a speaker cites as evidence
 * ("Citing an old memo, Hale accused …": a document) is no one relayed.
 * @example relayingAsideEnd(view, lex, 1) // "Axios, citing two officials, said …" (words 0–4) → 3 ("officials")
 */
export function relayingAsideEnd(view: SentenceView, lex: Lexicon, at: number): number {
  const opener = at < view.length ? lex.relayingAsides.matchAt(view.norms, at) : 0;
  if (opener === 0 || (at > 0 && !view.commaBefore(at))) return -1;
  for (let k = at + opener + 1; k < view.length && k <= at + opener + MAX_CITED; k++) {
    if (view.breakBefore(k) || view.colonBefore(k) || view.quoteOpeningAt(k)) return -1;
    if (view.commaBefore(k)) return namesSpeaker(view, lex, at + opener, k) ? k - 1 : -1;
  }
  return -1;
}

/**
 * Verb-first clauses: the relaying words right after the cue's subject («وقالت القناة، نقلا عن مصدر أمني، إن …»,
 * «وذكرت الوكالة نقلا عن مسؤولين أن …», a comma before them or not): where they open and where the cited phrase
 * starts, or null.
 */
export function relayingAfterSubject(view: SentenceView, lex: Lexicon, subjectFrom: number, searchTo: number): { at: number; citedFrom: number } | null {
  for (let k = subjectFrom + 1; k < searchTo && k < view.length; k++) {
    const opener = lex.relayingAsides.matchAt(view.norms, k);
    if (opener > 0) return { at: k, citedFrom: k + opener };
    if (view.colonBefore(k) || view.quoteOpeningAt(k)) return null;
  }
  return null;
}

/** A word of the phrase is a source noun of a speaking kind (no document). */
export function namesSpeaker(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  return sourceNounWithin(lex, view.norms, from, to, (kind) => kind !== 'document');
}
