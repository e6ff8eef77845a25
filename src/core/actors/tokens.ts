/**
 * Article words for actor finding: folded, with glued clitics stripped ("لحفتر" → "حفتر", "للجيش" →
 * "الجيش", "Haftar's" → "haftar" + possessive), and whether punctuation separates a word from the one
 * before (a name or a label never runs across a comma or a full stop).
 */
import { stripKnownClitic } from '../align/stem-ar.ts';
import { foldForMatch, wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

export interface ActorToken {
  /** Matching form: folded, clitics stripped. */
  key: string;
  start: number;
  end: number;
  /** Original spelling starts with an upper-case letter. */
  capitalised: boolean;
  /** A glued conjunction/preposition was stripped ("بالرجمة" → "الرجمه"). */
  clitic: boolean;
  /** English "X's". */
  possessive: boolean;
  /** Punctuation (not quotes) between this word and the previous one. */
  breakBefore: boolean;
  /** That punctuation is a single comma (an apposition may follow). */
  commaBefore: boolean;
  /** First word of a sentence (capitalised for grammar, not because it is a name). */
  sentenceStart: boolean;
  /** On a line written in Title Case (a headline): capitals there say nothing about names. */
  inTitle: boolean;
}

const HARD_BREAK = /[.,،;؛:!?؟()[\]{}\n|–—/]|\s-+\s/u;
const SENTENCE_BREAK = /[.!?؟\n]/u;
const COMMA_GAP = /^[\s"'«»“”‘’]*[,،][\s"'«»“”‘’]*$/u;
const POSSESSIVE = /['’]s$/u;

/** Per-language clitic handling. Adding a language that glues clitics: a line here. */
const CLITICS: Record<LanguageCode, (folded: string, known: ReadonlySet<string>) => string> = {
  ar: (folded, known) => {
    // "لل" + noun is "ل" + "ال" + noun with the alef dropped.
    if (folded.startsWith('لل') && folded.length >= 5 && known.has(`ال${folded.slice(2)}`)) return `ال${folded.slice(2)}`;
    return stripKnownClitic(folded, known);
  },
};

/**
 * The spelling of a word without the clitic its key dropped ("لحفتر" → "حفتر", "للجيش" → "الجيش").
 * @example displayWord('للجيش', 'الجيش') === 'الجيش'
 */
export function displayWord(surface: string, key: string): string {
  const folded = foldForMatch(surface);
  if (folded === key) return surface;
  if (key.startsWith('ال') && folded.startsWith('لل')) return `ال${surface.slice(2)}`;
  if (!folded.endsWith(key)) return surface;
  // Drop as many letters (with their marks) as the key dropped.
  let drop = folded.length - key.length;
  let k = 0;
  while (k < surface.length && drop > 0) {
    k++;
    while (k < surface.length && /\p{M}|\u0640/u.test(surface[k]!)) k++;
    drop--;
  }
  return surface.slice(k);
}

/**
 * The folded words of a set of texts: a clitic is stripped only when the bare word occurs too (stems
 * are not enough here: "لليبيا" would lose its first letter to a stem-level match).
 */
export function vocabulary(tokenLists: readonly (readonly Token[])[]): Set<string> {
  const known = new Set<string>();
  for (const tokens of tokenLists) for (const t of tokens) known.add(t.norm);
  return known;
}

/**
 * The article's words for actor matching.
 * @example actorTokens('Haftar’s forces, he said', 'en', new Set())[0] // { key: 'haftar', possessive: true, … }
 */
export function actorTokens(text: string, lang: LanguageCode, known: ReadonlySet<string>, tokens: readonly Token[] = wordTokens(text, lang)): ActorToken[] {
  const strip = CLITICS[lang];
  const out: ActorToken[] = [];
  let previousEnd = 0;
  for (const t of tokens) {
    let key = t.norm;
    const possessive = POSSESSIVE.test(key);
    if (possessive) key = key.replace(POSSESSIVE, '');
    const bare = key;
    // Most gaps are one space: test the punctuation patterns only when there is more.
    const gap = text.slice(previousEnd, t.start);
    if (strip) key = strip(key, known);
    out.push({
      key,
      start: t.start,
      end: t.end,
      capitalised: /^\p{Lu}/u.test(t.text),
      clitic: key !== bare,
      possessive,
      breakBefore: out.length === 0 || (gap !== ' ' && HARD_BREAK.test(gap)),
      commaBefore: false,
      sentenceStart: out.length === 0 || (gap !== ' ' && SENTENCE_BREAK.test(gap)),
      inTitle: false,
    });
    out[out.length - 1]!.commaBefore = out.length > 1 && gap !== ' ' && COMMA_GAP.test(gap);
    previousEnd = t.end;
  }
  markTitleCaseLines(text, out);
  return out;
}

/** Flags the words of lines where most longer words are capitalised ("Wealthy Voters Abandon Party"). */
function markTitleCaseLines(text: string, tokens: ActorToken[]): void {
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const lineEndOffset = text.indexOf('\n', tokens[lineStart]!.start);
    let lineEnd = lineStart;
    while (lineEnd < tokens.length && (lineEndOffset === -1 || tokens[lineEnd]!.start < lineEndOffset)) lineEnd++;
    const long = tokens.slice(lineStart, lineEnd).filter((t) => t.end - t.start > 3);
    const capitalised = long.filter((t) => t.capitalised).length;
    if (long.length >= 3 && capitalised / long.length >= 0.75) for (let k = lineStart; k < lineEnd; k++) tokens[k]!.inTitle = true;
    lineStart = Math.max(lineEnd, lineStart + 1);
  }
}
