/**
 * Anchors of a claim from the names the entity stage joined across scripts: a name both languages
 * write stands for one entity, whatever its spelling. Most names already meet by their consonant
 * skeleton (anchors.ts), but a name of fewer than three consonants in each word (an invented «سورو» /
 * "Soro", «روتا» / "Ruta") gives no skeleton anchor: the entity's id is then the anchor both claims
 * share.
 */
import type { EntityIndex } from '../entities/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { MIN_NAME_SKELETON } from './anchors.ts';
import type { Anchor } from './anchors.ts';
import { wordSkeleton } from './names.ts';
import { scriptOf } from './script-data.ts';
import { startingWithin } from '../util/sorted.ts';

/** A mention one of whose words gives a skeleton anchor already. */
const hasSkeletonAnchor = (text: string): boolean => text.split(/\s+/u).some((w) => wordSkeleton(w).length >= MIN_NAME_SKELETON);

/**
 * Weight of an entity anchor: below a capitalised name's skeleton (1). Tuned cases (session 18), cross
 * F1 36.6 without: 0.3 36.6, 0.5 36.9, 0.7 37.3, 0.8 37.2, 0.9–1 35.2 (the story's main actor, in most
 * claims, pulls claims of other propositions together). Given to every name of an entity, not only to
 * the short ones, 36.5 at 1 and 36.4 at 0.5: a long name's skeleton says it already.
 */
const ENTITY_WEIGHT = 0.7;

/**
 * Per claim id, the anchors of the entities named in both scripts that the claim mentions by name.
 * @example entityAnchors(articles, resolveEntities(articles)).get('en1:c2') // [{ key: 'n:e4', weight: 1 }]
 */
export function entityAnchors(articles: readonly AnalyzedArticle[], entities: EntityIndex): Map<string, Anchor[]> {
  const out = new Map<string, Anchor[]>();
  const crossScript = new Set<string>();
  for (const e of entities.entities) {
    const names = [e.name, ...e.aliases];
    if (names.some((n) => scriptOf(n) !== undefined) && names.some((n) => scriptOf(n) === undefined)) crossScript.add(e.id);
  }
  if (crossScript.size === 0) return out;
  for (const article of articles) {
    const mentions = (entities.byArticle.get(article.id) ?? []).filter((m) => m.via === 'name' && crossScript.has(m.entityId) && !hasSkeletonAnchor(m.text));
    if (mentions.length === 0) continue;
    for (const claim of article.claims) {
      // Mentions are sorted by start: those starting inside the claim, and ending in it too.
      const keys = new Set<string>();
      for (const m of startingWithin(mentions, claim.start, claim.end)) if (m.end <= claim.end) keys.add(`n:${m.entityId}`);
      if (keys.size > 0) out.set(claim.id, [...keys].map((key) => ({ key, weight: ENTITY_WEIGHT })));
    }
  }
  return out;
}
