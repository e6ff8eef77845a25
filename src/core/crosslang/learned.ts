/**
 * Senses the case's joined pairs confirm. An Arabic word stands in the anchors for its first ranked
 * English words only (anchors.ts): the bridge's order among a word's senses is a guess («الفائدة»:
 * purpose, use, benefit … interest), and every further sense made the vectors noisier, whether taken from
 * the whole case (session 12) or per scored pair (session 13, senses.ts). Here the claim pairs the first
 * pass joins on their other anchors (figures, names, bridged words) are parallel text: a further sense
 * the English claims of those pairs write where the word stands, in most of the joined pairs that hold it
 * and none of its first senses, is the sense this case uses it in, and every claim writing the word (in
 * any form the bridge reads as one entry) gets that sense's anchor for a second pass. Counted over the
 * joined pairs only (no all-pairs).
 */
import type { ClaimSenses } from './align.ts';

/** A sense needs this many joined pairs confirming it. */
export const MIN_CONFIRMING_PAIRS = 2;
/** And this share of the joined pairs holding the word with none of its first senses. */
export const MIN_CONFIRMING_SHARE = 0.5;

/** One word's entry: its first senses and its further ones (anchor ids), as a key. */
const entryKey = (choice: ClaimSenses[number]): string => `${choice.first.join(',')}|${choice.further.map((f) => f.id).join(',')}`;

/**
 * The further senses joined pairs `[source claim, English claim]` confirm, by word entry (entryKey).
 * @example confirmedSenses([[0, 1], [2, 3]], senses, vectors) // Map { '12,40|97,…' => [97] } (97: w:interest)
 */
export function confirmedSenses(pairs: readonly (readonly [number, number])[], senses: readonly ClaimSenses[], vectors: readonly ReadonlyMap<number, number>[]): Map<string, number[]> {
  const holding = new Map<string, number>();
  const confirming = new Map<string, Map<number, number>>();
  for (const [source, english] of pairs) {
    const other = vectors[english]!;
    const seen = new Set<string>();
    for (const choice of senses[source]!) {
      const key = entryKey(choice);
      if (seen.has(key) || choice.first.some((id) => other.has(id))) continue;
      seen.add(key);
      holding.set(key, (holding.get(key) ?? 0) + 1);
      // Written in the English claim (weight 1), not only derived from one of its words.
      for (const { id } of choice.further) {
        if ((other.get(id) ?? 0) < 1) continue;
        const counts = confirming.get(key) ?? confirming.set(key, new Map()).get(key)!;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, number[]>();
  for (const [key, counts] of confirming) {
    const ids = [...counts].filter(([, c]) => c >= MIN_CONFIRMING_PAIRS && c >= MIN_CONFIRMING_SHARE * holding.get(key)!).map(([id]) => id);
    if (ids.length > 0) out.set(key, ids);
  }
  return out;
}

/** Adds each confirmed sense to the claims whose words have that entry, at `weight`, keeping `df` in step; how many anchors were added. */
export function addConfirmedSenses(confirmed: ReadonlyMap<string, readonly number[]>, senses: readonly ClaimSenses[], vectors: Map<number, number>[], df: number[], weight: number): number {
  let added = 0;
  senses.forEach((choices, c) => {
    const vector = vectors[c]!;
    for (const choice of choices)
      for (const id of confirmed.get(entryKey(choice)) ?? []) {
        if (vector.has(id)) continue;
        vector.set(id, weight);
        df[id]!++;
        added++;
      }
  });
  return added;
}
