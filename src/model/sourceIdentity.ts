/**
 * One source, one row: the wordings an outlet (or several) use for one speaker — "الورفلي",
 * "“الورفلي”", "اللواء سامي الورفلي", "سامي الورفلي، المتحدث باسم الشرطة" — grouped under one name,
 * and who cites which outlet (relay chains).
 */
import { foldForMatch } from '../core/normalize/index.ts';
import { sameScriptSkeleton } from '../core/entities/skeleton.ts';
import { speakerIdentity } from '../core/stats/speakers.ts';
import { relayedOutletName, type RelayedOutletName } from '../core/stats/outlets.ts';
import type { Actor, AttributedSource, Claim, LanguageCode, RelayLink, SourceKind, SpeakerIdentity } from '../core/types.ts';

export { cleanSourceText, personName } from '../core/stats/speakers.ts';

export interface SourceGroup {
  key: string;
  /** The fullest name of the speaker (quotation marks, titles and appositions dropped for persons). */
  text: string;
  kind: SourceKind;
  /** Stated affiliations (anonymous sources) and roles (persons), each once. */
  affiliations: string[];
  outlets: string[];
  claimIds: string[];
}

export interface CitingArticle {
  id: string;
  label: string;
  language: LanguageCode;
  claims: readonly Pick<Claim, 'id' | 'attribution'>[];
}

const words = (text: string): string[] => foldForMatch(text).split(/\s+/u).filter(Boolean);

/** Words this long that share a consonant skeleton are one spelling ("جاويش" / "تشاووش"); shorter ones
 * ("حسن" / "حسين") are other names as often as not. */
const SPELLING_VARIANT_LENGTH = 5;

/** A name's words as compared: long words by their skeleton, so one name spelt two ways meets. */
const nameKeys = (text: string): string[] => words(text).map((w) => (w.length >= SPELLING_VARIANT_LENGTH ? `~${sameScriptSkeleton(w)}` : w));

/** Whether `short` is the end of `long` word for word ("الورفلي" of "سامي الورفلي"; name keys). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}

/**
 * Per source object the worker did not name (a corrected source, an analysis saved before sources were
 * named): worked out once.
 */
const identities = new WeakMap<AttributedSource, Map<LanguageCode, SpeakerIdentity>>();

/**
 * How a stated source is named and grouped: as the worker named it, else worked out here (memoised).
 * @example sourceIdentity({ text: 'Mr. Smith', kind: 'person', start: 0, end: 9 }, 'en').key // 'person|smith'
 */
export function sourceIdentity(source: AttributedSource, language: LanguageCode): SpeakerIdentity {
  if (source.speaker) return source.speaker;
  let byLanguage = identities.get(source);
  const known = byLanguage?.get(language);
  if (known) return known;
  const identity = speakerIdentity(source, language);
  if (!byLanguage) identities.set(source, (byLanguage = new Map()));
  byLanguage.set(language, identity);
  return identity;
}

/** A group being built: its outlets as a set too (a source of a 1,000-outlet case is cited by hundreds). */
type Group = SourceGroup & { names: string[]; nameKeys: string[]; outletSet: Set<string> };

/** Adds what `from` holds that `into` lacks (affiliations, outlets) and its claims. */
function mergeInto(into: Group, from: Group, withAffiliations: boolean): void {
  if (withAffiliations) for (const a of from.affiliations) if (!into.affiliations.includes(a)) into.affiliations.push(a);
  for (const o of from.outlets) {
    if (into.outletSet.has(o)) continue;
    into.outletSet.add(o);
    into.outlets.push(o);
  }
  into.claimIds.push(...from.claimIds);
}

/**
 * Every stated source of a case, a speaker once: persons by name (a bare surname joins the one full
 * name that ends with it), other kinds by their folded wording; with the case's actors, the wordings of
 * one actor in either script ("Doran Velik", «فيليك») are one row too.
 * @example groupSources(articles).map((g) => g.text) // ['سامي الورفلي', 'وزارة الخارجية', …]
 */
