/**
 * Event frames: who states a claim, what event its main predicate names and who does it, read from
 * what the pipeline already has (the attribution's source, the case's resolved entities, the news
 * event classes of lang/<code>/predicates.json). Two claims of one story share its actors and places;
 * their frames tell "the same event in other words" from "another event of the story": another
 * speaker's statement, another event type, another doer of another act are other rows (issue 8).
 */
import type { EntityIndex, EntityKind, IndexedMention } from '../entities/index.ts';
import { wordNorms, wordSpans } from '../normalize/index.ts';
import type { Claim, LanguageCode } from '../types.ts';
import { wordMemo } from '../util/word-memo.ts';
import { eventClasses, eventClassesOfWord, hasEventWords, isControlKey, phraseKey, reportingClasses } from './predicates.ts';
import { wordFactsOf } from './word-facts.ts';
import type { WordFacts } from './word-facts.ts';

export interface EventFrame {
  /** Event classes of the main predicate: the first word of the unit naming an event (its doer aside). */
  main: readonly number[];
  /** Every event class the unit's words name. */
  events: readonly number[];
  /** Whether the main predicate is surely a verb (a noun may be the object of another predicate: "called the visit a last chance"). */
  verb: boolean;
  /** Index of the main predicate among the unit's words (-1: the cue is the predicate, or there is none). */
  at?: number;
  /** The resolved entity that states the claim (its source names it), or null (own voice, anonymous, unresolved). */
  speaker: string | null;
  /** The resolved entity doing the main predicate, by simple word order, or null. */
  subject: string | null;
}

/** What a frame is read from: one alignment unit (a claim, or one proposition of a split sentence). */
export interface FrameInput {
  claim: Claim;
  language: LanguageCode;
  /** The unit's folded words (of the claim's proposition text, see prepare.ts `propositionText`). */
  norms: readonly string[];
  /** Index of the unit's first word among the words of the claim's proposition text. */
  firstWord: number;
  /** The claim's proposition text (its source and cue blanked, offsets kept); read only for the subject. */
  text: () => string;
  /** The matching key of a folded word (null for a stop word). */
  keyOf: (norm: string) => string | null;
  /** The offsets of the words of `text()` (`wordSpans`: word k at 2k, 2k + 1), where the caller keeps them per claim. */
  spans?: () => Int32Array;
}

const NONE: readonly number[] = [];

/**
 * The main event of a statement whose cue names none ("said"): the statement. Two statements share it; an
 * own-voice event does not. No class of predicates.json has this id (theirs count from 0).
 */
export const STATEMENT = -1;
const STATEMENT_MAIN: readonly number[] = [STATEMENT];

/** Kinds of entity that do things or state them (a place is where, not who). */
const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'organization', 'group', 'other']);

/** Words before (SVO) or after (VSO) a predicate that its subject may stand at. */
const SUBJECT_BEFORE = 8;
const SUBJECT_AFTER = 3;

/**
 * How a frame reads the event of a relative clause ("bodies were found where police had fired"): 'off',
 * as any other; 'defer', the main predicate only when the sentence names no other event; 'skip', never
 * the main predicate (the sentence's own predicate, unread, is not the relative's).
 */
export type RelativeMain = 'off' | 'defer' | 'skip';

/** Words after a relative word within which its clause's predicate comes ("where police had fired"). */
const RELATIVE_REACH = 5;

/**
 * The event frame of one unit.
 * @example eventFrame(unit, entities).main // the classes of "seized" in "rebels seized the town"
 */
