/**
 * "وصرّح وزير الداخلية كمال بلجود …", "وقالت الناشطة سلمى بوعزيز …": many family names open with a letter
 * that is also a glued preposition (ب). A dictionary cannot tell them apart (بلجود reads as ب + a word), so
 * the article's own text does: the given name and that word written together elsewhere are a name, and the
 * verb's complement does not start there ("… مصادر مطلعة بتقديم …" still ends the subject).
 */
import { writtenElsewhere } from './recurring-name.ts';
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * Whether word `k`, glued to a complement preposition, goes on the name opened by the bare word before it.
 * @example gluedFamilyName(view, lex, 3) // "وزير الداخلية كمال بلجود" with "كمال بلجود" written elsewhere → true
 */
export function gluedFamilyName(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (k < 1 || view.commaBefore(k)) return false;
  const previous = view.norms[k - 1]!;
  // The word before is a bare given name: no article, no glued preposition of its own.
  if (lex.articles.some((a) => previous.startsWith(a)) || lex.complementPrefixes.some((p) => previous.startsWith(p))) return false;
  return writtenElsewhere(view, view.text.slice(view.start(k - 1), view.end(k)));
}
