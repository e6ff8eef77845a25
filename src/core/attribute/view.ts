/**
 * A sentence seen as folded words plus the punctuation between them, with offsets into the text.
 * Parsing works on word indexes; only punctuation is read from the original text.
 */
import type { Token } from '../normalize/index.ts';
import type { Sentence } from '../types.ts';
import type { QuoteSpan } from './quotes.ts';

// Punctuation found between two words, as bits (computed once per sentence: no slicing while parsing).
const COMMA = 1;
const COLON = 2;
const BREAK = 4;
const CLOSES_QUOTE = 8;
const VISIBLE = 16;
const PAREN_END = 32;
const PAREN_START = 64;

/** "4,000": a lone comma between digits with three digits after it groups a number; it separates nothing. */
function digitGroup(text: string, from: number, to: number): boolean {
  return to === from + 1 && text[from] === ',' && /\d/u.test(text[from - 1] ?? '') && /^\d{3}(?!\d)/u.test(text.slice(to, to + 4));
}

function gapBits(text: string, from: number, to: number): number {
  let bits = 0;
  let lastVisible = 0;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0 || code === 0x0d) continue;
    bits |= VISIBLE;
    lastVisible = code;
    if (code === 0x2c || code === 0x60c || code === 0x3b || code === 0x61b) bits |= COMMA; // , ، ; ؛
    if (code === 0x3b || code === 0x61b || code === 0x2014 || code === 0x2013 || code === 0x2015) bits |= BREAK; // ; ؛ — – ―
    if (code === 0x2d && text.charCodeAt(c + 1) === 0x2d) bits |= BREAK; // --
    if (code === 0x3a) bits |= COLON;
  }
  if (lastVisible === 0x29) bits |= PAREN_END;
  if (lastVisible === 0x28) bits |= PAREN_START;
  return bits;
}

export class SentenceView {
  readonly norms: string[];

  /** For each word: the quotation containing it, and the quotation opening right before it (-1: none). */
  private readonly around: number[] | null;
  private readonly opening: number[] | null;
  /** For each gap before word i (i = length: the sentence end): punctuation bits and the quotation closing in it. */
  private readonly gaps: number[];
  private readonly closing: number[] | null;

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly tokens: readonly Token[],
    /** Outermost quotations overlapping the sentence, in order. */
    readonly quotes: readonly QuoteSpan[],
  ) {
    this.norms = tokens.map((t) => t.norm);
    // One merge pass, so quotation lookups stay constant-time however long the sentence is.
    const quoted = quotes.length > 0;
    this.around = quoted ? new Array<number>(tokens.length).fill(-1) : null;
    this.opening = quoted ? new Array<number>(tokens.length).fill(-1) : null;
    this.closing = quoted ? new Array<number>(tokens.length + 1).fill(-1) : null;
    this.gaps = new Array<number>(tokens.length + 1);
    let q = 0;
    let c = 0;
    for (let i = 0; i <= tokens.length; i++) {
      const gapFrom = i === 0 ? sentence.start : tokens[i - 1]!.end;
      const gapTo = i < tokens.length ? tokens[i]!.start : sentence.end;
      this.gaps[i] = digitGroup(text, gapFrom, gapTo) ? 0 : gapBits(text, gapFrom, gapTo);
      if (!quoted) continue;
      while (c < quotes.length && quotes[c]!.close < gapFrom) c++;
      if (c < quotes.length && quotes[c]!.close < gapTo) {
        this.gaps[i]! |= CLOSES_QUOTE;
        this.closing![i] = c;
      }
      if (i === tokens.length) break;
      const t = tokens[i]!;
      while (q < quotes.length && quotes[q]!.end < t.start) q++;
      for (let k = q; k < quotes.length && quotes[k]!.open < t.start; k++) {
        const quote = quotes[k]!;
        if (quote.start <= t.start && t.end <= quote.end) this.around![i] = k;
        if (quote.open >= gapFrom) this.opening![i] = k;
      }
    }
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

  private bits(i: number): number {
    return i > 0 && i <= this.tokens.length ? this.gaps[i]! : 0;
  }

  /** The first word of the comma chunk that word `i` closes: after the last comma before `i` (0 when none). */
  chunkStartBefore(i: number): number {
    let a = i - 1;
    while (a > 0 && !this.commaBefore(a)) a--;
    return a;
  }

  commaBefore(i: number): boolean {
    return (this.bits(i) & COMMA) !== 0;
  }

  colonBefore(i: number): boolean {
    return (this.bits(i) & COLON) !== 0;
  }

  breakBefore(i: number): boolean {
    return (this.bits(i) & BREAK) !== 0;
  }

  /** Only spaces between word i-1 and word i (no punctuation). */
  plainGapBefore(i: number): boolean {
    return (this.bits(i) & VISIBLE) === 0;
  }

  /** The gap before word i ends with a closing parenthesis ("Mike Pence (R-IN) said"). */
  parenthesisBefore(i: number): boolean {
    return (this.bits(i) & PAREN_END) !== 0;
  }

  /** The gap before word i ends with an opening parenthesis ("said Mr. Holm (a view …)"). */
  parenthesisOpensBefore(i: number): boolean {
    return (this.bits(i) & PAREN_START) !== 0;
  }

  /** The quotation whose opening mark sits right before word i. */
  quoteOpeningAt(i: number): QuoteSpan | undefined {
    const k = this.opening && i < this.tokens.length ? this.opening[i]! : -1;
    return k >= 0 ? this.quotes[k] : undefined;
  }

  /** True when a quotation closes right before word i. */
  quoteClosesBefore(i: number): boolean {
    return (this.bits(i) & CLOSES_QUOTE) !== 0;
  }

  /** The quotation closing right before word i, if any. */
  quoteClosingBefore(i: number): QuoteSpan | undefined {
    return this.quoteClosesBefore(i) ? this.quotes[this.closing![i]!] : undefined;
  }

  /** True when reported words in quotation marks (not a quoted name like «النهضة») close right before word i. */
  contentQuoteClosesBefore(i: number): boolean {
    if (!this.quoteClosesBefore(i)) return false;
    const q = this.quotes[this.closing![i]!]!;
    if (q.open < this.sentence.start) return true;
    let words = 0;
    for (let k = i - 1; k >= 0 && this.tokens[k]!.start >= q.start && words < 4; k--) words++;
    return words >= 4;
  }

  /** The quotation containing word i, if any. */
  quoteAround(i: number): QuoteSpan | undefined {
    const k = this.around?.[i] ?? -1;
    return k >= 0 ? this.quotes[k] : undefined;
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
