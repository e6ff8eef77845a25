/**
 * A sentence seen as folded words plus the punctuation between them, with offsets into the text.
 * Parsing works on word indexes; only punctuation is read from the original text.
 */
import type { Token } from '../normalize/index.ts';
import type { Sentence } from '../types.ts';
import type { QuoteSpan } from './quotes.ts';

const COMMA = /[,،;؛]/u;
const CLAUSE_BREAK = /[;؛]|[—–]|--|\(|\)/u;
const OPEN_QUOTE = /[«“„‘"']/u;
const CLOSE_QUOTE = /[»”’"']/u;

export class SentenceView {
  readonly norms: string[];

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly tokens: readonly Token[],
    /** Outermost quotations overlapping the sentence. */
    readonly quotes: readonly QuoteSpan[],
  ) {
    this.norms = tokens.map((t) => t.norm);
  }

  get length(): number {
    return this.tokens.length;
  }

  /** Text between word i-1 and word i (from the sentence start for i = 0; to the sentence end for i = length). */
  gapBefore(i: number): string {
    const from = i === 0 ? this.sentence.start : this.tokens[i - 1]!.end;
    const to = i >= this.tokens.length ? this.sentence.end : this.tokens[i]!.start;
    return this.text.slice(from, to);
  }

  commaBefore(i: number): boolean {
    return i > 0 && COMMA.test(this.gapBefore(i));
  }

  colonBefore(i: number): boolean {
    return i > 0 && this.gapBefore(i).includes(':');
  }

  breakBefore(i: number): boolean {
    return i > 0 && CLAUSE_BREAK.test(this.gapBefore(i));
  }

  /** The quotation whose opening mark sits right before word i. */
  quoteOpeningAt(i: number): QuoteSpan | undefined {
    const from = i === 0 ? this.sentence.start : this.tokens[i - 1]!.end;
    const to = this.tokens[i]?.start ?? this.sentence.end;
    if (!OPEN_QUOTE.test(this.text.slice(from, to))) return undefined;
    return this.quotes.find((q) => q.open >= from && q.open < to);
  }

  /** True when a quotation closes right before word i. */
  quoteClosesBefore(i: number): boolean {
    if (i === 0) return false;
    const from = this.tokens[i - 1]!.end;
    const to = this.tokens[i]?.start ?? this.sentence.end;
    if (!CLOSE_QUOTE.test(this.text.slice(from, to))) return false;
    return this.quotes.some((q) => q.close >= from && q.close < to);
  }

  /** True when reported words in quotation marks (not a quoted name like «الوفاق») close right before word i. */
  contentQuoteClosesBefore(i: number): boolean {
    if (i === 0) return false;
    const from = this.tokens[i - 1]!.end;
    const to = this.tokens[i]?.start ?? this.sentence.end;
    if (!CLOSE_QUOTE.test(this.text.slice(from, to))) return false;
    const q = this.quotes.find((x) => x.close >= from && x.close < to);
    if (!q) return false;
    if (q.open < this.sentence.start) return true;
    let words = 0;
    for (let k = i - 1; k >= 0 && this.tokens[k]!.start >= q.start && words < 4; k--) words++;
    return words >= 4;
  }

  /** The quotation containing word i, if any. */
  quoteAround(i: number): QuoteSpan | undefined {
    const t = this.tokens[i]!;
    return this.quotes.find((q) => q.start <= t.start && t.end <= q.end);
  }

  /** Whether word i is written with a capital (names in scripts that have case). */
  capitalized(i: number): boolean {
    const ch = this.tokens[i]?.text[0];
    return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  start(i: number): number {
    return this.tokens[i]!.start;
  }

  end(i: number): number {
    return this.tokens[i]!.end;
  }
}
