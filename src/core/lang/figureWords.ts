/**
 * The number words alignment reads as figures, derived from a language's numbers.json `units` (its one
 * list of number words): single words for whole numbers from two up. "one" and "zero" stay words (as
 * often a pronoun or an idiom as a count), "half" is no count, and a phrase ("a dozen") is no token.
 * @example figureWords({ one: 1, two: 2, 'a dozen': 12, half: 0.5 }) // { two: '2' }
 */
export function figureWords(units: Readonly<Record<string, number>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(units)
      .filter(([word, value]) => Number.isInteger(value) && value >= 2 && !/\s/u.test(word))
      .map(([word, value]) => [word, String(value)]),
  );
}