export function eventFrame(unit: FrameInput, entities: EntityIndex | null, kinds: ReadonlyMap<string, EntityKind> | null, relatives: RelativeMain = 'off'): EventFrame {
  const { norms, language, keyOf } = unit;
  let main: readonly number[] = NONE;
  let mainAt = -1;
  let verb = false;
  // Few classes per unit: a list checked before each push keeps a Set's first-insertion order.
  let events: number[] | null = null;
  // The words' keys and facts in scratch lists (read within this call only); each distinct word read once (word-facts.ts).
  const keys = scratchKeys;
  const facts = scratchFacts;
  const factsOf = wordFactsOf(language, keyOf);
  keys.length = norms.length;
  facts.length = norms.length;
  for (let k = 0; k < norms.length; k++) keys[k] = (facts[k] = factsOf(norms[k]!)).key;
  // A cue that is itself an event ("welcomed", "رحب") is the claim's predicate: its content is the object.
  const cue = unit.claim.attribution?.cue;
  // Whether the main predicate is a verb by its form or the cue, not by opening the unit (a guess a light verb's passive overrides).
  let sure = false;
  // Word index up to which an event may still take the main predicate from a control verb before it (-1: none).
  let controlReach = -1;
  if (cue && unit.firstWord === 0) {
    for (const norm of cueNorms(cue.text, language)) {
      const key = keyOf(norm);
      // A cue word read by keys that the case's words never hold ("said": the cue is blanked from the
      // proposition) makes the statement itself the main event (STATEMENT). It was looked up as the
      // empty key, which met the classes written as surface forms only (another language's).
      const classes = key === null && !hasEventWords(language) ? STATEMENT_MAIN : eventClassesOfWord(language, norm, key ?? '').classes;
      if (classes.length === 0) continue;
      main = classes;
      verb = true;
      sure = true;
      for (const c of classes) if (!(events ??= []).includes(c)) events.push(c);
      // A control cue ("agreed to …") passes the predicate to the event its content opens with.
      if (isControlKey(language, key ?? '')) controlReach = CONTROL_REACH - 1;
      break;
    }
  }
  let firstContent = true;
  // Word index up to which an event is a relative clause's predicate (-1: none), and that event's classes.
  let relativeReach = -1;
  let deferred: readonly number[] = NONE;
  let deferredAt = -1;
  let deferredVerb = false;
  // Word index up to which an event word is the passive verb of a light verb before it («تم توقيع»; -1: none).
  let lightReach = -1;
  for (let k = 0; k < norms.length; k++) {
    const key = keys[k];
    const word = facts[k]!;
    if (word.light) {
      lightReach = k + LIGHT_REACH;
      continue;
    }
    if (!key) {
      if (relatives !== 'off' && k > 0 && word.relative) relativeReach = k + RELATIVE_REACH;
      continue;
    }
    // A word opening the unit (stop words aside) is its verb where the language puts the verb first.
    const opening = firstContent;
    firstContent = false;
    if (word.agent) continue;
    // A two-word predicate ("set fire") is one predicate, before its second word alone ("fire").
    const next = keys[k + 1];
    const phrase = next ? phraseKey(key, next) : null;
    // A two-word predicate is a verb where words are read by keys ("set fire"); in Arabic it may be a noun phrase ("إطلاق النار").
    const found = phrase !== null ? { classes: eventClasses(phrase), verb: !hasEventWords(language) } : word.event;
    // A declaring verb left in the words (no cue: no clause follows) with no event word right after it
    // ("declared martial law") states the declaration as the event, of its own class.
    const declared = found.classes.length === 0 && phrase === null && word.declaration && !eventAfter(keys, facts, k) ? reportingClasses(key) : NONE;
    const classes = declared.length ? declared : found.classes;
    if (classes.length === 0) continue;
    const light = k <= lightReach;
    const isVerb = found.verb || opening || declared.length > 0 || light;
    lightReach = -1;
    for (const c of classes) if (!(events ??= []).includes(c)) events.push(c);
    // A relative clause's predicate tells about a noun of the sentence: the clause ends with it.
    if (k <= relativeReach) {
      relativeReach = -1;
      if (deferredAt < 0) {
        deferred = classes;
        deferredAt = k;
        deferredVerb = isVerb;
      }
      if (phrase !== null) k++;
      continue;
    }
    // The first verb is the main predicate; a noun only until a verb comes; an event closely after a
    // control verb ("agreed to release", "قرر إطلاق") takes it from that verb.
    // A declaration is the main event only where nothing else is yet ("voted to lift the law declared by …" is a lifting).
    // A light verb's passive («تم توقيع») takes it from a predicate only guessed a verb by opening the unit.
    if ((mainAt < 0 && main.length === 0) || (isVerb && !verb) || (light && !sure) || (k <= controlReach && declared.length === 0)) {
      sure = found.verb || light || declared.length > 0 || k <= controlReach;
      main = classes;
      verb = isVerb || k <= controlReach;
      mainAt = k;
      controlReach = -1;
      if (isControlKey(language, key)) controlReach = k + CONTROL_REACH;
    }
    if (phrase !== null) k++;
  }
  if (relatives === 'defer' && main.length === 0 && deferredAt >= 0) {
    main = deferred;
    verb = deferredVerb;
    mainAt = deferredAt;
  }
  keys.length = 0;
  facts.length = 0;
  const mentions = entities ? entities.byArticle.get(unit.claim.articleId) ?? NO_MENTIONS : NO_MENTIONS;
  return new Frame(main, events ?? NONE, verb, mainAt, mentions.length ? speakerOf(unit.claim, mentions, kinds) : null, unit, mentions, kinds);
}

