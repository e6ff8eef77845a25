/**
 * When a claim may join a row that already holds a claim of its own article (group.ts): the outlet
 * restates what the row says. The rule of one close match (`restateThreshold`) lets rows chain through
 * one member (A ≈ B, C ≈ B ⇒ A, B, C) where an outlet has many claims on one story; these two checks
 * weigh the joining claim against all of the row's other outlets' claims instead.
 */

export interface RestateOptions {
  /** The claim also restates the row when it matches every (sampled) claim of the other articles at least this well. */
  all?: number;
  /** A third claim of one article (or more) joins only when its mean match with the other articles' claims reaches this. */
  meanFloor?: number;
}

/**
 * Whether claim `x` may join the row `row` (its first `count` members sampled), given whether the
 * one-match rule (`matched`) let it: the all-match rule adds joins, the mean floor refuses some.
 * @example restates(0, [1, 2], 2, [0, 1, 0], sim, false, { all: 0.35 }) // true when sim(0, 1) ≥ 0.35
 */
export function restates(
  x: number,
  row: readonly number[],
  count: number,
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  matched: boolean,
  options: RestateOptions,
): boolean {
  const { all, meanFloor } = options;
  if (matched ? meanFloor === undefined : all === undefined) return matched;
  let own = 0;
  for (let t = 0; t < count; t++) if (group[row[t]!] === group[x]) own++;
  // A second claim of an outlet is its headline and lead; a third chains the row on.
  const weighMean = meanFloor !== undefined && own >= 2;
  if (matched && !weighMean) return true;
  let sum = 0;
  let others = 0;
  for (let t = 0; t < count; t++) {
    const y = row[t]!;
    if (group[y] === group[x]) continue;
    const s = similarity(x, y);
    if (!matched && s < all!) return false;
    sum += s;
    others++;
  }
  if (others === 0) return matched;
  return !weighMean || sum / others >= meanFloor;
}
