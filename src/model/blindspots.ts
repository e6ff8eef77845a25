/**
 * An outlet's blindspots: the rows other outlets share that it does not report. "Shared" means two or
 * more other outlets (one in a case of two), so one outlet's solo claim is not everyone else's blindspot.
 * Example: isBlindspot(new Set(['a', 'b']), 'c', 3) === true
 */
export function isBlindspot(outletsOfRow: ReadonlySet<string>, outlet: string, outletCount: number): boolean {
  if (outletsOfRow.has(outlet)) return false;
  return outletsOfRow.size >= Math.min(2, Math.max(1, outletCount - 1));
}

/** For each outlet (article id), the ids of its blindspot rows, in row order. */
export function blindspotsByOutlet(
  rows: readonly { id: string; claimIds: readonly string[] }[],
  articleOf: (claimId: string) => string | undefined,
  outlets: readonly string[],
): Map<string, string[]> {
  const result = new Map(outlets.map((id) => [id, [] as string[]]));
  for (const row of rows) {
    const present = new Set(row.claimIds.map(articleOf).filter((id): id is string => id !== undefined));
    for (const outlet of outlets) if (isBlindspot(present, outlet, outlets.length)) result.get(outlet)!.push(row.id);
  }
  return result;
}
