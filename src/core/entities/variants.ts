/**
 * One entity per name however outlets spell it: transliteration and spelling variants (same
 * consonant skeleton: "Hodeidah" / "Al-Hudaydah" / "الحديدة"), and acronyms written as words
 * where names are not capitalised (the first letters of a name's words, article left out).
 */
import type { ActorCandidate } from '../actors/discover.ts';
import { nameSkeleton } from './skeleton.ts';
import { entityData } from './data.ts';

// Shorter skeletons ("sn", "dn") are shared by too many unrelated names.
const MIN_SKELETON = 3;

/** Persons meet persons; organisations, places and unknown names meet each other ("X" the group, "X" its town). */
function family(c: ActorCandidate): 'person' | 'thing' {
  return c.kind === 'person' ? 'person' : 'thing';
}

function keysOf(c: ActorCandidate): string[] {
  const multi = c.aliases.filter((a) => a.length > 1);
  // A person is matched by full names ("Ivanka" and "Donald" share a surname, not a name).
  const words = c.kind === 'person' && multi.length ? multi : c.aliases;
  return [...new Set(words.map(nameSkeleton))].filter((k) => k.length >= MIN_SKELETON);
}

const RANK: Record<ActorCandidate['kind'], number> = { person: 0, org: 1, place: 2, other: 3 };

/**
 * Merges candidates whose names share a skeleton; the merged one keeps every alias and spelling.
 * @example mergeVariants([hodeidah, alHudaydah]).length === 1
 */
export function mergeVariants(candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const parent = candidates.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const byKey = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const key of keysOf(c)) {
      const k = `${family(c)}:${key}`;
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, i);
      else parent[find(i)] = find(other);
    }
  });
  const merged = new Map<number, ActorCandidate>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const target = merged.get(root);
    if (!target) {
      merged.set(root, { ...c, aliases: [...c.aliases], spellings: new Map(c.spellings), ...(c.articles ? { articles: new Set(c.articles) } : {}) });
      return;
    }
    const seen = new Set(target.aliases.map((a) => a.join(' ')));
    for (const a of c.aliases) if (!seen.has(a.join(' '))) target.aliases.push(a);
    for (const [s, n] of c.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
    if (c.articles) target.articles = new Set([...(target.articles ?? []), ...c.articles]);
    if (RANK[c.kind] < RANK[target.kind]) {
      target.kind = c.kind;
      if (c.data) target.data = c.data;
    }
    if (!target.head && c.head) target.head = c.head;
    if (c.titled) target.titled = true;
  });
  return [...merged.values()];
}

/**
 * Adds the acronym of a multiword organisation name as an alias where the case writes it as a word
 * (first letters without the article and connectors: three words → three letters).
 * @example addWordAcronyms(candidates, known)
 */
export function addWordAcronyms(candidates: readonly ActorCandidate[], known: ReadonlySet<string>): void {
  const owners = new Map<string, ActorCandidate[]>();
  for (const c of candidates) {
    const data = c.data;
    if (c.kind !== 'org' || !data || data.capitalisedNames || !data.article) continue;
    const connectors = entityData(data.lang).acronymConnectors;
    for (const alias of c.aliases) {
      const words = alias.filter((w) => !connectors.has(w)).map((w) => (w.startsWith(data.article) && w.length > data.article.length + 1 ? w.slice(data.article.length) : w));
      if (words.length < 3) continue;
      const acronym = words.map((w) => w[0]).join('');
      if (!known.has(acronym)) continue;
      const list = owners.get(acronym) ?? [];
      if (!list.includes(c)) list.push(c);
      owners.set(acronym, list);
    }
  }
  // An acronym two names share stands for neither.
  for (const [acronym, list] of owners) if (list.length === 1) list[0]!.aliases.push([acronym]);
}
