/**
 * Anchors of a claim that two languages can share: its figures and dates (folded to one form), the
 * consonant skeletons of its names, and its content words in English (an English word's stem, or the
 * stems of the English words the bridge gives an Arabic word). Two claims in different languages that
 * state one proposition share several of them.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { namesBasisPointsAfter } from '../align/roles.ts';
import { isStopword } from '../align/terms.ts';
import { languageBundle } from '../lang/registry.ts';
import { wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import { extractQuantities, mayHoldQuantity } from '../quantities/index.ts';
import type { LanguageCode, Span } from '../types.ts';
import { englishFor, isBridgedEnglishWord, mayContinuePhrase, phraseNameFor } from './bridge.ts';
import { procliticsOf } from './script-data.ts';
import { derivedStems, nounsOf } from './synonyms.ts';
import { wordSkeleton } from './names.ts';
import { wordMemo } from '../util/word-memo.ts';

/** One anchor with its weight in the claim (before the case's rarity weighting). */
export interface Anchor {
  key: string;
  weight: number;
}

/** A word or figure of the text and the anchors it gives. */
export interface AnchoredSpan extends Span {
  kind: 'quantity' | 'word';
  anchors: Anchor[];
}

// Stems of month names never count as words: dates are matched as quantities.
const MONTH_STEMS = new Set(Object.keys(languageBundle('en')?.numbers.months ?? {}).map((m) => englishStemmer(m)));
// How many of an Arabic word's English words stand in for it (its bridge entry is ranked).
export const BRIDGE_WORDS = 3;
/**
 * Weight of an Arabic word's English word of rank k (0 first): 1/√(k+1). The bridge's order among a
 * word's senses is a guess (AWN's «رفع» gives promote before raise), so the later words weigh more than
 * the 1/(k+1) of sessions 4–8 (tuned cross-language row F1 29.9 → 30.9; flat weights 30.6, 1/(k+1)^¼ 30.5).
 */
export const bridgeRankWeight = (rank: number): number => 1 / Math.sqrt(rank + 1);
/**
 * Weight of a figure or date both claims write (a small count, a year or a weekday weighs less): twice a
 * word's, since one figure pins a proposition down more than a word the bridge translates among several
 * senses (1.5 → 2, session 7: tuned cross-language row F1 24.1 → 25.2).
 */
const FIGURE_WEIGHT = 2;
/** Consonants a word's skeleton needs to be an anchor (shorter ones meet too many words). */
export const MIN_NAME_SKELETON = 3;
/** Weight of the nouns an English adjective pertains to, beside the adjective itself. */
const PERTAINYM_WEIGHT = 0.5;
/**
 * Weight of the verb a noun derives from, or the noun a verb gives, beside the word itself ("voter" →
 * "vote"); the lowest a word anchor has, so a check that wants the words as written can leave these out.
 */
export const DERIVED_WEIGHT = 0.4;

/** Languages whose words can be put into the shared (English) space. */
export const BRIDGED_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['ar', 'en']);

// A shared four-letter prefix ("central" / "center") was tried as an anchor too: it matched unrelated
// words more often than derived forms, and cross-language rows lost precision with no gain in recall.
export function englishWordAnchors(stem: string, weight: number): Anchor[] {
  // Months are matched as dates; an ordinal's figure in the bridge ("6th") is a word like its name.
  return MONTH_STEMS.has(stem) ? [] : [{ key: `w:${stem}`, weight }];
}

// A word's anchors depend only on its folded form, language and capitalisation: computed once per case
// vocabulary, not once per occurrence (capitalised words and the others in memos of their own).
const NO_ANCHORS: Anchor[] = [];
const lowerAnchors = wordMemo((norm, language) => computeWordAnchors(norm, language as LanguageCode, false));
const upperAnchors = wordMemo((norm, language) => computeWordAnchors(norm, language as LanguageCode, true));

