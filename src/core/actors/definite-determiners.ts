/**
 * Where a definite determiner stands in an article ("the", "this"; not "a", "every", "that" opening a
 * clause): the word that opens the descriptions several passes look for ("the left-leaning
 * opposition", "the paramilitary group"). Listed once per article and shared, so those passes visit
 * these words only instead of testing four word sets at every word of the case.
 */
import type { CaseText } from './discover.ts';

// Per text of one findActors call (a new call makes new texts, so nothing stale is read).
const listed = new WeakMap<CaseText, readonly number[]>();

/** Whether the word opens a definite noun phrase: a determiner, not an indefinite, self-determiner, complementizer or relative. */
export function isDefiniteDeterminer(key: string, data: CaseText['data']): boolean {
  return data.determiners.has(key) && !data.indefinites.has(key) && !data.selfDeterminers.has(key) && !data.complementizers.has(key) && !data.relatives.has(key);
}

/** The token indexes of the article's definite determiners, in order. */
export function definiteDeterminers(c: CaseText): readonly number[] {
  let out = listed.get(c);
  if (!out) {
    const found: number[] = [];
    for (let k = 0; k < c.tokens.length; k++) if (isDefiniteDeterminer(c.tokens[k]!.key, c.data)) found.push(k);
    listed.set(c, (out = found));
  }
  return out;
}
