/**
 * A quotation left open at the end of a paragraph and closed in a later one, with no mark reopening it
 * ("وقال الوزير: «سنعيد بناء المدارس.¶وسنفتح المستشفيات قريبا»."): the paragraphs up to the closing mark
 * are the same speaker's words. (The quotation finder closes every quotation at a line break, so one stray
 * mark cannot swallow an article; this pass joins the paragraphs back only when a closing mark with no
 * opening mark before it comes.)
 */
import type { Sentence } from '../types.ts';
import type { ClaimDraft } from './index.ts';
import type { QuoteSpan } from './quotes.ts';

const OPENERS = /[«“„‹]/u;
const CLOSERS = /[»”›]/u;
/** Paragraphs a quotation may run on across before its closing mark. */
const MAX_PARAGRAPHS = 3;

/**
 * Gives the speaker of an unclosed quotation to the unattributed sentences after it, up to the closing mark.
 * @example carryOpenQuotations(sentences, claims, quotes) // the second paragraph above → the minister, 'quote-continues'
 */
export function carryOpenQuotations(sentences: readonly Sentence[], claims: ClaimDraft[][], quotes: readonly QuoteSpan[]): void {
  let q = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    while (q < quotes.length && quotes[q]!.end < s.start) q++;
    // The last quotation in this sentence, unclosed at its paragraph's end.
    let open: QuoteSpan | undefined;
    for (let k = q; k < quotes.length && quotes[k]!.open < s.end; k++) if (!quotes[k]!.closed && quotes[k]!.end >= s.end - 2) open = quotes[k];
    const donor = claims[i]![claims[i]!.length - 1];
    if (!open || !donor?.attribution || donor.attribution.quote !== 'direct' || (sentences[i + 1]!.paragraph !== s.paragraph + 1)) continue;
    const taken: number[] = [];
    let closedAt = -1;
    for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph <= s.paragraph + MAX_PARAGRAPHS && closedAt < 0; j++) {
      const t = sentences[j]!.text;
      const close = t.search(CLOSERS);
      const reopen = t.search(OPENERS);
      if (reopen >= 0 && (close < 0 || reopen < close)) break;
      taken.push(j);
      if (close >= 0) closedAt = j;
    }
    if (closedAt < 0) continue;
    for (const j of taken) {
      const own = claims[j]!;
      if (own.length !== 1 || own[0]!.attribution) break;
      const claim = own[0]!;
      const a = donor.attribution;
      own[0] = { ...claim, attribution: { ...a, source: { ...a.source, continued: true }, quote: 'direct', content: { text: claim.text, start: claim.start, end: claim.end }, rule: 'quote-continues' } };
    }
    i = closedAt - 1;
  }
}
