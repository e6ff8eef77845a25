/**
 * Predicate classes: words that state one predicate in other words ("seized" / "captured" / "the
 * capture of"; سيطر / استولى / سيطرة) share a class term, so a claim told with another verb still meets
 * its row. The classes are data per language (lang/<code>/predicates.json, built from WordNet 3.1 and
 * Arabic WordNet by scripts/lexical/build-predicates.ts), keyed by the matching keys of terms.ts.
 */
// Read here, not through the language registry: the dashboard's main thread reads the registry (source
// names, numbers) but never aligns, and this is the largest data file of each language.
import arPredicates from '../lang/ar/predicates.json' with { type: 'json' };
import enPredicates from '../lang/en/predicates.json' with { type: 'json' };
import enSynonyms from '../lang/en/synonyms.json' with { type: 'json' };
import type { LanguageCode } from '../types.ts';
import { wordMemo } from '../util/word-memo.ts';

/** A language's classes of words of one sense (predicates.json, synonyms.json). */
interface ClassFile {
  language: LanguageCode;
  /** One class per entry: the matching keys of its words, space-separated. */
  classes: string[];
}

interface PredicateFile extends ClassFile {
  /** Pairs of class indexes whose predicates contradict each other on one subject (rise / fall). */
  opposites: number[][];
  /** Folded words that negate a claim. */
  negation: string[];
  /** Folded words or phrases that open an embedded proposition ("after", "وهو ما"). */
  clauses: string[];
  /** Indexes of the classes of reporting predicates ("announced", "denied"). */
  reporting: number[];
  /** Folded words or phrases that open a clause of its own ("and", "amid", "كما"). */
  breaks: string[];
  /** Groups of reporting-cue lemmas whose content is a verdict on an act (censure, praise). */
  verdicts: string[][];
  /** Indexes of the news event classes ("seized", "attacked", "protested"): what an event frame reads. */
  events: number[];
  /** Indexes of the event classes a statement is made on (a meeting, a phone call, a visit). */
  occasions?: number[];
  /** Indexes of the event classes of a result (a vote won, a share obtained): near figures of one are one figure. */
  results?: number[];
  /** Folded words naming the doer of an event whose key is the predicate's own ("demonstrators"). */
  agents: string[];
  /** Matching keys of control and framing verbs ("agreed to", قرر) that pass the predicate to the event after them. */
  controls?: string[];
  /** Matching keys of words of reacting to an event ("condolences", "welcomed"; تعازي، رحب): a reaction is not the event. */
  reactions?: string[];
  /** Folded words opening a relative clause ("who", "where"; الذي، حيث): its predicate is not the sentence's main event. */
  relatives?: string[];
  /** Reporting verbs that also declare an act named by their noun object ("declared martial law"): conjugated forms or matching keys. */
  declarations?: string[];
  /** Folded light verbs making a passive of the verbal noun after them («تم توقيع»): that event word is a verb. */
  lightVerbs?: string[];
  /** Per event class (in `events` order), its folded words, where a frame reads words rather than keys (empty: keys). */
  eventWords: string[];
  /** Per event class, its conjugated verb forms (a verb for sure; a bare word may be a noun, the object of another predicate). */
  eventVerbs: string[];
  /** Clitics glued before and after an event word, stripped before looking it up. */
  eventPrefixes: string[];
  eventSuffixes: string[];
}

/** Predicate classes per language (lang/<code>/predicates.json). */
const PREDICATE_FILES: readonly PredicateFile[] = [arPredicates, enPredicates];

/** Classes of nouns and adjectives of one sense (lang/<code>/synonyms.json): matched as predicate classes are. */
const SYNONYM_FILES: readonly ClassFile[] = [enSynonyms as ClassFile];

let classMap: Map<string, number[]> | null = null;
/** First words of the two-word keys ("take" of "take_control"): most adjacent pairs need no lookup. */
const phraseStarts = new Set<string>();
const opposites = new Map<number, number[]>();
const reporting = new Set<number>();
const events = new Set<number>();
const occasions = new Set<number>();
const results = new Set<number>();
/** The language of each class id. */
const classLanguages: LanguageCode[] = [];

/**
 * The predicate classes of a matching key (ids unique across languages; empty for most words). Keys of
 * different languages do not collide: they are written in their own scripts.
 * @example predicateClasses('seiz').some((c) => predicateClasses('captur').includes(c)) // true
 */
