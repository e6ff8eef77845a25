/**
 * Verbs that evaluate their object through a complement after it: "painted her rival as a fraud", "derided the
 * deal as toothless" (a characterizing predicate), "attacked the mayor for her vote" (the reason of a stance).
 * The same verbs with a bare object are acts ("painted the fence", "attacked the base for three hours").
 */
import type { Lexicon } from './lexicon.ts';
import { peoplePlural, personalWord, personSingular } from './names.ts';
import type { SentenceView } from './view.ts';
import { verbShaped } from './verb-shape.ts';

/**
 * "predicate": "as a fraud" after any object; "personPredicate": the same after a person or body only ("attacked her
 * rival as a fraud", not "attacked the town as a warning"); "reason": "for her vote"; "barePredicate": a quotation or
 * "a/an" right after the object, with no "as" ("calls the plan “a fraud”", "calls her rival a liar").
 */
export type ObjectComplement = 'predicate' | 'personPredicate' | 'reason' | 'barePredicate';

/** Words the object between the verb and its complement may have ("her longtime rival on the council"). */
const OBJECT_WORDS = 6;

export const PREDICATE_COMPLEMENT: ReadonlySet<ObjectComplement> = new Set(['predicate']);

/**
 * After the verb ending at `to`, a short object (no comma, clause or finite verb in it) followed by one of the
 * complements `kinds` names. Cased scripts without clitics (the object's edge is read from its words).
 * @example objectComplementAt(view, lex, PREDICATE_COMPLEMENT, 2) // "The senator painted her rival as a fraud" → true
 */
export function objectComplementAt(view: SentenceView, lex: Lexicon, kinds: ReadonlySet<ObjectComplement>, to: number): boolean {
  if (lex.clitics || to >= view.length || view.commaBefore(to) || view.colonBefore(to) || lex.complementizers.has(view.norms[to]!)) return false;
  for (let k = to + 1; k < Math.min(view.length, to + 1 + OBJECT_WORDS); k++) {
    if (view.commaBefore(k) || view.colonBefore(k) || view.breakBefore(k)) return false;
    const w = view.norms[k]!;
    if (lex.characterizingWords.has(w) && (kinds.has('predicate') || kinds.has('personPredicate'))) {
      return lex.asideAdverbs.matchAt(view.norms, k) === 0 && predicateAt(view, lex, k + 1) && (kinds.has('predicate') || personalObject(view, lex, to, k));
    }
    if (kinds.has('reason') && lex.reasonPrepositions.has(w)) return reasonAt(view, lex, k + 1);
    // "calls the bill a disgrace", not "calls a meeting of a committee": the predicate follows the object's noun, no preposition.
    if (kinds.has('barePredicate') && (view.quoteOpeningAt(k) !== undefined || lex.predicateOpeners.has(w)) && !lex.postModifiers.has(view.norms[k - 1]!) && !lex.adverbialPrepositions.has(view.norms[k - 1]!)) return true;
    if (lex.complementizers.has(w) || lex.finiteAuxiliaries.has(w) || lex.subordinators.has(w)) return false;
  }
  return false;
}

/** A quotation, an indefinite article, or one word closing the clause ("as toothless."): a predicate, no clause ("as it passed"). */
function predicateAt(view: SentenceView, lex: Lexicon, j: number): boolean {
  if (j >= view.length) return false;
  if (view.quoteOpeningAt(j) !== undefined || lex.predicateOpeners.has(view.norms[j]!)) return true;
  const closes = j + 1 >= view.length || view.commaBefore(j + 1) || view.breakBefore(j + 1);
  return closes && !lex.pronouns.has(view.norms[j]!) && !lex.timeWords.has(view.norms[j]!) && !/^\p{Nd}/u.test(view.norms[j]!);
}

/**
 * A possessive, a negation or a gerund after "for": a reason ("for her vote", "for not acting", "for blocking").
 * A gerund of saying reports on its own ("attacked the governor for claiming that …": the governor claimed).
 */
function reasonAt(view: SentenceView, lex: Lexicon, j: number): boolean {
  const w = view.norms[j];
  return w !== undefined && (lex.reasonOpeners.has(w) || (verbShaped(w, 'ing', 3, true) && !lex.cues.has(w)));
}

/** The object [from, to) names a person or a body: a personal pronoun, a name, a listed source noun, or a noun of people. */
function personalObject(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pronoun = lex.pronouns.get(view.norms[k]!);
    if (pronoun === 'masculine' || pronoun === 'feminine' || pronoun === 'plural' || personalWord(view, lex, k)) return true;
  }
  const head = view.norms[to - 1]!;
  return peoplePlural(lex, head) || personSingular(lex, head);
}
