// Shared lookups for the actor tests: find an actor by a spelling, and print its labels compactly.
import type { Actor, ActorLabel } from '../../../src/core/types.ts';

/** The actor whose name is `spelling` (else one with it as an alias); throws with what there is. */
export function actorNamed(actors: readonly Actor[], spelling: string): Actor {
  const actor = actors.find((a) => a.name === spelling) ?? actors.find((a) => a.aliases?.includes(spelling));
  if (!actor) throw new Error(`no actor ${spelling} in ${actors.map((a) => `${a.name} [${(a.aliases ?? []).join(', ')}]`).join('; ')}`);
  return actor;
}

/** Each label as its chosen fields joined by ":" (e.g. "a:rogue general:general"). */
export function labelStrings(actor: Actor, ...fields: (keyof ActorLabel)[]): string[] {
  return actor.labels.map((l) => fields.map((f) => l[f] ?? '').join(':'));
}

/** The label texts of the actor named `spelling`, in one article when `articleId` is given. */
export function labelsOf(actors: readonly Actor[], spelling: string, articleId?: string): string[] {
  return actorNamed(actors, spelling).labels.filter((l) => !articleId || l.articleId === articleId).map((l) => l.text);
}
