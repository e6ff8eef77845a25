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
  // Each item meets the first `maxBucket` earlier members of its buckets; a stamp array dedupes
  // without hashing pairs (millions of pairs in a large case).
  const stamp = new Int32Array(n).fill(-1);
  let pairs = new Uint32Array(1024);
  let length = 0;
  for (let i = 0; i < n; i++) {
    if (signatures[i]![0] === 0xffffffff) continue;
    for (let b = 0; b < bands; b++) {
      const bucket = buckets[b]!.get(keys[b * n + i]!)!;
      for (const m of bucket) {
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
