/**
 * Edges of a name inside a subject phrase, in a cased script: "the preliminary results al-Najjar urged"
 * (no comma after the opening phrase) has the name, not the phrase before it, as subject.
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';

/**
 * A phrase whose last words are a capitalised name right after a lower-case plural common noun that names
 * no source ("results al-Najjar") is cut to the name; otherwise the phrase is returned as it is.
 * @example trailingName(view, lex, { from: 2, to: 6 }) // "… the preliminary results al-Najjar" → { from: 5, to: 6 }
 */
export function trailingName(view: SentenceView, lex: Lexicon, chunk: WordRange): WordRange {
  if (lex.clitics) return chunk;
  let k = chunk.to;
  while (k > chunk.from && nameWord(view, k - 1) && !lex.definiteMarkers.has(view.norms[k - 1]!)) k--;
  if (k === chunk.to || k - chunk.from < 2 || view.commaBefore(k)) return chunk;
  const before = view.norms[k - 1]!;
  // A plural common noun ("results", "talks") cannot be the name's title; a title ("president", "leader") can.
  const kind = lookupNoun(lex, view.norms, k - 1)?.entry.kind;
  if (!/[^su]s$/.test(before) || (kind !== undefined && kind !== 'document') || lex.postModifierHeads.has(before)) return chunk;
  return { from: k, to: chunk.to };
}

/** Word k is capitalised, or a name with a lower-case particle ("al-Najjar", "el-Amin"). */
export function nameWord(view: SentenceView, k: number): boolean {
  return view.capitalized(k) || /^\p{Ll}{1,3}-\p{Lu}/u.test(view.tokens[k]?.text ?? '');
}

/** "farmer", "economist": a singular common noun of a person by its ending, for nouns the lists lack. */
export function personSingular(lex: Lexicon, word: string): boolean {
  return lex.personSingularEndings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** A source noun kind that titles a person ("the minister", "Colonel", a generic "official"). */
export function isTitleKind(kind: string | undefined): boolean {
  return kind === 'person' || kind === 'rank' || kind === 'generic';
}

/** "hydrologists", "farmers": a plural noun of people, by its ending. */
export function peoplePlural(lex: Lexicon, word: string): boolean {
  return lex.personPluralEndings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/**
 * Word `k` names someone: a source noun of a speaking kind (no document), or, in cased scripts, a capitalised word
 * that is no determiner or time word ("Ortiz", not "The" or "Monday").
 */
export function personalWord(view: SentenceView, lex: Lexicon, k: number): boolean {
  const noun = lookupNoun(lex, view.norms, k);
  if (noun && noun.entry.kind !== 'document') return true;
  const w = view.norms[k]!;
  return !lex.clitics && view.capitalized(k) && !lex.definiteMarkers.has(w) && !lex.indefiniteMarkers.has(w) && !lex.determiners.has(w) && !lex.timeWords.has(w);
}

/**
 * "Theresa May said", "United States President …": a capitalised word right after a capitalised one (above
 * `floor`) is inside a name, whatever it also means (a modal, a month, a verb form). Cased scripts only.
 */
export function nameGoesOn(view: SentenceView, lex: Lexicon, j: number, floor = 0): boolean {
  return !lex.clitics && j > floor && view.capitalized(j) && view.capitalized(j - 1) && view.plainGapBefore(j);
}
