/**
 * Clause evidence for a pair the words nearly join: a news sentence often tells two propositions ("the
 * bank raised rates by 6 %, and the pound fell to 50"), and another outlet tells one of them alone. The
 * whole sentence's score is diluted by the other clause, and its event frame reads the first clause's
 * predicate. Here each unit is cut at its clause breaks (lang predicates' `breaks`) without becoming
 * units of its own (a claim stays in one row): two clauses whose words match and whose own frames
 * allow it let the pair of units join, unless the two sentences name other occasions (a meeting, a
 * phone call). Read only for pairs a cheap gate lets through (prepare.ts).
 */
import type { EventFrame } from './frames.ts';

/** One clause of a unit: its content term ids (distinct) and its frame, read when first asked. */
export interface Clause {
  ids: Int32Array;
  frame: () => EventFrame;
  /** Cosine this clause must reach with another (over `threshold`): a clause cut at weaker evidence (a comma) asks more. */
  threshold?: number;
  /** Its squared norm under the joiner's weights, kept by the joiner on first use (a clause meets many). */
  norm?: number;
}

export interface ClauseInput {
  /** The clauses of a unit (the unit itself when it has no clause break); memoised by the caller. */
  clausesOf: (unit: number) => readonly Clause[];
  /** Weight per term id (case IDF). */
  weights: Float64Array;
  /** Whether two terms are words of one predicate class: they match as one word, once. */
  sameClass?: (a: number, b: number) => boolean;
  /** What two clauses' frames must show. */
  allows: (a: EventFrame, b: EventFrame) => boolean;
  /** Cosine two clauses must reach. */
  threshold: number;
  /** Words (not classes) two clauses must share. */
  minShared: number;
  /** The occasions a unit names (a meeting, a phone call: predicates.json `occasions`), memoised by the caller. */
  occasionsOf?: (unit: number) => readonly number[];
}

/** What a `clauseJoiner` call saw, for probes: the clause counts, the best cosine of two clauses sharing enough words, and why a match was refused. */
export interface ClauseProbe {
  a: number;
  b: number;
  best: number;
  refused: '' | 'frames' | 'occasions';
}

let probe: ClauseProbe | null = null;

/**
 * Has the joiners made from now on write what each call sees into `into` (null: none, the default, so the
 * join keeps no state of its own on its hot path). Set it before the case is prepared.
 * @example probeClauses(seen); prepareCase(articles).joinScore(0, 1); seen.refused // 'frames' where two clauses matched, their frames not
 */
export function probeClauses(into: ClauseProbe | null): void {
  probe = into;
}

/**
 * Whether two sentences report words said on other occasions: each names an occasion a statement is
 * made on and they share none ("on a phone call he reviewed the efforts" / "during the meeting he
 * stressed the aim of the efforts"). Their clauses may match word for word; the events are two.
 * @example otherOccasions([7], [30]) // true
 */
export function otherOccasions(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((c) => b.includes(c));
}

/**
 * Whether some clause of unit `a` and some clause of unit `b` state one proposition: their words match
 * at `threshold` (binary IDF cosine, predicate classes matching one to one) sharing `minShared` words,
 * and their frames allow it. Pairs of two single-clause units are left to the unit score.
 * @example clauseJoiner(input)(0, 1) // true where "…, and the pound fell to 50" meets "the pound fell to 50"
 */
export function clauseJoiner(input: ClauseInput): (a: number, b: number) => boolean {
  const { clausesOf, weights, sameClass, allows, threshold, minShared, occasionsOf } = input;
  const seen = probe;
  const mark = new Int32Array(weights.length);
  let stamp = 0;
  const normOf = (clause: Clause): number => {
    if (clause.norm === undefined) {
      let norm = 0;
      for (const id of clause.ids) norm += weights[id]! ** 2;
      clause.norm = norm;
    }
    return clause.norm;
  };
  const matches = (a: Clause, b: Clause, need: number): boolean => {
    const cos = cosine(a, b);
    if (seen !== null && cos > seen.best) seen.best = cos;
    return cos >= need;
  };
  const cosine = (a: Clause, b: Clause): number => {
    const x = a.ids;
    const y = b.ids;
    const s = ++stamp;
    for (const id of y) mark[id] = s;
    let dot = 0;
    let shared = 0;
    for (const id of x) {
      if (mark[id] === s) {
        dot += weights[id]! ** 2;
        shared++;
        mark[id] = -s;
      }
    }
    if (shared < minShared) return 0;
    const normX = normOf(a);
    const normY = normOf(b);
    if (!normX || !normY) return 0;
    if (sameClass) {
      // Unmatched words of one predicate class meet one to one.
      for (const u of x) {
        if (mark[u] === -s) continue;
        for (const v of y) {
          if (mark[v] !== s || !sameClass(u, v)) continue;
          dot += weights[u]! * weights[v]!;
          mark[v] = -s;
          break;
        }
      }
    }
    return dot / Math.sqrt(normX * normY);
  };
  return (a, b) => {
    const ca = clausesOf(a);
    const cb = clausesOf(b);
    if (seen !== null) Object.assign(seen, { a: ca.length, b: cb.length, best: 0, refused: '' });
    if (ca.length < 2 && cb.length < 2) return false;
    for (const x of ca) {
      for (const y of cb) {
        // The words first: a clause's frame is read (once) only when its words match another clause's.
        // The occasions are the units' own (a clause tells what was said, its sentence where): read on a match only.
        if (!matches(x, y, Math.max(threshold, x.threshold ?? 0, y.threshold ?? 0))) continue;
        if (!allows(x.frame(), y.frame())) {
          if (seen !== null) seen.refused = 'frames';
          continue;
        }
        if (occasionsOf && otherOccasions(occasionsOf(a), occasionsOf(b))) {
          if (seen !== null) seen.refused = 'occasions';
          return false;
        }
        return true;
      }
    }
    return false;
  };
}
