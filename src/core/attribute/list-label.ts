/**
 * «- الهند: رفضت الخطة وقالت إنها …», «اليابان: أعلنت أنها ستساهم …»: a list line whose label (a few words
 * before a colon opening the line) names who acts, then the line's verb with no subject of its own: the label is
 * the verb's subject. A topic label leaves the verb the subject it names («- التمويل: تنص الخطة على أن …»: the
 * hook is asked only when the verb has none).
 */
import { actorData } from '../actors/lexicon.ts';
import type { CueHit } from './cues.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { Subject } from './subject.ts';
import type { SentenceView } from './view.ts';

/** Longest label before the colon. */
const LABEL_WORDS = 3;

/**
 * The label before the colon as the cue's subject, or null (scripts with clitics only).
 * @example listLabelSubject(view, lex, hit) // "- الهند: قالت إن الخطة خطوة أولى" → الهند
 */
export function listLabelSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (!lex.clitics || hit.from === 0) return null;
  let colon = -1;
  for (let k = 1; k <= Math.min(LABEL_WORDS, hit.from); k++) {
    if (view.colonBefore(k)) {
      colon = k;
      break;
    }
    if (view.commaBefore(k)) return null;
  }
  // «أولا: …», «المصدر: …»: a sequence adverb or a page label is no actor.
  if (colon < 0 || lex.colonNonSources.matchAt(view.norms, 0) > 0 || lex.discourseMarkers.matchAt(view.norms, 0) > 0) return null;
  for (let k = 0; k < colon; k++) {
    const w = view.norms[k]!;
    if (lex.timeWords.has(w) || lex.complementizers.has(w) || /^\p{Nd}/u.test(w) || view.quoteAround(k)) return null;
  }
  // The verb opens the line after the colon, or a first verb does and the cue joins it with «و» (no comma,
  // no source noun between: «رفضت الخطة وقالت …»).
  if (hit.from !== colon) {
    if (!hit.entry.conjoined || !actorData(lex.lang).verb(view.norms[colon]!)) return null;
    for (let k = colon + 1; k < hit.from; k++) if (view.commaBefore(k) || lookupNoun(lex, view.norms, k)) return null;
  }
  return { type: 'phrase', chunks: [{ from: 0, to: colon }], anonymityMarked: false, side: 'before' };
}