export function predicateClasses(key: string): readonly number[] {
  if (!classMap) {
    const map = new Map<string, number[]>();
    let id = 0;
    for (const file of PREDICATE_FILES) {
      for (const [a, b] of file.opposites) {
        if (a === undefined || b === undefined || a < 0 || b < 0) continue;
        for (const [x, y] of [[id + a, id + b], [id + b, id + a]] as const) opposites.set(x, [...(opposites.get(x) ?? []), y]);
      }
      for (const r of file.reporting) reporting.add(id + r);
      for (const e of file.events) events.add(id + e);
      for (const o of file.occasions ?? []) occasions.add(id + o);
      for (const r of file.results ?? []) results.add(id + r);
      id = addClasses(map, file, id);
    }
    for (const file of SYNONYM_FILES) id = addClasses(map, file, id);
    classMap = map;
  }
  return classMap.get(key) ?? NONE;
}

/** Adds a file's classes to the map from id `id` on; returns the next id. */
function addClasses(map: Map<string, number[]>, file: ClassFile, id: number): number {
  for (const line of file.classes) {
    for (const word of line.split(' ')) {
      const join = word.indexOf('_');
      if (join > 0) phraseStarts.add(word.slice(0, join));
      const list = map.get(word);
      if (list) list.push(id);
      else map.set(word, [id]);
    }
    classLanguages[id] = file.language;
    id++;
  }
  return id;
}

const NONE: readonly number[] = [];

/**
 * The language whose predicates.json holds class `id`.
 * @example classLanguage(predicateClasses('seiz')[0]!) // 'en'
 */
export function classLanguage(id: number): LanguageCode | undefined {
  predicateClasses('');
  return classLanguages[id];
}

/**
 * The classes whose predicates contradict class `id` on one subject ("rise" → "fall").
 * @example oppositeClasses(predicateClasses('rise')[0]).some((c) => predicateClasses('fall').includes(c)) // true
 */
export function oppositeClasses(id: number): readonly number[] {
  predicateClasses('');
  return opposites.get(id) ?? NONE;
}

/**
 * Whether a matching key is a reporting predicate ("announc", "deni"; "اعلن", "نفي").
 * @example isReportingKey('announc') // true
 */
export function isReportingKey(key: string): boolean {
  return predicateClasses(key).some((c) => reporting.has(c));
}

/**
 * The news event classes of a matching key (predicates.json `events`: seized, attacked, protested; no
 * reporting class, no WordNet class), empty for most words.
 * @example eventClasses('torch').some((c) => eventClasses('arson').includes(c)) // true
 */
export function eventClasses(key: string): readonly number[] {
  const all = predicateClasses(key);
  if (all.length === 0) return NONE;
  // Kept per key (frames ask for every word of every unit; the lists are read only).
  let out = eventClassMemo.get(key);
  if (out === undefined) {
    let found: number[] | null = null;
    for (const c of all) if (events.has(c)) (found ??= []).push(c);
    eventClassMemo.set(key, (out = found ?? NONE));
  }
  return out;
}

const eventClassMemo = new Map<string, readonly number[]>();

/**
 * Whether class `id` is a news event class (predicates.json `events`).
 * @example isEventClass(eventClasses('seiz')[0]!) // true
 */
export function isEventClass(id: number): boolean {
  predicateClasses('');
  return events.has(id);
}

/**
 * Of a frame's event classes, those naming an occasion a statement is made on (a meeting, a phone call,
 * a visit), in `lang`'s own classes only.
 * @example occasionsOf('en', eventClasses('meet')).length // 1
 */
export function occasionsOf(lang: LanguageCode, classes: readonly number[]): readonly number[] {
  predicateClasses('');
  let out: number[] | null = null;
  for (const c of classes) if (occasions.has(c) && classLanguages[c] === lang) (out ??= []).push(c);
  return out ?? NONE;
}

/**
 * Whether some of a frame's event classes is a result's (predicates.json `results`: a vote won, a share
 * obtained), whose figure outlets give at other count stages.
 * @example namesResult(eventClasses('obtain')) // true
 */
export function namesResult(classes: readonly number[]): boolean {
  predicateClasses('');
  for (const c of classes) if (results.has(c)) return true;
  return false;
}

interface EventWords {
  classes: Map<string, number[]>;
  verbs: Map<string, number[]>;
  prefixes: readonly string[];
  suffixes: readonly string[];
}
const eventWordMaps = new Map<LanguageCode, EventWords | null>();

