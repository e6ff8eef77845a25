/**
 * A second blocking index beside MinHash/LSH: each unit is keyed by pairs of its rarest terms, and two
 * units sharing a key are candidates. LSH finds sets that overlap as wholes; a short proposition told
 * inside a long sentence shares few of the sentence's terms (a low Jaccard), but its rare ones — the
 * figure, the place, the object — are among the sentence's rarest, so a key of two of them still meets.
 * Buckets are capped as LSH's are: work stays linear in the units.
 */
import { mix, PairBuffer } from './minhash.ts';

export interface KeyOptions {
  /** Rarest terms per unit whose pairs are its keys (0: none; 4 terms → 6 keys). */
  terms: number;
  /** A key bucket with more members than this links each member to its first `maxBucket` members only. */
  maxBucket: number;
}

/**
 * Each unit's keys: every pair of its `terms` rarest terms (lowest document frequency of at least 2; ties
 * by term id). `termsOf(u)` lists the unit's eligible term ids; `df` their document frequencies.
 * @example unitKeys(3, (u) => [[4, 9, 2], [9, 2], []][u]!, Int32Array.from([0, 0, 2, 0, 2, 0, 0, 0, 0, 2]), 3)[1]!.length // 1
 */
export function unitKeys(units: number, termsOf: (unit: number) => ArrayLike<number>, df: ArrayLike<number>, terms: number): Uint32Array[] {
  const keys: Uint32Array[] = [];
  // One scratch list for every unit, sorted in place (Array#sort copied each unit's list).
  let picked = new Int32Array(64);
  for (let u = 0; u < units; u++) {
    const own = termsOf(u);
    if (picked.length < own.length) picked = new Int32Array(2 * own.length);
    let count = 0;
    for (let k = 0; k < own.length; k++) {
      const id = own[k]!;
      // A term in one unit only meets nothing.
      if (df[id]! < 2 || holds(picked, count, id)) continue;
      // Insertion by (document frequency, id): units hold tens of terms.
      let at = count++;
      while (at > 0 && (df[picked[at - 1]!]! > df[id]! || (df[picked[at - 1]!]! === df[id]! && picked[at - 1]! > id))) {
        picked[at] = picked[at - 1]!;
        at--;
      }
      picked[at] = id;
    }
    const top = Math.min(terms, count);
    const out = new Uint32Array((top * (top - 1)) / 2);
    let n = 0;
    for (let x = 0; x < top; x++) {
      for (let y = x + 1; y < top; y++) {
        const a = Math.min(picked[x]!, picked[y]!);
        const b = Math.max(picked[x]!, picked[y]!);
        out[n++] = mix(mix(a + 0x9e3779b9) ^ b);
      }
    }
    keys.push(out);
  }
  return keys;
}

function holds(list: Int32Array, count: number, id: number): boolean {
  for (let k = 0; k < count; k++) if (list[k] === id) return true;
  return false;
}

/**
 * The pairs `known` holds (flat [i0, j0, …], i < j, grouped by j ascending: LSH's output) and, once
 * each, the pairs of units of different groups that share a key and that `accept` lets in; in the same
 * flat order.
 * @example keyCandidatePairs([Uint32Array.of(7), Uint32Array.of(7)], [0, 1], 10, new Uint32Array(0)) // [0, 1]
 */
export function keyCandidatePairs(
  keys: readonly Uint32Array[],
  group: readonly number[],
  maxBucket: number,
  known: ArrayLike<number>,
  accept: (i: number, j: number) => boolean = () => true,
): Uint32Array {
  const n = keys.length;
  const cap = Math.max(1, Math.ceil(maxBucket));
  let entries = 0;
  for (const k of keys) entries += k.length;
  // Sorting (key, unit) packed in a double (32 + 21 bits) gives each bucket as a run, members in unit order.
  const packed = new Float64Array(entries);
  let at = 0;
  for (let u = 0; u < n; u++) for (const key of keys[u]!) packed[at++] = key * 0x200000 + u;
  packed.sort();
  // Per entry of the sorted order: its unit; per run: where it starts and how many it keeps.
  const unitAt = new Uint32Array(entries);
  const runStartOf = new Uint32Array(entries);
  const runKept = new Uint32Array(entries);
  // Per unit, the sorted positions of its entries: entryStart[u] … entryStart[u + 1].
  const entryStart = new Uint32Array(n + 1);
  for (let e = 0; e < entries; e++) {
    const unit = packed[e]! % 0x200000;
    unitAt[e] = unit;
    entryStart[unit + 1]!++;
  }
  for (let u = 0; u < n; u++) entryStart[u + 1]! += entryStart[u]!;
  const entryOf = new Uint32Array(entries);
  const fill = entryStart.slice(0, n);
  for (let e = 0; e < entries;) {
    const key = Math.floor(packed[e]! / 0x200000);
    let end = e + 1;
    while (end < entries && Math.floor(packed[end]! / 0x200000) === key) end++;
    for (let x = e; x < end; x++) {
      runStartOf[x] = e;
      runKept[x] = Math.min(cap, end - e);
      entryOf[fill[unitAt[x]!]!++] = x;
    }
    e = end;
  }
  const stamp = new Int32Array(n).fill(-1);
  // The new pairs apart (few), then merged with the known ones (many) into one array sized once.
  const extra = new PairBuffer();
  let k = 0;
  for (let j = 0; j < n; j++) {
    // The known pairs of j are not proposed twice.
    while (k + 1 < known.length && known[k + 1] === j) {
      stamp[known[k]!] = j;
      k += 2;
    }
    for (let x = entryStart[j]!; x < entryStart[j + 1]!; x++) {
      const e = entryOf[x]!;
      const from = runStartOf[e]!;
      const to = from + runKept[e]!;
      for (let y = from; y < to; y++) {
        const m = unitAt[y]!;
        if (m >= j) break;
        if (stamp[m] === j || group[m] === group[j]) continue;
        stamp[m] = j;
        if (accept(m, j)) extra.push(m, j);
      }
    }
  }
  const added = extra.pairs();
  const out = new Uint32Array(known.length + added.length);
  let a = 0;
  let b = 0;
  let o = 0;
  while (a + 1 < known.length || b + 1 < added.length) {
    // Known pairs of a unit before its new ones: both lists are grouped by their second unit.
    if (b + 1 >= added.length || (a + 1 < known.length && known[a + 1]! <= added[b + 1]!)) {
      out[o++] = known[a++]!;
      out[o++] = known[a++]!;
    } else {
      out[o++] = added[b++]!;
      out[o++] = added[b++]!;
    }
  }
  return out;
}