const wordAnchors = (norm: string, language: LanguageCode, capitalised: boolean): Anchor[] => (capitalised ? upperAnchors : lowerAnchors)(language, norm);

const POSSESSIVE = /['’]s?$/u;

function computeWordAnchors(norm: string, language: LanguageCode, capitalised: boolean): Anchor[] {
  // A function word gives none (memoised too: it is most of the text).
  if (isFunctionWord(norm, language)) return NO_ANCHORS;
  const anchors: Anchor[] = [];
  if (language === 'en') {
    // A possessive is its noun ("Egypt's", "the rebels'"): the Arabic construct has no ending to match.
    const possessive = POSSESSIVE.exec(norm);
    if (possessive && possessive.index >= 2) return computeWordAnchors(norm.slice(0, possessive.index), language, capitalised);
  }
  const skeleton = wordSkeleton(norm);
  if (language === 'en') {
    // A hyphenated compound ("interest-rate", "Iran-backed") stands for its words: Arabic writes them apart.
    for (const part of hyphenParts(norm)) {
      const stem = englishStemmer(part);
      anchors.push(...englishWordAnchors(stem, 1));
      for (const derived of derivedStems(stem)) anchors.push(...englishWordAnchors(derived, DERIVED_WEIGHT));
      // An adjective also stands for the nouns it pertains to ("monetary" for the bridge's "money").
      for (const noun of nounsOf(part)) anchors.push(...englishWordAnchors(englishStemmer(noun), PERTAINYM_WEIGHT));
    }
    // Names, and words Arabic borrows ("bank", "dollar"), meet the Arabic spelling by their skeleton;
    // capitalised words are names more often than not.
    if (skeleton.length >= MIN_NAME_SKELETON) anchors.push({ key: `s:${skeleton}`, weight: capitalised ? 1 : 0.5 });
  } else {
    const english = englishFor(norm);
    english.slice(0, BRIDGE_WORDS).forEach((word, rank) => anchors.push(...englishWordAnchors(englishStemmer(word), bridgeRankWeight(rank))));
    // Arabic script has no capitals: a word the bridge does not know is more likely a name.
    if (skeleton.length >= MIN_NAME_SKELETON) anchors.push({ key: `s:${skeleton}`, weight: english.length === 0 ? 1 : 0.5 });
  }
  return anchors;
}

/** The word itself, or the parts of a hyphenated one that are no function words (two letters or more). */
function hyphenParts(norm: string): string[] {
  if (!norm.includes('-')) return [norm];
  const parts = norm.split('-').filter((p) => p.length >= 2 && !isStopword(p, 'en'));
  return parts.length > 0 ? parts : [norm];
}

// Some languages glue a conjunction or preposition to the next word (lang/<code>/entities.json proclitics):
// a function word behind one is still a function word.
export function isFunctionWord(norm: string, language: LanguageCode): boolean {
  if (isStopword(norm, language)) return true;
  for (const p of procliticsOf(language)) if (norm.length > p.length + 1 && norm.startsWith(p) && isStopword(norm.slice(p.length), language)) return true;
  return false;
}

/**
 * The words and figures of a text in `language` (English or Arabic) with the anchors each gives.
 * @example anchoredSpans('Rebels entered Aleppo.', 'en').map((s) => s.text) // ['Rebels', 'entered', 'Aleppo']
 */
export function anchoredSpans(text: string, language: LanguageCode, tokens: readonly Token[] = wordTokens(text, language)): AnchoredSpan[] {
  const spans: AnchoredSpan[] = [];
  visitAnchors(text, language, tokens, (span) => spans.push(span));
  return spans.sort((a, b) => a.start - b.start);
}

/** Calls `visit` with each figure, then each word, of a text that gives anchors. */
function visitAnchors(text: string, language: LanguageCode, tokens: readonly Token[], visit: (span: AnchoredSpan) => void): void {
  // Most claims hold no figure: their words say so before the text is read for one.
  const quantities = mayHoldQuantity(tokens.map((t) => t.norm), language) ? extractQuantities(text, language) : [];
  for (const q of quantities) {
    const weight = q.key.startsWith('year:') || q.key.startsWith('weekday:') || (q.key.startsWith('n:') && q.value <= 10) ? 0.6 : FIGURE_WEIGHT;
    const anchors = [{ key: `q:${q.key}`, weight }];
    // "600 basis points" states the "6%" the other language writes (lang/<code>/roles.json basisPoints).
    if (q.key.startsWith('n:') && namesBasisPointsAfter(text, q.end, language)) anchors.push({ key: `q:pct:${Math.round(q.value * 100) / 1e4}`, weight });
    visit({ text: q.text, start: q.start, end: q.end, kind: 'quantity', anchors });
  }
  const inQuantity = (start: number) => quantities.some((q) => start >= q.start && start < q.end);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.norm.length < 2) continue;
    if (isDigit(token.norm.charCodeAt(0))) {
      // An ordinal figure ("6th") is a word the bridge gives for an Arabic ordinal («السادسة»: sixth, 6th).
      if (language === 'en' && isBridgedEnglishWord(token.norm)) visit({ text: token.text, start: token.start, end: token.end, kind: 'word', anchors: [{ key: `w:${token.norm}`, weight: 1 }] });
      continue;
    }
    if (quantities.length > 0 && inQuantity(token.start)) continue;
    const anchors = wordAnchors(token.norm, language, startsUpper(token.text));
    const named = language !== 'en' ? phraseAnchors(tokens, k) : NO_ANCHORS;
    if (anchors.length + named.length > 0) visit({ text: token.text, start: token.start, end: token.end, kind: 'word', anchors: named.length > 0 ? [...anchors, ...named] : anchors });
  }
}

