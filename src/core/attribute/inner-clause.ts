/**
 * Reports inside a clause (issue 9): "…، في خطوة وصفتها المعارضة بأنها …", "…، وهو ما نفاه المنظمون": a
 * cue verb carrying the object pronoun of a relative clause, right after an indefinite noun or a
 * relative "ما" that opens a phrase after a comma. The report is a claim of its own, starting at that phrase.
 */
import type { CueHit } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/** Words a phrase may hold before the verb: a preposition, a noun ("في خطوة"), or a pronoun and "ما" ("وهو ما"). */
const MAX_LEAD = 3;

/** Where an inner report's phrase opens, and whether it opens with a relative ("ما وصفته بـ…"). */
export interface InnerReport {
  start: number;
  relative: boolean;
}

/**
 * The phrase holding an inner report (it opens after a comma), or null when the cue is no such report.
 * @example innerReportStart(view, lex, hit) // "أعلنت الحكومة …، في خطوة وصفتها المعارضة بأنها ظالمة" → { start: index of "في", relative: false }
 */
export function innerReportStart(view: SentenceView, lex: Lexicon, hit: CueHit): InnerReport | null {
  if (resumptiveAfterIndefinite(view, lex, hit)) return { start: hit.from, relative: false };
  // The object pronoun on the verb stands for the phrase before it ("خطوة وصفتها" = a step it described).
  if (!lex.clitics || hit.entry.form !== 'verb' || !hit.entry.objectSuffix || hit.entry.conjoined || hit.from < 2) return null;
  if (view.commaBefore(hit.from)) return null;
  for (let start = hit.from - 1; start >= Math.max(1, hit.from - MAX_LEAD); start--) {
    if (start < hit.from - 1 && view.commaBefore(start + 1)) return null;
    if (!view.commaBefore(start)) continue;
    const lead = view.norms.slice(start, hit.from);
    const relative = lex.relativePronouns.has(lead[lead.length - 1]!);
    // "في خطوة", "على خلفية معلومات": a preposition and indefinite nouns (no article: a definite one takes "التي").
    const preposition = lex.adverbialPrepositions.has(lead[0]!) || (lead.length === 3 && lex.separatePrepositions.has(lead[0]!));
    const inAMove = lead.length >= 2 && preposition && lead.slice(1).every((w) => !lex.articles.some((a) => w.startsWith(a)));
    return relative || inAMove ? { start, relative } : null;
  }
  return null;
}

/**
 * "…، منهية محاكمة استمرت أسابيع اتهم فيها المدعون X بـ…": a cue with a resumptive pronoun ("فيها") right
 * after an indefinite noun, no comma between, opens a relative clause with no relative word: a report of
 * its own, starting at the cue. (After a definite noun the relative "التي" would stand before the verb.)
 */
function resumptiveAfterIndefinite(view: SentenceView, lex: Lexicon, hit: CueHit): boolean {
  if (!lex.clitics || hit.entry.form !== 'verb' || hit.entry.conjoined || hit.from < 3 || view.commaBefore(hit.from)) return false;
  if (!lex.resumptivePronouns.has(view.norms[hit.to] ?? '')) return false;
  const before = view.norms[hit.from - 1]!;
  return !lex.articles.some((a) => before.startsWith(a)) && !lex.timeWords.has(before) && !lex.separatePrepositions.has(before) && !lex.relativePronouns.has(before) && !/\d/u.test(before);
}
