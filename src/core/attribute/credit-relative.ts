/**
 * "ارتفعت الأسعار، بحسب التاجر، الذي أشار إلى أن الطلب تضاعف": a prepositional credit closing a clause,
 * then a relative clause in which its source reports. Two attributions of one source: the clause before
 * the credit, credited to it, and the relative clause's report (which `prepositional` drafts from the
 * credit's object when the credit opens the sentence: "وفقا للمتحدث، الذي قال إن …" is one report).
 */
import type { CueHit } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { WordRange } from './source.ts';
import { phraseEnd } from './phrase-end.ts';
import type { SentenceView } from './view.ts';

/**
 * The credit's own draft (content before it) when `draft`, drafted at the prepositional cue `prep`, is the
 * report of a relative clause after that credit; the relative's draft then opens its clause at the relative.
 * @example creditBeforeRelative(view, prep, draft)?.contentSide // 'before'
 */
export function creditBeforeRelative(view: SentenceView, prep: CueHit, draft: Draft): Draft | null {
  if (draft.rule !== 'prepositional-relative' || prep.from < 2 || draft.subject.type !== 'phrase') return null;
  const object = draft.subject.chunks[0]!;
  // Only after a comma: "…، بحسب المحامي": the credit closes a clause of the outlet's text.
  if (!view.commaBefore(prep.from) || !view.commaBefore(object.to)) return null;
  draft.clauseFrom = object.to;
  draft.relativeClause = true;
  return { hit: prep, subject: draft.subject, contentSide: 'before', contentFrom: null, clauseFrom: 0, consumedTo: object.to, rule: 'prepositional' };
}

/** Words a closing agent may hold ("وكالة الأنباء الرسمية"). */
const MAX_PUBLISHER = 6;

/**
 * «وفقا للنتائج التي نشرتها الوكالة، …», «بحسب تقرير أصدرته المنظمة»: a credit whose object is a document
 * that a named body published (a verb of `channelRelativeVerbs`, its subject after it) names that body:
 * the words the document relays are the publisher's. Returns the publisher's words, or null.
 * @example publisherOfCredit(view, lex, object, isDocument) // the words of «الوكالة»
 */
export function publisherOfCredit(view: SentenceView, lex: Lexicon, object: WordRange, isDocument: (range: WordRange) => boolean): WordRange | null {
  for (let k = object.from + 1; k < Math.min(view.length - 1, object.to + 2); k++) {
    if (k > object.from + 1 && view.commaBefore(k)) return null;
    if (!lex.channelRelativeVerbs.has(view.norms[k]!)) continue;
    const docEnd = lex.relativePronouns.has(view.norms[k - 1]!) ? k - 1 : k;
    if (docEnd <= object.from || !isDocument({ from: object.from, to: docEnd })) return null;
    const end = phraseEnd(view, lex, k + 1, MAX_PUBLISHER);
    return end > k + 1 ? { from: k + 1, to: end } : null;
  }
  return null;
}
