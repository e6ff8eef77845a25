/**
 * The token-level work behind the entity index: article words for name finding, candidate names
 * (persons, organisations) merged into one per entity, their mentions, and the display name of each.
 */
import { discoverActors } from '../actors/discover.ts';
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { cliticLength } from '../actors/labels.ts';
import { joinKnownAs } from '../actors/equate.ts';
import { candidateJoins } from '../actors/joins.ts';
import { actorData, PhraseMatcher } from '../actors/lexicon.ts';
import { findMentions } from '../actors/mentions.ts';
import type { Mention } from '../actors/mentions.ts';
import { actorTokens, displayWord, vocabulary } from '../actors/tokens.ts';
import { wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import type { EntityKind } from './index.ts';
import { addCrossScriptAliases, commonNounMentions } from './cross-script.ts';
import { joinStateNames } from './state-names.ts';
import { addCountryBodies } from './country-bodies.ts';
import { joinDescribedBodies } from './described-bodies.ts';
import { addCommonGroups, commonGroupMentions } from './common-groups.ts';
import { discoverPlaces, markPlaces } from './places.ts';
import { glueNumberedNames } from './numbered-names.ts';
import { discoverRecurringNames } from './recurring.ts';
import { addWordAcronyms, mergeVariants } from './variants.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';
import { entityData } from './data.ts';
import { nameSkeleton } from './skeleton.ts';
import { gluedToEntry } from '../crosslang/bridge.ts';

/** One resolved entity at token level. */
export interface EntityGroup {
  id: string;
  /** Index into `candidates`. */
  candidate: number;
  kind: EntityKind;
  /** Mentions as found (a commander's forces count for the forces, not for him). */
  mentions: Mention[];
  /** The name inside another entity's mention ("X" in "X's militias"). */
  inner: Mention[];
  /** Articles (indexes) that name it. */
  articles: Set<number>;
}

export interface Resolution {
  texts: CaseText[];
  candidates: ActorCandidate[];
  /** Every mention, as found (forces mentions carry their `owner`). */
  mentions: Mention[];
  /** Entities by how many articles name them; their mentions include a commander's name inside his forces' mention. */
  groups: EntityGroup[];
  /** Words of every alias of every candidate (a label is never one of them). */
  aliasWords: Set<string>;
  /** Character span of a mention (a glued clitic and an English possessive left out). */
  spanOf: (m: Mention) => { start: number; end: number };
}

/**
 * Finds and merges the names of a case.
 * @example resolveCase(articles).groups[0]?.name
 */
export function resolveCase(articles: readonly AnalyzedArticle[]): Resolution {
  const words: (Token[] | null)[] = articles.map((a) => wordTokens(a.text, a.language));
  const known = vocabulary(words as Token[][]);
  const texts: CaseText[] = articles.map((a, k) => {
    const tokens = actorTokens(a.text, a.language, known, words[k]!);
    // Each article's word tokens are garbage once its actor tokens exist: a large case need not hold both.
    words[k] = null;
    return { articleIndex: k, lang: a.language, text: a.text, tokens, data: actorData(a.language) };
  });
  glueNumberedNames(texts);
  const found = discoverActors(texts);
  const places = discoverPlaces(texts, found);
  const candidates = mergeVariants([...found, ...places, ...discoverRecurringNames(texts, [...found, ...places])]);
  addWordAcronyms(candidates, known);
  addCrossScriptAliases(texts, candidates);
  joinStateNames(texts, candidates);
  addCountryBodies(texts, candidates);
  const commonGroups = addCommonGroups(texts, candidates);
  const aliases = new PhraseMatcher<number>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) aliases.addWords(alias, n);
  });
  const mentions = findMentions(texts, candidates, aliases);
  mentions.push(...commonNounMentions(texts, candidates, mentions));
  mentions.push(...commonGroupMentions(texts, candidates, commonGroups, mentions));
  joinParentheticals(texts, candidates, mentions);
  joinKnownAs(texts, candidates, mentions);
  joinDescribedBodies(texts, candidates, mentions);
  markPlaces(texts, candidates, mentions);
  const spanOf = (m: Mention): { start: number; end: number } => {
    const c = texts[m.article]!;
    const first = c.tokens[m.first]!;
    const last = c.tokens[m.last]!;
    return { start: first.start + cliticLength(c, m.first), end: last.end - (last.possessive ? 2 : 0) };
  };
  const aliasWords = new Set(candidates.flatMap((c) => c.aliases.flat()));
  return { texts, candidates, mentions, groups: groupMentions(candidates, mentions), aliasWords, spanOf };
}

const OPEN_PAREN = /^\s*[([]\s*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const CLOSE_PAREN = /^\s*[)\]]/u;

