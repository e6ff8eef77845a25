import { languageProfile } from '../lang/profiles.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode, Sentence } from '../types.ts';

/** Sentences longer than this are not merged further when repairing (an unbalanced quote must not swallow an article). */
const MAX_MERGED_LENGTH = 1200;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: LanguageCode): Intl.Segmenter {
  const key = lang === 'und' ? 'en' : lang;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(key, { granularity: 'sentence' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const abbreviationSets = new Map<LanguageCode, Set<string>>();
function abbreviations(lang: LanguageCode): Set<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    set = new Set((languageProfile(lang)?.abbreviations ?? []).map(foldForMatch));
    abbreviationSets.set(lang, set);
  }
  return set;
}

interface Piece {
  start: number;
  end: number;
}

/**
 * Splits cleaned text into sentences with Intl.Segmenter, never across a line break, then repairs the
 * splits that fall after an abbreviation or an initial ("Gen. | Suleiman") or inside a quotation.
 * @example splitSentences('Mr. Smith said so. He left.', 'en').map(s => s.text) // ['Mr. Smith said so.', 'He left.']
 */
export function splitSentences(text: string, lang: LanguageCode): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      for (const piece of repair(line, segmentLine(line, lang), lang)) {
        const start = lineStart + piece.start;
        const end = lineStart + piece.end;
        sentences.push({ index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** A sentence's end, then a dash and a space: the dash opens the next item ("…. - لم يصدر …"). */
const BULLET_AFTER_END = /[.!?؟…]\s+(?=[-–—]\s)/gu;

function segmentLine(line: string, lang: LanguageCode): Piece[] {
  const pieces: Piece[] = [];
  const bullets = languageProfile(lang)?.bulletDashes === true;
  for (const s of sentenceSegmenter(lang).segment(line)) {
    let from = s.index;
    const end = s.index + s.segment.length;
    if (bullets) {
      for (const m of s.segment.matchAll(BULLET_AFTER_END)) {
        const at = s.index + m.index + 1;
        const trimmed = trimSpan(line, from, at);
        if (trimmed) pieces.push(trimmed);
        from = at;
      }
    }
    const trimmed = trimSpan(line, from, end);
    if (trimmed) pieces.push(trimmed);
  }
  return pieces;
}

function trimSpan(line: string, start: number, end: number): Piece | null {
  while (start < end && /\s/u.test(line[start]!)) start++;
  while (end > start && /\s/u.test(line[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function repair(line: string, pieces: Piece[], lang: LanguageCode): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous && previous.end - previous.start < MAX_MERGED_LENGTH && shouldJoin(line, previous, piece, lang)) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function shouldJoin(line: string, previous: Piece, next: Piece, lang: LanguageCode): boolean {
  const before = line.slice(previous.start, previous.end);
  const after = line.slice(next.start, next.end);
  return endsWithAbbreviation(before, after, lang) || insideQuotation(before, lang) || startsAsContinuation(after);
}

function endsWithAbbreviation(sentence: string, next: string, lang: LanguageCode): boolean {
  if (!sentence.endsWith('.')) return false;
  // Only the tail matters; an end-anchored regex over the whole sentence would rescan it from every position.
  const lastWord = /([\p{L}.]+)\.$/u.exec(sentence.slice(-24))?.[1];
  if (!lastWord) return false;
  // A single capital initial ("John F. Kennedy") never ends a sentence — unless a quotation opens after it:
  // a name goes on with a letter, so '… posted on X. "We …' ends at the one-letter name.
  if (/^\p{Lu}$/u.test(lastWord)) return !/^["“«]/u.test(next);
  return abbreviations(lang).has(foldForMatch(lastWord));
}

const PAIRED_QUOTES: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
];

/** True when the sentence leaves a quotation open. */
function insideQuotation(sentence: string, lang: LanguageCode): boolean {
  for (const [open, close] of PAIRED_QUOTES) {
    // A straight mark may stand for the missing opening one ('"We won.”').
    const straight = open === '“' ? count(sentence, '"') : 0;
    if (count(sentence, open) > count(sentence, close) + straight) return true;
  }
  // Straight quotes: an odd number leaves one open — unless curly marks pair with them ('"We won.”').
  if (count(sentence, '"') % 2 === 1 && (count(sentence, '"') + count(sentence, '“') + count(sentence, '”')) % 2 === 1) return true;
  return languageProfile(lang)?.apostrophes === false && count(sentence, "'") % 2 === 1;
}

/** A split before a closing quote or lower-case continuation is a false break ("…he said. » and"). */
function startsAsContinuation(sentence: string): boolean {
  return /^[»”)\]،,;:]/u.test(sentence) || /^\p{Ll}/u.test(sentence);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