function eventWordsOf(lang: LanguageCode): EventWords | null {
  let known = eventWordMaps.get(lang);
  if (known === undefined) {
    known = null;
    let base = 0;
    for (const file of PREDICATE_FILES) {
      if (file.language === lang && file.eventWords.length) {
        const mapOf = (lines: readonly string[]): Map<string, number[]> => {
          const map = new Map<string, number[]>();
          lines.forEach((line, k) => {
            for (const word of line.split(' ')) if (word) map.set(word, [...(map.get(word) ?? []), base + file.events[k]!]);
          });
          return map;
        };
        known = { classes: mapOf(file.eventWords), verbs: mapOf(file.eventVerbs), prefixes: file.eventPrefixes, suffixes: file.eventSuffixes };
      }
      base += file.classes.length;
    }
    eventWordMaps.set(lang, known);
  }
  return known;
}

/**
 * Whether a frame reads `lang`'s event words by their surface forms (its keys are too coarse).
 * @example hasEventWords('ar') // true
 */
export function hasEventWords(lang: LanguageCode): boolean {
  return eventWordsOf(lang) !== null;
}

/** The event classes a word states and whether it is surely a verb (not a noun that may be an object). */
export interface EventWord {
  classes: readonly number[];
  verb: boolean;
}

const NO_EVENT: EventWord = { classes: [], verb: false };

/**
 * The news event classes a folded word states, for an event frame: by its matching key (every word
 * counted a verb), or in a language whose keys are root-like (Arabic: "المشير" and "مشاورات" share
 * one), by the word itself with its glued clitics stripped, a conjugated form counted a verb.
 * @example eventClassesOfWord('ar', 'وسيطرت', 'سطرت').verb // true
 */
export function eventClassesOfWord(lang: LanguageCode, norm: string, key: string): EventWord {
  const words = eventWordsOf(lang);
  if (!words) {
    const classes = eventClasses(key);
    if (!classes.length) return NO_EVENT;
    let word = verbEvents.get(classes);
    if (!word) verbEvents.set(classes, (word = { classes, verb: true }));
    return word;
  }
  // Read by the surface form alone: each form is stripped of its clitics once (frames ask for many).
  return surfaceEventWordMemo(lang, norm);
}

/**
 * Whether a folded word (no clitic) is one of `lang`'s conjugated event verb forms (predicates.json `eventVerbs`).
 * @example isEventVerbForm('ar', 'سيطرت') // true
 */
export function isEventVerbForm(lang: LanguageCode, word: string): boolean {
  return eventWordsOf(lang)?.verbs.has(word) ?? false;
}

/** One read-only answer per class list of a language read by keys (every word there counts a verb). */
const verbEvents = new Map<readonly number[], EventWord>();

const surfaceEventWordMemo = wordMemo((norm: string, lang: string): EventWord => surfaceEventWord(eventWordsOf(lang as LanguageCode)!, norm), 100_000);

function surfaceEventWord(words: EventWords, norm: string): EventWord {
  const look = (word: string): EventWord | null => {
    const verb = words.verbs.get(word);
    if (verb) return { classes: verb, verb: true };
    const plain = words.classes.get(word);
    return plain ? { classes: plain, verb: false } : null;
  };
  for (const prefix of ['', ...words.prefixes]) {
    if (prefix && !(norm.startsWith(prefix) && norm.length >= prefix.length + 3)) continue;
    const rest = norm.slice(prefix.length);
    const found = look(rest);
    if (found) return found;
    for (const suffix of words.suffixes) {
      if (rest.length >= suffix.length + 3 && rest.endsWith(suffix)) {
        const stem = look(rest.slice(0, -suffix.length));
        if (stem) return stem;
      }
    }
  }
  return NO_EVENT;
}

/**
 * Whether a folded word names the doer of an event rather than the event ("demonstrators").
 * @example isAgentWord('en', 'protesters') // true
 */
export function isAgentWord(lang: LanguageCode, norm: string): boolean {
  return agentsOf(lang).has(norm);
}

/**
 * Whether a matching key is a control or framing verb's ("agreed to release", "decided to allow"):
 * the event after it is the claim's predicate.
 * @example isControlKey('en', 'agre') // true
 */
export function isControlKey(lang: LanguageCode, key: string): boolean {
  return controlsOf(lang).has(key);
}

/**
 * Whether a matching key is a word of reacting to an event (condolence, welcome, condemnation, praise;
 * تعزية، ترحيب، إدانة، إشادة): "offered condolences on the death of …" names the death, and is not it.
 * @example isReactionKey('en', 'condol') // true
 */
