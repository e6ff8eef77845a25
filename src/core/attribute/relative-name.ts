/**
 * "ومن المقرر أن يصبح فلان الفلاني البالغ 44 عاما، والذي قال إنه …": a relative pronoun opening a report,
 * with no source noun before it, goes back to the name that ends the clause before it. The finite verb
 * opening that clause and an age after the name ("البالغ 44 عاما") are no part of the name.
 */
import { actorData } from '../actors/lexicon.ts';
import { definite, lookupNoun, sourceNounWithin, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import { adjectiveLike } from './subject.ts';
import type { SentenceView } from './view.ts';

/** Words a clause before the relative may have (verb, name, age). */
const CLAUSE_WORDS = 10;
/** Words a bare name may have. */
const NAME_WORDS = 4;

const digit = (w: string): boolean => /^\d/u.test(w);

/**
 * The name the relative pronoun at `rel` refers to, or null (scripts with clitics only).
 * @example nameBeforeRelative(view, lex, 10) // "… أن يصبح سامي الخوري البالغ 50 عاما، والذي قال …" → "سامي الخوري"
 */
export function nameBeforeRelative(view: SentenceView, lex: Lexicon, rel: number): WordRange | null {
  if (!lex.clitics || rel < 2) return null;
  let from = rel - 1;
  while (from > 0 && rel - from < CLAUSE_WORDS && !view.commaBefore(from) && !view.breakBefore(from) && !lex.complementizers.has(view.norms[from - 1]!)) from--;
  let to = rel;
  // "البالغ 44 عاما", "البالغ من العمر 44 عاما": a definite word before a figure closing the clause (a
  // preposition and its noun may stand between them).
  const figure = to - 1 > from && digit(view.norms[to - 1]!) ? to - 1 : to - 2 > from && digit(view.norms[to - 2]!) ? to - 2 : -1;
  if (figure > from) {
    const age = figure - 3 > from && lex.separatePrepositions.has(view.norms[figure - 2]!) ? figure - 3 : figure - 1;
    if (definite(lex, view.norms[age]!)) to = age;
  }
  // The clause's finite verb ("أن يصبح …"); a given name may read as a verb too ("سامي"), so two words must be left.
  if (to - from >= 3 && actorData(lex.lang).verb(view.norms[from]!) && lookupNoun(lex, view.norms, from) === null) from++;
  if (to - from < 1 || to - from > NAME_WORDS) return null;
  for (let k = from; k < to; k++) {
    const w = view.norms[k]!;
    if (lookupNoun(lex, view.norms, k) || digit(w) || lex.separatePrepositions.has(w) || lex.timeWords.has(w) || lex.complementizers.has(w)) return null;
  }
  return { from, to };
}

/**
 * «ولم يرض الاتفاق المزارعين الذين كانوا يطالبون …»: a restrictive relative (no comma before it) hangs on the
 * definite noun right before it, with the definite adjectives between; the definite word before that noun is
 * another phrase (the clause's subject or object), never part of the antecedent.
 * @example definiteHeadBeforeRelative(view, lex, 4) // "ولم يرض الاتفاق المزارعين الذين …" → "المزارعين"
 */
export function definiteHeadBeforeRelative(view: SentenceView, lex: Lexicon, rel: number, floor: number): WordRange | null {
  if (!lex.clitics || rel < 1 || rel - 1 < floor || view.commaBefore(rel) || !definite(lex, view.norms[rel - 1]!)) return null;
  let from = rel - 1;
  // A participle's shape («المزارعين», «المتظاهرين») heads a phrase as often as it qualifies one: only the other
  // adjective shapes join the word before.
  const modifier = (w: string): boolean => adjectiveLike(lex, w) && !lex.adjectivePrefixes.some((p) => w.startsWith(p));
  while (from - 1 >= floor && modifier(view.norms[from]!) && definite(lex, view.norms[from - 1]!) && !view.commaBefore(from)) from--;
  // An adjective left as the head («بالمبعوث الأممي الذي»: its noun carries a preposition) and a source noun are
  // found by the walk to the nearest source noun, which drops a glued preposition.
  return modifier(view.norms[from]!) || sourceNounWithin(lex, view.norms, from, rel) ? null : { from, to: rel };
}
