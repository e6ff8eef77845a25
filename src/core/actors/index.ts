/**
 * Stage 7: the actors a case keeps naming and every label each outlet attaches to them (titles,
 * adjectives, appositions, relative clauses, the head noun chosen: "army" vs "militias"). Actors are
 * discovered from the text (no names in code or data); labels come from the language's lexicon, the
 * user's entries, and discovery (modifiers some outlets use for an actor and others do not).
 */
import { resolutionOf, resolveEntities } from '../entities/index.ts';
import type { EntityIndex } from '../entities/index.ts';
import { displayNames } from '../entities/resolve.ts';
import type { Resolution } from '../entities/resolve.ts';
import type { Actor, ActorLabel, AnalyzedArticle, LabelLexiconEntry } from '../types.ts';
import { labelsOfMention } from './labels.ts';
import type { LabelDraft } from './labels.ts';
import type { Mention } from './mentions.ts';

export interface FindActorsOptions {
  /** Extra label entries (e.g. added by the user in the dashboard). */
  extraLabels?: LabelLexiconEntry[];
  /** Articles that must name an actor for it to be listed (default: 2, or 1 for a one-article case). */
  minArticles?: number;
  /** The case's entities, when already resolved (else resolved here, with `extraLabels`). */
  entities?: EntityIndex;
}

/**
 * The actors of a case with their labels, ordered by how many articles name them.
 * @example findActors(articles)[0] // { id: 'a1', name: 'Omar Suleiman', aliases: ['Suleiman'], labels: [{ key: 'field marshal', … }] }
 */
export function findActors(articles: readonly AnalyzedArticle[], options: FindActorsOptions = {}): Actor[] {
  const resolve = (): Resolution => resolutionOf(resolveEntities(articles, options.extraLabels ? { extraLabels: options.extraLabels } : {}))!;
  const r = (options.entities && resolutionOf(options.entities)) ?? resolve();
  const { texts, candidates, mentions, aliasWords } = r;
  const minArticles = options.minArticles ?? (articles.length > 1 ? 2 : 1);
  const kept = r.groups
    .map((g) => ({ g, articles: new Set(g.mentions.map((m) => m.article)) }))
    // Places and bare names of unknown kind are entities, not actors outlets label.
    .filter((x) => ACTOR_KINDS.has(candidates[x.g.candidate]!.kind) && x.articles.size >= minArticles && x.g.mentions.length >= 2)
    .sort((x, y) => y.articles.size - x.articles.size || y.g.mentions.length - x.g.mentions.length || firstPosition(x.g.mentions) - firstPosition(y.g.mentions));
  const occupied = texts.map(() => new Set<number>());
  const persons = texts.map(() => new Set<number>());
  for (const m of mentions) {
    const person = candidates[m.actor]!.kind === 'person';
    for (let k = m.first; k <= m.last; k++) {
      occupied[m.article]!.add(k);
      if (person) persons[m.article]!.add(k);
    }
  }
  return kept.map(({ g, articles: named }, n) => {
    const drafts: LabelDraft[] = [];
    for (const m of g.mentions) drafts.push(...labelsOfMention(texts[m.article]!, m, occupied[m.article]!, candidates[g.candidate]!, aliasWords, persons[m.article]!));
    const labels = finishLabels(drafts, named, articles);
    const { name, others } = displayNames(texts, g.mentions, candidates[g.candidate]!);
    const result: Actor = { id: `a${n + 1}`, name, labels };
    if (others.length) result.aliases = others;
    return result;
  });
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'org']);

function firstPosition(list: readonly Mention[]): number {
  return Math.min(...list.map((m) => m.article * 1e9 + m.first));
}

/** Dedupes labels, keeps discovered ones only where outlets differ, and head nouns only where they vary. */
function finishLabels(drafts: readonly LabelDraft[], named: ReadonlySet<number>, articles: readonly AnalyzedArticle[]): ActorLabel[] {
  const seen = new Set<string>();
  const unique = drafts.filter((d) => {
    const id = `${d.article}:${d.start}:${d.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const discoveredArticles = new Map<string, Set<number>>();
  const discoveredCount = new Map<string, number>();
  for (const d of unique) {
    if (d.origin !== 'discovered') continue;
    discoveredCount.set(d.key, (discoveredCount.get(d.key) ?? 0) + 1);
    const set = discoveredArticles.get(d.key) ?? new Set<number>();
    set.add(d.article);
    discoveredArticles.set(d.key, set);
  }
  const headKeys = new Set(unique.filter((d) => d.form === 'head-noun').map((d) => d.key));
  return unique
    .filter((d) => {
      // Discovered: used for this actor more than once, and not by every outlet that names it.
      // A relative clause is one outlet's description: shown once it is there.
      if (d.origin === 'discovered' && d.form === 'relative-clause') return named.size >= 2;
      // A title or apposition is what the outlet calls the person, shared or not ("President", "opposition leader").
      if (d.origin === 'discovered' && (d.form === 'title' || d.form === 'apposition')) return true;
      if (d.origin === 'discovered') return named.size >= 2 && (discoveredCount.get(d.key) ?? 0) >= 2 && discoveredArticles.get(d.key)!.size < named.size;
      // A head noun every mention shares ("government") is no choice; "army" beside "militias" is.
      if (d.form === 'head-noun' && d.stance === 'neutral' && headKeys.size < 2) return false;
      return true;
    })
    .sort((a, b) => a.article - b.article || a.start - b.start)
    .map((d) => {
      const label: ActorLabel = {
        text: d.text,
        start: d.start,
        end: d.end,
        articleId: articles[d.article]!.id,
        stance: d.stance,
        origin: d.origin,
        key: d.key,
      };
      if (d.form) label.form = d.form;
      return label;
    });
}
