import type { Claim } from '../types.ts';

/**
 * From the units of each grouped row to the claims each row shows: a claim of several units (its
 * propositions) whose units joined several rows stands in one of them (`claimInOneRow`).
 */

export interface PlaceOptions {
  claimInOneRow: boolean;
  placeClaim: 'first' | 'best';
}

/**
 * Members of a row a unit's fit there is measured against: a bound on the work in a large row. (The
 * grouping guard samples `maxGuardChecks`, 16; this sample was set apart from it, at 32.)
 */
const FIT_SAMPLE = 32;

/** Each cluster's units as shown, in the clusters' order (rows left with one article are dropped). */
export function placeClaims(clusters: number[][], claims: readonly Claim[], group: readonly number[], score: (i: number, j: number) => number, options: PlaceOptions): number[][] {
  if (!options.claimInOneRow) return clusters.map((members) => oncePerRow(members, claims));
  return options.placeClaim === 'best' ? bestRowPerClaim(clusters, claims, group, score) : oneRowPerClaim(clusters, claims, group);
}

/**
 * Units of one claim (its propositions) may land in different rows, but a claim is shown in one row:
 * the first it joined keeps it; a row left with one article is dropped.
 */
function oneRowPerClaim(clusters: number[][], claims: readonly Claim[], group: readonly number[]): number[][] {
  const placed = new Set<Claim>();
  const out: number[][] = [];
  for (const members of clusters) {
    const kept: number[] = [];
    for (const m of members) {
      if (placed.has(claims[m]!)) continue;
      placed.add(claims[m]!);
      kept.push(m);
    }
    if (new Set(kept.map((m) => group[m])).size >= 2) out.push(kept);
    else for (const m of kept) placed.delete(claims[m]!);
  }
  return out;
}

/**
 * Units of one claim may land in different rows; the claim is shown in the row where one of its units
 * matches a claim of another article best. A row left with one article is dropped, and the claims that
 * chose it go to their next best row.
 */
function bestRowPerClaim(clusters: number[][], claims: readonly Claim[], group: readonly number[], score: (i: number, j: number) => number): number[][] {
  // Only claims whose units stand in two rows or more have a choice. A claim's units are adjacent
  // (prepareCase), so only a claim of several units can; every other claim stays in its one row while
  // that row lives, and needs no entry of its own.
  const several = (m: number): boolean => (m > 0 && claims[m - 1] === claims[m]) || claims[m + 1] === claims[m];
  const rowsOfClaim = new Map<Claim, number>();
  for (const members of clusters) for (const m of members) if (several(m)) rowsOfClaim.set(claims[m]!, (rowsOfClaim.get(claims[m]!) ?? 0) + 1);
  // Per such claim: its units' rows with the best cross-article score there (the row's first members only).
  const options = new Map<Claim, { row: number; unit: number; fit: number }[]>();
  clusters.forEach((members, row) => {
    const sample = Math.min(FIT_SAMPLE, members.length);
    for (const m of members) {
      if (!((rowsOfClaim.get(claims[m]!) ?? 0) > 1)) continue;
      let fit = 0;
      for (let x = 0; x < sample; x++) if (group[members[x]!] !== group[m]) fit = Math.max(fit, score(m, members[x]!));
      const list = options.get(claims[m]!) ?? [];
      list.push({ row, unit: m, fit });
      options.set(claims[m]!, list);
    }
  });
  for (const list of options.values()) list.sort((x, y) => y.fit - x.fit || x.row - y.row);
  const alive = clusters.map(() => true);
  const choice = new Map<Claim, number>();
  // Whether unit m (of a row alive when the round began) is where its claim is shown.
  const chosen = (m: number): boolean => !options.has(claims[m]!) || choice.get(claims[m]!) === m;
  for (let round = 0; round < 8; round++) {
    choice.clear();
    for (const [claim, list] of options) {
      const pick = list.find((o) => alive[o.row]);
      if (pick) choice.set(claim, pick.unit);
    }
    let changed = false;
    clusters.forEach((members, row) => {
      if (!alive[row]) return;
      if (!twoArticles(members, group, chosen)) {
        alive[row] = false;
        changed = true;
      }
    });
    if (!changed) break;
  }
  const out: number[][] = [];
  clusters.forEach((members, row) => {
    if (!alive[row]) return;
    const kept = members.filter(chosen);
    if (twoArticles(kept, group, () => true)) out.push(kept);
  });
  return out;
}

/** Whether the members that `counts` keeps are of two articles or more. */
function twoArticles(members: readonly number[], group: readonly number[], counts: (m: number) => boolean): boolean {
  let first = -1;
  for (const m of members) {
    if (!counts(m)) continue;
    if (first < 0) first = group[m]!;
    else if (group[m] !== first) return true;
  }
  return false;
}

/** A row's units with each claim once (two propositions of one sentence may both match a long claim). */
function oncePerRow(members: number[], claims: readonly Claim[]): number[] {
  const seen = new Set<Claim>();
  return members.filter((m) => !seen.has(claims[m]!) && seen.add(claims[m]!));
}
