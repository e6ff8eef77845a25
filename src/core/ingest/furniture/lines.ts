/** Line facts the furniture filter reasons with: words, sentence shape, folded form. */
import { foldForMatch } from '../../normalize/index.ts';
import type { CompiledFurniture, FurnitureReason } from './data.ts';

export interface Line {
  index: number;
  text: string;
  /** Folded form for matching; '' for blank and strong (body) lines, which are never compared. */
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

const SENTENCE_ENDS = '.!?؟…。';
const STATEMENT_ENDS = '.!…。';
const CLOSERS = `"'»”’)]`;

/** The last character before any closing quotes or brackets ('' if none): what `/[…]["'»”’)\]]*$/` tests, without scanning the line. */
function finalMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 ? text[i]! : '';
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Words as the eye counts them: runs of non-space characters (no allocation: runs on every line). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Splits normalised text into analysed lines. */
export function analyseLines(text: string, data: CompiledFurniture): Line[] {
  return text.split('\n').map((raw, index) => {
    const words = countWords(raw);
    const blank = words === 0;
    const mark = finalMark(raw);
    const endsSentence = mark !== '' && SENTENCE_ENDS.includes(mark);
    const endsStatement = mark !== '' && STATEMENT_ENDS.includes(mark);
    // A question of a dozen words is as likely a headline as body text.
    const strong = (endsStatement && words >= 6) || (endsSentence && words >= 15) || words >= 20;
    const reported = endsSentence && words >= 3 && data.reportingPattern.test(raw.toLowerCase());
    // Only short lines are ever compared folded (titles, repeats, dates): body lines skip the work.
    const folded = blank || strong ? '' : foldForMatch(raw).trim();
    return { index, text: raw, folded, blank, words, endsSentence, endsStatement, strong, reported };
  });
}