export function isReactionKey(lang: LanguageCode, key: string): boolean {
  return reactionsOf(lang).has(key);
}

/**
 * Whether a folded word opens a relative clause in `lang` ("the town where police fired"): the event
 * right after it tells about a noun of the sentence, not the sentence's own event.
 * @example isRelativeWord('en', 'where') // true
 */
export function isRelativeWord(lang: LanguageCode, norm: string): boolean {
  return relativesOf(lang).has(norm);
}

/** Per language, one word list of predicates.json as a set, made on first ask. */
function fileWords(field: 'declarations' | 'lightVerbs' | 'agents' | 'controls' | 'reactions' | 'relatives' | 'negation'): (lang: LanguageCode) => ReadonlySet<string> {
  const sets = new Map<LanguageCode, ReadonlySet<string>>();
  return (lang) => {
    let set = sets.get(lang);
    if (!set) sets.set(lang, (set = new Set(PREDICATE_FILES.find((f) => f.language === lang)?.[field] ?? [])));
    return set;
  };
}

const declarationsOf = fileWords('declarations');
const agentsOf = fileWords('agents');
const controlsOf = fileWords('controls');
const reactionsOf = fileWords('reactions');
const relativesOf = fileWords('relatives');
const negationsOf = fileWords('negation');

/**
 * Whether a word is a verb that declares an act named by its noun object ("declared martial law",
 * «أعلن حالة الطوارئ»): by its conjugated form (Arabic) or its matching key.
 * @example isDeclaration('en', 'declared', 'declar') // true
 */
export function isDeclaration(lang: LanguageCode, norm: string, key: string): boolean {
  const set = declarationsOf(lang);
  if (set.size === 0) return false;
  return set.has(key) || hasGlued(lang, set, norm);
}

/** Whether a folded word, or it without a conjunction glued on it («وأعلن»: the event words' clitics), is in `set`. */
function hasGlued(lang: LanguageCode, set: ReadonlySet<string>, norm: string): boolean {
  if (set.has(norm)) return true;
  for (const prefix of eventWordsOf(lang)?.prefixes ?? NO_PREFIXES) if (norm.length >= prefix.length + 2 && norm.startsWith(prefix) && set.has(norm.slice(prefix.length))) return true;
  return false;
}

const lightVerbsOf = fileWords('lightVerbs');

/**
 * Whether a folded word is a light verb making a passive of the verbal noun after it («تم توقيع الاتفاق»:
 * the agreement was signed): that noun is the clause's verb.
 * @example isLightVerb('ar', 'وتم') // true
 */
export function isLightVerb(lang: LanguageCode, norm: string): boolean {
  const set = lightVerbsOf(lang);
  return set.size > 0 && hasGlued(lang, set, norm);
}

const NO_PREFIXES: readonly string[] = [];

/**
 * The reporting classes of a matching key ("declar" → the class of announce, declare, proclaim).
 * @example reportingClasses('declar').length // 1
 */
export function reportingClasses(key: string): readonly number[] {
  const all = predicateClasses(key);
  let out: number[] | null = null;
  for (const c of all) if (reporting.has(c)) (out ??= []).push(c);
  return out ?? NONE;
}

const verdictMaps = new Map<LanguageCode, Map<string, number[]>>();

/**
 * The verdict groups of a reporting cue's lemma (lang/<code>/predicates.json `verdicts`): cues whose
 * content is a verdict on an act ("condemned the move as a coup"); empty for other cues.
 * @example verdictGroups('en', 'decry').some((g) => verdictGroups('en', 'accuse').includes(g)) // true
 */
export function verdictGroups(lang: LanguageCode, lemma: string): readonly number[] {
  let map = verdictMaps.get(lang);
  if (!map) {
    map = new Map();
    (PREDICATE_FILES.find((f) => f.language === lang)?.verdicts ?? []).forEach((group, g) => {
      for (const entry of group) map!.set(entry, [...(map!.get(entry) ?? []), g]);
    });
    verdictMaps.set(lang, map);
  }
  return map.get(lemma) ?? NONE;
}

/**
 * The folded words that negate a claim in `lang` ("not", "denied"; "لم", "نفى").
 * @example negationWords('en').has('not') // true
 */
export function negationWords(lang: LanguageCode): ReadonlySet<string> {
  return negationsOf(lang);
}

/**
 * The two-word predicate keys of a claim ("took control" → "take_control"), to add to its terms so
 * their classes count; empty when none of its adjacent keys form one.
 * @example phraseKeys(['rebel', 'take', 'control', 'citi']) // ['take_control']
 */
