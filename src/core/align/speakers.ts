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

/** Whether one unit's source is named and the other's anonymous (other speakers' statements). */
export function namedBesideAnonymous(kinds: Uint8Array, i: number, j: number): boolean {
  return (kinds[i]! | kinds[j]!) === (SPEAKER_ANONYMOUS | SPEAKER_NAMED);
}
