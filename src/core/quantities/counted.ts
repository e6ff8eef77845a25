/**
 * What each figure of a claim counts, so two versions of one claim are compared figure by figure: "632
 * dead" and "820 قتيلا" give one toll two values (a disagreement), while "632 dead" and "329 injured"
 * count two things (none). The thing is a class named in each language's numbers.json (`counted`:
 * deaths, injuries …; `currencies`: money), shared across languages; a figure next to no listed word
 * counts the word after it (one language only); dates are their own thing, percentages theirs (with a
 * class when one is near). Years and weekdays count nothing (context: when a speaker spoke).
 */
import { isStopword } from '../align/terms.ts';
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch, wordTokens, type Token } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { extractQuantities, mayHoldQuantity, type Quantity } from './index.ts';

/** Words and phrases (folded, as word arrays) → class, indexed by their first word, longest first. */
type PhraseIndex = Map<string, { words: string[]; name: string }[]>;

interface CountedWords {
  things: PhraseIndex;
  currencies: PhraseIndex;
  /** Currency signs written glued to a figure ("$2m", "€40"). */
  signs: Map<string, string>;
  /** One-letter clitics a word may carry ("وقتيلا", "بـ"). */
  clitics: ReadonlySet<string>;
  /** Verbs of a level ("rose to", "reached") whose figure counts their subject (numbers.json `levelVerbs`). */
  levelVerbs: { words: string[] }[];
}

const foldedWords = (phrase: string): string[] => foldForMatch(phrase).trim().split(/\s+/u).filter(Boolean);

function phraseIndex(classes: Record<string, string[]> | undefined, signs?: Map<string, string>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const [name, list] of Object.entries(classes ?? {})) {
    if (name.startsWith('$')) continue;
    for (const phrase of list) {
      if (signs && !/\p{L}/u.test(phrase)) {
        signs.set(phrase, name);
        continue;
      }
      const words = foldedWords(phrase);
      if (!words.length) continue;
      const entries = index.get(words[0]!) ?? [];
      entries.push({ words, name });
      entries.sort((a, b) => b.words.length - a.words.length);
      index.set(words[0]!, entries);
    }
  }
  return index;
}

const COUNTED = new Map<LanguageCode, CountedWords>(
  LANGUAGES.map((l) => {
    const numbers = l.numbers as { counted?: Record<string, string[]>; currencies?: Record<string, string[]>; clitics?: string[]; levelVerbs?: Record<string, string[]> };
    const signs = new Map<string, string>();
    const currencies = phraseIndex(numbers.currencies, signs);
    const levelVerbs = [...phraseIndex(numbers.levelVerbs).values()].flat();
    return [l.code, { things: phraseIndex(numbers.counted), currencies, signs, clitics: new Set(numbers.clitics ?? []), levelVerbs }];
  }),
);

/** Tokens the window around a figure looks at (words, not counting the figure's own). */
const BEFORE = 4;
const AFTER = 3;
/** Tokens before a verb of level looked at for its subject: the head noun and a prepositional phrase or two after it. */
const SUBJECT_BEFORE = 7;

/** The class of the phrase starting at token `i` (a one-letter clitic stripped from its first word when needed). */
function classAt(tokens: readonly Token[], i: number, index: PhraseIndex, clitics: ReadonlySet<string>): string | undefined {
  const first = tokens[i]?.norm;
  if (!first) return undefined;
  const bare = clitics.has(first[0]!) && first.length > 3 ? first.slice(1) : '';
  for (const head of bare ? [first, bare] : [first]) {
    for (const entry of index.get(head) ?? []) {
      if (entry.words.every((w, k) => (k === 0 ? head : tokens[i + k]?.norm) === w)) return entry.name;
    }
  }
  return undefined;
}

const isFigure = (token: Token): boolean => /^[\d٠-٩]/u.test(token.text);

