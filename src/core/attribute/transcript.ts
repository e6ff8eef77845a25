/**
 * Transcripts: a line opening with a speaker's label in capitals ("WALLACE: …", "“PENCE: Well, …").
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import { datelineEnd } from './source.ts';
import type { SentenceView } from './view.ts';

/**
 * Words 0 … colon-1 are a speaker's label written in capitals (one to three words), as transcripts
 * write them, even where the whole line is quoted.
 * @example capitalLabel(view, 1) // "“PENCE: Well, the question …" → true
 */
export function capitalLabel(view: SentenceView, colon: number): boolean {
  if (colon < 1 || colon > 3) return false;
  for (let k = 0; k < colon; k++) {
    const t = view.tokens[k]!.text;
    if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(t)) return false;
  }
  return true;
}

/**
 * A quoted line opens with a capital label and its colon within three words ("“WALLACE: …"); unquoted,
 * "CAIRO: …" is a dateline.
 */
export function transcriptLine(view: SentenceView): boolean {
  if (view.quoteOpeningAt(0) === undefined) return false;
  for (let c = 1; c <= Math.min(3, view.length - 1); c++) if (view.colonBefore(c)) return capitalLabel(view, c);
  return false;
}

/**
 * Where an article's body opens after its dateline, or -1: "CITY: Part of the market burned …" (one word in
 * capitals before a colon; a line speaking in the first or second person, "MODERATOR: I want to ask you …",
 * is a transcript's label instead), "TEHRAN (Agency) - …", «مراكش 9-9-2023 وكالة- …», «القاهرة - (وكالة) -
 * …», «بيروت - رويترز: …» (a place, a date, an agency in parentheses or a news outlet, closed by a dash or a
 * colon). Only the body's first sentence has one.
 * @example openingDateline(view, lex) // "LIMA: The vote …" as sentence 0 → 1
 */
export function openingDateline(view: SentenceView, lex: Lexicon): number {
  if (!opensBody(view) || view.length < 3 || view.quoteOpeningAt(0) !== undefined) return -1;
  if (view.colonBefore(1) && view.quoteOpeningAt(1) === undefined && capitalLabel(view, 1)) {
    for (let k = 1; k < view.length; k++) if (lex.pronouns.get(view.norms[k]!) === 'speaker') return -1;
    return 1;
  }
  if (!lex.clitics) {
    const afterCapitals = datelineEnd(view, 0, Math.min(view.length - 2, DATELINE_REACH));
    if (afterCapitals > 0) return afterCapitals;
  }
  return markedDatelineEnd(view, lex);
}

/** The text's first sentence, or the second after a title (a line of its own not closed like prose). */
function opensBody(view: SentenceView): boolean {
  const { index, paragraph, start } = view.sentence;
  if (index === 0) return true;
  return index === 1 && paragraph === 1 && !/[.!?؟…]["”»’)]?\s*$/u.test(view.text.slice(0, start));
}

/** Words a dateline may hold before its closing dash or colon ("القاهرة - (أ ش أ) -" is five). */
const DATELINE_REACH = 8;

/** A dash standing apart from the word after it, or a colon, closing a gap: a dateline's end. */
const DATELINE_CLOSE = /(?:[-–—]\s+|\s[-–—]\s*|:\s*)$/u;

/** A date written with separators ("9-9-2023", "05/12/2024"). */
const WRITTEN_DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/u;

/**
 * A dateline in any script, capitals or none: its words carry a written date, an agency in parentheses or a
 * news outlet's name right before the dash or colon that closes it. The last such close within reach.
 */
function markedDatelineEnd(view: SentenceView, lex: Lexicon): number {
  let end = -1;
  for (let k = 1; k < Math.min(view.length - 2, DATELINE_REACH + 1); k++) {
    if (!DATELINE_CLOSE.test(view.gapBefore(k))) continue;
    const before = view.text.slice(view.sentence.start, view.tokens[k - 1]!.end + 1);
    if (before.includes('(') || WRITTEN_DATE.test(before) || outletEndsAt(view, lex, k)) end = k;
  }
  return end;
}

/** A news outlet's name ends right before word `k` («… - رويترز:»). */
function outletEndsAt(view: SentenceView, lex: Lexicon, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const noun = lookupNoun(lex, view.norms, j);
    if (noun && noun.entry.kind === 'media' && j + noun.length === k) return true;
  }
  return false;
}
