/**
 * Where a verb's reported words open when something of the verb's own stands first: its object before its
 * cognate participle («ورد الوزير على الانتقادات قائلا إن …»), or a manner adverbial before its object
 * («ودانت الوزارة، بأشد العبارات، الهجوم …»).
 */
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Words of object between the content's start and the participle; words of addressee between it and a colon. */
const OBJECT_WORDS = 6;
const ADDRESSEE_WORDS = 3;

/** Where the content opens when a cognate participle follows the verb's object from `contentFrom`, else `contentFrom`. */
export function contentAfterCognate(view: SentenceView, lex: Lexicon, contentFrom: number): number {
  if (lex.cognateObjects.size === 0) return contentFrom;
  for (let m = contentFrom; m < Math.min(view.length, contentFrom + OBJECT_WORDS); m++) {
    if (m > contentFrom && (view.commaBefore(m) || view.colonBefore(m) || view.quoteOpeningAt(m) !== undefined)) return contentFrom;
    const w = view.norms[m]!;
    if (lex.complementizers.has(w)) return contentFrom;
    if (!lex.cognateObjects.has(w)) continue;
    if (m === contentFrom) return contentFrom;
    for (let k = m + 1; k < Math.min(view.length, m + 1 + ADDRESSEE_WORDS); k++) {
      if (view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined) return k;
      if (lex.complementizers.has(view.norms[k]!)) return k + 1;
    }
    return contentFrom;
  }
  return contentFrom;
}

/** «ودانت الوزارة، بأشد العبارات، الهجوم», «وأكد مرة أخرى دعم …»: an adverbial phrase opening the content (and its comma) is the verb's. */
export function contentAfterAdverbial(view: SentenceView, lex: Lexicon, contentFrom: number): number {
  const n = lex.adverbialPhrases.matchAt(view.norms, contentFrom);
  return n > 0 && contentFrom + n < view.length ? contentFrom + n : contentFrom;
}
