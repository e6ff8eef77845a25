/**
 * TF-IDF vectors of claims over content stems, with IDF from the case itself: a name every outlet
 * repeats (the main actor) weighs little, the place, date or object that makes a claim specific
 * weighs a lot. Stored as one compressed sparse matrix (no object per claim: cases reach 50,000 claims).
 */

import { FIGURE, figureGrain, sameAtGrain } from './figure-grain.ts';

// Years tell events apart ("met in 2019" vs "in 2020"); differing counts are more often a contradiction
// of one claim ("16 dead" vs "20 dead"), which belongs in the same row.
const YEAR = /^(?:1[89]|20)\d\d$/u;
// A figure other than a year ("58.4", "31", or ">70" after a word of bound: align/terms.ts `bounds`) is
// rarely shared by chance: it weighs more than a word.
const FIGURE_WEIGHT = 1.5;

export const YEAR_TERM = 1;
export const PLACE_TERM = 2;
/** A figure other than a year ("58.4", "31"). */
export const FIGURE_TERM = 3;
/** Prefix of the term of a place entity (alignment adds "@p" + entity id to a claim naming it). */
export const PLACE_PREFIX = '@p';
/** `context` flag of a support term (a verdict cue's terms): weighs in a match, never in blocking. */
export const SUPPORT_TERM = 2;
// Plain IDF (power 1). A power of 1.5 (a shared rare word outweighing several shared common ones) had
// helped ANS pairwise (90.4 → 91.6), but it left the words of a story's main event (every outlet's
// "strikes", "rates", "Yemen") with almost no weight, so the claims that tell that event rarely met:
// with power 1 and threshold 0.25, tuned dev-case row F1 24.4 → 30.5, crowded ANS dev 75.8 → 77.0.
const IDF_POWER = 1;

/** Claim k's terms are ids[offsets[k] .. offsets[k + 1]) (ascending) with L2-normalised weights. */
export interface VectorSpace {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** Document frequency per term id (claims containing it). */
  df: Int32Array;
  /** Per term id: YEAR_TERM where it is a year, PLACE_TERM where it stands for a place entity of the case, FIGURE_TERM for another figure. */
  year: Uint8Array;
  /** Per entry (aligned with `ids`): 1 where the term is only in the claim's context (who said it), not its proposition. */
  context: Uint8Array;
  vocabulary: Map<string, number>;
  /**
   * Predicate classes of each term id: classIds[classOffsets[id] .. classOffsets[id + 1]) (ascending).
   * Two claims' words of one class ("seized", "captured") count as a weaker match (`classWeight`).
   */
  classOffsets?: Int32Array;
  classIds?: Int32Array;
  /** Per term id: a 32-bit summary of its classes (bit c % 32), so most pairs with no class in common are skipped cheaply. */
  classMask?: Int32Array;
  classWeight?: number;
  /** Per term id: a factor on its class matches (the weight of its language's classes over `classWeight`). */
  classTermWeight?: Float64Array;
  /**
   * Per term id: a figure's value and decimal places (places -1 for other terms), so one figure told at
   * another grain ("52%" / "52.14%") meets at `grainWeight` times the product of the weights (align/figure-grain.ts).
   */
  grainValue?: Float64Array;
  grainPlaces?: Int8Array;
  /** Per term id: the figure's bound (figure-grain.ts BOUND_*), 0 for a plain figure. */
  grainBound?: Int8Array;
  grainWeight?: number;
  /** Per claim: 1 where it states a figure with a grain (most state none, and their pairs skip the grain test). */
  grainClaims?: Uint8Array;
  /**
   * Per class id: 1 where a match through that class (a news event class) is shared evidence of the
   * proposition itself (`sharedCore`), not only support for one.
   */
  classCore?: Uint8Array;
}

/**
 * Builds the case's vector space from each claim's content stems. `contextLists`: per claim, stems of
 * its context (the stated source: "the Council's mission noted …") that weigh `contextWeight` times as
 * much as the proposition's own terms; `supportLists` likewise at `supportWeight` (a verdict cue's
 * terms). Neither enters a claim's norm nor makes a match alone.
 * @example buildVectors([['cairo', 'talk'], ['cairo']]).df // Int32Array [2, 1]
 */
