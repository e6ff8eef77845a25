/**
 * News event classes shared across languages: lang/<code>/predicates.json lists, in one order for every
 * language (`events`), the classes of news events (seized, attacked, killed, voted …) built from one
 * table (scripts/lexical/news-predicates.json). The k-th event class of Arabic and of English state one
 * predicate, so "captured" and «سيطرت» meet as one anchor where the bridge gives neither the other.
 */
// Read here as align/predicates.ts reads them (the bundler keeps one copy of each file).
import arPredicates from '../lang/ar/predicates.json' with { type: 'json' };
import enPredicates from '../lang/en/predicates.json' with { type: 'json' };
import { stemToken } from '../align/terms.ts';
import { wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import type { Anchor } from './anchors.ts';
import { wordMemo } from '../util/word-memo.ts';

/** Weight of a news event class among a claim's anchors (chosen on the tuned dev cases: 0.75–2 tried). */
const EVENT_WEIGHT = 1;

interface EventData {
  language: LanguageCode;
  classes: string[];
  events: number[];
  eventWords: string[];
  eventVerbs: string[];
  eventPrefixes: string[];
  eventSuffixes: string[];
}

interface EventLookup {
  /** Matching key (or, where `byWord`, folded word) → positions in `events`. */
  classesOf: Map<string, number[]>;
  /** Whether the language's event classes are read by surface word (root-like keys), not by key. */
  byWord: boolean;
  prefixes: readonly string[];
  suffixes: readonly string[];
}

const FILES: readonly EventData[] = [arPredicates as EventData, enPredicates as EventData];
const lookups = new Map<LanguageCode, EventLookup | null>();

function lookupFor(language: LanguageCode): EventLookup | null {
  let lookup = lookups.get(language);
  if (lookup !== undefined) return lookup;
  const file = FILES.find((f) => f.language === language);
  lookup = null;
  if (file && file.events.length > 0) {
    const byWord = file.eventWords.length > 0;
    const classesOf = new Map<string, number[]>();
    file.events.forEach((classIndex, k) => {
      // By word: its bare forms and its conjugated verb forms («سيطرت»).
      const line = byWord ? `${file.eventWords[k] ?? ''} ${file.eventVerbs[k] ?? ''}` : file.classes[classIndex];
      // Two-word keys ("take_control") are phrases a single word never meets.
      for (const word of (line ?? '').split(' ')) if (word && !word.includes('_') && !classesOf.get(word)?.includes(k)) classesOf.set(word, [...(classesOf.get(word) ?? []), k]);
    });
    lookup = { classesOf, byWord, prefixes: file.eventPrefixes, suffixes: file.eventSuffixes };
  }
  lookups.set(language, lookup);
  return lookup;
}

const NONE: readonly number[] = [];

/**
 * The news event classes (positions shared by every language) a folded word states, empty for most words.
 * @example sharedEventClasses('captured', 'en') // [0], as sharedEventClasses('احتلت', 'ar')
 */
export function sharedEventClasses(folded: string, language: LanguageCode): readonly number[] {
  return eventClassesOf(language, folded);
}

// A word's classes depend on its folded form only: read once per case vocabulary, per language.
const eventClassesOf = wordMemo((folded, language) => readEventClasses(folded, language as LanguageCode));

function readEventClasses(folded: string, language: LanguageCode): readonly number[] {
  const lookup = lookupFor(language);
  if (!lookup) return NONE;
  if (!lookup.byWord) return lookup.classesOf.get(stemToken(folded, language)) ?? NONE;
  // Glued conjunctions, prepositions and the article before, object pronouns after.
  for (const prefix of ['', ...lookup.prefixes]) {
    if (prefix && !(folded.startsWith(prefix) && folded.length >= prefix.length + 3)) continue;
    const rest = folded.slice(prefix.length);
    const found = lookup.classesOf.get(rest);
    if (found) return found;
    for (const suffix of lookup.suffixes) {
      if (rest.length >= suffix.length + 3 && rest.endsWith(suffix)) {
        const stem = lookup.classesOf.get(rest.slice(0, -suffix.length));
        if (stem) return stem;
      }
    }
  }
  return NONE;
}

/**
 * The anchors of the news events a text states (`e:<class>`), shared by every language. Kept apart from
 * `claimAnchors`: the predicate files are the analysis worker's, not the Compare view's.
 * @example eventAnchors('Police detained three journalists', 'en') // [{ key: 'e:8', weight: 1 }]
 */
export function eventAnchors(text: string, language: LanguageCode, tokens: readonly Token[] = wordTokens(text, language)): Anchor[] {
  const keys = new Set<number>();
  for (const token of tokens) if (token.norm.length >= 2) for (const k of sharedEventClasses(token.norm, language)) keys.add(k);
  return [...keys].map((k) => ({ key: `e:${k}`, weight: EVENT_WEIGHT }));
}
