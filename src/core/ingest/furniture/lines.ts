/** Line facts the furniture filter reasons with: words, sentence shape, folded form. */
import { foldForMatch } from '../../normalize/index.ts';
import type { CompiledFurniture, FurnitureReason } from './data.ts';

export interface Line {
  index: number;
  text: string;
  folded: string;
  blank: boolean;
  words: number;
  /** Ends with . ! ? ؟ … (optionally followed by closing quotes or brackets). */
  endsSentence: boolean;
  /** Ends with . ! … : a closed statement, not a headline or a question. */
  endsStatement: boolean;
  /** A body paragraph: a full sentence of some length, or a long line. */
  strong: boolean;
  /** A full sentence with a reporting verb: article body however short. */
  reported: boolean;
  drop?: FurnitureReason;
  /** A name captured by the rule that dropped the line (byline, outlet). */
  captured?: string;
}

const SENTENCE_END = /[.!?؟…。]["'»”’)\]]*$/u;
const STATEMENT_END = /[.!…。]["'»”’)\]]*$/u;
// Leading conjunctions joined to the verb in Arabic-script languages ("وقال", "فأكد").
const CLITIC = /^[وف]/u;

/** Words as the eye counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

function hasReportingWord(folded: string, data: CompiledFurniture): boolean {
  for (const token of folded.split(/[^\p{L}\p{M}]+/u)) {
    if (!token) continue;
    if (data.reportingWords.has(token)) return true;
    if (CLITIC.test(token) && data.reportingWords.has(token.slice(1))) return true;
  }
  return false;
}

/** Splits normalised text into analysed lines. */
export function analyseLines(text: string, data: CompiledFurniture): Line[] {
  return text.split('\n').map((raw, index) => {
    const blank = raw.trim() === '';
    // Folding long body lines costs time and tells the filter nothing it needs.
    const folded = blank ? '' : foldForMatch(raw.length > 600 ? raw.slice(0, 600) : raw).trim();
    const words = blank ? 0 : countWords(raw);
    const endsSentence = SENTENCE_END.test(raw);
    const endsStatement = STATEMENT_END.test(raw);
    // A question of a dozen words is as likely a headline as body text.
    const strong = (endsStatement && words >= 6) || (endsSentence && words >= 15) || words >= 20;
    const reported = endsSentence && words >= 3 && hasReportingWord(folded, data);
    return { index, text: raw, folded, blank, words, endsSentence, endsStatement, strong, reported };
  });
}