export function buildVectors(
  stemLists: readonly (readonly string[])[],
  contextLists?: readonly (readonly string[])[],
  contextWeight = 0.5,
  supportLists?: readonly (readonly string[] | null)[],
  supportWeight = 0,
): VectorSpace {
  const vocabulary = new Map<string, number>();
  const years: number[] = [];
  const places: number[] = [];
  const figures: number[] = [];
  let total = 0;
  const idOf = (stem: string): number => {
    let id = vocabulary.get(stem);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(stem, id);
      if (YEAR.test(stem)) years.push(id);
      else if (stem.startsWith(PLACE_PREFIX)) places.push(id);
      else if (FIGURE.test(stem)) figures.push(id);
    }
    return id;
  };
  // A context term is stored as id + 0.5, a support term as id + 0.25 (both sort beside their id); a
  // term in several lists counts once, as core before context before support.
  const idLists = stemLists.map((stems, c) => {
    const extra = contextLists?.[c];
    const support = supportLists?.[c];
    const ids = new Float64Array(stems.length + (extra?.length ?? 0) + (support?.length ?? 0));
    for (let k = 0; k < stems.length; k++) ids[k] = idOf(stems[k]!);
    let size = stems.length;
    if (extra && extra.length) size = addOnce(ids, size, extra, 0.5, idOf);
    if (support && support.length) size = addOnce(ids, size, support, 0.25, idOf);
    const own = size === ids.length ? ids : ids.subarray(0, size);
    own.sort();
    return own;
  });
  idLists.forEach((ids) => {
    let distinct = 0;
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) distinct++;
    total += distinct;
  });
  const df = new Int32Array(vocabulary.size);
  for (const ids of idLists) for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) df[Math.floor(ids[k]!)]!++;
  const year = new Uint8Array(vocabulary.size);
  for (const id of years) year[id] = YEAR_TERM;
  for (const id of places) year[id] = PLACE_TERM;
  for (const id of figures) year[id] = FIGURE_TERM;
  const boost = new Float64Array(vocabulary.size).fill(1);
  for (const id of figures) boost[id] = FIGURE_WEIGHT;
  const n = stemLists.length;
  const offsets = new Int32Array(n + 1);
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  const context = new Uint8Array(total);
  let at = 0;
  idLists.forEach((sorted, c) => {
    offsets[c] = at;
    const start = at;
    let norm = 0;
    for (let k = 0; k < sorted.length; ) {
      const key = sorted[k]!;
      const id = Math.floor(key);
      let tf = 0;
      while (k < sorted.length && sorted[k] === key) {
        tf++;
        k++;
      }
      // Smoothed IDF: a two-article case still ranks a shared rare word above a shared common one.
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df[id]!) ** IDF_POWER * boost[id]! * (key === id ? 1 : key - id === 0.5 ? contextWeight : supportWeight);
      context[at] = key === id ? 0 : key - id === 0.5 ? 1 : SUPPORT_TERM;
      ids[at] = id;
      weights[at++] = w;
      // Norm over the proposition only: context adds evidence, it never dilutes a match.
      if (key === id) norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = start; k < at; k++) weights[k]! /= norm;
  });
  offsets[n] = at;
  return { offsets, ids, weights, df, year, context, vocabulary };
}

/**
 * Appends to ids[0 … size) the ids of `stems` not there yet, each as id + `mark` (a linear scan: a
 * claim holds tens of terms, and a Set per claim was most of the vectors' allocation). Returns the new size.
 */
function addOnce(ids: Float64Array, size: number, stems: readonly string[], mark: number, idOf: (stem: string) => number): number {
  for (const stem of stems) {
    const id = idOf(stem);
    let known = false;
    for (let k = 0; k < size && !known; k++) known = Math.floor(ids[k]!) === id;
    if (!known) ids[size++] = id + mark;
  }
  return size;
}

/**
 * Adds predicate classes to a space: `classesOf(term)` gives a term's class ids. Words of one class
 * then match at `weight` times the product of their weights.
 * @example withClasses(space, (t) => (t === 'seiz' || t === 'captur' ? [7] : []), 0.6)
 */
export function withClasses(space: VectorSpace, classesOf: (term: string) => readonly number[], weight: number): VectorSpace {
  const lists: (readonly number[])[] = [];
  let total = 0;
  for (const [term, id] of space.vocabulary) {
    const list = classesOf(term);
    lists[id] = list;
    total += list.length;
  }
  const classOffsets = new Int32Array(space.vocabulary.size + 1);
  const classIds = new Int32Array(total);
  const classMask = new Int32Array(space.vocabulary.size);
  let at = 0;
  for (let id = 0; id < space.vocabulary.size; id++) {
    classOffsets[id] = at;
    const sorted = [...(lists[id] ?? [])].sort((a, b) => a - b);
    for (const c of sorted) {
      classIds[at++] = c;
      classMask[id]! |= 1 << (c & 31);
    }
  }
  classOffsets[space.vocabulary.size] = at;
  return total ? { ...space, classOffsets, classIds, classMask, classWeight: weight } : space;
}