/** Longest run of words read as one CLDR name. */
const MAX_PHRASE_WORDS = 4;
const phraseMemo = new Map<string, Anchor[]>();

/**
 * The English words of a CLDR region, body or currency whose Arabic name starts at token k («جنوب
 * أفريقيا» → south, africa): a name the bridge does not give word by
 * word (a country's name may be no Arabic WordNet word, and too short a skeleton to meet its Arabic
 * spelling), anchored on the name's first word.
 */
function phraseAnchors(tokens: readonly Token[], k: number): Anchor[] {
  if (k + 1 >= tokens.length || !mayContinuePhrase(tokens[k + 1]!.norm)) return NO_ANCHORS;
  for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - k); n >= 2; n--) {
    const key = tokens.slice(k, k + n).map((t) => t.norm).join(' ');
    let anchors = phraseMemo.get(key);
    if (anchors === undefined) {
      if (phraseMemo.size >= 50_000) phraseMemo.clear();
      const name = phraseNameFor(key.split(' '));
      anchors = name === undefined ? NO_ANCHORS : name.split(' ').filter((w) => !isStopword(w, 'en')).flatMap((w) => englishWordAnchors(englishStemmer(w), 1));
      phraseMemo.set(key, anchors);
    }
    if (anchors.length > 0) return anchors;
  }
  return NO_ANCHORS;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const UPPER = /^\p{Lu}/u;
// ASCII letters without the regex (most English words).
const startsUpper = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
};

/**
 * The anchors of a text, merged by key (the strongest weight of each).
 * @example claimAnchors('Rebels entered Aleppo on 27 November.', 'en').map((a) => a.key) // ['w:rebel', 's:rbl', …, 'q:date:11-27']
 */
export function claimAnchors(text: string, language: LanguageCode, tokens?: readonly Token[]): Anchor[] {
  const out = new Map<string, number>();
  for (const span of anchoredSpans(text, language, tokens)) for (const { key, weight } of span.anchors) out.set(key, Math.max(out.get(key) ?? 0, weight));
  return [...out].map(([key, weight]) => ({ key, weight }));
}
