/**
 * Stage 6: the entities of a case. Which names in the articles of one case stand for the same person,
 * organisation, armed group or place: spelling and transliteration variants, acronyms and their
 * expansions, full name / surname / title + name, glued Arabic clitics, multiword names built on
 * generic heads kept whole. Rows and actors both read it; nothing here knows any actor by name.
 */
import type { AnalyzedArticle } from '../types.ts';
import { displayNames, resolveCase } from './resolve.ts';
import type { Resolution } from './resolve.ts';

/** One place an entity is named: `text` is `article.text.slice(start, end)` (glued clitics left out). */
export interface EntityMention {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface Entity {
  /** `e1`, `e2` …, by how many articles name the entity. */
  id: string;
  /** The most frequent full spelling. */
  name: string;
  kind: EntityKind;
  /** Other spellings the case uses (surname alone, acronym, other transliterations). */
  aliases: string[];
  mentions: EntityMention[];
}

/** A mention in `byArticle`, with how the text names the entity. */
export interface IndexedMention extends EntityMention {
  entityId: string;
  /** 'name': by a name or alias; 'forces': head noun + commander ("X's militias"); 'coref': a bare definite head ("the government"). */
  via: 'name' | 'forces' | 'coref';
}

export interface EntityIndex {
  entities: Entity[];
  /** Per article id, its mentions sorted by start (a commander's name may sit inside his forces' mention). */
  byArticle: Map<string, IndexedMention[]>;
}

// The token-level resolution behind an index, for stages (actors) that need more than offsets.
const resolutions = new WeakMap<EntityIndex, Resolution>();

/**
 * Resolves the names of a case into entities with every mention's offsets.
 * @example resolveEntities(articles).entities.find((e) => e.aliases.includes('NDF'))?.name // 'National Defence Forces'
 */
export function resolveEntities(articles: readonly AnalyzedArticle[]): EntityIndex {
  const resolution = resolveCase(articles);
  const index = toIndex(articles, resolution);
  resolutions.set(index, resolution);
  return index;
}

/**
 * The token-level resolution an index was built from (undefined for an index built elsewhere).
 * @example resolutionOf(resolveEntities(articles))?.mentions.length
 */
export function resolutionOf(index: EntityIndex): Resolution | undefined {
  return resolutions.get(index);
}

function toIndex(articles: readonly AnalyzedArticle[], r: Resolution): EntityIndex {
  const entities: Entity[] = [];
  const byArticle = new Map<string, IndexedMention[]>(articles.map((a) => [a.id, []]));
  // Article ids ranked once in localeCompare's order (ids it finds equal share a rank): a large case
  // sorts many mentions, and ICU collation per comparison was most of this stage.
  const ids = [...new Set(articles.map((a) => a.id))].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  ids.forEach((id, k) => rank.set(id, k > 0 && ids[k - 1]!.localeCompare(id) === 0 ? rank.get(ids[k - 1]!)! : k));
  for (const group of r.groups) {
    const all = [...group.mentions, ...group.inner];
    const { name, others } = displayNames(r.texts, all, r.candidates[group.candidate]!);
    const entity: Entity = { id: group.id, name, kind: group.kind, aliases: others, mentions: [] };
    for (const m of all) {
      const article = articles[m.article]!;
      const span = r.spanOf(m);
      const text = article.text.slice(span.start, span.end);
      entity.mentions.push({ articleId: article.id, start: span.start, end: span.end, text });
      // Spelled out rather than spread: a spread copy per mention went through the runtime.
      byArticle.get(article.id)!.push({ articleId: article.id, start: span.start, end: span.end, text, entityId: group.id, via: m.kind });
    }
    entity.mentions.sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.start - b.start);
    entities.push(entity);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, byArticle };
}
