/**
 * Who a unit's stated source is, as far as alignment needs it: a named speaker (the source names a
 * resolved entity: "the minister X", "the ministry"), an anonymous one ("an official", "sources close to
 * the army"), or neither (own voice, a source no entity of the case is named in). A named speaker's
 * statement and an anonymous source's are other speakers' statements: other rows (issue 8), unless the
 * words say one thing closely. Two named sources naming other entities are not told apart: outlets
 * name one speaker under several entities (the person, the office, the group it speaks for).
 */
import type { EntityIndex } from '../entities/index.ts';
import type { Claim } from '../types.ts';
import { firstIndex } from '../util/sorted.ts';

/** Speaker kinds per unit. */
export const SPEAKER_NONE = 0;
export const SPEAKER_ANONYMOUS = 1;
export const SPEAKER_NAMED = 2;

/**
 * Each unit's speaker kind (one byte per unit, read once per case).
 * @example speakerKinds([claimSaidByTheMinister, claimOfAnOfficial], entities) // Uint8Array [2, 1]
 */
export function speakerKinds(units: readonly Claim[], entities: EntityIndex): Uint8Array {
  const kinds = new Uint8Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const source = units[u]!.attribution?.source;
    if (!source) continue;
    if (source.kind === 'anonymous') {
      kinds[u] = SPEAKER_ANONYMOUS;
      continue;
    }
    const mentions = entities.byArticle.get(units[u]!.articleId);
    if (!mentions) continue;
    const k = firstIndex(mentions.length, (i) => mentions[i]!.start >= source.start);
    if (k < mentions.length && mentions[k]!.end <= source.end) kinds[u] = SPEAKER_NAMED;
  }
  return kinds;
}

const NO_ENTITIES: readonly string[] = [];

/**
 * Each unit's speaker entities: the resolved entities its stated source names (empty for most units),
 * read once per case.
 * @example speakerEntities([claimSaidByTheMinister], entities) // [['e3']]
 */
export function speakerEntities(units: readonly Claim[], entities: EntityIndex): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const unit of units) {
    const source = unit.attribution?.source;
    const mentions = source ? entities.byArticle.get(unit.articleId) : undefined;
    let named: string[] | null = null;
    if (source && mentions) {
      for (let k = firstIndex(mentions.length, (i) => mentions[i]!.start >= source.start); k < mentions.length && mentions[k]!.end <= source.end; k++) {
        (named ??= []).push(mentions[k]!.entityId);
      }
    }
    out.push(named ?? NO_ENTITIES);
  }
  return out;
}

/** Whether two units' sources name one entity (the same speaker, however each outlet words it). */
export function sameSpeaker(named: readonly (readonly string[])[], i: number, j: number): boolean {
  const a = named[i]!;
  const b = named[j]!;
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Whether one unit's source is named and the other's anonymous (other speakers' statements). */
export function namedBesideAnonymous(kinds: Uint8Array, i: number, j: number): boolean {
  return (kinds[i]! | kinds[j]!) === (SPEAKER_ANONYMOUS | SPEAKER_NAMED);
}

/** No person speaks the unit (own voice, an anonymous or media source, a source naming no person). */
export const NO_PERSON = -1;

/**
 * Each unit's speaking person: the first person entity its stated source names (an anonymous or media
 * source, an office or a group: none), as an index into `entities.entities`; read once per case.
 * @example personSpeakers([claimSaidByTheMinister, ownVoiceClaim], entities) // Int32Array [3, -1]
 */
export function personSpeakers(units: readonly Claim[], entities: EntityIndex): Int32Array {
  const index = new Map<string, number>();
  entities.entities.forEach((e, k) => {
    if (e.kind === 'person') index.set(e.id, k);
  });
  const persons = new Int32Array(units.length).fill(NO_PERSON);
  for (let u = 0; u < units.length; u++) {
    const source = units[u]!.attribution?.source;
    if (!source || source.kind === 'anonymous' || source.kind === 'media') continue;
    const mentions = entities.byArticle.get(units[u]!.articleId);
    if (!mentions) continue;
    for (let k = firstIndex(mentions.length, (i) => mentions[i]!.start >= source.start); k < mentions.length && mentions[k]!.end <= source.end; k++) {
      const person = index.get(mentions[k]!.entityId);
      if (person !== undefined) {
        persons[u] = person;
        break;
      }
    }
  }
  return persons;
}

/**
 * Whether two units are other persons' stances: each names its speaking person, the persons differ,
 * and one unit says little beyond who says it (at most `stanceTerms` content terms: "X rejected the
 * results" / "Y dismissed the results as fabricated"). A statement telling a third party's act at
 * length ("X announced that parliament voted to …") is that act, whoever tells it.
 */
export function otherStances(persons: Int32Array, termCounts: ArrayLike<number>, stanceTerms: number, i: number, j: number): boolean {
  const a = persons[i]!;
  const b = persons[j]!;
  return a !== NO_PERSON && b !== NO_PERSON && a !== b && Math.min(termCounts[i]!, termCounts[j]!) <= stanceTerms;
}