/** The thing a count or percentage counts: the nearest listed class within a few words (after first at equal distance). */
function nearestClass(tokens: readonly Token[], from: number, to: number, index: PhraseIndex, clitics: ReadonlySet<string>): string | undefined {
  for (let d = 1; d <= Math.max(BEFORE, AFTER); d++) {
    if (d <= AFTER) {
      const found = classAt(tokens, to + d, index, clitics);
      if (found) return found;
    }
    if (d <= BEFORE && from - d >= 0) {
      const found = classAt(tokens, from - d, index, clitics);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Where a verb of a level ends right before the figure at `from` ("… rose to 820"), the class of the
 * verb's subject: the nearest listed word within `SUBJECT_BEFORE` tokens before the verb.
 */
function levelSubjectClass(tokens: readonly Token[], from: number, words: CountedWords): string | undefined {
  for (const { words: verb } of words.levelVerbs) {
    const start = from - verb.length;
    if (start < 1 || !verb.every((w, k) => tokens[start + k]!.norm === w)) continue;
    for (let d = 1; d <= SUBJECT_BEFORE && start - d >= 0; d++) {
      const found = classAt(tokens, start - d, words.things, words.clitics);
      if (found) return found;
    }
  }
  return undefined;
}

/** Token indices a quantity spans (first, last), or undefined when no token lies in it. */
function tokenSpan(tokens: readonly Token[], q: Quantity): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= q.start) continue;
    if (t.start >= q.end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : [first, last];
}

function thingOf(text: string, q: Quantity, tokens: readonly Token[], lang: LanguageCode, words: CountedWords | undefined): string | undefined {
  const kind = q.key.slice(0, q.key.indexOf(':'));
  // A weekday is most often when each outlet's speaker spoke ("said on Monday", "on Tuesday"): no thing.
  if (kind === 'date') return kind;
  if (kind !== 'n' && kind !== 'pct') return undefined;
  const span = tokenSpan(tokens, q);
  if (!span || !words) return undefined;
  const [from, to] = span;
  // A word glued to the figure by a hyphen ("6.8-magnitude", "12-year") is the nearest of all.
  const last = tokens[to]!;
  const glued = q.end < last.end ? foldedWords(text.slice(q.end, last.end).replace(/^[-‐–]/u, ''))[0] : undefined;
  const gluedClass = glued ? words.things.get(glued)?.find((e) => e.words.length === 1)?.name : undefined;
  if (kind === 'pct') return `pct:${gluedClass ?? nearestClass(tokens, from, to, words.things, words.clitics) ?? ''}`;
  if (gluedClass) return gluedClass;
  // Money: a sign glued before the figure, or a currency word right after it ("2.5 million dollars").
  const before = text.slice(Math.max(0, q.start - 3), q.start).replace(/\s+$/u, '');
  for (const [sign, name] of words.signs) if (before.toLowerCase().endsWith(sign)) return `money:${name}`;
  for (let k = to + 1; k <= to + 2 && k < tokens.length; k++) {
    const currency = classAt(tokens, k, words.currencies, words.clitics);
    if (currency) return `money:${currency}`;
  }
  const listed = nearestClass(tokens, from, to, words.things, words.clitics) ?? levelSubjectClass(tokens, from, words);
  if (listed) return listed;
  // A figure written in digits counts the word after it, when that word carries content ("12 provinces").
  const next = tokens[to + 1];
  if (!isFigure(tokens[from]!) || !next || isFigure(next) || isStopword(next.norm, lang) || !/^\p{L}{2,}$/u.test(next.norm)) return undefined;
  return `word:${lang}:${next.norm}`;
}

/**
 * The figures of a text by what they count: thing → the figures' folded values (`n:632`, `pct:41`,
 * `date:9-8`). `norms` and `given`: the folded words and the tokens of `text`, where the caller has them.
 * @example countedFigures('The quake killed 632 people and injured 329.', 'en') // Map { 'death' => {'n:632'}, 'injury' => {'n:329'} }
 */
export function countedFigures(text: string, lang: LanguageCode, norms?: readonly string[], given?: readonly Token[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The caller's folded words, where it has them, tell most texts hold no figure before any is read.
  if (norms && !mayHoldQuantity(norms, lang)) return out;
  const quantities = extractQuantities(text, lang);
  if (!quantities.length) return out;
  const tokens = given ?? wordTokens(text, lang);
  const words = COUNTED.get(lang);
  for (const q of quantities) {
    const thing = thingOf(text, q, tokens, lang, words);
    if (thing === undefined) continue;
    const values = out.get(thing) ?? new Set<string>();
    values.add(q.key);
    out.set(thing, values);
  }
  return out;
}
