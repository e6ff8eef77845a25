/**
 * "وذكرت الوكالة أن الرئيس التقى الوفد، مؤكدا أن …": a second cue of the sentence with no subject of its own
 * goes on with the first cue's subject, unless the two cues disagree in gender (ذكرت f, مؤكدا m). Then
 * its subject is the noun opening the first report's إن/أن clause, when that noun agrees with it.
 */
import { analyzeSource, type WordRange } from './source.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/** Longest phrase taken as the agreeing subject. */
const NP_MAX = 6;
/** Kinds of noun that can speak. */
const SPEAKING = new Set(['person', 'rank', 'generic', 'organization', 'media', 'anonymous']);

/**
 * The phrase opening `previous`'s content clause that agrees in gender with `draft`'s cue, when the two
 * cues disagree; null otherwise.
 * @example agreeingContentSubject(view, lex, participleDraft, firstDraft) // "الرئيس" above
 */
export function agreeingContentSubject(view: SentenceView, lex: Lexicon, draft: Draft, previous: Draft): WordRange | null {
  const gender = draft.hit.entry.gender;
  const before = previous.hit.entry.gender;
  if (!gender || !before || gender === before || !draft.ownContent || previous.rule === 'relayed-source') return null;
  // "ولفتت المصادر …، مشيرا": a plural's verb agrees loosely (a feminine verb, a masculine participle), so no switch after one.
  if (previous.subject.type === 'phrase' && previous.subject.chunks.length > 0 && analyzeSource(view, lex, previous.subject.chunks, false).kind === 'anonymous') return null;
  const c = previous.contentFrom;
  if (previous.contentSide !== 'after' || c === null || c <= 0 || c >= draft.hit.from || !lex.complementizers.has(view.norms[c - 1]!)) return null;
  const noun = lookupNoun(lex, view.norms, c);
  if (!noun || !SPEAKING.has(noun.entry.kind)) return null;
  // The noun and the source nouns or title links after it ("المتحدث باسم الجيش"); no adjective, lest the clause's verb join.
  const np = { from: c, to: c + noun.length };
  const joins = (k: number): boolean => {
    const w = view.norms[k]!;
    return lex.titleLinkWords.has(w) || lex.titleLinkWords.has(view.norms[k - 1]!) || lookupNoun(lex, view.norms, k) !== null;
  };
  while (np.to < Math.min(draft.hit.from, c + NP_MAX) && !view.commaBefore(np.to) && joins(np.to)) np.to++;
  return analyzeSource(view, lex, [np], false).gender === gender ? np : null;
}
