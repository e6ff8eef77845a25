import { restates, restatesOnce } from './restate.ts';
import type { RestateOptions } from './restate.ts';

/**
 * Grouping scored claim pairs into rows: greedy agglomeration from the best pair down, with a guard
 * against chaining (A≈B and B≈C does not make a row of A and C unless A and C also match).
 */

/** Scored pairs as parallel arrays (pair k is i[k], j[k] with score[k]): no object per pair. */
export interface ScoredPairs {
  i: ArrayLike<number>;
  j: ArrayLike<number>;
  score: ArrayLike<number>;
}

export interface GroupOptions {
  /** A pair must score at least this to start or grow a row. */
  threshold: number;
  /** What `similarity` must reach for a covering claim to let a second claim of its article in (default: `threshold`). */
  coverThreshold?: number;
  /**
   * Anti-chaining guard: every claim of a merged row must match, at least this well, some claim of
   * each other article in the row.
   */
  linkThreshold: number;
  /** Members checked per side by the guard (bounds the cost in very large rows). */
  maxGuardChecks: number;
  /**
   * Whether claim `big` (of another outlet) covers claim `small` and more, so `small` may share a row
   * with another claim of its own article ("one long sentence of outlet B tells two claims of A").
   * Omitted: any claim may.
   */
  covers?: (big: number, small: number) => boolean;
  /**
   * A claim of an article already in the row may also join when it matches a claim of another outlet
   * in the row at least this well (the outlet restates the proposition: headline and lead). Omitted: never.
   */
  restateThreshold?: number;
  /** Further checks on a claim joining a row that holds its article (align/restate.ts). Omitted: none. */
  restate?: RestateOptions;
  /**
   * Whether claims `x` and `y` of one article state one proposition twice (its headline and the lead
   * under it), so a lone `x` may join a row holding `y`. Omitted: never.
   */
  sameStatement?: (x: number, y: number) => boolean;
  /** Claims the anti-chaining guard does not ask others to match (a headline summarises its row). */
  unguarded?: (i: number) => boolean;
  /** Called on each merge with the two clusters' members and the joining pair's score (for probes). */
  onMerge?: (left: readonly number[], right: readonly number[], score: number) => void;
  /** Called when a merge is refused, by the same-article rule or the anti-chaining guard (for probes). */
  onRefuse?: (left: readonly number[], right: readonly number[], score: number, why: 'same article' | 'guard') => void;
}

/**
 * Clusters items (claims) from scored pairs. `group[i]` is the item's article; a row may hold several
 * claims of one article only when each matches the other articles' claims (an outlet that restates, or
 * one long sentence of another outlet that covers two of its claims).
 * @example groupPairs(3, [0, 1, 2], { i: [0], j: [1], score: [0.9] }, sim, opts) // [[0, 1]]
 */
export function groupPairs(
  n: number,
  group: readonly number[],
  pairs: ScoredPairs,
  similarity: (i: number, j: number) => number,
  options: GroupOptions,
): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  // The articles of each cluster of two or more (kept up to date on merges, for the same-article check).
  const articles = new Map<number, Set<number>>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // A cluster of one is read through a scratch list per side (most pairs join two single claims: a new
  // list per side and pair was most of the grouping's allocation); only a merge keeps a list.
  const singleLeft = [0];
  const singleRight = [0];
  const membersOf = (root: number, single: number[]): number[] => {
    const list = members.get(root);
    if (list) return list;
    single[0] = root;
    return single;
  };
  const hasArticle = (root: number, article: number): boolean => articles.get(root)?.has(article) ?? group[root] === article;
  // Guard failures between two settled clusters (both past the sample size) cannot change: remember them.
  const refused = new Set<number>();
  // The bigger cluster of the pair being checked, read by one closure (not one made per pair).
  let bigRoot = 0;
  const inBig = (article: number): boolean => hasArticle(bigRoot, article);
  const order = byScore(pairs, options.threshold);
  // An index loop: iterating the typed array with for-of allocated an iterator result per pair.
  for (let o = 0; o < order.length; o++) {
    const k = order[o]!;
    const a = find(pairs.i[k]!);
    const b = find(pairs.j[k]!);
    if (a === b) continue;
    const left = membersOf(a, singleLeft);
    const right = membersOf(b, singleRight);
    const settled = left.length >= options.maxGuardChecks && right.length >= options.maxGuardChecks;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (settled && refused.has(key)) continue;
    // The smaller side (left on a tie) is checked against the articles of the bigger one.
    const leftSmall = left.length <= right.length;
    bigRoot = leftSmall ? b : a;
    const allowed = sameArticleAllowed(leftSmall ? left : right, leftSmall ? right : left, inBig, group, similarity, options);
    if (!allowed || !guard(left, right, group, similarity, options) || !guard(right, left, group, similarity, options)) {
      options.onRefuse?.(left, right, pairs.score[k]!, allowed ? 'guard' : 'same article');
      if (settled) refused.add(key);
      continue;
    }
    options.onMerge?.(left, right, pairs.score[k]!);
    const root = left.length >= right.length ? a : b;
    const child = root === a ? b : a;
    parent[child] = root;
    const rootList = members.get(root) ?? [root];
    for (const m of child === b ? right : left) rootList.push(m);
    members.set(root, rootList);
    members.delete(child);
    if (options.covers) {
      const rootArticles = articles.get(root) ?? new Set([group[root]!]);
      const childArticles = articles.get(child);
      if (childArticles) for (const x of childArticles) rootArticles.add(x);
      else rootArticles.add(group[child]!);
      articles.set(root, rootArticles);
      articles.delete(child);
    }
  }
  const clusters: number[][] = [];
  for (const [root, list] of members) if (find(root) === root && list.length > 1) clusters.push([...list].sort((x, y) => x - y));
  return clusters;
}