/** Words after a declaring verb within which an event word makes that event the declared act ("announced his resignation"). */
const DECLARED_REACH = 3;

/** Whether an event word comes within DECLARED_REACH words after word `k` (or no word does: nothing is declared). */
function eventAfter(keys: readonly (string | null)[], facts: readonly WordFacts[], k: number): boolean {
  let content = 0;
  for (let n = k + 1; n < keys.length && n <= k + DECLARED_REACH; n++) {
    const key = keys[n];
    if (!key) continue;
    content++;
    if (facts[n]!.event.classes.length) return true;
  }
  return content === 0;
}

/** An event frame whose subject is read when first asked for (it reads the claim's word offsets; few pairs ask). */
class Frame implements EventFrame {
  private read: string | null | undefined;
  constructor(
    readonly main: readonly number[],
    readonly events: readonly number[],
    readonly verb: boolean,
    readonly at: number,
    readonly speaker: string | null,
    private readonly unit: FrameInput,
    private readonly mentions: readonly IndexedMention[],
    private readonly kinds: ReadonlyMap<string, EntityKind> | null,
  ) {
    this.read = mentions.length && at >= 0 ? undefined : null;
  }

  get subject(): string | null {
    if (this.read === undefined) this.read = subjectOf(this.unit, this.at, this.mentions, this.kinds);
    return this.read;
  }
}

const scratchKeys: (string | null)[] = [];
const scratchFacts: WordFacts[] = [];

/** The folded words of a cue's text, per language (a case has few distinct cues and many claims). */
const cueNormsMemo = wordMemo((text: string, language: string): readonly string[] => wordNorms(text, language as LanguageCode), 10_000);
const cueNorms = (text: string, language: LanguageCode): readonly string[] => cueNormsMemo(language, text);

/** Words after a light verb within which its verbal noun comes («تم أمس توقيع»). */
const LIGHT_REACH = 2;

/** Words after a control verb within which the event it introduces comes ("agreed on Monday to release"). */
const CONTROL_REACH = 4;
const NO_MENTIONS: readonly IndexedMention[] = [];

/**
 * The first person entity named inside the claim's stated source. Organisations are left out: outlets
 * name one office in many ways ("the ministry", "the regime", "the electoral commission") that the
 * entities stage does not all join.
 */
function speakerOf(claim: Claim, mentions: readonly IndexedMention[], kinds: ReadonlyMap<string, EntityKind> | null): string | null {
  const source = claim.attribution?.source;
  if (!source || source.kind === 'anonymous' || source.kind === 'media') return null;
  for (let k = firstFrom(mentions, source.start); k < mentions.length && mentions[k]!.start < source.end; k++) {
    const m = mentions[k]!;
    if (m.end <= source.end && kinds?.get(m.entityId) === 'person') return m.entityId;
  }
  return null;
}

/**
 * The actor entity doing the predicate at word `at` of the unit: one named right after it (verb first,
 * "سيطرت قوات …") or, failing that, the nearest named before it ("the rebels seized …").
 */
