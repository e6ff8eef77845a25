/**
 * One source, one row: the wordings an outlet (or several) use for one speaker — "الورفلي",
 * "“الورفلي”", "اللواء سامي الورفلي", "سامي الورفلي، المتحدث باسم الشرطة" — grouped under one name,
 * and who cites which outlet (relay chains).
 */
import { lexiconFor, lookupNoun } from '../core/attribute/lexicon.ts';
import { foldForMatch } from '../core/normalize/index.ts';
import { COMMAS } from '../core/lang/profiles.ts';
import type { AttributedSource, Claim, LanguageCode, SourceKind } from '../core/types.ts';

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

const QUOTES = /[«»“”„"‘’‹›]/gu;
const APPOSITION = COMMAS;

/** The wording with quotation marks dropped and spaces collapsed; "للمتحدث" reads "المتحدث". */
export function cleanSourceText(text: string, language: LanguageCode): string {
  const clean = text.replace(QUOTES, '').replace(/\s+/gu, ' ').trim();
  // The language's article comes first in its data, then the spellings a preposition fuses with it
  // (ل + ال writes "لل"): the span cannot leave the preposition out, the name shown can.
  const lex = lexiconFor(language);
  const [article, ...fused] = lex?.articles ?? [];
  for (const form of fused) {
    if (!lex || !article || !clean.startsWith(form) || clean.length < form.length + 2) continue;
    const restored = `${article}${clean.slice(form.length)}`;
    if (lookupNoun(lex, [foldForMatch(restored.split(' ')[0]!)], 0)) return restored;
  }
  return clean;
}

/**
 * A person's name without title or apposition: "اللواء سامي الورفلي" → "سامي الورفلي",
 * "Mr. Smith" → "Smith", "John Kirby, a spokesman" → "John Kirby". Empty when only a title is given.
 * @example personName({ text: 'اللواء أحمد سالم', role: 'اللواء', kind: 'person', start: 0, end: 16 }, 'ar') // 'أحمد سالم'
 */
export function personName(source: Pick<AttributedSource, 'text' | 'role'>, language: LanguageCode): string {
  const lex = lexiconFor(language);
  const role = source.role ? foldForMatch(cleanSourceText(source.role, language)) : '';
  // "مدير التوجيه، العميد خالد سالم" / "John Kirby, a spokesman": of the comma-separated parts, the one
  // that is not the title is the name.
  const titleLike = (part: string): boolean => {
    const folded = foldForMatch(part);
    if (role && (folded === role || role.startsWith(folded))) return true;
    const first = folded.split(' ')[0] ?? '';
    const kind = lex ? lookupNoun(lex, [first], 0)?.entry.kind : undefined;
    return kind === 'person' || kind === 'generic' || (lex !== null && (lex.definiteMarkers.has(first) || lex.indefiniteMarkers.has(first)));
  };
  const parts = cleanSourceText(source.text, language)
    .split(APPOSITION)
    .map((p) => p.trim())
    .filter(Boolean);
  let name = parts.find((p) => !titleLike(p)) ?? parts[0] ?? '';
  const folded = foldForMatch(name);
  if (role && folded.startsWith(role + ' ')) name = name.slice(role.length).trim();
  else if (role && folded === role) return '';
  // Titles the lexicon knows as ranks ("Gen.", "اللواء", "Mrs.") before the name.
  if (lex) {
    let words = name.split(' ');
    while (words.length > 1 && lookupNoun(lex, [foldForMatch(words[0]!)], 0)?.entry.kind === 'rank') words = words.slice(1);
    name = words.join(' ');
  }
  return name;
}

const words = (text: string): string[] => foldForMatch(text).split(/\s+/u).filter(Boolean);

/** Whether `short` is the end of `long` word for word ("الورفلي" of "سامي الورفلي"). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}

/**
 * Every stated source of a case, a speaker once: persons by name (a bare surname joins the one full
 * name that ends with it), other kinds by their folded wording.
 * @example groupSources(articles).map((g) => g.text) // ['سامي الورفلي', 'وزارة الخارجية', …]
 */
export function groupSources(articles: readonly CitingArticle[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup & { names: string[] }>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const source = claim.attribution?.source;
      if (!source || !source.text.trim()) continue;
      const name = source.kind === 'person' ? personName(source, article.language) : '';
      const text = name || cleanSourceText(source.text, article.language);
      if (!text) continue;
      const key = `${source.kind}|${foldForMatch(text)}`;
      let group = groups.get(key);
      if (!group) {
        group = { key, text, kind: source.kind, affiliations: [], outlets: [], claimIds: [], names: name ? words(name) : [] };
        groups.set(key, group);
      }
      const stated = source.affiliation ?? (name && source.role ? cleanSourceText(source.role, article.language) : undefined);
      if (stated && !group.affiliations.includes(stated)) group.affiliations.push(stated);
      if (!group.outlets.includes(article.label)) group.outlets.push(article.label);
      group.claimIds.push(claim.id);
    }
  }
  // A bare surname joins the only fuller name ending with it; "Lindqvist" beside "Ruth Lindqvist" and
  // "Anna Lindqvist" stays apart.
  const persons = [...groups.values()].filter((g) => g.kind === 'person' && g.names.length > 0);
  for (const short of persons) {
    const fuller = persons.filter((p) => p !== short && endsWith(p.names, short.names));
    let longest = fuller.filter((p) => !fuller.some((q) => q !== p && endsWith(q.names, p.names)));
    // Two fuller names end alike: the one given the same title decides.
    if (longest.length > 1) longest = longest.filter((p) => p.affiliations.some((a) => short.affiliations.includes(a)));
    if (longest.length !== 1) continue;
    const into = longest[0]!;
    for (const a of short.affiliations) if (!into.affiliations.includes(a)) into.affiliations.push(a);
    for (const o of short.outlets) if (!into.outlets.includes(o)) into.outlets.push(o);
    into.claimIds.push(...short.claimIds);
    groups.delete(short.key);
  }
  // "وزير الخارجية" alone joins the one named person given that title in the case.
  for (const title of [...groups.values()].filter((g) => g.kind === 'person' && g.names.length === 0)) {
    const folded = foldForMatch(title.text);
    const holders = [...groups.values()].filter((g) => g !== title && g.kind === 'person' && g.names.length > 0 && g.affiliations.some((a) => foldForMatch(a) === folded));
    if (holders.length !== 1) continue;
    const into = holders[0]!;
    for (const o of title.outlets) if (!into.outlets.includes(o)) into.outlets.push(o);
    into.claimIds.push(...title.claimIds);
    groups.delete(title.key);
  }
  return [...groups.values()].map(({ names: _names, ...group }) => group);
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
 * Who cites whom: each article's relayed outlets (first link of a claim's relay chain), with the claims.
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
      const cited = linked ?? cleanSourceText(link.text, article.language);
      if (!cited) continue;
      const key = `${article.id}|${link.articleId ?? foldForMatch(cited)}`;
      let row = rows.get(key);
      if (!row) {
        row = { articleId: article.id, citing: article.label, cited, claimIds: [], ...(linked !== undefined ? { citedArticleId: link.articleId } : {}) };
        rows.set(key, row);
      }
      row.claimIds.push(claim.id);
    }
  }
  return [...rows.values()].sort((a, b) => b.claimIds.length - a.claimIds.length || a.citing.localeCompare(b.citing) || a.cited.localeCompare(b.cited));
}
