/**
 * A country named with a head that is the country itself ("State of X", "Republic of X", «دولة X»):
 * the name is one more of the country's, not a body of its own (as "X's government" or «جيش X» are).
 * A candidate all of whose names are such a head and a CLDR country's name joins the candidate that
 * names the country alone, where one does.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { isStopword } from '../align/terms.ts';
import { entityData } from './data.ts';
import { countryNamed } from './place-names.ts';
import { mergeCandidateInto } from '../actors/joins.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

/** The country a one-word (or several-word) name names, by its CLDR name in either script (not its adjective: «دولة ليبية» is a state, not Libya). */
const countryOf = (words: readonly string[]): string | undefined => countryNamed(words.join(' '));

/**
 * The country a "head + name" alias names, or undefined.
 * @example stateCountry(['state', 'of', 'peru'], heads) // 'peru'
 */
function stateCountry(alias: readonly string[], heads: ReadonlySet<string>): string | undefined {
  if (alias.length < 2 || !heads.has(alias[0]!)) return undefined;
  const lang = ARABIC_BLOCK.test(alias[0]!) ? 'ar' : 'en';
  const rest = alias.slice(1).filter((w) => !isStopword(w, lang));
  return rest.length > 0 ? countryOf(rest) : undefined;
}

/**
 * Joins "State of X" / «دولة X» to the candidate named X.
 * @example joinStateNames(texts, candidates) // "State of Peru" joins "Peru"
 */
export function joinStateNames(texts: readonly CaseText[], candidates: ActorCandidate[]): void {
  const heads = new Set([...new Set(texts.map((t) => t.lang))].flatMap((lang) => [...entityData(lang).stateHeads]));
  if (heads.size === 0) return;
  // Candidates naming a country by its name alone; a country two candidates name is left alone.
  const byCountry = new Map<string, number | undefined>();
  candidates.forEach((c, n) => {
    if (c.kind === 'person') return;
    for (const alias of c.aliases) {
      const country = alias.length === 1 ? countryOf(alias) : undefined;
      if (country !== undefined) byCountry.set(country, byCountry.has(country) && byCountry.get(country) !== n ? undefined : n);
    }
  });
  candidates.forEach((c, n) => {
    if (c.kind === 'person' || c.aliases.length === 0) return;
    const countries = new Set(c.aliases.map((a) => stateCountry(a, heads)));
    if (countries.size !== 1) return;
    const [country] = countries;
    const owner = country !== undefined ? byCountry.get(country) : undefined;
    if (owner === undefined || owner === n) return;
    mergeCandidateInto(candidates[owner]!, c);
  });
}