export function phraseKeys(keys: readonly string[]): string[] {
  let out: string[] | null = null;
  predicateClasses('');
  for (let k = 0; k + 1 < keys.length; k++) {
    if (!phraseStarts.has(keys[k]!)) continue;
    const phrase = `${keys[k]}_${keys[k + 1]}`;
    if (predicateClasses(phrase).length) (out ??= []).push(phrase);
  }
  return out ?? [];
}

/**
 * The two-word predicate key of two adjacent keys ("took control" → "take_control"), or null: `phraseKeys`
 * for one pair, with no list made (event frames ask for every adjacent pair).
 * @example phraseKey('take', 'control') // 'take_control'
 */
export function phraseKey(first: string, second: string): string | null {
  predicateClasses('');
  if (!phraseStarts.has(first)) return null;
  const phrase = `${first}_${second}`;
  return predicateClasses(phrase).length ? phrase : null;
}

interface Markers {
  markers: string[][];
  starts: Set<string>;
}
const clauseMarkers = new Map<LanguageCode, Map<string, Markers>>();

function markersOf(lang: LanguageCode, kind: 'clauses' | 'breaks'): Markers {
  let byKind = clauseMarkers.get(lang);
  if (!byKind) clauseMarkers.set(lang, (byKind = new Map()));
  let known = byKind.get(kind);
  if (!known) {
    const markers = (PREDICATE_FILES.find((f) => f.language === lang)?.[kind] ?? []).map((m) => m.split(' '));
    known = { markers, starts: new Set(markers.map((m) => m[0]!)) };
    byKind.set(kind, known);
  }
  return known;
}

/**
 * Splits a claim's folded words into its propositions at the words that open an embedded report
 * ("markets rose after the ministry announced the deal" → two), where one side `isReport` and both
 * keep at least `minWords` words that are not `isStop`; one part (the whole) when it cannot be split.
 * `everyClause`: split at every clause break ("and", "amid", "كما"), report or not, and before a word
 * `opensClause` tells opens one (a conjunction glued on a verb, a word after a comma: by word and index; the
 * word stays in the clause it opens).
 * @example propositionParts(['markets', 'rose', 'after', 'bank', 'announced', 'cut'], 'en', () => false, 2, (p) => p.includes('announced')) // [['markets', 'rose'], ['bank', 'announced', 'cut']]
 */
export function propositionParts(
  norms: string[],
  lang: LanguageCode,
  isStop: (norm: string) => boolean,
  minWords: number,
  isReport: (part: readonly string[]) => boolean,
  everyClause = false,
  opensClause?: (norm: string, k: number) => boolean,
): string[][] {
  const { markers, starts } = markersOf(lang, everyClause ? 'breaks' : 'clauses');
  const glued = everyClause ? opensClause : undefined;
  if (markers.length === 0 && !glued) return [norms];
  let parts: string[][] | null = null;
  let start = 0;
  for (let k = 1; k < norms.length; k++) {
    const marker = starts.has(norms[k]!) ? markerAt(markers, norms, k) : undefined;
    if (!marker) {
      if (!glued?.(norms[k]!, k)) continue;
      // A glued opener: the word stays, first of the clause it opens.
      if (contentCount(norms, start, k, isStop) < minWords || contentCount(norms, k, norms.length, isStop) < minWords) continue;
      (parts ??= []).push(norms.slice(start, k));
      start = k;
      continue;
    }
    // Counted in place; the sides are sliced only for a split that may hold (a long sentence meets many markers).
    if (contentCount(norms, start, k, isStop) < minWords || contentCount(norms, k + marker.length, norms.length, isStop) < minWords) continue;
    const before = norms.slice(start, k);
    if (everyClause || isReport(norms.slice(k + marker.length)) || isReport(before)) {
      (parts ??= []).push(before);
      start = k + marker.length;
      k = start;
    }
  }
  if (parts === null) return [norms];
  parts.push(norms.slice(start));
  return parts;
}

/** The marker (a list of words) that starts at word k of `norms`, if any (the first listed). */
function markerAt(markers: readonly string[][], norms: readonly string[], k: number): string[] | undefined {
  for (const m of markers) {
    let all = true;
    for (let n = 0; n < m.length && all; n++) all = norms[k + n] === m[n];
    if (all) return m;
  }
  return undefined;
}

function contentCount(norms: readonly string[], from: number, to: number, isStop: (norm: string) => boolean): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!isStop(norms[k]!)) n++;
  return n;
}
