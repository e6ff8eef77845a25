/**
 * Compound tenses in a cased script: the auxiliary before a verb form may stand a few adverbs away
 * ("is once again questioning", "are now slamming").
 */
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * Word index of the progressive auxiliary ("is", "are", "was") governing the form at `from`, over at most
 * three adverbs from the language's auxiliaries list, or -1.
 * @example progressiveBefore(view, lex, 4) // "Dorvan is once again questioning" → 1
 */
export function progressiveBefore(view: SentenceView, lex: Lexicon, from: number): number {
  let k = from - 1;
  while (k >= 0 && k >= from - 4 && !view.commaBefore(k + 1)) {
    const w = view.norms[k]!;
    if (lex.progressiveAuxiliaries.has(w)) return k;
    // "has been steadily attacking": an -ly adverb may stand between, as a listed one ("also") does.
    if ((!lex.auxiliaries.has(w) && !/^[a-z]{3,}ly$/u.test(w)) || lex.finiteAuxiliaries.has(w)) return -1;
    k--;
  }
  return -1;
}

/**
 * A capitalised name (one to four words, no comma inside) ending right before word `at`, in a cased
 * script, or null. Sentence-initial words and determiners are not taken for names.
 * @example nameBefore(view, lex, 4) // "footage of Ana Ruiz asking" → { from: 2, to: 4 }
 */
export function nameBefore(view: SentenceView, lex: Lexicon, at: number): { from: number; to: number } | null {
  if (lex.clitics || at < 2 || view.commaBefore(at) || view.quoteClosesBefore(at)) return null;
  let k = at;
  while (k > 1 && at - k < 4 && view.capitalized(k - 1) && !lex.timeWords.has(view.norms[k - 1]!) && !lex.definiteMarkers.has(view.norms[k - 1]!) && !lex.pronouns.has(view.norms[k - 1]!) && (k === at || !view.commaBefore(k))) k--;
  return k < at ? { from: k, to: at } : null;
}

/**
 * "…, sources insist fighting continues": the few words after a cue are a clause of their own when they
 * open with neither a preposition, a time word nor a channel ("…, officials said on Monday" closes a report).
 * Cased scripts without clitics only.
 * @example shortClauseAfter(view, lex, 5) // "… sources insist fighting remains ongoing" → true
 */
export function shortClauseAfter(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k];
  if (lex.clitics || w === undefined || view.commaBefore(k) || view.length - k < 2) return false;
  return !lex.adverbialPrepositions.has(w) && !lex.postModifiers.has(w) && !lex.timeWords.has(w) && !lex.channelNouns.has(w) && !lex.determiners.has(w) && !lex.pronouns.has(w) && !lex.auxiliaries.has(w);
}
