/**
 * "the National Center for Scientific and Technical Research", "the Ministry of Trade and Industry": a
 * conjunction between two capitalised words, after a capitalised head and its "of"/"for", is inside one
 * body's name, not between two speakers ("Smith and Jones" stays two); so is one between two single
 * names after a plural of people and its preposition ("Officials from Spain and Portugal"). Cased scripts only.
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Capitalised words a name may hold between its "of"/"for" and the conjunction. */
const MAX_BEFORE = 3;

/**
 * Whether word `k` is a conjunction inside an organisation's name.
 * @example conjunctionInName(view, lex, 4) // "the Ministry of Trade and Industry said", k on "and"
 */
export function conjunctionInName(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (lex.clitics || k < 3 || k + 1 >= view.length || !lex.nameConjunctions.has(view.norms[k]!)) return false;
  if (!view.capitalized(k - 1) || !view.capitalized(k + 1) || !view.plainGapBefore(k) || !view.plainGapBefore(k + 1)) return false;
  for (let m = k - 2; m >= Math.max(1, k - 1 - MAX_BEFORE); m--) {
    if (!view.plainGapBefore(m + 1)) return false;
    if (view.capitalized(m)) continue;
    // "Center for …", "Department of …": a body's capitalised head noun, then the preposition of its name.
    const head = lookupNoun(lex, view.norms, m - 1)?.entry.kind;
    if (!lex.postModifiers.has(view.norms[m]!) || !view.plainGapBefore(m)) return false;
    // "Officials from Spain and Portugal said": places joined after a plural of people are where they come from.
    // "Recent polls in Ohio and Texas show": after a plural of documents, where they were taken.
    if ((head === 'person' || head === 'generic' || head === 'anonymous' || head === 'document') && view.norms[m - 1]!.endsWith('s') && k - m === 2 && singleName(view, lex, k + 1)) return true;
    return view.capitalized(m - 1) && (head === 'organization' || head === 'media');
  }
  return false;
}

/** A lone capitalised word with no title ("Portugal", not "Mr. Costa" or "Jan Dorn"). */
function singleName(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (lookupNoun(lex, view.norms, k) || /\./u.test(view.tokens[k]!.text)) return false;
  return k + 1 >= view.length || (!view.capitalized(k + 1) && (view.plainGapBefore(k + 1) || view.commaBefore(k + 1)));
}
