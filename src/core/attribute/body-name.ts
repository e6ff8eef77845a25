/**
 * A lone definite word with no lexicon entry that the article itself shows to be a body: a transliterated
 * acronym ("the Unicef" written with the article) is no person when the text writes it in brackets after
 * its expansion headed by an organisation noun ("Organisation for … (X)") or before a Latin acronym in
 * brackets ("X (ABC)"); never when a title stands before it somewhere (a surname written with the article
 * alone is a person).
 * `bodyByShape`: with no expansion in the text, a lone articled word ending like a transliteration
 * ("…و", "…يف") or spoken for by a feminine verb while it has no feminine ending is a body, unless the
 * article writes it after a given name or a definite title (a surname).
 */
import { isStopword } from '../align/terms.ts';
import { foldForMatch } from '../normalize/index.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import { isTitleKind } from './names.ts';

/** Words before an opening bracket searched for the expansion's organisation noun. */
const EXPANSION_WORDS = 8;

let memoText: string | null = null;
let memoLang: string | null = null;
const memo = new Map<string, boolean>();

/** Whether `word` (as written, the chunk's one word) names a body in `text` (memoised per text and word). */
export function bodyByText(text: string, lex: Lexicon, word: string): boolean {
  if (memoText !== text || memoLang !== lex.lang) {
    memoText = text;
    memoLang = lex.lang;
    memo.clear();
  }
  let known = memo.get(word);
  if (known === undefined) memo.set(word, (known = scan(text, lex, word)));
  return known;
}

function kindOf(lex: Lexicon, surface: string): string | undefined {
  const norm = foldForMatch(surface.replace(/[^\p{L}]/gu, ''));
  return norm ? lookupNoun(lex, [norm], 0)?.entry.kind : undefined;
}

function scan(text: string, lex: Lexicon, word: string): boolean {
  let body = false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const end = i + word.length;
    // Only the word as a whole (no letter glued before or after).
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    const before = text.slice(Math.max(0, i - 200), i);
    const after = text.slice(end, end + 24);
    if (/^\s*\(\s*[A-Z]{2,8}\s*\)/u.test(after)) body = true;
    const bracketed = /\(\s*$/u.exec(before);
    const words = before.slice(0, bracketed ? bracketed.index : before.length).split(/\s+/u).filter(Boolean);
    const previous = words[words.length - 1];
    if (!bracketed && previous !== undefined && /\p{L}$/u.test(previous)) {
      const kind = kindOf(lex, previous);
      // "the minister X", "Mr X": a person's title before it.
      // ("the government of X" names a person as often as a body: no signal either way.)
      if (isTitleKind(kind)) return false;
    }
    if (bracketed && words.slice(-EXPANSION_WORDS).some((w) => kindOf(lex, w) === 'organization')) body = true;
  }
  return body;
}

const shapeMemo = new Map<string, boolean>();
let shapeText: string | null = null;

/**
 * Whether the lone articled word `word` (as written; `norm` folded) names a body by its shape or its
 * verb's agreement: a transliterated ending, or `feminineVerb` while the word has no feminine ending and
 * is no nisba; never when the text writes it after a given name or a definite title (memoised per text).
 * @example bodyByShape(text, lex, 'الفلانو', 'الفلانو', false) // true unless "أحمد الفلانو" stands in the text
 */
export function bodyByShape(text: string, lex: Lexicon, word: string, norm: string, feminineVerb: boolean): boolean {
  const bare = lex.articles.reduce((w, a) => (w === norm && norm.startsWith(a) ? norm.slice(a.length) : w), norm);
  if (bare.length < 3 || lex.nisbaEndings.some((e) => bare.endsWith(e))) return false;
  const shaped = lex.transliteratedEndings.some((e) => bare.endsWith(e));
  if (!shaped && !(feminineVerb && !lex.feminineEndings.some((e) => bare.endsWith(e)))) return false;
  if (shapeText !== text) {
    shapeText = text;
    shapeMemo.clear();
  }
  let named = shapeMemo.get(word);
  if (named === undefined) shapeMemo.set(word, (named = writtenAsSurname(text, lex, word)));
  return !named;
}

/** `word` stands somewhere right after a given name ("أحمد X", "عبد الله X") or a definite person title ("الوزير X"). */
function writtenAsSurname(text: string, lex: Lexicon, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + word.length] ?? '')) continue;
    // Only spaces between the word and the one before it.
    const before = /(\p{L}+)(\s+)(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, i - 60), i)) ?? /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, i - 30), i));
    if (!before) continue;
    const previous = foldForMatch(before[before.length === 4 ? 3 : 1]!);
    const earlier = before.length === 4 ? foldForMatch(before[1]!) : '';
    const kind = lookupNoun(lex, [previous], 0)?.entry.kind;
    if ((kind === 'person' || kind === 'rank') && lex.articles.some((a) => previous.startsWith(a))) return true;
    // "عبد العزيز X": a compound given name.
    if (lex.compoundNameHeads.has(earlier)) return true;
    if (kind || previous.length < 3 || lex.articles.some((a) => previous.startsWith(a)) || isStopword(previous, lex.lang) || lex.cues.has(previous)) continue;
    return true;
  }
  return false;
}
