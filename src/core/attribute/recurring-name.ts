/**
 * A name right after a verb in a script without capitals ("أعلن دان فو لي فرض …"): with no إن/أن to
 * end it and no source noun to introduce it, the subject is the longest run of words after the verb that
 * the article also writes elsewhere, when one of its words at least is in no dictionary of the language.
 */
import { isDictionaryWord } from '../entities/recurring.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';

const LONGEST = 4;

/**
 * The name opening at word `from`, or null.
 * @example recurringNameAt(view, lex, 1) // "أعلن دان فو لي فرض …" with "دان فو لي" written elsewhere → { from: 1, to: 4 }
 */
export function recurringNameAt(view: SentenceView, lex: Lexicon, from: number): WordRange | null {
  if (!lex.clitics) return null;
  let longest = from;
  // After its first word a name may go on with a family name taking the article ("فلان الفلاني").
  while (longest < Math.min(view.length, from + LONGEST) && (plainWord(view, lex, longest) || (longest > from && familyName(view, lex, longest))) && (longest === from || !view.commaBefore(longest))) longest++;
  for (let to = longest; to >= from + 2; to--) {
    let unknown = 0;
    for (let k = from; k < to; k++) if (!isDictionaryWord(view.norms[k]!, lex.lang)) unknown++;
    const written = view.text.slice(view.start(from), view.end(to - 1));
    // Words all in the dictionary ("كريم النور") make a name only where the article sets them off by
    // commas as an apposition ("بزعامة، كريم النور،").
    if (unknown === 0 ? setOffElsewhere(view, written) : writtenElsewhere(view, written)) return { from, to };
  }
  return null;
}

/** `written` stands elsewhere in the text between two commas, as a name in apposition does. */
function setOffElsewhere(view: SentenceView, written: string): boolean {
  const { start, end } = view.sentence;
  // Looked up in the text's index of comma-set-off stretches: scanning every occurrence of `written`
  // for each verb made a text that repeats one word quadratic.
  const starts = setOffStretches(view.text).get(written);
  return !!starts && starts.some((at) => at < start || at >= end);
}

/** Stretches no longer than a name between two commas, by their text, with where each starts. */
let stretchesOf: { text: string; stretches: Map<string, number[]> } | undefined;
const LONGEST_STRETCH = 120;

function setOffStretches(text: string): Map<string, number[]> {
  if (stretchesOf?.text === text) return stretchesOf.stretches;
  const stretches = new Map<string, number[]>();
  let previous = -1;
  for (let at = 0; at < text.length; at++) {
    if (!COMMA.test(text[at]!)) continue;
    // As written after the comma: right after it, or after one more character (its space).
    if (previous >= 0 && at - previous <= LONGEST_STRETCH + 2) {
      for (const from of [previous + 1, previous + 2]) {
        if (from >= at) continue;
        const key = text.slice(from, at);
        const list = stretches.get(key);
        if (list) list.push(from);
        else stretches.set(key, [from]);
      }
    }
    previous = at;
  }
  stretchesOf = { text, stretches };
  return stretches;
}
/** A comma in either script. */
const COMMA = /[,\u060C]/u;

/** No article, no source noun, no function word: a word that may belong to a bare name. */
function plainWord(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k]!;
  if (lookupNoun(lex, view.norms, k) || lex.articles.some((a) => w.startsWith(a)) || lex.timeWords.has(w) || lex.complementizers.has(w) || lex.auxiliaries.has(w)) return false;
  if (lex.separatePrepositions.has(w) || lex.adverbialPrepositions.has(w) || lex.complementPrepositions.has(w) || lex.negations.has(w) || lex.demonstratives.has(w) || lex.relativePronouns.has(w)) return false;
  return !view.quoteOpeningAt(k) || k === 0;
}

/** A word with the article that is no source noun and no time word: a family name may be written so. */
function familyName(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k]!;
  return lex.articles.some((a) => w.startsWith(a) && w.length > a.length + 2) && !lookupNoun(lex, view.norms, k) && !lex.timeWords.has(w) && !view.quoteOpeningAt(k);
}

export function writtenElsewhere(view: SentenceView, written: string): boolean {
  const { start, end } = view.sentence;
  for (let at = view.text.indexOf(written); at >= 0; at = view.text.indexOf(written, at + 1)) {
    // (Past the sentence at once: a text repeating one word would otherwise be read once per verb.)
    if (at >= start && at < end) {
      at = end - 1;
      continue;
    }
    // A whole-word match: no letter glued on either side.
    if (/\p{L}/u.test(view.text[at - 1] ?? '') || /\p{L}/u.test(view.text[at + written.length] ?? '')) continue;
    return true;
  }
  return false;
}
