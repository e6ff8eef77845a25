// The shape of a regular English verb form, tested one way everywhere attribution reads it ("-ed": a past or
// participle; "-ing": a gerund or participle). Words of other scripts never have it.

export type VerbEnding = 'ed' | 'ing';

// One expression per ending, least stem length and wholeness, built once (indexed: no key to build per call).
const built: RegExp[] = [];

/**
 * Whether `word` ends in `ending` after at least `stem` letters a–z; with `whole`, it is nothing but such
 * letters (a word as written: "Reported" opening a sentence has no past's shape).
 * Example: verbShaped('arranged', 'ed', 1) === true; verbShaped('bed', 'ed', 3, true) === false
 */
export function verbShaped(word: string, ending: VerbEnding, stem = 0, whole = false): boolean {
  const at = stem * 4 + (whole ? 2 : 0) + (ending === 'ed' ? 0 : 1);
  const shape = (built[at] ??= new RegExp(`${whole ? '^' : ''}[a-z]{${stem},}${ending}$`, 'u'));
  return shape.test(word);
}
