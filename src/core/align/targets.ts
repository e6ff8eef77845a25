/**
 * The entity a unit's main predicate acts on, read cheaply: the first entity named closely after the
 * predicate. Two claims of one story often share every word but the object ("took the city of X" /
 * "took the HQ of the Y Division in X"); where both predicates are of one class and act on other named
 * entities, one of which the other claim never names, they state other events (issue 8).
 */
import type { EntityIndex, IndexedMention } from '../entities/index.ts';
import { firstIndex } from '../util/sorted.ts';
import { unitSpans } from './frames.ts';
import type { EventFrame, FrameInput } from './frames.ts';

/** What a unit's main predicate acts on, and every entity the unit names. */
export interface Target {
  /** The first entity named within TARGET_WORDS words after the main predicate (in verb-first order it may be the doer). */
  target: string | null;
  entities: readonly string[];
}

/** Words after the predicate within which what it acts on is named ("seized full control of the army's HQ"). */
const TARGET_WORDS = 6;
const NONE: readonly string[] = [];
export const NO_TARGET: Target = { target: null, entities: NONE };

/**
 * The target of one unit given its event frame: none where the frame has no predicate word in the unit
 * (a cue standing for it names its object before the unit's words as often as in them).
 * @example readTarget(unit, frame, entities).target // the id of "the 9th Brigade" in "seized the HQ of the 9th Brigade"
 */
export function readTarget(unit: FrameInput, frame: EventFrame, entities: EntityIndex | null): Target {
  const mentions: readonly IndexedMention[] = entities?.byArticle.get(unit.claim.articleId) ?? NONE_MENTIONS;
  if (mentions.length === 0) return NO_TARGET;
  const spans = unitSpans(unit);
  const first = unit.firstWord;
  // A report aligned with its participle clauses has words beyond its claim's own text.
  const last = Math.min(spans.length / 2, first + unit.norms.length) - 1;
  if (last < first) return NO_TARGET;
  const claimStart = unit.claim.start;
  const unitStart = spans[2 * first]! + claimStart;
  const unitEnd = spans[2 * last + 1]! + claimStart;
  const at = first + (frame.at ?? -1);
  const from = at < first || at >= last ? unitEnd : spans[2 * at + 1]! + claimStart;
  const reach = spans[2 * Math.max(first, Math.min(last, at + TARGET_WORDS)) + 1]! + claimStart;
  const named: string[] = [];
  let target: string | null = null;
  for (let k = firstIndex(mentions.length, (i) => mentions[i]!.start >= unitStart); k < mentions.length && mentions[k]!.start < unitEnd; k++) {
    const m = mentions[k]!;
    if (!named.includes(m.entityId)) named.push(m.entityId);
    if (target === null && m.start >= from && m.start < reach) target = m.entityId;
  }
  return named.length ? { target, entities: named } : NO_TARGET;
}

/**
 * Whether two units act on other named entities, one of which the other never names. One-sided on
 * purpose: where the doer comes first (verb-first order) and both name doer and object, each target is
 * named in the other, and nothing conflicts.
 * @example otherTargets({ target: 'city', entities: ['rebels', 'city'] }, { target: 'brigade', entities: ['rebels', 'brigade', 'city'] }) // true
 */
export function otherTargets(a: Target, b: Target): boolean {
  return a.target !== null && b.target !== null && a.target !== b.target && (!b.entities.includes(a.target) || !a.entities.includes(b.target));
}

const NONE_MENTIONS: readonly IndexedMention[] = [];
