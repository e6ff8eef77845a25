/**
 * "Agency X cited the ministry as saying …", "X quoted a senior official as saying …": the verb's object
 * is the speaker and its subject only relays the words (issue 9, who relays whom). The cue's data lists
 * the word that closes the object ("as"); a cue must follow it.
 */
import type { CueHit } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { CueMap } from './subject.ts';
import { phraseEnd } from './phrase-end.ts';
import type { SentenceView } from './view.ts';

/** Words the speaking object may hold ("the Moroccan Ministry of Interior and Religious Affairs"). */
const MAX_OBJECT = 10;

/** Where the speaking object lies and the word after the cue that follows it ("saying"), or null. */
export interface SpeakingObject {
  object: WordRange;
  /** The first word after the second cue ("saying"). */
  after: number;
}

/**
 * The object that speaks after a relaying cue, or null when the frame is not there.
 * @example objectSpeaks(view, lex, hitOnCited, cues)?.object // the words of "the ministry"
 */
export function objectSpeaks(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap): SpeakingObject | null {
  const markers = hit.entry.objectSpeaksBefore;
  if (!markers || markers.size === 0) return null;
  for (let k = hit.to + 1; k < Math.min(view.length - 1, hit.to + MAX_OBJECT + 1); k++) {
    if (view.commaBefore(k) || view.colonBefore(k) || lex.complementizers.has(view.norms[k]!)) return null;
    if (!markers.has(view.norms[k]!)) continue;
    // "as saying", "as telling reporters": a cue right after the marker.
    if (!cues.has(k + 1) || view.commaBefore(k + 1)) return null;
    return { object: { from: hit.to, to: k }, after: k + 2 };
  }
  return null;
}

/** The agent of a passive relay and the first word after the frame, or null. */
export interface PassiveRelay {
  via: WordRange;
  after: number;
}

/**
 * "X was quoted as saying by the agency …", "X was quoted by the agency as saying …": the passive of a
 * relaying cue keeps its speaker in the subject; the agent only relays (the via).
 * @example passiveRelay(view, lex, hitOnQuoted, cues)?.via // the words of "the agency"
 */
export function passiveRelay(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap): PassiveRelay | null {
  const markers = hit.entry.objectSpeaksBefore;
  if (!markers || markers.size === 0 || hit.from === 0 || !lex.progressiveAuxiliaries.has(view.norms[hit.from - 1]!)) return null;
  const marked = (k: number): boolean => markers.has(view.norms[k]!) && cues.has(k + 1) && !view.commaBefore(k + 1);
  const agentFrom = (k: number): number | null => (lex.agentPrepositions.has(view.norms[k] ?? '') && !view.commaBefore(k) ? k + 1 : null);
  // "quoted as saying by X": the agent runs to a comma, "that" or the sentence's end.
  const late = marked(hit.to) ? agentFrom(hit.to + 2) : null;
  if (late !== null) {
    const end = phraseEnd(view, lex, late, MAX_OBJECT);
    return end > late ? { via: { from: late, to: end }, after: end } : null;
  }
  // "quoted by X as saying": the agent runs to the marker.
  const early = agentFrom(hit.to);
  if (early === null) return null;
  for (let k = early + 1; k < Math.min(view.length - 1, early + MAX_OBJECT); k++) {
    if (view.commaBefore(k) || lex.complementizers.has(view.norms[k]!)) return null;
    if (marked(k)) return { via: { from: early, to: k }, after: k + 2 };
  }
  return null;
}
