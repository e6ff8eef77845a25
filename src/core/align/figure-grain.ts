/**
 * One figure told at another grain: outlets round a share or a rate to the precision they print
 * ("52.14 per cent", "52.1%", "52%"), so the figure terms of one proposition differ while one of them
 * is the other rounded. A figure meets another stated to more decimal places when the finer one rounds
 * to it. Other figures at one grain ("52.1" / "52.3") stay apart: they are other counts.
 */

/** A plain figure; one after "more than" / "at least"; after "nearly" / "less than"; after "about". */
export const BOUND_NONE = 0;
export const BOUND_ABOVE = 1;
export const BOUND_BELOW = 2;
export const BOUND_ABOUT = 3;
const BOUNDS: Record<string, number> = { '>': BOUND_ABOVE, '<': BOUND_BELOW, '~': BOUND_ABOUT };
/** How far past its figure a bound reaches, relative to it ("more than 70" allows 70–87.5). */
const BOUND_REACH = 0.25;
/** How far from its figure an approximation reaches, relative to it ("about 31" allows 29.45–32.55). */
const ABOUT_REACH = 0.05;

/** A figure term's value, decimal places (-1: not a figure, or too coarse to stand for a rounding) and bound. */
export interface FigureGrain {
  value: number;
  places: number;
  bound: number;
}

const NOT_A_FIGURE: FigureGrain = { value: Number.NaN, places: -1, bound: BOUND_NONE };
/** A figure term: digits with one decimal mark, after a bound's mark where it has one (">70", "52.14"). */
export const FIGURE = /^([<>~]?)(\d+)(?:[.,](\d+))?$/u;

/**
 * The grain of a figure term ("52.14" → 52.14 at 2 places). A figure of one significant digit ("6",
 * "0.5") is left out: a rounding to it says too little ("6" would meet "5.8" and "6.4").
 * @example figureGrain('47.9') // { value: 47.9, places: 1 }
 */
export function figureGrain(term: string): FigureGrain {
  const m = FIGURE.exec(term);
  if (!m) return NOT_A_FIGURE;
  const digits = `${m[2]}${m[3] ?? ''}`.replace(/^0+/u, '');
  if (digits.length < 2) return NOT_A_FIGURE;
  return { value: Number(`${m[2]}.${m[3] ?? '0'}`), places: m[3]?.length ?? 0, bound: BOUNDS[m[1]!] ?? BOUND_NONE };
}

/**
 * Whether two figures (value, places, bound) are one told at two grains: the finer rounds to the coarser
 * at its places, or one is a bound the other figure meets ("more than 70" / 73, "nearly 48" / 47.86,
 * "about 31" / 30.9; two bounds meet only as one term). Numbers, not objects: the pair score calls it.
 * @example sameAtGrain(52.14, 2, 52, 0) // true
 * @example sameAtGrain(52.3, 1, 52.1, 1) // false
 * @example sameAtGrain(70, 0, 73, 0, BOUND_ABOVE) // true
 */
export function sameAtGrain(valueA: number, placesA: number, valueB: number, placesB: number, boundA = BOUND_NONE, boundB = BOUND_NONE): boolean {
  if (placesA < 0 || placesB < 0) return false;
  if (boundA !== BOUND_NONE || boundB !== BOUND_NONE) {
    if (boundA !== BOUND_NONE && boundB !== BOUND_NONE) return false;
    const bound = boundA !== BOUND_NONE ? boundA : boundB;
    const limit = boundA !== BOUND_NONE ? valueA : valueB;
    const value = boundA !== BOUND_NONE ? valueB : valueA;
    if (bound === BOUND_ABOVE) return value >= limit && value <= limit * (1 + BOUND_REACH);
    if (bound === BOUND_BELOW) return value <= limit && value >= limit * (1 - BOUND_REACH);
    return Math.abs(value - limit) <= limit * ABOUT_REACH;
  }
  if (placesA === placesB) return false;
  const coarse = placesA < placesB ? placesA : placesB;
  // Half a unit of the coarse figure's last place, with room for binary fractions (52.15 → 52.1 or 52.2).
  return Math.abs(valueA - valueB) <= 0.5 * 10 ** -coarse + 1e-9;
}
