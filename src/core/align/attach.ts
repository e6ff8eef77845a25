/**
 * Lone claims beside the rows: a long sentence tells a row's proposition in one clause and other things in
 * the rest ("the Vatican said in a video statement on Monday that the pope died, ending a reign marked by
 * …"), so its score with each member is diluted under the join, though no row wants it. Once the rows
 * are made (across languages too), a claim no row holds joins the row most of whose members it meets by
 * the weaker evidence `fits` tells (the part of each sentence they share, one event): the row as a whole
 * vouches for it, where one pair could not. A claim in a row is never moved, so no row loses a member,
 * and the links across languages were made before: none is lost to it.
 */
import type { Row } from '../types.ts';

export interface LoneClaims {
  /** Per unit, its claim's id and the ids a row may show for it (a clause of its sentence). */
  idsOf: (unit: number) => readonly string[];
  /** Per unit, its article's id. */
  articleOf: (unit: number) => string;
  units: number;
  /** Whether lone unit u meets unit v by the weaker evidence. */
  fits: (u: number, v: number) => boolean;
  /** Members a row needs to vouch (all of a smaller row). */
  need: number;
}

/**
 * The rows with lone claims attached: a unit none of whose ids a row shows joins the row (holding no
 * claim of its article) where it fits at least `need` of the members (all when fewer), the most such
 * members first, the earlier row on a tie. Only the rows' own members vouch (no chain through an
 * attached claim).
 * A lone unit tries only the rows holding one of its blocking partners (`candidates`, flat pairs of units, as
 * the rows were made from): trying every row was all pairs (align time ≈ 1.6× at 1,000 articles).
 * @example attachLoneClaims([{ id: 'r1', claimIds: ['a:c1', 'b:c1'], missingFrom: ['c'] }], lone, [4, 0]) // r1 with 'c:c4' when c:c4 fits both
 */
export function attachLoneClaims(rows: readonly Row[], lone: LoneClaims, candidates: ArrayLike<number>): Row[] {
  const { idsOf, articleOf, units, fits, need } = lone;
  // Each unit's ids and article, read once (the pass below meets a unit once per blocking pair).
  const idsOfUnit = Array.from({ length: units }, (_, u) => idsOf(u));
  const articleOfUnit = Array.from({ length: units }, (_, u) => articleOf(u));
  const unitsOfId = new Map<string, number[]>();
  for (let u = 0; u < units; u++) for (const id of idsOfUnit[u]!) (unitsOfId.get(id) ?? unitsOfId.set(id, []).get(id)!).push(u);
  const shown = new Set(rows.flatMap((r) => r.claimIds));
  const members = rows.map((r) => r.claimIds.map((id) => unitsOfId.get(id) ?? []));
  // Lone at the start: only these are ever attached (a claim attached meanwhile is skipped below).
  const loneAtStart = idsOfUnit.map((ids) => !ids.some((id) => shown.has(id)));
  // The articles each row holds a claim of (a few): a row holding one of a lone unit's article cannot take it.
  const articlesOfRow = members.map((claims) => [...new Set(claims.flatMap((claimUnits) => claimUnits.map((v) => articleOfUnit[v]!)))]);
  // The rows each unit stands in, and each lone unit's candidate rows through its blocking partners.
  const rowsOfUnit: (number[] | undefined)[] = new Array(units);
  members.forEach((claims, r) => { for (const claimUnits of claims) for (const v of claimUnits) (rowsOfUnit[v] ??= []).push(r); });
  const tried = new Map<number, Set<number>>();
  const addTried = (u: number, v: number): void => {
    if (!loneAtStart[u]) return;
    const inRows = rowsOfUnit[v];
    if (!inRows) return;
    const article = articleOfUnit[u]!;
    for (const r of inRows) if (!articlesOfRow[r]!.includes(article)) (tried.get(u) ?? tried.set(u, new Set()).get(u)!).add(r);
  };
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    addTried(candidates[k]!, candidates[k + 1]!);
    addTried(candidates[k + 1]!, candidates[k]!);
  }
  const out = rows.map((r) => ({ ...r, claimIds: [...r.claimIds], missingFrom: [...r.missingFrom] }));
  for (let u = 0; u < units; u++) {
    const ids = idsOfUnit[u]!;
    if (!loneAtStart[u] || ids.some((id) => shown.has(id))) continue;
    const article = articleOfUnit[u]!;
    let best = -1;
    let bestCount = 0;
    const rowsToTry = [...(tried.get(u) ?? [])].sort((a, b) => a - b);
    for (const r of rowsToTry) {
      const claims = members[r]!;
      if (articlesOfRow[r]!.includes(article) || !out[r]!.missingFrom.includes(article)) continue;
      let count = 0;
      for (const claimUnits of claims) if (claimUnits.some((v) => fits(u, v))) count++;
      if (count >= Math.min(need, claims.length) && count > bestCount) [best, bestCount] = [r, count];
    }
    if (best < 0) continue;
    const row = out[best]!;
    row.claimIds.push(ids[0]!);
    row.missingFrom = row.missingFrom.filter((a) => a !== article);
    articlesOfRow[best]!.push(article);
    for (const id of ids) shown.add(id);
  }
  return out;
}
