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

/** Words each side of a conjunction joining two speakers ("the mayor and the governor"). */
const MAX_CONJUNCT = 4;

/**
 * Whether the conjunction at word `k` joins two speakers that open their clause at `from` and end at `end` ("Smith
 * and Jones said", "The army and police said", "France and Germany unveiled"): each side a short phrase of names,
 * determiners and listed source nouns, with nothing else in it ("Prices rose and analysts said" has a verb before).
 * Cased scripts only.
 * @example coordinatedSpeakers(view, lex, 0, 1, 2) // "Smith and Jones said", k on "and"
 */
export function coordinatedSpeakers(view: SentenceView, lex: Lexicon, from: number, k: number, end: number): boolean {
  if (lex.clitics || !lex.nameConjunctions.has(view.norms[k]!) || k - from < 1 || end - k < 1 || k - from > MAX_CONJUNCT || end - k > MAX_CONJUNCT) return false;
  if (!view.plainGapBefore(k) || !view.plainGapBefore(k + 1)) return false;
  // "Norway and other lenders", "the union and several employers": a quantifier opening the second conjunct
  // makes it a group the first belongs to, whatever its noun (not only a listed source noun).
  const speakerWords = (a: number, b: number, anyNoun = false): boolean => {
    let head = false;
    for (let m = a; m < b; m++) {
      const w = view.norms[m]!;
      if (m > a && !view.plainGapBefore(m)) return false;
      if (lex.adverbialPrepositions.has(w) || lex.postModifiers.has(w) || lex.timeWords.has(w) || lex.pronouns.has(w) || lex.npStoppers.has(w)) return false;
      if (lookupNoun(lex, view.norms, m) || view.capitalized(m) || (anyNoun && m > a)) head = true;
      else if (!lex.determiners.has(w) && !(anyNoun && m === a)) return false;
    }
    return head;
  };
  return speakerWords(from, k) && speakerWords(k + 1, end + 1, lex.indefiniteMarkers.has(view.norms[k + 1]!));
}

/** Words of one name in a series ("Brazil, Peru and Colombia"). */
const MAX_SERIES_NAME = 4;

/**
 * Where a series of names ends its reach back: "Brazil, Peru and Colombia said" — the coordinated pair at
 * `from` ("Peru and Colombia") goes on back over comma-separated names, each capitalised words only ("the" first; no
 * preposition or time word: "On Monday, Peru and Chile said" stops at the comma). Cased scripts only.
 * @example seriesStart(view, lex, 2, 0) // 0 for "Brazil, Peru and Colombia said"
 */
export function seriesStart(view: SentenceView, lex: Lexicon, from: number, floor: number): number {
  if (lex.clitics) return from;
  let start = from;
  while (start > floor && view.commaBefore(start)) {
    let a = start - 1;
    while (a - 1 >= floor && view.plainGapBefore(a) && start - a < MAX_SERIES_NAME) a--;
    if (a > floor && view.plainGapBefore(a) && !view.commaBefore(a)) return start;
    for (let m = a; m < start; m++) {
      const w = view.norms[m]!;
      if (!(view.capitalized(m) || (m === a && lex.determiners.has(w))) || lex.adverbialPrepositions.has(w) || lex.timeWords.has(w) || lex.npStoppers.has(w) || lex.discourseMarkers.has(w)) return start;
    }
    start = a;
  }
  return start;
}

/** Modifier words a determiner may stand before, ahead of "and" ("the international oil and gas …"). */
const MAX_MODIFIERS = 3;

/**
 * Whether the conjunction at word `k` joins two modifiers of one source noun: "the international oil and
 * gas organisation", "the health and education ministries" — a determiner, lowercase words, "and", one
 * word, then a listed source noun. ("Prices rose and gas firms said" has no determiner: two clauses.) Cased scripts only.
 * @example conjunctionOfModifiers(view, lex, 2) // "the oil and gas organisation said", k on "and"
 */
export function conjunctionOfModifiers(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (lex.clitics || k < 2 || k + 2 >= view.length || !lex.nameConjunctions.has(view.norms[k]!)) return false;
  if (!view.plainGapBefore(k) || !view.plainGapBefore(k + 1) || !view.plainGapBefore(k + 2)) return false;
  const next = view.norms[k + 1]!;
  if (lex.determiners.has(next) || lex.npStoppers.has(next) || view.capitalized(k + 1) || !lookupNoun(lex, view.norms, k + 2)) return false;
  for (let m = k - 1; m >= Math.max(0, k - 1 - MAX_MODIFIERS); m--) {
    const w = view.norms[m]!;
    if (lex.determiners.has(w)) return m < k - 1;
    if (view.capitalized(m) || !view.plainGapBefore(m + 1) || lex.npStoppers.has(w) || lex.auxiliaries.has(w) || lex.pronouns.has(w)) return false;
  }
  return false;
}