/**
 * "Ostrani Front (Korvani)", "قوات تلال الديمقراطية (قتد)": a name and the one in brackets right after
 * it are one entity; its mentions and aliases join (a person never joins a group this way).
 */
function joinParentheticals(texts: readonly CaseText[], candidates: ActorCandidate[], mentions: Mention[]): void {
  const joins = candidateJoins(candidates, mentions);
  const { find } = joins;
  // Only names followed by a bracket are worth a look; the name in it starts on the next token.
  const startingAt = new Map<string, Mention>();
  const opened: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    startingAt.set(`${m.article}:${m.first}`, m);
    const c = texts[m.article]!;
    const end = c.tokens[m.last]!.end;
    if (c.text.charCodeAt(end) === 40 || c.text.charCodeAt(end + 1) === 40 || c.text.charCodeAt(end) === 91 || c.text.charCodeAt(end + 1) === 91) opened.push(m);
  }
  for (const a of opened) {
    const b = startingAt.get(`${a.article}:${a.last + 1}`);
    if (!b || find(a.actor) === find(b.actor)) continue;
    const c = texts[a.article]!;
    // "CAIRO (AP) —": a dateline and its agency are two names, not one.
    const outer = c.text.slice(c.tokens[a.first]!.start, c.tokens[a.last]!.end);
    if (/\p{Lu}/u.test(outer) && outer === outer.toUpperCase() && outer.length > 3) continue;
    const between = c.text.slice(c.tokens[a.last]!.end, c.tokens[b.first]!.start);
    if (!OPEN_PAREN.test(between) || !CLOSE_PAREN.test(c.text.slice(c.tokens[b.last]!.end, c.tokens[b.last]!.end + 3))) continue;
    // "the Bar Society of Velmar (BSV)": the name before the bracket ends a longer one that a lower-case
    // word joins ("Velmar"), and the acronym does not start as it does: it shortens the longer name.
    const inner = c.text.slice(c.tokens[b.first]!.start, c.tokens[b.last]!.end);
    const joined = a.first >= 2 && !c.tokens[a.first]!.breakBefore && !c.tokens[a.first - 1]!.capitalised && !c.tokens[a.first - 1]!.breakBefore && c.tokens[a.first - 2]!.capitalised;
    if (joined && ACRONYM.test(inner) && inner[0] !== outer[0]) continue;
    const [x, y] = [candidates[a.actor]!, candidates[b.actor]!];
    const person = (k: ActorCandidate): boolean => k.kind === 'person' && k.titled === true;
    if (person(x) || person(y)) continue;
    joins.join(a.actor, b.actor);
  }
  joins.apply((target, source) => {
    if (target.kind === 'person' && source.kind !== 'person') target.kind = source.kind;
  });
}

function groupMentions(candidates: readonly ActorCandidate[], mentions: readonly Mention[]): EntityGroup[] {
  const byCandidate = new Map<number, { mentions: Mention[]; inner: Mention[] }>();
  const listOf = (actor: number): { mentions: Mention[]; inner: Mention[] } => {
    let lists = byCandidate.get(actor);
    if (!lists) byCandidate.set(actor, (lists = { mentions: [], inner: [] }));
    return lists;
  };
  for (const m of mentions) {
    listOf(m.actor).mentions.push(m);
    // "ميليشيات X", "X's militias": X is named too.
    const inner = m.kind === 'forces' && m.owner !== undefined ? ownerTokens(m) : null;
    if (inner) listOf(m.owner!).inner.push({ actor: m.owner!, article: m.article, first: inner[0], last: inner[1], kind: 'name' });
  }
  const byPosition = (a: Mention, b: Mention): number => a.article - b.article || a.first - b.first;
  const groups = [...byCandidate].map(([candidate, lists]) => {
    lists.mentions.sort(byPosition);
    lists.inner.sort(byPosition);
    const articles = new Set<number>();
    for (const m of lists.mentions) articles.add(m.article);
    for (const m of lists.inner) articles.add(m.article);
    return { id: '', candidate, kind: kindOf(candidates[candidate]!), mentions: lists.mentions, inner: lists.inner, articles };
  });
  groups.sort((x: EntityGroup, y: EntityGroup) => y.articles.size - x.articles.size || y.mentions.length + y.inner.length - x.mentions.length - x.inner.length || firstPosition(x) - firstPosition(y));
  groups.forEach((g, n) => (g.id = `e${n + 1}`));
  return groups;
}

