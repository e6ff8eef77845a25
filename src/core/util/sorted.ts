/**
 * The first index of a sorted sequence at which `reached(index)` holds, by binary search; `length` when
 * it never does. `reached` must be false up to some index and true from it on.
 * @example firstIndex(5, (i) => [1, 3, 5, 7, 9][i]! >= 4) // 2
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The spans of `sorted` (by start) that start within [start, end).
 * @example startingWithin([{ start: 1 }, { start: 5 }, { start: 9 }], 4, 9) // [{ start: 5 }]
 */
export function startingWithin<T extends { start: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = firstIndex(sorted.length, (i) => sorted[i]!.start >= start); k < sorted.length && sorted[k]!.start < end; k++) out.push(sorted[k]!);
  return out;
}
