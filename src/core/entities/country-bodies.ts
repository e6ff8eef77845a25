/**
 * A body Arabic names by its head and the country's adjective («الجيش المالي») and English by the
 * country's adjective and the head's word ("the Malian army"): the English finder keeps no such name (it
 * takes "Malian" alone), so the Latin phrase becomes a name of the Arabic candidate, and its mentions are
 * the body's, not the country's. "Mali's military" as well: the country's name in the possessive.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { englishInName } from '../crosslang/bridge.ts';
import { entityData } from './data.ts';
import { countriesOfAdjective, countryNamed, countryOfSingularAdjective } from './place-names.ts';
import { ARABIC_LETTER } from '../normalize/script.ts';

/**
 * Adds "Xn head" of the Latin articles (head: an English word of the Arabic head) as a name of the Arabic
 * candidate «head X-ي».
 * @example addCountryBodies(texts, candidates) // «الجيش المالي» gains ['malian', 'army']
 */
export function addCountryBodies(texts: readonly CaseText[], candidates: ActorCandidate[]): void {
  const arabic = texts.filter((t) => t.tokens.some((tok) => ARABIC_LETTER.test(tok.key)));
  const latin = texts.filter((t) => !arabic.includes(t));
  if (arabic.length === 0 || latin.length === 0) return;
  const plurals = entityData(arabic[0]!.lang).dictionaryForms?.adjectivalPluralEndings ?? [];
  // The Arabic bodies by country: each with its head's English words.
  const bodies = new Map<string, { candidate: ActorCandidate; heads: Set<string> }[]>();
  for (const c of candidates) {
    if (c.kind === 'person') continue;
    for (const [head, adjective, ...rest] of c.aliases) {
      if (rest.length > 0 || adjective === undefined || !ARABIC_LETTER.test(head!)) continue;
      const country = countryOfSingularAdjective(adjective, plurals);
      const heads = country !== undefined ? new Set(englishInName(head!)) : undefined;
      if (heads?.size) (bodies.get(country!) ?? bodies.set(country!, []).get(country!)!).push({ candidate: c, heads });
    }
  }
  if (bodies.size === 0) return;
  const holder = new Map<string, ActorCandidate>();
  for (const c of candidates) for (const a of c.aliases) holder.set(a.join(' '), c);
  // One pass over the Latin words: a country's adjective, then a word of a body's head.
  const countries = new Map<string, string[]>();
  for (const { tokens } of latin) {
    for (let k = 0; k + 1 < tokens.length; k++) {
      const [x, y] = [tokens[k]!, tokens[k + 1]!];
      if (y.breakBefore) continue;
      // "Sudan's army": the country's name in the possessive says whose body it is, as its adjective does.
      const owner = x.possessive ? countryNamed(x.key) : undefined;
      const of = owner !== undefined ? (bodies.has(owner) ? [owner] : []) : (countries.get(x.key) ?? countries.set(x.key, countriesOfAdjective(x.key).filter((country) => bodies.has(country))).get(x.key)!);
      for (const country of of) {
        const alias = [x.key, y.key];
        // A name some candidate holds already is matched as names are (by translation).
        const body = holder.has(alias.join(' ')) ? undefined : bodies.get(country)!.find((b) => b.heads.has(y.key));
        if (body === undefined) continue;
        body.candidate.aliases.push(alias);
        holder.set(alias.join(' '), body.candidate);
      }
    }
  }
}
