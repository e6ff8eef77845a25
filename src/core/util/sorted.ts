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
