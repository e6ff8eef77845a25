/**
 * Noun cues with a possessor ("the mayor's claim that …", "her insistence that …"): the possessor is the
 * source, the that-clause the content. Cased scripts without clitics; the nouns are the language's
 * `possessiveReportNouns`. Taken only when the sentence has no other cue (a verb's report wins).
 */
import { lookupNoun, plainCue, type Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { Subject } from './subject.ts';
import type { SentenceView } from './view.ts';

/** Possessive pronouns and the personal pronoun kind they refer back with. */
const POSSESSIVE_PRONOUNS: Record<string, 'masculine' | 'feminine' | 'plural'> = { his: 'masculine', her: 'feminine', their: 'plural' };

/**
 * The first "possessor + report noun (+ copula) + that" in the sentence, as a draft; null when there is none.
 * @example possessiveReport(view, lex) // "The mayor's claim that the pier is safe …" → subject "The mayor's", cue "claim"
 */
export function possessiveReport(view: SentenceView, lex: Lexicon): Draft | null {
  if (lex.clitics || lex.possessiveReportNouns.size === 0) return null;
  for (let k = 1; k < view.length - 2; k++) {
    if (!lex.possessiveReportNouns.has(view.norms[k]!) || view.commaBefore(k + 1) || view.quoteAround(k)) continue;
    // "her view is that …": a copula may stand between the noun and its clause.
    const that = lex.possessiveCopulas.has(view.norms[k + 1]!) && !view.commaBefore(k + 2) ? k + 2 : k + 1;
    if (that >= view.length || !lex.complementizers.has(view.norms[that]!)) continue;
    // One lower-case modifier may stand between ("Smith's repeated insistence that").
    let p = k - 1;
    if (p > 0 && !view.capitalized(p) && !/'s$/u.test(view.norms[p]!) && !POSSESSIVE_PRONOUNS[view.norms[p]!] && view.plainGapBefore(p + 1)) p--;
    if (!view.plainGapBefore(p + 1)) continue;
    const subject = possessor(view, lex, p);
    if (!subject) continue;
    const entry = plainCue({ lemma: view.norms[k]!, stance: 'neutral', form: 'verb', words: [view.norms[k]!] });
    return { hit: { from: k, to: k + 1, entry, gluedPreposition: false }, subject, contentSide: 'after', contentFrom: that + 1, clauseFrom: 0, ownContent: true, consumedTo: that + 1, rule: 'possessive-noun' };
  }
  return null;
}

/** "his" → a pronoun; "Mayor Ana Roe's" → the capitalised name (with its possessive ending); "the mayor's" → that phrase. */
function possessor(view: SentenceView, lex: Lexicon, p: number): Subject | null {
  const w = view.norms[p]!;
  const pronoun = POSSESSIVE_PRONOUNS[w];
  if (pronoun) return { type: 'pronoun', range: { from: p, to: p + 1 }, pronoun };
  if (!/'s$/u.test(w)) return null;
  // "the governor's view is that …": a source noun after a determiner.
  if (!view.capitalized(p)) {
    const determined = p > 0 && lex.definiteMarkers.has(view.norms[p - 1]!) && lookupNoun(lex, [w.slice(0, -2)], 0) !== null;
    return determined ? { type: 'phrase', chunks: [{ from: p - 1, to: p + 1 }], anonymityMarked: false, side: 'before' } : null;
  }
  let from = p;
  while (from > 0 && view.capitalized(from - 1) && view.plainGapBefore(from)) from--;
  return { type: 'phrase', chunks: [{ from, to: p + 1 }], anonymityMarked: false, side: 'before' };
}
