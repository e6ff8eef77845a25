/**
 * When a claim may join a row that already holds a claim of its own article (group.ts): the outlet
 * restates what the row says. The rule of one close match (`restateThreshold`) lets rows chain through
 * one member (A ≈ B, C ≈ B ⇒ A, B, C) where an outlet has many claims on one story; the checks here
 * weigh the joining claim against the row's other claims instead: all of the other outlets' (`all`,
 * `meanFloor`), or its own outlet's one claim (`low` with `self`: an outlet telling one proposition twice).
 */

export interface RestateOptions {
  /** The claim also restates the row when it matches every (sampled) claim of the other articles at least this well. */
  all?: number;
  /** A third claim of one article (or more) joins only when its mean match with the other articles' claims reaches this. */
  meanFloor?: number;
  /**
   * A lower bar than the one close match, only while the row holds one claim of that outlet: a claim
   * matching another outlet's claim of the row this well joins when it also restates its own outlet's
   * claim there (`self`). An outlet says one proposition twice (headline and lead, report and quote), rarely more.
   */
  low?: number;
  /** With `low`: how well the joining claim must match its own outlet's one claim in the row (default 0). */
  self?: number;
}

/**
 * The low rule (`options.low`): whether `x`, matching a claim of another outlet in the row at `s`, is
 * its article's only claim in `small` and restates the one claim of its article in `big` (at least
 * `options.self`): a merge that leaves two claims of the outlet in the row.
 * @example restatesOnce(2, 0.3, [2], 1, [0, 1], 2, [0, 1, 0], sim, { low: 0.2, self: 0.25 }) // true when sim(2, 0) ≥ 0.25
 */
export function restatesOnce(
  x: number,
  s: number,
  small: readonly number[],
  smallCount: number,
  big: readonly number[],
  bigCount: number,
  group: readonly number[],
  similarity: (i: number, j: number) => number,
  options: RestateOptions,
): boolean {
  if (options.low === undefined || s < options.low) return false;
  let own = -1;
  for (let t = 0; t < bigCount; t++) {
    if (group[big[t]!] !== group[x]) continue;
    if (own >= 0) return false;
    own = big[t]!;
  }
  for (let t = 0; t < smallCount; t++) if (small[t] !== x && group[small[t]!] === group[x]) return false;
  return own >= 0 && similarity(x, own) >= (options.self ?? 0);
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
