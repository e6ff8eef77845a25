/**
 * Shares of one result told at other count stages: outlets give a candidate's share of the vote as the
 * count stood when they wrote (61.28 / 61.3 / 60.9 %), in other words ("won", "got", «حصل على», «نال»).
 * Their words share little beyond the name, and their figures are not equal, so neither the word score
 * nor the figure terms join them. A unit whose frame names a result (predicates.json `results`) states
 * shares: its percentages and the actors it names. Two units with a share of one actor within a small
 * relative tolerance state one result.
 */
import type { EntityIndex, EntityKind } from '../entities/index.ts';
import { extractQuantities } from '../quantities/index.ts';
import { firstIndex } from '../util/sorted.ts';
import { isActor } from './frames.ts';
import type { EventFrame, FrameInput } from './frames.ts';
import { namesResult } from './predicates.ts';
import { unitWords } from './roles.ts';

/** The percentages a unit states beside a result and the actors it names (entity ids). */
export interface Shares {
  values: readonly number[];
  actors: readonly string[];
}

const NONE: readonly never[] = [];
export const NO_SHARES: Shares = { values: NONE, actors: NONE };

/**
 * The shares a unit states: none unless its frame names a result, it states a percentage and names an actor.
 * @example readShares(unit, frame, entities, kinds).values // [61.3] for "X got 61.3 % of the vote"
 */
export function readShares(unit: FrameInput, frame: EventFrame, entities: EntityIndex | null, kinds: ReadonlyMap<string, EntityKind> | null): Shares {
  if (!entities || !namesResult(frame.events)) return NO_SHARES;
  const read = unitWords(unit);
  if (!read) return NO_SHARES;
  const values: number[] = [];
  for (const q of extractQuantities(read.text.slice(read.start, read.end), unit.language)) if (q.key.startsWith('pct:') && !values.includes(q.value)) values.push(q.value);
  if (values.length === 0) return NO_SHARES;
  const start = read.start + unit.claim.start;
  const end = read.end + unit.claim.start;
  const mentions = entities.byArticle.get(unit.claim.articleId) ?? NONE;
  const actors: string[] = [];
  for (let k = firstIndex(mentions.length, (i) => mentions[i]!.start >= start); k < mentions.length && mentions[k]!.start < end; k++) {
    const id = mentions[k]!.entityId;
    if (isActor(id, kinds) && !actors.includes(id)) actors.push(id);
  }
  return actors.length ? { values, actors } : NO_SHARES;
}

/**
 * Whether two units state one result: they name an actor in common and a percentage of each is within
 * `tolerance` of the other's, relative to the larger (61.28 / 60.9 at 0.02; not 61 / 58).
 * @example sameShare({ values: [61.28], actors: ['e1'] }, { values: [60.9, 38.7], actors: ['e1', 'e2'] }, 0.02) // true
 */
export function sameShare(a: Shares, b: Shares, tolerance: number): boolean {
  if (a.values.length === 0 || b.values.length === 0 || !a.actors.some((x) => b.actors.includes(x))) return false;
  for (const x of a.values) for (const y of b.values) if (Math.abs(x - y) <= tolerance * Math.max(x, y)) return true;
  return false;
}
