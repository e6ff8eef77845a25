/**
 * One figure told at another grain: outlets round a share or a rate to the precision they print
 * ("52.14 per cent", "52.1%", "52%"), so the figure terms of one proposition differ while one of them
 * is the other rounded. A figure meets another stated to more decimal places when the finer one rounds
 * to it. Other figures at one grain ("52.1" / "52.3") stay apart: they are other counts.
 */

/** A figure term's value and decimal places (places -1: not a figure, or too coarse to stand for a rounding). */
export interface FigureGrain {
  value: number;
  places: number;
}

const NOT_A_FIGURE: FigureGrain = { value: Number.NaN, places: -1 };
const FIGURE = /^(\d+)(?:[.,](\d+))?$/u;

/**
 * The grain of a figure term ("52.14" → 52.14 at 2 places). A figure of one significant digit ("6",
 * "0.5") is left out: a rounding to it says too little ("6" would meet "5.8" and "6.4").
 * @example figureGrain('47.9') // { value: 47.9, places: 1 }
 */
export function figureGrain(term: string): FigureGrain {
  const m = FIGURE.exec(term);
  if (!m) return NOT_A_FIGURE;
  const digits = `${m[1]}${m[2] ?? ''}`.replace(/^0+/u, '');
  if (digits.length < 2) return NOT_A_FIGURE;
  return { value: Number(`${m[1]}.${m[2] ?? '0'}`), places: m[2]?.length ?? 0 };
}

/**
 * Whether two figures (value, places) are one told at two grains: the finer rounds to the coarser at
 * its places. Numbers, not objects: the pair score calls it.
 * @example sameAtGrain(52.14, 2, 52, 0) // true
 * @example sameAtGrain(52.3, 1, 52.1, 1) // false
 */
export function sameAtGrain(valueA: number, placesA: number, valueB: number, placesB: number): boolean {
  if (placesA < 0 || placesB < 0 || placesA === placesB) return false;
  const coarse = placesA < placesB ? placesA : placesB;
  // Half a unit of the coarse figure's last place, with room for binary fractions (52.15 → 52.1 or 52.2).
  return Math.abs(valueA - valueB) <= 0.5 * 10 ** -coarse + 1e-9;
}
