/**
 * Grouping scored claim pairs into rows: greedy agglomeration from the best pair down, with a guard
 * against chaining (A≈B and B≈C does not make a row of A and C unless A and C also match).
 */

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

export interface GroupOptions {
  /** A pair must score at least this to start or grow a row. */
  threshold: number;
  /**
   * Anti-chaining guard: every claim of a merged row must match, at least this well, some claim of
   * each other article in the row.
   */
  linkThreshold: number;
  /** Members checked per side by the guard (bounds the cost in very large rows). */
  maxGuardChecks: number;
}

/**
 * Clusters items (claims) from scored pairs. `group[i]` is the item's article; a row may hold several
 * claims of one article only when each matches the other articles' claims (an outlet that restates, or
 * one long sentence of another outlet that covers two of its claims).
 * @example groupPairs(3, [0, 1, 2], [{ i: 0, j: 1, score: 0.9 }], sim, opts) // [[0, 1]]
 */
export function groupPairs(
  n: number,
  group: readonly number[],
  pairs: readonly ScoredPair[],
  similarity: (i: number, j: number) => number,
  options: GroupOptions,
): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  const sorted = pairs.filter((p) => p.score >= options.threshold).sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const { i, j } of sorted) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const left = membersOf(a);
    const right = membersOf(b);
    if (!guard(left, right, group, similarity, options) || !guard(right, left, group, similarity, options)) continue;
    const [root, child] = left.length >= right.length ? [a, b] : [b, a];
    parent[child] = root;
    const rootList = members.get(root) ?? [root];
    for (const m of membersOf(child)) rootList.push(m);
    members.set(root, rootList);
    members.delete(child);
  }
  const clusters: number[][] = [];
  for (const [root, list] of members) if (find(root) === root && list.length > 1) clusters.push([...list].sort((x, y) => x - y));
  return clusters;
}

/** Each (sampled) member of `from` matches some claim of every other article in `to`. */
function guard(
  from: readonly number[],
  to: readonly number[],
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: GroupOptions,
): boolean {
  const sampleFrom = from.slice(0, options.maxGuardChecks);
  const byArticle = new Map<number, number[]>();
  for (const y of to.slice(0, options.maxGuardChecks)) {
    const list = byArticle.get(group[y]!);
    if (list) list.push(y);
    else byArticle.set(group[y]!, [y]);
  }
  for (const x of sampleFrom) {
    for (const [article, claims] of byArticle) {
      if (article === group[x]) continue;
      if (!claims.some((y) => similarity(x, y) >= options.linkThreshold)) return false;
    }
  }
  return true;
}
