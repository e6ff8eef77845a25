/**
 * "The mayor, who said the budget was tight, told reporters that taxes would rise": a report inside a
 * relative clause set off by commas, then the main verb after the closing comma. The main verb's subject
 * is the relative's antecedent (the region before it was consumed by the relative's report, so its own
 * backward scan finds only words of the relative clause); its clause opens at the closing comma.
 */
import type { Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/** Words a subject set off before a participle aside may have ("The deputy health minister, citing …"). */
const SUBJECT_WORDS = 8;

/**
 * The word opening the main verb's clause (after the relative's closing comma; auxiliaries and adverbs
 * such as "later" or "also" may stand before the verb), or -1 when `draft` is no such main verb.
 * @example mainAfterRelative(view, lex, whoSaid, told) // "The mayor, who said …, told …" → the index of "told"
 */
export function mainAfterRelative(view: SentenceView, lex: Lexicon, previous: Draft, draft: Draft): number {
  if (lex.clitics || draft.hit.entry.form !== 'verb') return -1;
  // "The mayor, criticizing the plan, said …": a participle clause set off after its subject is an aside too.
  const participleAside = previous.hit.entry.form === 'participle' && previous.subject.type === 'none' && previous.hit.from >= 1 && view.commaBefore(previous.hit.from) && previous.hit.from - view.chunkStartBefore(previous.hit.from) <= SUBJECT_WORDS && !view.commaBefore(previous.hit.from - 1);
  if (previous.subject.type !== 'relative' && !participleAside) return -1;
  const rel = previous.subject.type === 'relative' ? previous.subject.range.from : previous.hit.from;
  if (rel < 1 || !view.commaBefore(rel) || draft.hit.from <= previous.hit.to) return -1;
  let k = draft.hit.from;
  while (k - 1 > previous.hit.to && lex.auxiliaries.has(view.norms[k - 1]!) && !view.commaBefore(k)) k--;
  if (!view.commaBefore(k)) return -1;
  // Its own subject scan found nothing, or only words inside the relative clause.
  const s = draft.subject;
  const inside = s.type === 'none' || (s.type === 'phrase' && s.side === 'before' && s.chunks.length > 0 && s.chunks[0]!.from > rel);
  return inside ? k : -1;
}
