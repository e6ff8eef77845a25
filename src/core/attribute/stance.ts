/**
 * Stances with a noun object ("the senator chastised the agency", "the mayor lauded the decision"): a
 * candidate verb of communication or feeling (WordNet, lang/<code>/cue-candidates.json) reports an
 * evaluation when a person or body is its subject and a noun phrase its object. An act ("declared a
 * curfew") is no stance: act objects are the language's `actObjects`.
 */
import { pastForm, type CueEntry, type Lexicon } from './lexicon.ts';
import { progressiveBefore } from './tense.ts';
import type { SentenceView } from './view.ts';

/** Object pronouns that open a verb's object ("thanked him"). */
const OBJECT_PRONOUN_KINDS = new Set(['masculine', 'feminine', 'plural']);

/**
 * A noun phrase opens right after a candidate verb (no comma, clause or infinitive between), and it names
 * no act. Cased scripts without clitics only (the object's edge is read from capitals and determiners).
 * @example objectFrame(view, lex, entry, 1, 2) // "Smith lauded the decision" → true; "Smith declared a curfew" → false
 */
export function objectFrame(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean {
  if (lex.clitics || entry.candidate !== 'stance' || from === 0) return false;
  // A finite verb; an -ing form after "is/are" ("is questioning the result") or after a comma, as an
  // adjunct of the main clause ("…, lauding the engineers").
  const adjunct = entry.form === 'participle' && view.commaBefore(from);
  if (entry.form === 'participle' && !adjunct && progressiveBefore(view, lex, from) < 0) return false;
  // "to praise him": an infinitive states an intention, not a stance taken.
  const before = view.norms[from - 1]!;
  // "White House spokesman Josh Earnest": a capitalised verb form inside a sentence is a name.
  if (view.capitalized(from)) return false;
  if (lex.infinitiveMarkers.has(before) || (view.commaBefore(from) && !adjunct && !asideBefore(view, lex, from))) return false;
  const w = view.norms[to];
  if (w === undefined || view.commaBefore(to) || view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined) return false;
  // "Republican advocates such as …": a plural noun before an example list.
  if (lex.stanceNonObjects.has(w)) return false;
  if (lex.actObjects.matchAt(view.norms, to) > 0 || lex.actObjects.matchAt(view.norms, to + 1) > 0) return false;
  const opensNounPhrase =
    (lex.determiners.has(w) && !lex.postModifiers.has(w)) ||
    lex.definiteMarkers.has(w) ||
    (lex.indefiniteMarkers.has(w) && w !== 'other') ||
    OBJECT_PRONOUN_KINDS.has(lex.pronouns.get(w) ?? '') && !lex.subjectPronouns.has(w) ||
    (view.capitalized(to) && !lex.timeWords.has(w) && !lex.pronouns.has(w));
  return opensNounPhrase && !lex.complementizers.has(w);
}

/**
 * "The Danes, who had been left out, derided …", "Ana Roe, a senator, chided …": the comma before the verb
 * closes an aside (a relative clause or an apposition) after its subject.
 */
function asideBefore(view: SentenceView, lex: Lexicon, from: number): boolean {
  const a = view.chunkStartBefore(from);
  if (a <= 1 || a === from - 1) return false;
  const w = view.norms[a]!;
  return lex.relativePronouns.has(w) || lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w);
}

/**
 * "The alliance added three seats", "soldiers posted videos": a cue whose noun object is what was done
 * (its data says `nounObjectIsAct`) reports nothing when a determiner, a number or a possessive opens
 * the phrase right after it. Cased scripts without clitics.
 * @example nounObjectAct(view, lex, 2) // "The alliance added three seats" → true; "He added that …" → false
 */
export function nounObjectAct(view: SentenceView, lex: Lexicon, to: number): boolean {
  if (lex.clitics || to >= view.length || view.commaBefore(to) || view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined) return false;
  const w = view.norms[to]!;
  // "adding the impact was near total": a finite verb right after the short phrase makes it a clause's subject.
  if (clauseSubjectOpensAt(view, lex, to)) return false;
  if ((lex.determiners.has(w) && !lex.postModifiers.has(w) && !lex.complementizers.has(w)) || lex.indefiniteMarkers.has(w) || /^\d/.test(w)) return true;
  // A bare plural ("posted videos"), not an adverb, preposition or pronoun.
  return !view.capitalized(to) && /[^su]s$/.test(w) && !lex.auxiliaries.has(w) && !lex.adverbialPrepositions.has(w) && !lex.postModifiers.has(w) && !lex.pronouns.has(w) && !lex.timeWords.has(w);
}

/** Words a clause's subject may have before its finite verb ("the impact was", "the new tax rules will"). */
const CLAUSE_SUBJECT_WORDS = 4;

/**
 * The phrase opening at `to` is a clause's subject: a finite auxiliary, or a past form with no "by" after it
 * ("heard the guards arranged …"; "the report filed by …" is a reduced relative), follows it within a few words,
 * no comma between.
 */
export function clauseSubjectOpensAt(view: SentenceView, lex: Lexicon, to: number): boolean {
  for (let k = to + 1; k < Math.min(view.length, to + 1 + CLAUSE_SUBJECT_WORDS); k++) {
    if (view.commaBefore(k) || view.colonBefore(k) || view.breakBefore(k)) return false;
    if (lex.finiteAuxiliaries.has(view.norms[k]!)) return true;
    // A past form after a noun, no preposition before it ("videos of the flooded square" holds an adjective).
    if (pastForm(lex, view.norms[k]!) && !view.capitalized(k) && !lex.agentPrepositions.has(view.norms[k + 1] ?? '') && !lex.determiners.has(view.norms[k - 1]!) && !view.norms.slice(to, k).some((w) => lex.postModifiers.has(w))) return true;
    if (lex.npStoppers.has(view.norms[k]!) || lex.adverbialPrepositions.has(view.norms[k]!)) return false;
  }
  return false;
}

/**
 * Where a stance's content ends: a subordinator ("after", "as", "when") after its object, outside any
 * quotation, opens the outlet's own narrative; null when none does.
 * @example stanceEnd(view, lex, 3) // "X thanked voters for their trust after results gave him 58%" → index of "after"
 */
export function stanceEnd(view: SentenceView, lex: Lexicon, from: number): number | null {
  for (let k = from + 1; k < view.length - 1; k++) {
    if (lex.subordinators.has(view.norms[k]!) && !view.quoteAround(k) && !lex.concessives.has(view.norms[k]!) && !quotedComplement(view, lex, k)) return k;
  }
  return null;
}

/** "hailed the ruling … as a 'victory'": a quotation right after the word (one determiner between at most) is its quoted complement, no clause. */
export function quotedComplement(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (view.quoteOpeningAt(k + 1) !== undefined) return true;
  return k + 2 < view.length && (lex.determiners.has(view.norms[k + 1]!) || lex.indefiniteMarkers.has(view.norms[k + 1]!)) && view.quoteOpeningAt(k + 2) !== undefined;
}
