/**
 * TF-IDF vectors of claims over content stems, with IDF from the case itself: a name every outlet
 * repeats (the main actor) weighs little, the place, date or object that makes a claim specific
 * weighs a lot.
 */
import type { Term } from './terms.ts';

// Years tell events apart ("met in 2019" vs "in 2020"); differing counts are more often a contradiction
// of one claim ("16 dead" vs "20 dead"), which belongs in the same row.
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** A claim's sparse, L2-normalised TF-IDF vector (term ids ascending). */
export interface ClaimVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Term ids of numbers (years, counts) in the claim. */
  numbers: Int32Array;
}

export interface VectorSpace {
  vectors: ClaimVector[];
  /** Document frequency per term id (claims containing it). */
  df: Int32Array;
  vocabulary: Map<string, number>;
}

/**
 * Builds the case's vector space from each claim's content terms.
 * @example buildVectors([[{ stem: 'cairo', numeric: false, start: 0, end: 5 }]]).vectors[0].weights[0] === 1
 */
export function buildVectors(termLists: readonly (readonly Term[])[]): VectorSpace {
  const vocabulary = new Map<string, number>();
  const idLists: Int32Array[] = [];
  const numeric: boolean[] = [];
  for (const terms of termLists) {
    const ids = new Int32Array(terms.length);
    terms.forEach((t, k) => {
      let id = vocabulary.get(t.stem);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(t.stem, id);
        numeric[id] = t.numeric && YEAR.test(t.stem);
      }
      ids[k] = id;
    });
    idLists.push(ids.sort());
  }
  const df = new Int32Array(vocabulary.size);
  for (const ids of idLists) {
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) df[ids[k]!]!++;
  }
  const n = termLists.length;
  const vectors = idLists.map((sorted) => {
    const uniq: number[] = [];
    const w: number[] = [];
    for (let k = 0; k < sorted.length; ) {
      let tf = 0;
      const id = sorted[k]!;
      while (k < sorted.length && sorted[k] === id) {
        tf++;
        k++;
      }
      uniq.push(id);
      // Smoothed IDF: a two-article case still ranks a shared rare word above a shared common one.
      w.push((1 + Math.log(tf)) * Math.log(1 + n / df[id]!));
    }
    const norm = Math.hypot(...w) || 1;
    return {
      ids: Int32Array.from(uniq),
      weights: Float64Array.from(w, (x) => x / norm),
      numbers: Int32Array.from(uniq.filter((id) => numeric[id])),
    };
  });
  return { vectors, df, vocabulary };
}

/**
 * Cosine of two sparse normalised vectors, 0 when they share fewer than `minShared` terms (one shared
 * word, often the actor's name, does not make two claims one proposition).
 */
export function cosine(a: ClaimVector, b: ClaimVector, minShared = 1): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      sum += a.weights[i++]! * b.weights[j++]!;
      shared++;
    } else if (x < y) i++;
    else j++;
  }
  return shared >= minShared ? sum : 0;
}

/** True when both claims state numbers and share none ("in 2019" vs "in 2020"). */
export function numbersConflict(a: ClaimVector, b: ClaimVector): boolean {
  if (!a.numbers.length || !b.numbers.length) return false;
  for (const x of a.numbers) if (b.numbers.includes(x)) return false;
  return true;
}
