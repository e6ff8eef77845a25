/**
 * Joining actor candidates that an article equates (a name and its bracketed acronym, "X, also known as
 * Y"): a small union-find over candidate indexes, then one pass that moves the joined candidates' aliases,
 * spellings and mentions onto the one they join.
 */
import type { ActorCandidate } from './discover.ts';
import type { Mention } from './mentions.ts';

export interface CandidateJoins {
  /** The candidate a candidate is joined to (itself if none). */
  find(index: number): number;
  /** Joins the candidate `from` (and whatever joined it) onto `into`. */
  join(into: number, from: number): void;
  /** Moves aliases, spellings and mentions; `adopt` lets the kept candidate take what the joined one tells. */
  apply(adopt: (target: ActorCandidate, source: ActorCandidate) => void): void;
}

/**
 * A union-find over the case's candidates.
 * @example const joins = candidateJoins(candidates, mentions); joins.join(0, 3); joins.apply(() => {}) // candidate 3's mentions now name 0
 */
export function candidateJoins(candidates: ActorCandidate[], mentions: Mention[]): CandidateJoins {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  return {
    find,
    join: (into, from) => void parent.set(find(from), find(into)),
    apply(adopt) {
      if (!parent.size) return;
      for (const [from] of parent) {
        const to = find(from);
        if (to === from) continue;
        const [target, source] = [candidates[to]!, candidates[from]!];
        mergeCandidateInto(target, source);
        adopt(target, source);
      }
      for (const m of mentions) {
        m.actor = find(m.actor);
        if (m.owner !== undefined) m.owner = find(m.owner);
      }
    },
  };
}

/** Moves one candidate's names, spellings and articles into another's. */
export function mergeCandidateInto(into: ActorCandidate, from: ActorCandidate): void {
  const known = new Set(into.aliases.map((a) => a.join(' ')));
  for (const a of from.aliases) if (!known.has(a.join(' '))) into.aliases.push(a);
  for (const [sp, count] of from.spellings) into.spellings.set(sp, (into.spellings.get(sp) ?? 0) + count);
  for (const a of from.articles ?? []) into.articles?.add(a);
  from.aliases = [];
}
