import { createSelector } from '@reduxjs/toolkit';
import type { EffectiveAnalysis } from './applyCorrections.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';
import type { RootState } from './rootReducer.ts';

const NONE: ReadonlySet<string> = new Set();
const cache = new WeakMap<EffectiveAnalysis, Map<string, ReadonlySet<string>>>();

/**
 * The claims that name one actor: those whose span holds one of the actor's mentions (the worker's, with
 * offsets: any of its names, in either script, the surname alone, its forces) or one of its labels. A
 * claim that merely has a name's letters in it ("a stone" beside an actor named Stone) is not one.
 * Worked out when the filter asks, once per actor and analysis.
 * Example: claimsNamingActor(analysis, 'a1').has('art-1:c2')
 */
export function claimsNamingActor(analysis: EffectiveAnalysis, actorId: string): ReadonlySet<string> {
  let byActor = cache.get(analysis);
  if (!byActor) cache.set(analysis, (byActor = new Map()));
  const cached = byActor.get(actorId);
  if (cached) return cached;
  const actor = analysis.actors.find((a) => a.id === actorId);
  if (!actor) return NONE;
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const span of [...(actor.mentions ?? []), ...actor.labels]) {
    const list = spans.get(span.articleId);
    if (list) list.push(span);
    else spans.set(span.articleId, [span]);
  }
  const ids = new Set<string>();
  for (const article of analysis.articles) {
    const inArticle = spans.get(article.id);
    if (!inArticle) continue;
    for (const claim of article.claims) {
      if (inArticle.some((s) => s.start >= claim.start && s.end <= claim.end)) ids.add(claim.id);
    }
  }
  byActor.set(actorId, ids);
  return ids;
}

/** The claims that name an actor (see claimsNamingActor); empty for no actor. */
export const selectClaimsNamingActor = createSelector(
  [selectEffectiveAnalysis, (_state: RootState, actorId: string | null) => actorId],
  (analysis, actorId): ReadonlySet<string> => (analysis && actorId ? claimsNamingActor(analysis, actorId) : NONE),
);
