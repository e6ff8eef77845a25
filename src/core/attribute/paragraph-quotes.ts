/**
 * A quotation that runs over paragraphs the way news copy writes it: each paragraph reopens the
 * quotation mark and leaves it open at its end, and the last one closes it ("“A.¶“B.¶“C,” the governor
 * said."). The quotation finder closes every quotation at a line break, so the middle paragraphs looked
 * like bare text and the earlier ones had no speaker. Here the whole run is one speaker's: the source of
 * the closing sentence when its cue follows the closing mark, else the source of a direct report opening
 * the run ('X said: “A.¶“B.¶“C.”').
 */
import type { Sentence } from '../types.ts';
import type { ClaimDraft } from './index.ts';
import type { Lexicon } from './lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';

/** A paragraph opening a quotation (after spaces): curly, straight or angled marks. */
const OPENS = /^\s*[“"«„]/u;
const CLOSES = /[”"»]/u;
/** Paragraphs a run may hold. */
const MAX_RUN = 6;

/**
 * Gives the run's speaker to the run's sentences that have no source, or only a first-person one ("we").
 * @example carryParagraphQuotations(sentences, claims, lex, text) // "“A.¶“B,” she said." → A is hers
 */
export function carryParagraphQuotations(text: string, sentences: readonly Sentence[], claims: ClaimDraft[][], lex: Lexicon): void {
  for (let i = 0; i < sentences.length; i++) {
    // A run starts at a paragraph's first sentence, opening with a quotation mark left open at the paragraph's end.
    if ((i > 0 && sentences[i - 1]!.paragraph === sentences[i]!.paragraph) || !OPENS.test(sentences[i]!.text)) continue;
    const run: number[] = [];
    let j = i;
    let paragraphs = 0;
    let closedAt = -1;
    while (j < sentences.length && paragraphs < MAX_RUN && closedAt < 0) {
      const paragraph = sentences[j]!.paragraph;
      if (!OPENS.test(sentences[j]!.text)) break;
      const first = j;
      while (j < sentences.length && sentences[j]!.paragraph === paragraph) run.push(j++);
      paragraphs++;
      const body = text.slice(sentences[first]!.start, sentences[j - 1]!.end).replace(/^\s*[“"«„]/u, '');
      if (CLOSES.test(body)) closedAt = j - 1;
      // The next paragraph must follow right after and reopen the quotation.
      if (closedAt < 0 && (j >= sentences.length || sentences[j]!.paragraph !== paragraph + 1)) break;
    }
    if (closedAt < 0 || paragraphs < 2) continue;
    const speaker = runSpeaker(claims, run, closedAt);
    if (speaker?.attribution) {
      const a = speaker.attribution;
      for (const k of run) {
        const own = claims[k]!;
        for (let c = 0; c < own.length; c++) {
          const claim = own[c]!;
          if (claim === speaker || (claim.attribution && !firstPerson(lex, claim) && !quoteMarkSource(claim))) continue;
          own[c] = { ...claim, attribution: { ...a, source: { ...a.source, continued: true }, quote: 'direct', content: { text: claim.text, start: claim.start, end: claim.end }, rule: 'quote-continues' } };
        }
      }
    }
    i = run[run.length - 1]!;
  }
}

/** The closing sentence's direct report, else the opening sentence's. */
function runSpeaker(claims: ClaimDraft[][], run: readonly number[], closedAt: number): ClaimDraft | undefined {
  const closing = claims[closedAt]!.find((c) => c.attribution?.quote === 'direct' && c.attribution.rule !== 'quote-continues');
  if (closing) return closing;
  return claims[run[0]!]!.find((c) => c.attribution?.quote === 'direct' && c.attribution.rule !== 'quote-continues');
}

/** A claim whose source is a first-person pronoun: the quoted speaker talking on. */
function firstPerson(lex: Lexicon, claim: ClaimDraft): boolean {
  return lex.pronouns.get(foldForMatch(claim.attribution!.source.text)) === 'speaker';
}

/**
 * "“When they raised the fees, promising …": a source found at the quotation's opening mark names nobody (a
 * quoted name, «"الغد"» or "“the Big Six”", closes its mark and stays).
 */
function quoteMarkSource(claim: ClaimDraft): boolean {
  const source = claim.attribution!.source.text;
  return OPENS.test(source) && !CLOSES.test(source.replace(OPENS, ''));
}
