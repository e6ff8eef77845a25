/**
 * The arguments of a unit's main predicate, read cheaply: what it acts on (the head words of its object
 * or theme), the figures it states (folded: "600 basis points" = "6 percentage points" = "6%"), and its
 * dates. Two sentences of one story share its actors and places; what tells "the same event in other
 * words" from "another event of the story" is often the predicate's object ("raised interest rates" /
 * "raised the inflation target") or its figure. The doer and the place come from the event frame
 * (frames.ts) and the pair's place terms (vectors.ts). Language knowledge (words that are never an
 * object head, the names of a basis point) is in lang/<code>/roles.json.
 */
import type { EntityIndex, IndexedMention } from '../entities/index.ts';
import arRoles from '../lang/ar/roles.json' with { type: 'json' };
import enRoles from '../lang/en/roles.json' with { type: 'json' };
import { foldForMatch } from '../normalize/index.ts';
import { extractQuantities } from '../quantities/index.ts';
import type { LanguageCode } from '../types.ts';
import { firstIndex } from '../util/sorted.ts';
import type { EventFrame } from './frames.ts';
import type { FrameInput } from './frames.ts';
import { unitSpans } from './frames.ts';
import { eventClassesOfWord, isAgentWord, phraseKeys } from './predicates.ts';

interface RolesFile {
  language: string;
  /** Folded words that stand between a predicate and its object without being its head ("also", "sharply", "أمس"). */
  notObject: string[];
  /** Folded phrases naming a hundredth of a percentage point, after a figure ("basis points", "نقطة أساس"). */
  basisPoints: string[];
}

const ROLE_FILES: readonly RolesFile[] = [arRoles, enRoles];

/** The arguments of one unit's main predicate. */
export interface Roles {
  /** Matching keys of the object / theme head: the first content words after the predicate, names left out. */
  objects: readonly string[];
  /** Every event predicate of the unit with its object heads ("decided to allow …, raising interest rates": two acts). */
  acts: readonly Act[];
  /** Figures the unit states (years and dates aside), as values: a percentage and its points fold to one. */
  figures: readonly number[];
  /** Dates the unit states, as quantity keys ("year:2019", "date:3-3", "weekday:1"). */
  dates: readonly string[];
}

/** An event predicate of a unit (its news event classes) and the head words of what it acts on. */
export interface Act {
  classes: readonly number[];
  objects: readonly string[];
}

/** Content words after the predicate that may be its object's head ("interest rates by 6%": interest, rate). */
const OBJECT_WORDS = 3;
const NONE: readonly never[] = [];
export const NO_ROLES: Roles = { objects: NONE, acts: NONE, figures: NONE, dates: NONE };

interface RoleWords {
  notObject: ReadonlySet<string>;
  basisPoints: readonly string[][];
}
const roleWords = new Map<string, RoleWords>();

function wordsOf(lang: LanguageCode): RoleWords {
  let words = roleWords.get(lang);
  if (!words) {
    const file = ROLE_FILES.find((f) => f.language === lang);
    words = {
      notObject: new Set((file?.notObject ?? []).map((w) => foldForMatch(w))),
      basisPoints: (file?.basisPoints ?? []).map((p) => foldForMatch(p).trim().split(/\s+/)),
    };
    roleWords.set(lang, words);
  }
  return words;
}

/**
 * The roles of one unit given its event frame (none when it has no main predicate: nothing to read).
 * `figures` false: the unit states no figure (its terms hold no digit), its quantities are not read.
 * @example readRoles(unit, frame, entities).objects // ['interest', 'rate'] for "the bank raised interest rates by 6%"
 */
export function readRoles(unit: FrameInput, frame: EventFrame, entities: EntityIndex | null, figures = true): Roles {
  if (frame.main.length === 0) return NO_ROLES;
  const { norms, language, keyOf } = unit;
  const read = unitWords(unit);
  if (!read) return NO_ROLES;
  const { text, spans } = read;
  const claimStart = unit.claim.start;
  const mentions = entities?.byArticle.get(unit.claim.articleId) ?? NO_MENTIONS;
  // Words inside a name (the doer after an Arabic verb, a place) are not the object's head.
  const named = (k: number): boolean => {
    const word = unit.firstWord + k;
    if (word >= spans.length / 2) return false;
    if (mentions.length === 0) return false;
    const start = spans[2 * word]! + claimStart;
    // Mentions are sorted by start: the few starting at or before the word may cover it.
    const after = firstIndex(mentions.length, (i) => mentions[i]!.start > start);
    for (let m = after - 1; m >= 0 && m >= after - 4; m--) if (mentions[m]!.end > start) return true;
    return false;
  };
  const words = wordsOf(language);
  const keys = norms.map((norm) => keyOf(norm));
  // The object heads of a predicate at word `at` (-1: the cue), skipping a two-word predicate's second word.
  const objectsAfter = (at: number): string[] => {
    let from = at + 1;
    const key = at >= 0 ? keys[at] : null;
    const next = key ? nextKey(keys, from) : -1;
    if (key && next >= 0 && phraseKeys([key, keys[next]!]).length) from = next + 1;
    const out: string[] = [];
    for (let k = from; k < norms.length && out.length < OBJECT_WORDS; k++) {
      const norm = norms[k]!;
      const word = keys[k];
      if (!word || words.notObject.has(norm) || /^\d/u.test(norm) || /^\d/u.test(word) || named(k)) continue;
      if (!out.includes(word)) out.push(word);
    }
    return out;
  };
  const objects = objectsAfter(frame.at ?? -1);
  const acts: Act[] = [];
  for (let k = 0; k < norms.length; k++) {
    const key = keys[k];
    if (!key || isAgentWord(language, norms[k]!)) continue;
    const classes = eventClassesOfWord(language, norms[k]!, key).classes;
    if (classes.length) acts.push({ classes, objects: objectsAfter(k) });
  }
  if (!figures) return { objects, acts: acts.length ? acts : NONE, figures: NONE, dates: NONE };
  const span = text.slice(read.start, read.end);
  const values: number[] = [];
  const dates: string[] = [];
  for (const q of extractQuantities(span, language)) {
    const kind = q.key.slice(0, q.key.indexOf(':'));
    // "one of the demands" is no count: a bare 1 tells nothing.
    if (kind === 'n' && q.value === 1) continue;
    if (kind === 'n' || kind === 'pct') {
      const value = basisPointsAfter(span, q.end, words.basisPoints) ? q.value / 100 : q.value;
      const folded = Math.round(value * 1e4) / 1e4;
      if (!values.includes(folded)) values.push(folded);
    } else if (!dates.includes(q.key)) dates.push(q.key);
  }
  return { objects, acts: acts.length ? acts : NONE, figures: values.length ? values : NONE, dates: dates.length ? dates : NONE };
}