/**
 * Adds figure grains to a space: a figure and another stated to more decimal places that rounds to it
 * then match at `weight` times the product of their weights, as a shared figure.
 * @example withFigureGrains(space, 1).grainPlaces // 2 for the term "52.14", -1 for a word
 */
export function withFigureGrains(space: VectorSpace, weight: number): VectorSpace {
  const grainValue = new Float64Array(space.vocabulary.size);
  const grainPlaces = new Int8Array(space.vocabulary.size).fill(-1);
  const grainBound = new Int8Array(space.vocabulary.size);
  let any = false;
  for (const [term, id] of space.vocabulary) {
    if (space.year[id] !== FIGURE_TERM) continue;
    const g = figureGrain(term);
    if (g.places < 0) continue;
    grainValue[id] = g.value;
    grainPlaces[id] = Math.min(g.places, 127);
    grainBound[id] = g.bound;
    any = true;
  }
  if (!any) return space;
  const grainClaims = new Uint8Array(space.offsets.length - 1);
  for (let c = 0; c < grainClaims.length; c++) {
    for (let k = space.offsets[c]!; k < space.offsets[c + 1]!; k++) if (grainPlaces[space.ids[k]!]! >= 0) grainClaims[c] = 1;
  }
  return { ...space, grainValue, grainPlaces, grainBound, grainWeight: weight, grainClaims };
}

// Scratch lists of unmatched class-bearing entries (similarity is hot: no allocation per call).
let unmatchedA = new Int32Array(64);
let unmatchedB = new Int32Array(64);
// Scratch lists of unmatched figure entries (figure grains).
let figuresOfA = new Int32Array(16);
let figuresOfB = new Int32Array(16);

/** Which one-to-one match `matchOneToOne` makes: figures at another grain, or words sharing a class. */
const MATCH_GRAIN = 0;
const MATCH_CLASS = 1;
type MatchKind = typeof MATCH_GRAIN | typeof MATCH_CLASS;

/** Entries matched by the last matchOneToOne call (a second return value without an object per call). */
let oneToOneMatched = 0;
/** Of those (class matches), the words matched through a `classCore` class. */
let coreMatched = 0;

/**
 * The factor on the product of two terms' weights where they meet in a `kind` match, or -1. A class
 * match through a `classCore` class also counts in `coreMatched` (the count is made where the two meet:
 * once per match).
 */
function meetFactor(space: VectorSpace, kind: MatchKind, ta: number, tb: number): number {
  if (kind === MATCH_GRAIN) {
    const { grainValue, grainPlaces, grainBound } = space;
    return sameAtGrain(grainValue![ta]!, grainPlaces![ta]!, grainValue![tb]!, grainPlaces![tb]!, grainBound![ta]!, grainBound![tb]!) ? 1 : -1;
  }
  const { classOffsets, classMask } = space;
  if ((classMask![ta]! & classMask![tb]!) === 0) return -1;
  const shared = sharedClass(space, classOffsets![ta]!, classOffsets![ta + 1]!, classOffsets![tb]!, classOffsets![tb + 1]!);
  if (shared < 0) return -1;
  if (space.classCore?.[shared]) coreMatched++;
  return space.classTermWeight ? space.classTermWeight[ta]! : 1;
}

/**
 * The grain or class part of a pair's score, before its weight: each unmatched entry of a (listA) meets
 * at most one of b (listB, a met entry struck to -1), at the product of their weights times the factor.
 */
function matchOneToOne(space: VectorSpace, kind: MatchKind, listA: Int32Array, countA: number, listB: Int32Array, countB: number): number {
  const { ids, weights } = space;
  let sum = 0;
  let matched = 0;
  coreMatched = 0;
  for (let x = 0; x < countA; x++) {
    const ea = listA[x]!;
    const ta = ids[ea]!;
    for (let y = 0; y < countB; y++) {
      const eb = listB[y]!;
      if (eb < 0) continue;
      const factor = meetFactor(space, kind, ta, ids[eb]!);
      if (factor >= 0) {
        sum += weights[ea]! * weights[eb]! * factor;
        matched++;
        listB[y] = -1;
        break;
      }
    }
  }
  oneToOneMatched = matched;
  return sum;
}