/**
 * Indexes of pairs scoring at least `threshold`, best first (ties: input order). Sorting packed
 * numbers in a Float64Array is native and allocation-free, unlike sorting objects with a comparator.
 */
function byScore(pairs: ScoredPairs, threshold: number): Uint32Array {
  let count = 0;
  for (let k = 0; k < pairs.score.length; k++) if (pairs.score[k]! >= threshold) count++;
  const keys = new Float64Array(count);
  let n = 0;
  for (let k = 0; k < pairs.score.length; k++) {
    const s = pairs.score[k]!;
    // 2^20 score steps above 2^32 pair indexes: exact in a double (< 2^53).
    if (s >= threshold) keys[n++] = Math.round((1 - Math.min(1, s)) * 0xfffff) * 0x100000000 + k;
  }
  keys.sort();
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = keys[k]! % 0x100000000;
  return order;
}

/**
 * Two clusters that both hold claims of one article merge only if each such claim of the smaller
 * cluster is matched by a longer claim of another outlet that covers it. `inBig`: whether the big
 * cluster holds a claim of that article.
 */
function sameArticleAllowed(
  small: readonly number[],
  big: readonly number[],
  inBig: (article: number) => boolean,
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: GroupOptions,
): boolean {
  const { covers } = options;
  if (!covers) return true;
  const restate = options.restateThreshold ?? Infinity;
  const low = options.restate?.low;
  const smallCount = Math.min(small.length, options.maxGuardChecks);
  const bigCount = Math.min(big.length, options.maxGuardChecks);
  for (let s = 0; s < smallCount; s++) {
    const x = small[s]!;
    if (!inBig(group[x]!)) continue;
    // A lone claim restating its outlet's claim in the row (a cluster of several would bring its other members along).
    let covered = small.length === 1 && restatesOwn(x, big, bigCount, group, options.sameStatement);
    // Whether x restates its outlet's one claim in the row (read once, when a low match asks).
    let once: boolean | undefined;
    for (let t = 0; t < bigCount && !covered; t++) {
      const y = big[t]!;
      if (group[y] === group[x]) continue;
      const cover = covers(y, x);
      if (!cover && restate === Infinity && low === undefined) continue;
      const s = similarity(x, y);
      covered =
        (cover && s >= (options.coverThreshold ?? options.threshold)) ||
        s >= restate ||
        (s >= (low ?? Infinity) && (once ??= restatesOnce(x, s, small, smallCount, big, bigCount, group, similarity, options.restate!)));
    }
    if (options.restate) covered = restates(x, big, bigCount, group, similarity, covered, options.restate);
    if (!covered) return false;
  }
  return true;
}

/** Whether `x` states again some claim of its own article in `row` (its first `count` members). */
function restatesOwn(
  x: number,
  row: readonly number[],
  count: number,
  group: readonly number[],
  sameStatement: GroupOptions['sameStatement'],
): boolean {
  if (!sameStatement) return false;
  for (let t = 0; t < count; t++) if (group[row[t]!] === group[x] && sameStatement(x, row[t]!)) return true;
  return false;
}

/** Each (sampled) member of `from` matches some claim of every other article in `to`. */
function guard(
  from: readonly number[],
  to: readonly number[],
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: GroupOptions,
): boolean {
  const fromCount = Math.min(from.length, options.maxGuardChecks);
  const toCount = Math.min(to.length, options.maxGuardChecks);
  const skip = options.unguarded;
  for (let f = 0; f < fromCount; f++) {
    const x = from[f]!;
    for (let t = 0; t < toCount; t++) {
      const article = group[to[t]!]!;
      if (article === group[x] || firstOfArticle(to, group, article, t) !== t) continue;
      if (skip && (skip(x) || skip(to[t]!))) continue;
      // Some sampled claim of that article (at t or after) must match x.
      let matched = false;
      for (let u = t; u < toCount && !matched; u++) matched = group[to[u]!] === article && similarity(x, to[u]!) >= options.linkThreshold;
      if (!matched) return false;
    }
  }
  return true;
}

/** The first index (up to `before`) of `list` holding a claim of `article`. */
function firstOfArticle(list: readonly number[], group: readonly number[], article: number, before: number): number {
  for (let t = 0; t < before; t++) if (group[list[t]!] === article) return t;
  return before;
}
