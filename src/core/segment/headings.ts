/**
 * Section headings inside an article body ("لقاء مرتقب", "Turkish threats"): a line of its own, short,
 * not closed by a full stop. They are kept for reading but are no claim of the outlet's own voice.
 */
import type { Sentence } from '../types.ts';

/** Longest heading, in words. */
const MAX_HEADING_WORDS = 9;

/** A line closed like a sentence or an introduction (". … ! : ;" or a closing quotation) is prose. */
const PROSE_END = /[.!…:;،,"”»’)\]]$/u;

/**
 * Whether a sentence is a section heading: alone on its line, at most nine words, not ending like prose.
 * A question line ("What happened at the meeting?") counts as a heading.
 * @example isHeadingLine('Intro.\nTurkish threats\nMore text.', { index: 1, paragraph: 1, start: 7, end: 22, text: 'Turkish threats' }) // true
 */
export function isHeadingLine(text: string, sentence: Sentence): boolean {
  // Alone on its line: only spaces between the line breaks and the sentence (stops at the first other character).
  for (let i = sentence.start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/u.test(text[i]!)) return false;
  for (let i = sentence.end; i < text.length && text[i] !== '\n'; i++) if (!/\s/u.test(text[i]!)) return false;
  const line = sentence.text.trim();
  if (line.length > 120) return false;
  if (!line || PROSE_END.test(line)) return false;
  const words = line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && words.length <= MAX_HEADING_WORDS;
}
