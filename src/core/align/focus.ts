/**
 * The score of two units over the part of each that states what they share: a news sentence carries the
 * claim (8–12 words) inside 20–30 more (the battle before it, the source's evaluation, background), so the
 * cosine of two whole sentences telling one claim is low. Each unit keeps its window of `width` content
 * terms holding most of the weight the other unit shares with it, and the two windows are compared.
 * Read only for pairs a cheap gate lets through (prepare.ts): it walks both units' terms.
 */

/** Per-unit ordered term ids, and each term's weight (its case IDF). */
export interface FocusInput {
  /** A unit's content terms in text order, as term ids of the case's vector space. */
  sequence: (unit: number) => Int32Array;
  /** Weight per term id. */
  weights: Float64Array;
  /** Whether two terms are words of one predicate class ("seized" / "captured"): they match as one word. */
  sameClass?: (a: number, b: number) => boolean;
}

/**
 * A scorer of windows: `score(a, b)` is the cosine (binary, IDF-weighted) of a's best window against
 * b's best window, each chosen by the weight it shares with the whole other unit.
 * @example focusScorer(input, 8).score(0, 1) // 0.52 where the sentences' shared clauses match
 */
export function focusScorer(input: FocusInput, width: number): { score: (a: number, b: number) => number } {
  const { sequence, weights, sameClass } = input;
  // Window B's distinct terms not yet matched (for class matches), reused across calls.
  let pending = new Int32Array(16);
  let unmatched = new Int32Array(16);
  // Stamps instead of sets: no allocation per pair.
  const inOther = new Int32Array(weights.length);
  const inWindow = new Int32Array(weights.length);
  const seen = new Int32Array(weights.length);
  let stamp = 0;

  /** Start of the window of `seq` holding most weight among terms stamped in `inOther`. */
  const bestStart = (seq: Int32Array, mark: number): number => {
    if (seq.length <= width) return 0;
    let sum = 0;
    for (let k = 0; k < width; k++) if (inOther[seq[k]!] === mark) sum += weights[seq[k]!]!;
    let best = sum;
    let start = 0;
    for (let k = width; k < seq.length; k++) {
      if (inOther[seq[k]!] === mark) sum += weights[seq[k]!]!;
      if (inOther[seq[k - width]!] === mark) sum -= weights[seq[k - width]!]!;
      if (sum > best + 1e-12) [best, start] = [sum, k - width + 1];
    }
    return start;
  };

  return {
    score(a: number, b: number): number {
      const sa = sequence(a);
      const sb = sequence(b);
      // The window of a chosen against all of b, and the window of b against all of a.
      const markB = ++stamp;
      for (const id of sb) inOther[id] = markB;
      const startA = bestStart(sa, markB);
      const markA = ++stamp;
      for (const id of sa) inOther[id] = markA;
      const startB = bestStart(sb, markA);
      const endA = Math.min(sa.length, startA + width);
      const endB = Math.min(sb.length, startB + width);
      const windowB = ++stamp;
      let normB = 0;
      if (pending.length < width) [pending, unmatched] = [new Int32Array(2 * width), new Int32Array(2 * width)];
      let open = 0;
      for (let k = startB; k < endB; k++) {
        const id = sb[k]!;
        if (inWindow[id] === windowB) continue;
        inWindow[id] = windowB;
        normB += weights[id]! ** 2;
        pending[open++] = id;
      }
      const once = ++stamp;
      let normA = 0;
      let dot = 0;
      let loose = 0;
      for (let k = startA; k < endA; k++) {
        const id = sa[k]!;
        if (seen[id] === once) continue;
        seen[id] = once;
        const w = weights[id]! ** 2;
        normA += w;
        if (inWindow[id] === windowB) {
          dot += w;
          // A term of B matched by its own word is not matched again by class.
          for (let x = 0; x < open; x++) if (pending[x] === id) pending[x] = -1;
        } else if (sameClass) unmatched[loose++] = id;
      }
      // Words of one predicate class meet one to one, at the product of their weights.
      for (let u = 0; u < loose; u++) {
        const id = unmatched[u]!;
        for (let x = 0; x < open; x++) {
          const other = pending[x]!;
          if (other < 0 || !sameClass!(id, other)) continue;
          dot += weights[id]! * weights[other]!;
          pending[x] = -1;
          break;
        }
      }
      return normA && normB ? Math.min(1, dot / Math.sqrt(normA * normB)) : 0;
    },
  };
}
