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
function mix(x: number): number {
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
export function minhashSignature(elements: readonly number[], size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  const seeds = seedArray(size);
  for (const e of elements) {
    for (let k = 0; k < size; k++) {
      const h = mix(e ^ seeds[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** The share of equal positions of two signatures: an estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return a.length ? same / a.length : 0;
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
  const { bands, rows, maxBucket } = options;
  const n = signatures.length;
  if (n >= PACK) return lshCandidatePairsByMap(signatures, group, options);
  // Per band, the items sorted by (bucket key, index): a bucket is a run of equal keys and its members
  // the run's first `maxBucket` items, as if inserted in index order. Sorting packed doubles is native
  // and allocation-free; a Map keyed by 32-bit hashes (not small integers) boxes every key.
  const live: number[] = [];
  for (let i = 0; i < n; i++) if (signatures[i]![0] !== 0xffffffff) live.push(i); // empty sets never pair
  const sorted = new Uint32Array(bands * live.length);
  const runStart = new Uint32Array(bands * n);
  const runLength = new Uint32Array(bands * n);
  const packed = new Float64Array(live.length);
  for (let b = 0; b < bands; b++) {
    for (let p = 0; p < live.length; p++) {
      const i = live[p]!;
      const sig = signatures[i]!;
      let h = b;
      for (let r = 0; r < rows; r++) h = mix(h ^ sig[b * rows + r]!);
      packed[p] = h * PACK + i;
    }
    packed.sort();
    const base = b * live.length;
    for (let s = 0; s < packed.length; ) {
      const key = Math.floor(packed[s]! / PACK);
      let e = s + 1;
      while (e < packed.length && Math.floor(packed[e]! / PACK) === key) e++;
      const length = Math.min(e - s, maxBucket);
      for (let p = s; p < e; p++) {
        const item = packed[p]! % PACK;
        sorted[base + p] = item;
        runStart[b * n + item] = base + s;
        runLength[b * n + item] = length;
      }
      s = e;
    }
  }
  return pairsFromBuckets(n, bands, group, (b, i) => sorted.subarray(runStart[b * n + i]!, runStart[b * n + i]! + runLength[b * n + i]!), signatures);
}

// Items packed below a 32-bit key in a double: exact while key × PACK + item < 2^53.
const PACK = 2 ** 21;

/** The same candidates through Maps (cases too large to pack item indexes under the keys). */
function lshCandidatePairsByMap(signatures: readonly Uint32Array[], group: readonly number[], options: LshOptions): Uint32Array {
  const { bands, rows, maxBucket } = options;
  const n = signatures.length;
  // keys[b * n + i]: item i's bucket in band b.
  const keys = new Uint32Array(bands * n);
  const buckets: Map<number, number[]>[] = [];
  for (let b = 0; b < bands; b++) {
    const map = new Map<number, number[]>();
    buckets.push(map);
    for (let i = 0; i < n; i++) {
      const sig = signatures[i]!;
      if (sig[0] === 0xffffffff) continue; // empty set
      let h = b;
      for (let r = 0; r < rows; r++) h = mix(h ^ sig[b * rows + r]!);
      keys[b * n + i] = h;
      const bucket = map.get(h);
      if (bucket) {
        if (bucket.length < maxBucket) bucket.push(i);
      } else map.set(h, [i]);
    }
  }
  return pairsFromBuckets(n, bands, group, (b, i) => buckets[b]!.get(keys[b * n + i]!)!, signatures);
}

/**
 * Each item meets the earlier members of its buckets (ascending); a stamp array dedupes without
 * hashing pairs (millions of pairs in a large case).
 */
function pairsFromBuckets(
  n: number,
  bands: number,
  group: readonly number[],
  bucketOf: (band: number, item: number) => ArrayLike<number>,
  signatures: readonly Uint32Array[],
): Uint32Array {
  const stamp = new Int32Array(n).fill(-1);
  let pairs = new Uint32Array(1024);
  let length = 0;
  for (let i = 0; i < n; i++) {
    if (signatures[i]![0] === 0xffffffff) continue;
    for (let b = 0; b < bands; b++) {
      const bucket = bucketOf(b, i);
      for (let q = 0; q < bucket.length; q++) {
        const m = bucket[q]!;
        if (m >= i) break;
        if (stamp[m] === i || group[m] === group[i]) continue;
        stamp[m] = i;
        if (length + 2 > pairs.length) {
          const bigger = new Uint32Array(pairs.length * 2);
          bigger.set(pairs);
          pairs = bigger;
        }
        pairs[length++] = m;
        pairs[length++] = i;
      }
    }
  }
  return pairs.subarray(0, length);
}
