/**
 * "الوزير سالم كان خارج العاصمة أثناء الحادث": a sentence that reports nothing but opens with a title and
 * a name, then its verb, is about that person; a verb with no subject in the next sentence ("وأعرب عن
 * قلقه …") goes on with that person, not with an older speaker.
 */
import { actorData } from '../actors/lexicon.ts';
import { definite, lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';

/** Words a name after the title may have. */
const NAME_WORDS = 4;


/**
 * The title and name opening a sentence, before its verb or auxiliary; null when the sentence opens otherwise.
 * @example topicOpening(view, lex) // "الوزير سالم كان خارج العاصمة" → { from: 0, to: 2 }
 */
export function topicOpening(view: SentenceView, lex: Lexicon): WordRange | null {
  if (!lex.clitics || view.length < 3) return null;
  const head = lookupNoun(lex, view.norms, 0);
  const kind = head?.entry.kind;
  if (!head || !(kind === 'person' || kind === 'rank') || !definite(lex, view.norms[0]!)) return null;
  const verbs = actorData(lex.lang);
  let to = head.length;
  while (to < view.length && to - head.length < NAME_WORDS && !view.commaBefore(to)) {
    const w = view.norms[to]!;
    if (lex.auxiliaries.has(w) || (verbs.verb(w) && lookupNoun(lex, view.norms, to) === null)) break;
    if (lookupNoun(lex, view.norms, to) || lex.separatePrepositions.has(w) || lex.timeWords.has(w) || /^\d/u.test(w)) return null;
    to++;
  }
  // A name, then the predicate's verb: the sentence is about the person it opens with.
  if (to === head.length || to >= view.length || view.commaBefore(to)) return null;
  const w = view.norms[to]!;
  return lex.auxiliaries.has(w) || verbs.verb(w) ? { from: 0, to } : null;
}