export function groupSources(articles: readonly CitingArticle[], actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[] = []): SourceGroup[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const source = claim.attribution?.source;
      if (!source || !source.text.trim()) continue;
      const identity = sourceIdentity(source, article.language);
      // A joint statement is each speaker's.
      for (const { name, text, key, stated } of identity.others ? [identity, ...identity.others] : [identity]) {
        if (!text) continue;
        let group = groups.get(key);
        if (!group) {
          group = { key, text, kind: source.kind, affiliations: [], outlets: [], claimIds: [], names: name ? words(name) : [], nameKeys: name ? nameKeys(name) : [], outletSet: new Set() };
          groups.set(key, group);
        }
        if (stated && !group.affiliations.includes(stated)) group.affiliations.push(stated);
        if (!group.outletSet.has(article.label)) {
          group.outletSet.add(article.label);
          group.outlets.push(article.label);
        }
        group.claimIds.push(claim.id);
      }
    }
  }
  // A bare surname (or a shorter name, however spelt) joins the only fuller name ending with it; "Lindqvist" beside "Ruth Lindqvist" and
  // "Anna Lindqvist" stays apart. Names ending alike share their last word: only those are compared.
  const persons = [...groups.values()].filter((g) => g.kind === 'person' && g.names.length > 0);
  const byLastWord = new Map<string, Group[]>();
  for (const p of persons) {
    const last = p.nameKeys[p.nameKeys.length - 1]!;
    const list = byLastWord.get(last);
    if (list) list.push(p);
    else byLastWord.set(last, [p]);
  }
  for (const short of persons) {
    const candidates = byLastWord.get(short.nameKeys[short.nameKeys.length - 1]!)!;
    if (candidates.length < 2) continue;
    const fuller = candidates.filter((p) => p !== short && endsWith(p.nameKeys, short.nameKeys));
    let longest = fuller.filter((p) => !fuller.some((q) => q !== p && endsWith(q.nameKeys, p.nameKeys)));
    // Two fuller names end alike: the one given the same title decides.
    if (longest.length > 1) longest = longest.filter((p) => p.affiliations.some((a) => short.affiliations.includes(a)));
    if (longest.length !== 1) continue;
    mergeInto(longest[0]!, short, true);
    groups.delete(short.key);
  }
  // "وزير الخارجية" alone joins the one named person given that title in the case.
  const holdersOf = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind !== 'person' || g.names.length === 0) continue;
    for (const folded of new Set(g.affiliations.map(foldForMatch))) {
      const list = holdersOf.get(folded);
      if (list) list.push(g);
      else holdersOf.set(folded, [g]);
    }
  }
  for (const title of [...groups.values()].filter((g) => g.kind === 'person' && g.names.length === 0)) {
    const holders = holdersOf.get(foldForMatch(title.text)) ?? [];
    if (holders.length !== 1) continue;
    mergeInto(holders[0]!, title, false);
    groups.delete(title.key);
  }
  mergeByActor(groups, actors);
  return [...groups.values()].map(({ names: _names, nameKeys: _nameKeys, outletSet: _outletSet, ...group }) => group);
}

/** Kinds of source an actor can be; an anonymous source or a document is never one named actor. */
const ACTOR_KINDS: ReadonlySet<SourceKind> = new Set(['person', 'organization', 'media']);

/**
 * Groups whose name is one actor's name or alias, of one kind, join the group cited most: the actor
 * stage has already matched the names across scripts, spellings and acronyms. A name two actors share
 * decides nothing.
 */
function mergeByActor(groups: Map<string, Group>, actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[]): void {
  if (actors.length === 0) return;
  const actorOf = new Map<string, string | null>();
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...(actor.aliases ?? [])].map(foldForMatch))) {
      const known = actorOf.get(name);
      actorOf.set(name, known === undefined || known === actor.id ? actor.id : null);
    }
  }
  const byActor = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (!ACTOR_KINDS.has(g.kind)) continue;
    const id = actorOf.get(g.names.length > 0 ? g.names.join(' ') : foldForMatch(g.text));
    if (!id) continue;
    const key = `${g.kind}|${id}`;
    const list = byActor.get(key);
    if (list) list.push(g);
    else byActor.set(key, [g]);
  }
  for (const list of byActor.values()) {
    if (list.length < 2) continue;
    const [first, ...rest] = [...list].sort((a, b) => b.claimIds.length - a.claimIds.length);
    for (const g of rest) {
      mergeInto(first!, g, true);
      groups.delete(g.key);
    }
  }
}

export interface CitedOutlet {
  /** The citing article (its outlet). */
  articleId: string;
  citing: string;
  /** The relayed outlet or agency, as the text names it (or the case article's outlet it is). */
  cited: string;
  citedArticleId?: string;
  claimIds: string[];
}

/**
 * A relayed outlet's name shown and the key its wordings share ("وكالة «رويترز»" and "رويترز"), once
 * per link object; worked out here, so an analysis saved before names were keyed groups alike.
 */
const linkNames = new WeakMap<RelayLink, RelayedOutletName>();
function linkName(link: RelayLink, language: LanguageCode): RelayedOutletName {
  let known = linkNames.get(link);
  if (!known) linkNames.set(link, (known = relayedOutletName(link.text, language)));
  return known;
}

const collator = new Intl.Collator();

/**
 * Who cites whom: each article's relayed outlets (first link of a claim's relay chain), with the claims;
 * one outlet's wordings are one row.
 * @example citedOutlets(articles) // [{ citing: 'Al-Ghad', cited: 'Reuters', claimIds: ['a:c3', 'a:c5'] }]
 */
export function citedOutlets(articles: readonly CitingArticle[]): CitedOutlet[] {
  const labelOf = new Map(articles.map((a) => [a.id, a.label]));
  const rows = new Map<string, CitedOutlet>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const link = claim.attribution?.chain?.[0];
      if (!link || link.kind !== 'media') continue;
      const linked = link.articleId !== undefined ? labelOf.get(link.articleId) : undefined;
      const named = linked === undefined ? linkName(link, article.language) : null;
      const cited = linked ?? named!.shown;
      if (!cited) continue;
      const key = `${article.id}|${link.articleId ?? named?.key ?? foldForMatch(cited)}`;
      let row = rows.get(key);
      if (!row) {
        row = { articleId: article.id, citing: article.label, cited, claimIds: [], ...(linked !== undefined ? { citedArticleId: link.articleId } : {}) };
        rows.set(key, row);
      } else if (linked === undefined && cited.length < row.cited.length) {
        // Wordings of one outlet: the plainest names the row ("صحيفة روسية" before "صحيفة الروسية").
        row.cited = cited;
      }
      row.claimIds.push(claim.id);
    }
  }
  return [...rows.values()].sort((a, b) => b.claimIds.length - a.claimIds.length || collator.compare(a.citing, b.citing) || collator.compare(a.cited, b.cited));
}