/** A unit's words in its claim's proposition text: their offsets (`wordSpans`), the unit's start and end (null: the unit has none). */
export interface UnitWords {
  text: string;
  spans: Int32Array;
  start: number;
  end: number;
}

/**
 * The word offsets of a unit's claim's proposition text and where the unit's first word starts and its last ends.
 * @example unitWords(unit)?.start // offset of the unit's first word in its claim's text
 */
export function unitWords(unit: FrameInput): UnitWords | null {
  const text = unit.text();
  const spans = unitSpans(unit);
  const words = spans.length / 2;
  // A unit's words may run past its claim's text (a sentence continued in the next claim, aligned as one unit): read up to the text's end.
  const last = Math.min(words, unit.firstWord + unit.norms.length) - 1;
  return unit.firstWord < words && last >= 0 ? { text, spans, start: spans[2 * unit.firstWord]!, end: spans[2 * last + 1]! } : null;
}

const NO_MENTIONS: readonly IndexedMention[] = [];

function nextKey(keys: readonly (string | null)[], from: number): number {
  for (let k = from; k < keys.length; k++) if (keys[k]) return k;
  return -1;
}

/**
 * Whether the words right after offset `end` of `text` in `lang` name basis points ("600 basis points":
 * the figure states 6 %).
 */
export function namesBasisPointsAfter(text: string, end: number, lang: LanguageCode): boolean {
  return basisPointsAfter(text, end, wordsOf(lang).basisPoints);
}

/** Whether the words right after offset `end` of `text` name basis points. */
function basisPointsAfter(text: string, end: number, phrases: readonly string[][]): boolean {
  if (phrases.length === 0) return false;
  const after = foldForMatch(text.slice(end, end + 40)).trim().split(/\s+/);
  return phrases.some((p) => p.every((w, k) => after[k] === w));
}

/** How two units' roles compare. */
export interface RoleMatch {
  /** They share an object head word. */
  object: boolean;
  /** Both read an object, and no head word of either is anywhere in the other unit. */
  otherObject: boolean;
  /** Two predicates of one event class act on a shared object head ("hiked interest rates" / "raising interest rates"). */
  act: boolean;
  /** They share a figure. */
  figure: boolean;
  /** Both state figures (folded) and share none. */
  otherFigure: boolean;
  /** Both state dates of one kind and share none. */
  otherDate: boolean;
}

/**
 * Compares two units' roles; `keysA` / `keysB`: every matching key of each unit (an object of one named
 * anywhere in the other is no conflict: "the capture of the HQ" / "the HQ was captured").
 * @example compareRoles(a, b, keysA, keysB).object // true for "raised interest rates" / "hiked rates"
 */
export function compareRoles(a: Roles, b: Roles, keysA: ReadonlySet<string>, keysB: ReadonlySet<string>, telling: (key: string) => boolean = ALWAYS): RoleMatch {
  // A shared head counts when it tells claims apart: the story's main actor or place, named after most predicates, does not.
  const object = a.objects.some((o) => b.objects.includes(o) && telling(o));
  const otherObject = !object && a.objects.length > 0 && b.objects.length > 0 && !a.objects.some((o) => keysB.has(o)) && !b.objects.some((o) => keysA.has(o));
  const figure = a.figures.some((f) => b.figures.includes(f));
  const otherFigure = !figure && a.figures.length > 0 && b.figures.length > 0;
  const act = a.acts.some((x) => b.acts.some((y) => x.classes.some((c) => y.classes.includes(c)) && x.objects.some((o) => y.objects.includes(o) && telling(o))));
  return { object, otherObject, act, figure, otherFigure, otherDate: datesDiffer(a.dates, b.dates) };
}

const ALWAYS = (): boolean => true;

function datesDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const kind of ['year:', 'date:', 'month:', 'weekday:']) {
    const x = a.filter((d) => d.startsWith(kind));
    const y = b.filter((d) => d.startsWith(kind));
    if (x.length && y.length && !x.some((d) => y.includes(d))) return true;
  }
  return false;
}