function subjectOf(unit: FrameInput, at: number, mentions: readonly IndexedMention[], kinds: ReadonlyMap<string, EntityKind> | null): string | null {
  const text = unit.text();
  const spans = unitSpans(unit);
  const words = spans.length / 2;
  const index = unit.firstWord + at;
  if (index < 0 || index >= words) return null;
  const claimStart = unit.claim.start;
  const last = unit.firstWord + unit.norms.length - 1;
  const unitStart = (unit.firstWord < words ? spans[2 * unit.firstWord]! : 0) + claimStart;
  const unitEnd = (last >= 0 && last < words ? spans[2 * last + 1]! : text.length) + claimStart;
  const after = spans[2 * Math.min(words - 1, index + SUBJECT_AFTER) + 1]! + claimStart;
  const before = spans[2 * Math.max(unit.firstWord, index - SUBJECT_BEFORE)]! + claimStart;
  const predicateStart = spans[2 * index]! + claimStart;
  const predicateEnd = spans[2 * index + 1]! + claimStart;
  let best: string | null = null;
  for (let k = firstFrom(mentions, Math.max(unitStart, before)); k < mentions.length && mentions[k]!.start < Math.min(unitEnd, after); k++) {
    const m = mentions[k]!;
    if (!isActor(m.entityId, kinds)) continue;
    if (m.start >= predicateEnd && unit.language === 'ar') return m.entityId;
    if (m.end <= predicateStart) best = m.entityId;
  }
  return best;
}

/** The word offsets of a unit's claim's proposition text: the caller's kept ones, or read now. */
export function unitSpans(unit: FrameInput): Int32Array {
  return unit.spans ? unit.spans() : wordSpans(unit.text(), unit.language);
}

/** The first of `mentions` (sorted by start) starting at or after `start`: firstIndex without a closure per call. */
function firstFrom(mentions: readonly IndexedMention[], start: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start >= start) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether an entity may do or state things (a person, a body; not a place), unknown kinds counted. */
export function isActor(entityId: string, kinds: ReadonlyMap<string, EntityKind> | null): boolean {
  const kind = kinds?.get(entityId);
  return kind === undefined || ACTOR_KINDS.has(kind);
}

/** What tells two frames apart (null: nothing does). */
export type FrameConflict = 'speaker' | 'event' | 'subject' | null;

/**
 * Whether two units' frames state other events: other resolved speakers; main event predicates of
 * classes the other unit names nowhere ("welcomed the talks" / "will consult on the talks"); other
 * subjects doing predicates of other classes.
 * @example frameConflict({ main: [1], events: [1], verb: true, speaker: null, subject: null }, { main: [2], events: [2], verb: true, speaker: null, subject: null }) // 'event'
 */
export function frameConflict(a: EventFrame, b: EventFrame): FrameConflict {
  if (a.speaker && b.speaker && a.speaker !== b.speaker) return 'speaker';
  // Two claims whose only event words are nouns may name them as objects: nothing tells them apart.
  if (a.main.length && b.main.length && (a.verb || b.verb)) {
    if (!overlaps(a.main, b.events) && !overlaps(b.main, a.events)) return 'event';
    if (!overlaps(a.main, b.main) && a.subject && b.subject && a.subject !== b.subject) return 'subject';
  }
  return null;
}

/** Whether two lists of classes share one. */
export function overlaps(x: readonly number[], y: readonly number[]): boolean {
  for (const c of x) if (y.includes(c)) return true;
  return false;
}

/**
 * Whether the main event of one frame is among the events of the other ("seized" / "the capture of").
 * @example sharesEvent({ main: [1], events: [1], verb: true, speaker: null, subject: null }, { main: [2], events: [2, 1], verb: true, speaker: null, subject: null }) // true
 */
export function sharesEvent(a: EventFrame, b: EventFrame): boolean {
  return (a.main.length > 0 && overlaps(a.main, b.events)) || (b.main.length > 0 && overlaps(b.main, a.events));
}
