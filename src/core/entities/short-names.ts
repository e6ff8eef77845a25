/**
 * Short names across scripts, settled once the case's other names are known. A Latin name of two or
 * three consonants ("Ruta", "rt") meets many Arabic words; the first pass takes one only when the two
 * stand near the same figures, dates or long names. Places are often named in lists of other short place
 * names («العاصمة كارفونا ومحافظات بلمارا وروطة» / "the capital Karvona and the provinces of Belmara,
 * Ruta"; invented places), where none of that is found: the actors the first pass already named in both scripts then count
 * as shared names. Spellings one letter apart wait for the exact one: a name spelt exactly somewhere in
 * the case is not also given a near neighbour («صيدو» / "Sidu", not «زيدو»).
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

/** An Arabic run whose short skeleton is a Latin name's (or a letter apart), its check left for later. */
export interface PendingShortName {
  keys: string[];
  /** The Latin name's candidate and alias. */
  owner: number;
  alias: string[];
  /** The same skeleton (else one letter apart). */
  exact: boolean;
  /** The Arabic run is a word the bridge knows: only shared names vouch for it. */
  word: boolean;
}

/** Word → the candidate named in both scripts it is a one-word name of. */
export interface NamesAcrossScripts {
  get(key: string): number | undefined;
}

/** Adds an anchor `a:<candidate>` for each word within `window` of a run that names an actor of both scripts. */
export function nameAnchors(tokens: CaseText['tokens'], first: number, length: number, window: number, names: NamesAcrossScripts, into: Map<string, number>): void {
  const end = Math.min(tokens.length, first + length + window);
  for (let j = Math.max(0, first - window); j < end; j++) {
    if (j >= first && j < first + length) continue;
    const id = names.get(tokens[j]!.key);
    if (id !== undefined) into.set(`a:${id}`, 1);
  }
}

/**
 * The pending runs to take, exact skeletons first; a run a letter apart only for a name that has no
 * Arabic spelling yet. `check(p, names)` is the context test, given the names both scripts share.
 */
export function settleShortNames(
  pending: readonly PendingShortName[],
  candidates: readonly ActorCandidate[],
  root: (n: number) => number,
  check: (p: PendingShortName, names: NamesAcrossScripts) => boolean,
): PendingShortName[] {
  if (pending.length === 0) return [];
  const both = new Map<string, number>();
  candidates.forEach((c, n) => {
    if (c.aliases.length === 0) return;
    const arabic = c.aliases.some((a) => a.some((w) => ARABIC_BLOCK.test(w)));
    if (!arabic || !c.aliases.some((a) => !a.some((w) => ARABIC_BLOCK.test(w)))) return;
    for (const alias of c.aliases) if (alias.length === 1) both.set(alias[0]!, root(n));
  });
  const hasArabic = (n: number) => candidates[n]!.aliases.some((a) => a.some((w) => ARABIC_BLOCK.test(w)));
  const seen = new Set<string>();
  const accepted: PendingShortName[] = [];
  const gained = new Set<number>();
  for (const p of [...pending].sort((a, b) => Number(b.exact) - Number(a.exact))) {
    const key = p.keys.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const owner = root(p.owner);
    if (!p.exact && (gained.has(owner) || hasArabic(owner))) continue;
    // The name's own actor is no evidence for itself.
    const names: NamesAcrossScripts = { get: (k) => (both.get(k) === owner ? undefined : both.get(k)) };
    if (!check(p, names)) continue;
    accepted.push(p);
    gained.add(owner);
  }
  return accepted;
}