/** The name's tokens inside a forces mention (the part that is not its head noun). */
function ownerTokens(m: Mention): [number, number] | null {
  if (m.headFirst === undefined || m.headLast === undefined) return null;
  if (m.headFirst === m.first && m.headLast < m.last) return [m.headLast + 1, m.last];
  if (m.headLast === m.last && m.headFirst > m.first) return [m.first, m.headFirst - 1];
  return null;
}

function kindOf(c: ActorCandidate): EntityKind {
  if (c.kind === 'person' || c.kind === 'place' || c.kind === 'other') return c.kind;
  const data = c.data;
  // Forces named after whoever commands them ("X's militias") have no alias of their own.
  if (!c.aliases.length && c.head === undefined) return 'group';
  if (data && c.aliases.some((a) => a.some((w) => data.forceHeads.hasWord(w)))) return 'group';
  return 'organization';
}

function firstPosition(g: EntityGroup): number {
  const first = (list: readonly Mention[]): number => (list.length ? list[0]!.article * 1e9 + list[0]!.first : Infinity);
  return Math.min(first(g.mentions), first(g.inner));
}

// (Not an apostrophe inside a word: "O'Brien", "Mali's army".)
const QUOTES = /["«»“”„]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu;

/** The Latin names of a candidate by their skeletons, each with its first letter (lower case). */
function latinNameOpenings(candidate: ActorCandidate): Map<string, string> {
  const out = new Map<string, string>();
  for (const alias of candidate.aliases) if (!alias.some((w) => ARABIC_BLOCK.test(w)) && alias[0]) out.set(nameSkeleton(alias), alias[0][0]!.toLowerCase());
  return out;
}

/** Letters a word keeps once the conjunction is off, to be read as a name. */
const MIN_GLUED_REST = 2;

/**
 * How many letters of a name mention's first word are the list conjunction glued to it («وكارسو» beside
 * "Karso"): the mention spells a Latin name of its candidate alike (the conjunction's letter is silent in a
 * skeleton), and that name opens on a letter the conjunction's letter never writes (not "William" / «وليام»);
 * or the candidate has Latin names and the word is a dictionary word behind the conjunction.
 */
function gluedConjunction(c: CaseText, m: Mention, latinOpenings: ReadonlyMap<string, string>): number {
  const first = c.tokens[m.first]!;
  const { listConjunction, listConjunctionLatin } = entityData(c.lang);
  if (!listConjunction || first.clitic || !first.key.startsWith(listConjunction) || first.key.length - listConjunction.length < MIN_GLUED_REST) return 0;
  const opening = latinOpenings.get(nameSkeleton(c.tokens.slice(m.first, m.last + 1).map((t) => t.key)));
  if (opening !== undefined) return listConjunctionLatin.has(opening) ? 0 : listConjunction.length;
  // A name translated across scripts («وجامعة …» / "… League"): its first word is a dictionary word behind the conjunction.
  return latinOpenings.size > 0 && gluedToEntry(first.key, listConjunction) ? listConjunction.length : 0;
}

/** The entity's display name (its most frequent full spelling) and its other spellings. */
export function displayNames(texts: readonly CaseText[], list: readonly Mention[], candidate: ActorCandidate): { name: string; others: string[] } {
  const counts = new Map<string, number>();
  const latinOpenings = latinNameOpenings(candidate);
  for (const m of list) {
    if (m.kind !== 'name') continue;
    const c = texts[m.article]!;
    const first = c.tokens[m.first]!;
    const surface = displayWord(c.text.slice(first.start, first.end), first.key.slice(gluedConjunction(c, m, latinOpenings))) + c.text.slice(first.end, c.tokens[m.last]!.end);
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
  // A fuller form used at least half as often names the entity better ("الجيش الوطني الليبي" over "الجيش الليبي").
  let [name, top] = ranked[0]!;
  for (const [s, n] of ranked) {
    const mine = name.split(' ');
    const theirs = s.split(' ');
    let k = 0;
    for (const w of theirs) if (k < mine.length && w === mine[k]) k++;
    if (theirs.length > mine.length && k === mine.length && n * 2 >= top) [name, top] = [s, n];
  }
  const others = [...new Set(ranked.slice(1).map(([s]) => s))].filter((s) => s !== name).slice(0, 10);
  // How the other script's articles name it by a bare head noun ("the government" for "الحكومة المصرية").
  const arabic = ARABIC_BLOCK.test(name);
  for (const m of list) {
    if (m.kind !== 'coref') continue;
    const c = texts[m.article]!;
    const word = c.text.slice(c.tokens[m.first]!.start + cliticLength(c, m.first), c.tokens[m.last]!.end).toLowerCase();
    if (ARABIC_BLOCK.test(word) !== arabic && !others.includes(word)) others.push(word);
  }
  return { name, others };
}
