/**
 * What an event frame asks of each word (frames.ts), read once per distinct word form instead of once per
 * unit: its key, whether it is a light verb, an agent noun, a relative word or a declaring verb, and its
 * event classes. The rescue band reads every unit's frame (and its clauses' frames), and a case's units
 * repeat the same word forms: each question was a string-keyed lookup (some with a prefix loop) per word
 * per frame (issue 8, align's per-unit readers).
 *
 * A table belongs to one key reader (`keyOf`, the case's term keys: per case, set before any frame is
 * read) and one language, so it lives as long as that reader does.
 */
import type { LanguageCode } from '../types.ts';
import { eventClassesOfWord, isAgentWord, isDeclaration, isLightVerb, isRelativeWord } from './predicates.ts';
import type { EventWord } from './predicates.ts';

export interface WordFacts {
  /** The word's matching key (null: a stop word; an empty key reads as none). */
  key: string | null;
  /** A light verb («تم»): an event word after it is its passive verb. */
  light: boolean;
  /** A relative word ("where", "which"): a word without a key only. */
  relative: boolean;
  /** An agent noun ("protesters"): no predicate. A word with a key only. */
  agent: boolean;
  /** Its event classes, and whether it is surely a verb (no classes for a word without a key). */
  event: EventWord;
  /** A declaring verb ("declared"). A word with a key only. */
  declaration: boolean;
}

const NO_CLASSES: EventWord = { classes: [], verb: false };

/** Per key reader, per language: the table of that reader's words. */
const tables = new WeakMap<(norm: string) => string | null, Map<LanguageCode, Map<string, WordFacts>>>();

/**
 * A reader of the facts of `lang`'s words keyed by `keyOf`, each distinct word read once.
 * @example wordFactsOf('en', (norm) => norm)('seized').event.classes // the classes of "seized"
 */
export function wordFactsOf(lang: LanguageCode, keyOf: (norm: string) => string | null): (norm: string) => WordFacts {
  let byLang = tables.get(keyOf);
  if (!byLang) tables.set(keyOf, (byLang = new Map()));
  let table = byLang.get(lang);
  if (!table) byLang.set(lang, (table = new Map()));
  const known = table;
  return (norm) => {
    let facts = known.get(norm);
    if (facts === undefined) known.set(norm, (facts = readFacts(lang, norm, keyOf(norm))));
    return facts;
  };
}

function readFacts(lang: LanguageCode, norm: string, key: string | null): WordFacts {
  const light = isLightVerb(lang, norm);
  if (!key) return { key, light, relative: isRelativeWord(lang, norm), agent: false, event: NO_CLASSES, declaration: false };
  return { key, light, relative: false, agent: isAgentWord(lang, norm), event: eventClassesOfWord(lang, norm, key), declaration: isDeclaration(lang, norm, key) };
}