/** The class two terms share (a `classCore` class before another), or -1. */
function sharedClass(space: VectorSpace, i: number, endI: number, j: number, endJ: number): number {
  const { classIds, classCore } = space;
  let found = -1;
  while (i < endI && j < endJ) {
    const x = classIds![i]!;
    const y = classIds![j]!;
    if (x === y) {
      if (!classCore || classCore[x]) return x;
      if (found < 0) found = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return found;
}

/**
 * What the last `similarity` call saw of its pair, for a fitted scorer (align/fitted.ts): module state
 * rather than an object per call, as `oneToOneMatched` (similarity is hot).
 */
export const lastPair = {
  /** The pair's score (what `similarity` returns). */
  score: 0,
  /** Cosine over shared words and class matches, before the year and place factors (0 when gated out). */
  cosine: 0,
  /** The part of `cosine` from words matched by predicate class. */
  classPart: 0,
  /** Terms shared (class matches included). */
  shared: 0,
  /** Smallest document frequency among the shared terms (the rarest shared word). */
  minSharedDf: 0,
  /** Figures (not years) shared, and whether both state figures and share none. */
  sharedFigures: 0,
  figureClash: false,
  yearClash: false,
  placeClash: false,
  sizeA: 0,
  sizeB: 0,
};

/**
 * Cosine of claims a and b, 0 when they share fewer than `minShared` terms (one shared word, often
 * the actor's name, does not make two claims one proposition), times `yearPenalty` when both state
 * years and share none, times `placePenalty` when both name places of the case and share none.
 * Claims of at most `shortClaim` terms must share all of them.
 * @example similarity(space, 0, 1, 2, 0.5, 3)
 */
export function similarity(space: VectorSpace, a: number, b: number, minShared = 1, yearPenalty = 1, shortClaim = 0, placePenalty = 1): number {
  measurePair(space, a, b, minShared, yearPenalty, shortClaim, placePenalty);
  return lastPair.score;
}

/**
 * `similarity` with its result left in `lastPair.score`: a hot caller reads it from there, since a
 * fractional number returned from a call is a new heap object each time.
 */
export function measurePair(space: VectorSpace, a: number, b: number, minShared: number, yearPenalty: number, shortClaim: number, placePenalty: number): void {
  lastPair.score = 0;
  const { offsets, ids, weights, year, context, classMask } = space;
  let maskA = 0;
  let maskB = 0;
  let i = offsets[a]!;
  let j = offsets[b]!;
  const endA = offsets[a + 1]!;
  const endB = offsets[b + 1]!;
  let sum = 0;
  let shared = 0;
  let sharedCore = 0;
  let yearsA = 0;
  let yearsB = 0;
  let sharedYears = 0;
  let placesA = 0;
  let placesB = 0;
  let sharedPlaces = 0;
  let countA = 0;
  let countB = 0;
  let minDf = 0x7fffffff;
  let sharedFigures = 0;
  let figuresA = 0;
  let figuresB = 0;
  lastPair.cosine = 0;
  lastPair.classPart = 0;
  lastPair.shared = 0;
  const masks = classMask;
  // The grain test only where both claims state a figure that has one.
  const grainPlaces = space.grainClaims && space.grainClaims[a] && space.grainClaims[b] ? space.grainPlaces : undefined;
  let grainsA = 0;
  let grainsB = 0;
  if (grainPlaces) {
    if (figuresOfA.length < endA - i) figuresOfA = new Int32Array(2 * (endA - i));
    if (figuresOfB.length < endB - j) figuresOfB = new Int32Array(2 * (endB - j));
  }
  if (masks) {
    if (unmatchedA.length < endA - i) unmatchedA = new Int32Array(2 * (endA - i));
    if (unmatchedB.length < endB - j) unmatchedB = new Int32Array(2 * (endB - j));
  }
  while (i < endA && j < endB) {
    const x = ids[i]!;
    const y = ids[j]!;
    if (x === y) {
      if (!context[i] && !context[j]) sharedCore++;
      sum += weights[i++]! * weights[j++]!;
      shared++;
      if (space.df[x]! < minDf) minDf = space.df[x]!;
      if (year[x] === FIGURE_TERM) sharedFigures++;
      else if (year[x] === YEAR_TERM) {
        sharedYears++;
        yearsA++;
        yearsB++;
      } else if (year[x] === PLACE_TERM) sharedPlaces++;
    } else if (x < y) {
      if (year[x] === YEAR_TERM) yearsA++;
      else if (year[x] === PLACE_TERM) placesA++;
      else if (year[x] === FIGURE_TERM) {
        figuresA++;
        if (grainPlaces && grainPlaces[x]! >= 0 && !context[i]) figuresOfA[grainsA++] = i;
      }
      if (masks && masks[x] !== 0 && !context[i]) {
        unmatchedA[countA++] = i;
        maskA |= masks[x]!;
      }
      i++;
    } else {
      if (year[y] === YEAR_TERM) yearsB++;
      else if (year[y] === PLACE_TERM) placesB++;
      else if (year[y] === FIGURE_TERM) {
        figuresB++;
        if (grainPlaces && grainPlaces[y]! >= 0 && !context[j]) figuresOfB[grainsB++] = j;
      }
      if (masks && masks[y] !== 0 && !context[j]) {
        unmatchedB[countB++] = j;
        maskB |= masks[y]!;
      }
      j++;
    }
  }
  if (grainPlaces) {
    // The unmatched figures left after the merge; a figure and its rounding are one shared figure.
    for (let k = i; k < endA; k++) if (grainPlaces[ids[k]!]! >= 0 && !context[k]) figuresOfA[grainsA++] = k;
    for (let k = j; k < endB; k++) if (grainPlaces[ids[k]!]! >= 0 && !context[k]) figuresOfB[grainsB++] = k;
    if (grainsA && grainsB) {
      sum += matchOneToOne(space, MATCH_GRAIN, figuresOfA, grainsA, figuresOfB, grainsB) * (space.grainWeight ?? 0);
      shared += oneToOneMatched;
      sharedCore += oneToOneMatched;
      sharedFigures += oneToOneMatched;
    }
  }
  // Context (who said it) or a class supports a match but cannot make one alone (a core class can: one
  // news event told with verbs of other roots).
  if (sharedCore === 0 && !space.classCore) return;
  if (masks) {
    for (let k = i; k < endA; k++) {
      if (masks[ids[k]!] !== 0 && !context[k]) {
        unmatchedA[countA++] = k;
        maskA |= masks[ids[k]!]!;
      }
    }
    for (let k = j; k < endB; k++) {
      if (masks[ids[k]!] !== 0 && !context[k]) {
        unmatchedB[countB++] = k;
        maskB |= masks[ids[k]!]!;
      }
    }
    if (countA && countB && (maskA & maskB) !== 0) {
      // Words of one predicate class ("seized" / "captured") support a match the shared words started.
      const part = matchOneToOne(space, MATCH_CLASS, unmatchedA, countA, unmatchedB, countB) * (space.classWeight ?? 0);
      sum += part;
      lastPair.classPart = part;
      shared += oneToOneMatched;
      sharedCore += coreMatched;
    }
  }
  if (sharedCore === 0) {
    lastPair.classPart = 0;
    return;
  }
  if (shared < minShared) return;
  // A fragment of a few words ("Egyptian-French accord") matches only if all its words are shared.
  const sizeA = endA - offsets[a]!;
  const sizeB = endB - offsets[b]!;
  if (Math.min(sizeA, sizeB) <= shortClaim && shared < Math.min(sizeA, sizeB)) return;
  for (; i < endA; i++) {
    if (year[ids[i]!] === YEAR_TERM) yearsA++;
    else if (year[ids[i]!] === PLACE_TERM) placesA++;
    else if (year[ids[i]!] === FIGURE_TERM) figuresA++;
  }
  for (; j < endB; j++) {
    if (year[ids[j]!] === YEAR_TERM) yearsB++;
    else if (year[ids[j]!] === PLACE_TERM) placesB++;
    else if (year[ids[j]!] === FIGURE_TERM) figuresB++;
  }
  sum = Math.min(1, sum);
  lastPair.cosine = sum;
  lastPair.shared = shared;
  lastPair.minSharedDf = minDf;
  lastPair.sharedFigures = sharedFigures;
  lastPair.figureClash = figuresA + sharedFigures > 0 && figuresB + sharedFigures > 0 && sharedFigures === 0;
  lastPair.yearClash = yearsA > 0 && yearsB > 0 && sharedYears === 0;
  lastPair.placeClash = placesA > 0 && placesB > 0 && sharedPlaces === 0;
  lastPair.sizeA = sizeA;
  lastPair.sizeB = sizeB;
  if (yearsA && yearsB && !sharedYears) sum *= yearPenalty;
  // Another place is another event ("shelling of town X" vs "of town Y"), however alike the words.
  if (placesA && placesB && !sharedPlaces) sum *= placePenalty;
  lastPair.score = sum;
}
