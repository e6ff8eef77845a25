/**
 * Compound tenses in a cased script: the auxiliary before a verb form may stand a few adverbs away
 * ("is once again questioning", "are now slamming").
 */
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * Word index of the progressive auxiliary ("is", "are", "was") governing the form at `from`, over at most
 * three adverbs from the language's auxiliaries list, or -1.
 * @example progressiveBefore(view, lex, 4) // "Trump is once again questioning" → 1
 */
export function progressiveBefore(view: SentenceView, lex: Lexicon, from: number): number {
  let k = from - 1;
  while (k >= 0 && k >= from - 4 && !view.commaBefore(k + 1)) {
    const w = view.norms[k]!;
    if (lex.progressiveAuxiliaries.has(w)) return k;
    if (!lex.auxiliaries.has(w) || lex.finiteAuxiliaries.has(w)) return -1;
    k--;
  }
  return -1;
}
