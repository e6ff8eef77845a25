/**
 * «وقال الوزير عبر التلفزيون “لن نتراجع”»: a via phrase after the subject ends where the speaker's quoted
 * words open. A short quotation right after an indefinite head is the channel's name («عبر قناة “الأفق”»)
 * and stays in it.
 */
import { definite, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Where a via phrase starting at `from` (its first word) and running to `to` ends. */
export function viaEndAtQuote(view: SentenceView, lex: Lexicon, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const quote = view.quoteOpeningAt(k);
    if (!quote) continue;
    let words = 0;
    for (let m = k; m < view.length && view.start(m) < quote.end; m++) words++;
    const nameOfHead = words < 4 && !definite(lex, view.norms[k - 1]!) && quote.end < view.sentence.end - 2;
    if (!nameOfHead) return k;
  }
  return to;
}
