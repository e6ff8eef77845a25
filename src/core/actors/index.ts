/**
 * Stage 7: the actors a case keeps naming and every label each outlet attaches to them (titles,
 * adjectives, appositions, relative clauses, the head noun chosen: "army" vs "militias"). Actors are
 * discovered from the text (no names in code or data); labels come from the language's lexicon, the
 * user's entries, and discovery (modifiers some outlets use for an actor and others do not).
 */
import { wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { Actor, ActorLabel, AnalyzedArticle, LabelLexiconEntry } from '../types.ts';
import { discoverActors } from './discover.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import { actorData, PhraseMatcher } from './lexicon.ts';
import { labelsOfMention } from './labels.ts';
import type { LabelDraft } from './labels.ts';
import { findMentions } from './mentions.ts';
import type { Mention } from './mentions.ts';
import { actorTokens, displayWord, vocabulary } from './tokens.ts';

export interface FindActorsOptions {
  /** Extra label entries (e.g. added by the user in the dashboard). */
  extraLabels?: LabelLexiconEntry[];
  /** Articles that must name an actor for it to be listed (default: 2, or 1 for a one-article case). */
  minArticles?: number;
}

/**
 * The actors of a case with their labels, ordered by how many articles name them.
 * @example findActors(articles)[0] // { id: 'a1', name: 'Omar Suleiman', aliases: ['Suleiman'], labels: [{ key: 'field marshal', … }] }
 */
export function findActors(articles: readonly AnalyzedArticle[], options: FindActorsOptions = {}): Actor[] {
  const extra = options.extraLabels ?? [];
  const words: (Token[] | null)[] = articles.map((a) => wordTokens(a.text, a.language));
  const known = vocabulary(words as Token[][]);
  const texts: CaseText[] = articles.map((a, k) => {
    const tokens = actorTokens(a.text, a.language, known, words[k]!);
    // Each article's word tokens are garbage once its actor tokens exist: a large case need not hold both.
    words[k] = null;
    return { articleIndex: k, lang: a.language, text: a.text, tokens, data: actorData(a.language, extra) };
  });
  const candidates = discoverActors(texts);
  const aliases = new PhraseMatcher<number>();
  candidates.forEach((c, n) => {
    for (const words of c.aliases) aliases.addWords(words, n);
  });
  const mentions = findMentions(texts, candidates, aliases);
  const minArticles = options.minArticles ?? (articles.length > 1 ? 2 : 1);
  // Group mentions by actor (forces mentions may have created new candidates).
  const byActor = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byActor.get(m.actor);
    if (list) list.push(m);
    else byActor.set(m.actor, [m]);
  }
  const kept = [...byActor]
    .map(([actor, list]) => ({ actor, list, articles: new Set(list.map((m) => m.article)) }))
    .filter((x) => x.articles.size >= minArticles && x.list.length >= 2)
    .sort((x, y) => y.articles.size - x.articles.size || y.list.length - x.list.length || firstPosition(x.list) - firstPosition(y.list));
  const occupied = texts.map(() => new Set<number>());
  const persons = texts.map(() => new Set<number>());
  for (const m of mentions) {
    const person = candidates[m.actor]!.kind === 'person';
    for (let k = m.first; k <= m.last; k++) {
      occupied[m.article]!.add(k);
      if (person) persons[m.article]!.add(k);
    }
  }
  const aliasWords = new Set(candidates.flatMap((c) => c.aliases.flat()));
  return kept.map(({ actor, list, articles: named }, n) => {
    const drafts: LabelDraft[] = [];
    for (const m of list) drafts.push(...labelsOfMention(texts[m.article]!, m, occupied[m.article]!, candidates[actor]!, aliasWords, persons[m.article]!));
    const labels = finishLabels(drafts, named, articles);
    const { name, others } = names(texts, list, candidates[actor]!);
    const result: Actor = { id: `a${n + 1}`, name, labels };
    if (others.length) result.aliases = others;
    return result;
  });
}

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

const QUOTES = /["'«»“”‘’„]/gu;

/** The actor's display name (its most frequent full spelling) and its other spellings. */
function names(texts: readonly CaseText[], list: readonly Mention[], candidate: ActorCandidate): { name: string; others: string[] } {
  const counts = new Map<string, number>();
  for (const m of list) {
    if (m.kind !== 'name') continue;
    const c = texts[m.article]!;
    const first = c.tokens[m.first]!;
    const surface = displayWord(c.text.slice(first.start, first.end), first.key) + c.text.slice(first.end, c.tokens[m.last]!.end);
    const s = surface.replace(/['’]s$/u, '').replace(QUOTES, '').replace(/\s+/gu, ' ').trim();
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (!counts.size) for (const [s, n] of candidate.spellings) counts.set(s.replace(QUOTES, '').replace(/\s+/gu, ' ').trim(), n);
  if (!counts.size) {
    const m = list[0]!;
    const c = texts[m.article]!;
    counts.set(c.text.slice(c.tokens[m.first]!.start, c.tokens[m.last]!.end).replace(QUOTES, ''), 1);
  }
  const words = (s: string): number => s.split(' ').length;
  const ranked = [...counts].sort((a, b) => {
    // A full name ("خليفة سليمان", "حكومة الإنقاذ") before a bare one, then the most frequent.
    if (Math.min(words(a[0]), 2) !== Math.min(words(b[0]), 2)) return Math.min(words(b[0]), 2) - Math.min(words(a[0]), 2);
    return b[1] - a[1] || words(b[0]) - words(a[0]);
  });
  // A fuller form used at least half as often names the actor better ("الجيش الوطني الليبي" over "الجيش الليبي").
  let [name, top] = ranked[0]!;
  for (const [s, n] of ranked) {
    const mine = name.split(' ');
    const theirs = s.split(' ');
    let k = 0;
    for (const w of theirs) if (k < mine.length && w === mine[k]) k++;
    if (theirs.length > mine.length && k === mine.length && n * 2 >= top) [name, top] = [s, n];
  }
  const others = [...new Set(ranked.slice(1).map(([s]) => s))].filter((s) => s !== name);
  return { name, others: others.slice(0, 10) };
}
