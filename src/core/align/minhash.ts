/**
 * MinHash signatures and LSH banding: claims whose term sets overlap land in a shared bucket with high
 * probability, so alignment scores only those pairs instead of all of them. Our own small version: no
 * maintained package works in both Node and the browser. Deterministic (fixed seeds).
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed permutation of 32-bit integers. */
export function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

let SEEDS = new Uint32Array(0);
/** Fixed, well-mixed seeds of the hash functions (one per signature position). */
function seedArray(size: number): Uint32Array {
  if (SEEDS.length < size) SEEDS = Uint32Array.from({ length: size }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));
  return SEEDS;
}

/**
 * The MinHash signature of a set of 32-bit element hashes (`size` hash functions).
 * An empty set gets a signature of 0xffffffff everywhere (it collides only with other empty sets).
 * @example minhashSignature([hashString('cairo'), hashString('talks')], 64).length === 64
 */
export function minhashSignature(elements: ArrayLike<number>, size: number): Uint32Array {
  const signature = new Uint32Array(size);
  signatureInto(elements, 0, elements.length, size, signature, 0);
  return signature;
}

/**
 * The signature of elements[from … to) written at out[at … at + size): a case's signatures in one
 * buffer, from its terms in one flat list (no array per claim).
 */
export function signatureInto(elements: ArrayLike<number>, from: number, to: number, size: number, out: Uint32Array, at: number): void {
  out.fill(0xffffffff, at, at + size);
  const seeds = seedArray(size);
  for (let x = from; x < to; x++) {
    const e = elements[x]!;
    for (let k = 0; k < size; k++) {
      const h = mix(e ^ seeds[k]!);
      if (h < out[at + k]!) out[at + k] = h;
    }
  }
}

/** The share of equal positions of two signatures: an estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return a.length ? same / a.length : 0;
}

/**
 * The bucket key of each LSH band of a signature, as `lshCandidatePairs` computes them: two items
 * share a bucket in band b exactly when their keys at b are equal. For indexes kept outside one case.
 * @example lshBandKeys(minhashSignature([hashString('talks')], 80), 40, 2).length === 40
 */
export function lshBandKeys(signature: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = b;
    for (let r = 0; r < rows; r++) h = mix(h ^ signature[b * rows + r]!);
    keys[b] = h;
  }
  return keys;
}

export interface LshOptions {
  /** Bands of the signature; each band is one bucket key. */
  bands: number;
  /** Signature rows per band (signature size = bands × rows). */
  rows: number;
  /**
   * A bucket with more members than this links each member to the bucket's first `maxBucket` members
   * only, so a term shared by everything cannot make the pair count quadratic.
   */
  maxBucket: number;
}

/**
 * Candidate pairs [i, j] (i < j) of items whose signatures share a band. `group[i]`: items of one group
 * (one article) are never paired. Pairs come out grouped by j, without duplicates.
 * @example lshCandidates([sigA, sigB], [0, 1], { bands: 16, rows: 2, maxBucket: 50 }) // [[0, 1]] if similar
 */
export function lshCandidates(signatures: readonly Uint32Array[], group: readonly number[], options: LshOptions): [number, number][] {
  const flat = lshCandidatePairs(signatures, group, options);
  const pairs: [number, number][] = [];
  for (let k = 0; k < flat.length; k += 2) pairs.push([flat[k]!, flat[k + 1]!]);
  return pairs;
}

/** `lshCandidates` as a flat array [i0, j0, i1, j1, …]: no object per pair in large cases. */
export function lshCandidatePairs(signatures: readonly Uint32Array[], group: readonly number[], options: LshOptions): Uint32Array {
  const size = options.bands * options.rows;
  const flat = new Uint32Array(signatures.length * size);
  signatures.forEach((signature, i) => flat.set(signature.subarray(0, size), i * size));
  return lshFlatCandidatePairs(flat, signatures.length, group, options);
}

/** `lshCandidatePairs` over `n` signatures in one buffer (item i's at i × bands × rows). */
export function lshFlatCandidatePairs(signatures: Uint32Array, n: number, group: readonly number[], options: LshOptions): Uint32Array {
  const { bands, rows, maxBucket } = options;
  const size = bands * rows;
  const live: number[] = [];
  for (let i = 0; i < n; i++) if (signatures[i * size] !== 0xffffffff) live.push(i); // empty sets never pair
  // A bucket always keeps its first member, and then members while it holds fewer than maxBucket.
  const cap = Math.max(1, Math.ceil(maxBucket));
  // Buckets per band from an open-addressing table over typed arrays, then a counting pass: a bucket
  // holds its first `maxBucket` members in index order. (A Map keyed by 32-bit hashes, not small
  // integers, boxes every key; sorting is O(n log n).)
  // members[runStart[i * bands + b] …+ runLength[…]]: item i's bucket in band b.
  const members = new Uint32Array(bands * live.length);
  const runStart = new Uint32Array(bands * n);
  const runLength = new Uint32Array(bands * n);
  let slots = 16;
  while (slots < 2 * live.length) slots *= 2;
  const mask = slots - 1;
  const slotBucket = new Int32Array(slots);
  const slotKey = new Uint32Array(slots);
  const bucketOfItem = new Int32Array(live.length);
  const count = new Int32Array(live.length);
  const offset = new Int32Array(live.length);
  let base = 0;
  for (let b = 0; b < bands; b++) {
    slotBucket.fill(-1);
    let buckets = 0;
    for (let p = 0; p < live.length; p++) {
      const sig = live[p]! * size;
      let h = b;
      for (let r = 0; r < rows; r++) h = mix(h ^ signatures[sig + b * rows + r]!);
      let slot = h & mask;
      while (slotBucket[slot] !== -1 && slotKey[slot] !== h) slot = (slot + 1) & mask;
      if (slotBucket[slot] === -1) {
        slotBucket[slot] = buckets;
        slotKey[slot] = h;
        count[buckets++] = 0;
      }
      const id = slotBucket[slot]!;
      bucketOfItem[p] = id;
      count[id]!++;
    }
    for (let id = 0, at = base; id < buckets; id++) {
      offset[id] = at;
      at += Math.min(count[id]!, cap);
      count[id] = 0;
    }
    for (let p = 0; p < live.length; p++) {
      const id = bucketOfItem[p]!;
      const i = live[p]!;
      if (count[id]! < cap) members[offset[id]! + count[id]!++] = i;
      runStart[i * bands + b] = offset[id]!;
    }
    for (let p = 0; p < live.length; p++) runLength[live[p]! * bands + b] = count[bucketOfItem[p]!]!;
    base += live.length;
  }
  // Each item meets the earlier members of its buckets; a stamp array dedupes without hashing pairs
  // (millions of pairs in a large case).
  const stamp = new Int32Array(n).fill(-1);
  const out = new PairBuffer();
  for (const i of live) {
    for (let b = 0; b < bands; b++) {
      const from = runStart[i * bands + b]!;
      const to = from + runLength[i * bands + b]!;
      for (let q = from; q < to; q++) {
        const m = members[q]!;
        if (m >= i) break;
        if (stamp[m] === i || group[m] === group[i]) continue;
        stamp[m] = i;
        out.push(m, i);
      }
    }
  }
  return out.pairs();
}

/** A growing flat array of pairs. */
export class PairBuffer {
  private data = new Uint32Array(1024);
  private length = 0;

  push(i: number, j: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = i;
    this.data[this.length++] = j;
  }

  pairs(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}
