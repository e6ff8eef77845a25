/**
 * «وفي بيان صادر عن النقابة، قالت إن …», «وفي كلمة صدرت عن الوزير، أكد أن …»: a verb with no subject of its
 * own after an opening channel phrase that names who issued the statement is the issuer's. The phrase
 * must open the sentence (a preposition and a conjunction before the channel noun at most) and end at the
 * comma right before the verb.
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { CueHit } from './cues.ts';
import type { Subject } from './subject.ts';
import type { SentenceView } from './view.ts';

/** How far into the sentence the channel noun may stand («وفي البيان», «وفي بيان مشترك»). */
const CHANNEL_BY = 3;
/** The issuer's words at most (a title, a name, a body's long name). */
const ISSUER_WORDS = 7;

/** The issuer named in an opening «في بيان صادر عن X،» before a verb with no subject, or null. */
export function issuedStatementSpeaker(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (!lex.clitics || hit.from < 4 || !view.commaBefore(hit.from)) return null;
  for (let k = 0; k < Math.min(CHANNEL_BY, hit.from - 2); k++) {
    if (view.commaBefore(k + 1) || !channelNoun(lex, view.norms[k]!)) continue;
    // The channel's adjective may come between («بيان رسمي صادر عن»).
    const at = lex.issuedByPatterns.matchAt(view.norms, k + 1) ? k + 1 : k + 2;
    const n = lex.issuedByPatterns.matchAt(view.norms, at, hit.from);
    if (n === 0) return null;
    const from = at + n;
    let to = from;
    while (to < hit.from && !(to > from && view.commaBefore(to)) && !lex.separatePrepositions.has(view.norms[to]!) && !lex.adverbialPrepositions.has(view.norms[to]!)) to++;
    // The issuer ends at the comma before the verb, or where a channel or time phrase follows it; "issued
    // by" says it is one, so a title no list knows («الكاردينال فلان») will do.
    if (to === from || to - from > ISSUER_WORDS) return null;
    return { type: 'phrase', chunks: [{ from, to }], anonymityMarked: false, side: 'before' };
  }
  return null;
}

/**
 * «وفي تعليق على القرار، قال …», «وفي تصريح للصحفيين، أكد …»: an opening phrase of a preposition and a
 * channel noun, with no issuer in it («من X», «صادر عن X», «للوزارة»), says how the words came, not who
 * speaks: the verb goes on with the speaker before.
 */
export function openingChannelOnly(view: SentenceView, lex: Lexicon, range: WordRange): boolean {
  if (!lex.clitics || range.to - range.from < 2) return false;
  const first = view.norms[range.from]!;
  const preposition = lex.conjunctions.some((c) => first.startsWith(c) && lex.adverbialPrepositions.has(first.slice(c.length))) || lex.adverbialPrepositions.has(first);
  if (!preposition || !channelNoun(lex, view.norms[range.from + 1]!)) return false;
  for (let k = range.from + 2; k < range.to; k++) {
    const w = view.norms[k]!;
    if (lex.statementFromPrepositions.has(w) || lex.issuedByPatterns.matchAt(view.norms, k, range.to) > 0) return false;
    // «في بيان للوزارة»: a source noun with "ل" glued on owns the statement; whom it was told does not.
    const owner = lex.viaPrepositions.has(w[0]!) && !lex.addresseeNouns.has(w) && !lex.addresseeNouns.has(w.slice(1)) && lookupNoun(lex, [w.slice(1)], 0) !== null;
    if (owner || lookupNoun(lex, [w], 0)?.entry.kind === 'person') return false;
  }
  return true;
}

function channelNoun(lex: Lexicon, word: string): boolean {
  if (lex.channelNouns.has(word)) return true;
  return lex.articles.some((a) => word.startsWith(a) && lex.channelNouns.has(word.slice(a.length)));
}
