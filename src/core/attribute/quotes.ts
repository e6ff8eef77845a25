/**
 * Quotation spans of a text, found in one linear pass: «» “” „ ‘’ pair up, straight quotes toggle,
 * apostrophes inside words are not quotes, and a line break closes whatever is still open so one
 * unbalanced mark cannot swallow an article.
 */

/** An outermost quotation: `open`/`close` are the marks, `start`/`end` the quoted text between them. */
export interface QuoteSpan {
  open: number;
  close: number;
  start: number;
  end: number;
  /** False when the quotation ran to the end of its paragraph without a closing mark. */
  closed: boolean;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‘': '’', '‹': '›' };
const CLOSERS = new Set(['»', '”', '’', '›']);
const MARKS = /[\n"'«»“”„‘’‹›]/g;
// Tatweel is a letter to Unicode but glues a prefix to a quotation ("لـ«…»", "بـ'…'"), so not here.
const ELIDED_OPENING = /^(?:\.{2,4}|…|\[)\s?[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch !== '\u0640' && /[\p{L}\p{N}]/u.test(ch);

/**
 * The outermost quotations of `text`, in order.
 * @example findQuotes('قال: «نعم» ثم') // [{ open: 5, close: 9, start: 6, end: 9, closed: true }]
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  const closeTo = (depth: number, at: number, closed: boolean): void => {
    const outer = stack[0]!;
    if (depth === 0) spans.push({ open: outer.at, close: at, start: outer.at + 1, end: at, closed });
    stack.length = depth;
  };
  // Jump from mark to mark: most characters are neither quotes nor line breaks.
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      if (stack.length) closeTo(0, i, false);
      continue;
    }
    const single = ch === "'" || ch === '‘' || ch === '’';
    if (single) {
      // Inside a word it is an apostrophe (don't, Clinton’s), never a quotation mark.
      const before = text[i - 1];
      const after = text[i + 1];
      if (isLetter(before) && isLetter(after)) continue;
      const openSingle = stack.findLastIndex((s) => s.mark === "'" || s.mark === '‘');
      const canClose = openSingle >= 0 && !isLetter(after) && ch !== '‘';
      if (canClose) {
        closeTo(openSingle, i, true);
        continue;
      }
      if (!isLetter(before) && isLetter(after) && ch !== '’') stack.push({ mark: ch === '‘' ? '‘' : "'", at: i });
      continue;
    }
    if (ch === '"') {
      // Straight quotes: which side the letters are on says whether the mark opens or closes.
      const open = stack.findLastIndex((s) => s.mark === '"');
      const letterBefore = isLetter(text[i - 1]) || /[.!?؟,،]/u.test(text[i - 1] ?? '');
      // "...we announce": an ellipsis or a bracket between the mark and the words still opens.
      const letterAfter = isLetter(text[i + 1]) || (open < 0 && ELIDED_OPENING.test(text.slice(i + 1, i + 6)));
      if (open >= 0 && (!letterAfter || letterBefore)) closeTo(open, i, true);
      else if (letterAfter && !letterBefore) stack.push({ mark: '"', at: i });
      else if (letterAfter && letterBefore && open < 0) stack.push({ mark: '"', at: i });
      continue;
    }
    if (ch in PAIRS) {
      stack.push({ mark: ch, at: i });
      continue;
    }
    if (CLOSERS.has(ch)) {
      const open = stack.findLastIndex((s) => PAIRS[s.mark] === ch || (ch === '”' && s.mark === '"'));
      if (open >= 0) closeTo(open, i, true);
    }
  }
  if (stack.length) closeTo(0, text.length, false);
  return spans;
}
