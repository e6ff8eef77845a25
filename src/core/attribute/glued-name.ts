/**
 * One check for a word that opens with a letter the language also glues on as a particle (ب, و): is it the
 * particle and a word of the language, or a name spelt with the same letter? A dictionary alone cannot
 * tell («بلجود» reads as ب + a word, «وليام» as و + a word), so two kinds of evidence are weighed, each
 * caller giving what it has:
 * - the article's own text: the bare given name before the word and the word written together elsewhere
 *   ("وزير الداخلية كمال بلجود …" twice) make it a family name;
 * - the lexicon: what follows the particle is short, carries the article, or is a noun the lexicon knows
 *   ("وأعيان", "والمتحدث"), so the particle is glued on a word.
 */
import { writtenElsewhere } from './recurring-name.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

export type GluedReading = 'name' | 'particle' | 'unknown';

/**
 * How a word opening with a particle's letter reads. `rest` is the word without that letter; `at` (a view
 * and the word's index) lets the text speak first: written after the same given name elsewhere, it is a name.
 * @example gluedReading(lex, 'عيان') // "وأعيان" → 'particle'; with `at` on "كمال بلجود" written twice → 'name'
 */
export function gluedReading(lex: Lexicon, rest: string, at?: { view: SentenceView; k: number }): GluedReading {
  if (at && familyNameInText(at.view, lex, at.k)) return 'name';
  if (rest.length < 3 || lex.articles.some((a) => rest.startsWith(a)) || lookupNoun(lex, [rest], 0) !== null) return 'particle';
  return 'unknown';
}

/** The bare word before `k` (a given name: no article, no glued preposition) and word `k` are written together elsewhere. */
function familyNameInText(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (k < 1 || view.commaBefore(k)) return false;
  const previous = view.norms[k - 1]!;
  if (lex.articles.some((a) => previous.startsWith(a)) || lex.complementPrefixes.some((p) => previous.startsWith(p))) return false;
  return writtenElsewhere(view, view.text.slice(view.start(k - 1), view.end(k)));
}
