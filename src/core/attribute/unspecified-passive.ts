/**
 * «وقيل إن …», «وأُفيد بأن …», «وذُكر أن …»: a past passive of a reporting verb names no speaker. The report
 * is still one (hearsay the outlet passes on, not its own voice): the cue word stands as an anonymous source,
 * marked so that no later «وأضاف» goes on with it.
 */
import type { CueHit } from './cues.ts';
import { dammaOnly, type Lexicon } from './lexicon.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

const UNSPECIFIED_PASSIVE_RULE = 'unspecified-passive';

/** The passive cue at `hit` with إن/أن right after it, as a draft whose source is the cue itself; else null. */
export function unspecifiedPassive(view: SentenceView, lex: Lexicon, hit: CueHit): Draft | null {
  if (lex.unspecifiedPassives.size === 0 || hit.entry.form !== 'verb' || hit.to - hit.from !== 1) return null;
  // «وقيل له إن …»: whom it was told, as a preposition with a pronoun, may stand before إن/أن.
  const told = toldPronoun(lex, view.norms[hit.to] ?? '') ? 1 : 0;
  if (!lex.complementizers.has(view.norms[hit.to + told] ?? '') || conjunctionLength(view, lex, hit) < 0) return null;
  return {
    hit,
    subject: { type: 'phrase', chunks: [{ from: hit.from, to: hit.to }], anonymityMarked: true, side: 'before' },
    contentSide: 'after',
    contentFrom: hit.to + told + 1,
    clauseFrom: hit.from,
    ownContent: true,
    consumedTo: hit.to + told + 1,
    ownSource: unspecifiedSource(view, lex, hit),
    rule: UNSPECIFIED_PASSIVE_RULE,
  };
}

/** The source such a passive stands for: the cue as written, its joined conjunction left out, anonymous. */
function unspecifiedSource(view: SentenceView, lex: Lexicon, hit: CueHit): { text: string; start: number; end: number; kind: 'anonymous' } {
  const token = view.tokens[hit.from]!;
  const start = token.start + Math.max(0, conjunctionLength(view, lex, hit));
  return { text: view.text.slice(start, token.end), start, end: token.end, kind: 'anonymous' };
}

/** Letters of the conjunction joined to a listed passive (0 when none), or -1 when the word is no listed passive. */
function conjunctionLength(view: SentenceView, lex: Lexicon, hit: CueHit): number {
  const written = dammaOnly(view.tokens[hit.from]!.text);
  if (lex.unspecifiedPassives.has(written)) return 0;
  const c = lex.conjunctions.find((j) => written.length > j.length + 1 && written.startsWith(j) && lex.unspecifiedPassives.has(written.slice(j.length)));
  if (c === undefined) return -1;
  // Characters of the written token up to the letter after the conjunction (marks on it come along).
  const text = view.tokens[hit.from]!.text;
  let i = 0;
  for (let letters = 0; i < text.length && letters < c.length; i++) if (!/\p{M}/u.test(text[i]!)) letters++;
  while (i < text.length && /\p{M}/u.test(text[i]!)) i++;
  return i;
}

/** «له», «لهم»: a joined preposition of address with a pronoun. */
function toldPronoun(lex: Lexicon, word: string): boolean {
  return [...lex.viaPrepositions].some((p) => word.length > p.length && word.startsWith(p) && lex.pronounSuffixes.includes(word.slice(p.length)));
}
