/**
 * Article words for actor finding: folded, with glued clitics stripped ("لسليمان" → "سليمان", "للجيش" →
 * "الجيش", "Suleiman's" → "suleiman" + possessive), and whether punctuation separates a word from the one
 * before (a name or a label never runs across a comma or a full stop).
 */
import { fusedArticleSpelling, stripActorClitic } from '../lang/ar/stem.ts';
import { foldForMatch, wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import { languageProfile } from '../lang/profiles.ts';
import { isStopword } from '../align/terms.ts';
import type { LanguageCode } from '../types.ts';

export interface ActorToken {
  /** Matching form: folded, clitics stripped. */
  key: string;
  start: number;
  end: number;
  /** Original spelling starts with an upper-case letter. */
  capitalised: boolean;
  /** A glued conjunction/preposition was stripped ("بالمدينة" → "المدينه"). */
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
// A colon opens a sentence too: a dateline ("CITY: Part of …"), a quotation, a headline's second half.
const SENTENCE_BREAK = /[.!?؟\n:]/u;
// "al-Hamdan", "el-Nour", "bin-Tarek": a name behind a lower-case Arabic particle is still a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|at|az|an|ash|ath|bin|ibn|abu|abd|ul)[-‐]\p{Lu}/u;
const ABBREVIATION_GAP = /^\.\s+$/u;
const COMMA_GAP = /^[\s"'«»“”‘’]*(?:[,،–—]|(?<=\s)-(?=\s))[\s"'«»“”‘’]*$/u;

/** Per-language clitic handling. Adding a language that glues clitics: a line here. */
const CLITICS: Record<LanguageCode, (folded: string, known: ReadonlySet<string>) => string> = {
  ar: stripActorClitic,
};

/**
 * The spelling of a word without the clitic its key dropped ("لسليمان" → "سليمان", "للجيش" → "الجيش").
 * @example displayWord('للجيش', 'الجيش') === 'الجيش'
 */
export function displayWord(surface: string, key: string): string {
  const folded = foldForMatch(surface);
  if (folded === key) return surface;
  const article = fusedArticleSpelling(surface, folded, key);
  if (article) return article;
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
 * @example actorTokens('Suleiman’s forces, he said', 'en', new Set())[0] // { key: 'suleiman', possessive: true, … }
 */
export function actorTokens(text: string, lang: LanguageCode, known: ReadonlySet<string>, tokens: readonly Token[] = wordTokens(text, lang)): ActorToken[] {
  const strip = CLITICS[lang];
  const abbreviations = abbreviationSet(lang);
  const out: ActorToken[] = [];
  let previousEnd = 0;
  for (const t of tokens) {
    let key = t.norm;
    const possessive = endsPossessive(key);
    if (possessive) key = key.slice(0, -2);
    const bare = key;
    if (strip) key = strip(key, known);
    const first = out.length === 0;
    // Most gaps are one space: look at the punctuation patterns only when there is more.
    let space = t.start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32;
    const gap = space ? ' ' : text.slice(previousEnd, t.start);
    // "Gen. X", "Lt. Col. X": the full stop of an abbreviation ends nothing.
    if (!space && abbreviations && ABBREVIATION_GAP.test(gap) && out.length && abbreviations.has(out[out.length - 1]!.key)) space = true;
    out.push({
      key,
      start: t.start,
      end: t.end,
      capitalised: startsUpper(t.text) || (t.text.length > 3 && t.text.indexOf('-', 1) > 0 && PARTICLE_NAME.test(t.text)),
      clitic: key !== bare,
      possessive,
      breakBefore: first || (!space && HARD_BREAK.test(gap)),
      commaBefore: !first && !space && COMMA_GAP.test(gap),
      sentenceStart: first || (!space && SENTENCE_BREAK.test(gap)),
      inTitle: false,
    });
    previousEnd = t.end;
    // "Minister Karim VassThe country's …": a sentence glued on where a line break was lost starts a sentence there.
    const glued = gluedOpener(t.text, lang);
    if (glued > 0) {
      const head = out[out.length - 1]!;
      const tail = t.text.slice(glued);
      head.key = foldForMatch(t.text.slice(0, glued));
      head.end = t.start + glued;
      out.push({ ...head, key: foldForMatch(tail), start: head.end, end: t.end, capitalised: true, clitic: false, breakBefore: true, commaBefore: false, sentenceStart: true });
      if (possessive) head.possessive = false;
    }
  }
  markTitleCaseLines(text, out);
  return out;
}

/**
 * Where, inside a capitalised word, a stopword of the language opens after a lower-case letter
 * ("VassThe", "AgencyIn"), or -1: two sentences glued where a line break was lost. (Names written with
 * an inner capital, "McKellan", "DeLacey", "LaRoux", go on with no stopword.)
 */
function gluedOpener(word: string, lang: LanguageCode): number {
  if (word.length < 5 || !startsUpper(word)) return -1;
  for (let i = 2; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    // (An ASCII capital after a lower-case letter; other scripts have no stopwords written so.)
    if (c < 65 || c > 90) continue;
    const before = word.charCodeAt(i - 1);
    if (before < 97 || before > 122) return -1;
    const tail = word.slice(i);
    return tail.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(tail) && isStopword(foldForMatch(tail), lang) ? i : -1;
  }
  return -1;
}

const abbreviationSets = new Map<LanguageCode, ReadonlySet<string> | null>();

/** The language's abbreviations (folded, no final dot), or null. */
function abbreviationSet(lang: LanguageCode): ReadonlySet<string> | null {
  let set = abbreviationSets.get(lang);
  if (set === undefined) {
    const list = languageProfile(lang)?.abbreviations ?? [];
    set = list.length ? new Set(list.map(foldForMatch)) : null;
    abbreviationSets.set(lang, set);
  }
  return set;
}

/** What /['’]s$/u tests, without a regex per word. */
function endsPossessive(key: string): boolean {
  const n = key.length;
  if (n < 2 || key.charCodeAt(n - 1) !== 0x73) return false;
  const quote = key.charCodeAt(n - 2);
  return quote === 0x27 || quote === 0x2019;
}

const UPPER = /^\p{Lu}/u;
// Verdicts of UPPER for BMP code units, filled lazily (one per word otherwise).
const upperTable = new Int8Array(0x10000).fill(-1);

/** What /^\p{Lu}/u tests on a word. */
function startsUpper(word: string): boolean {
  if (!word.length) return false;
  const code = word.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return UPPER.test(word);
  let verdict = upperTable[code]!;
  if (verdict < 0) upperTable[code] = verdict = UPPER.test(word[0]!) ? 1 : 0;
  return verdict === 1;
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

/**
 * Index of the first token ending after character `offset` (the token holding it, else the next one;
 * `tokens.length` past the end), by binary search: labels give offsets, passes need token indexes.
 * @example tokenIndexAfter(tokens, label.start)
 */
export function tokenIndexAfter(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A word of two parts joined by a hyphen («تاي-سون», "state-owned"). */
export const hyphenated = (key: string): boolean => key.indexOf('-', 1) > 0 && key.indexOf('-', 1) < key.length - 1;
