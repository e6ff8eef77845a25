/**
 * Splitting a row that the greedy grouping (group.ts) joined through a bridge: the grouping is
 * transitive, so one pair joining two claims brings every member of the one's row into the other's. A
 * row is re-clustered by average linkage (UPGMA) over its own members' pair scores and cut where two
 * parts meet, on average, under `cut`: two sub-groups that only one pair links part, a member that many
 * of the row match stays.
 */

export interface SplitOptions {
  /** The mean cross-outlet score two parts of a row must reach to stay in one row. */
  cut: number;
  /** Rows of more members are left whole (the split reads every pair of a row's members). */
  maxMembers: number;
  /** Members whose low scores do not count against the others (a headline summarises its row). */
  unguarded?: (i: number) => boolean;
}

/**
 * Each cluster of three or more members, re-clustered by average linkage over `similarity` of its
 * members of different articles; parts holding one article only are dropped (no row).
 * @example splitRows([[0, 1, 2, 3]], [0, 1, 0, 1], sim, { cut: 0.15, maxMembers: 32 }) // [[0, 1], [2, 3]] when 0–1 and 2–3 match and nothing else does
 */
export function splitRows(
  clusters: readonly number[][],
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: SplitOptions,
): number[][] {
  const out: number[][] = [];
  for (const members of clusters) {
    if (members.length < 3 || members.length > options.maxMembers) out.push(members);
    else for (const part of averageLinkParts(members, group, similarity, options)) out.push(part);
  }
  return out;
}

/** The parts of one row (members in input order, each part with two articles or more). */
function averageLinkParts(
  members: readonly number[],
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: SplitOptions,
): number[][] {
  const m = members.length;
  // Between parts p and q: the sum of their cross-outlet scores and how many pairs counted.
  const sum = new Float64Array(m * m);
  const count = new Float64Array(m * m);
  for (let x = 0; x < m; x++) {
    for (let y = x + 1; y < m; y++) {
      const a = members[x]!;
      const b = members[y]!;
      if (group[a] === group[b]) continue;
      const s = similarity(a, b);
      // A headline's weak pairs say nothing against the row (it tells the story in few words).
      if (options.unguarded && s < options.cut && (options.unguarded(a) || options.unguarded(b))) continue;
      sum[x * m + y] = sum[y * m + x] = s;
      count[x * m + y] = count[y * m + x] = 1;
    }
  }
  // Part p is alive while parent[p] === p; its members are listed in parts[p].
  const parts: number[][] = members.map((_, x) => [x]);
  const alive = new Uint8Array(m).fill(1);
  for (;;) {
    let best = -1;
    let bp = -1;
    let bq = -1;
    for (let p = 0; p < m; p++) {
      if (!alive[p]) continue;
      for (let q = p + 1; q < m; q++) {
        if (!alive[q] || count[p * m + q] === 0) continue;
        const mean = sum[p * m + q]! / count[p * m + q]!;
        if (mean > best) {
          best = mean;
          bp = p;
          bq = q;
        }
      }
    }
    if (bp < 0 || best < options.cut) break;
    // q joins p: p's sums with every other part gain q's.
    alive[bq] = 0;
    for (const x of parts[bq]!) parts[bp]!.push(x);
    for (let r = 0; r < m; r++) {
      if (!alive[r] || r === bp) continue;
      sum[bp * m + r] = sum[r * m + bp] = sum[bp * m + r]! + sum[bq * m + r]!;
      count[bp * m + r] = count[r * m + bp] = count[bp * m + r]! + count[bq * m + r]!;
    }
  }
  const out: number[][] = [];
  for (let p = 0; p < m; p++) {
    if (!alive[p]) continue;
    const part = parts[p]!.sort((x, y) => x - y).map((x) => members[x]!);
    if (part.some((u) => group[u] !== group[part[0]!])) out.push(part);
  }
  return out;
}
