/**
 * One entity per name however outlets spell it: transliteration and spelling variants (same
 * consonant skeleton: "Qasrein" / "Al-Qasrayn" / "القصرين"), and acronyms written as words
 * where names are not capitalised (the first letters of a name's words, article left out).
 */
import type { ActorCandidate } from '../actors/discover.ts';
import { countryNamed, isBridgedPlaceName, placeNameFor } from './place-names.ts';
import { foldForMatch } from '../normalize/index.ts';
import { scriptOf } from '../crosslang/script-data.ts';
import { nameSkeleton } from './skeleton.ts';
import { entityData } from './data.ts';
import { ARABIC_LETTER } from '../normalize/script.ts';

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
  // A country the bridge names (CLDR) meets its other-script name there, not by a skeleton other words share.
  const keys = words.filter((a) => a.length > 1 || !isBridgedPlaceName(a[0]!)).map(nameSkeleton).filter((k) => k.length >= MIN_SKELETON);
  // A one-word name and its plural or demonym ("X" / "Xs", "الX" / "الXيين") are one group.
  if (c.kind !== 'person') for (const a of c.aliases) if (a.length === 1) keys.push(`=${singular(a[0]!)}`);
  // "South Velmari" read as an untitled person is the adjective of the place "South Velmar": a name of
  // several words meets its demonym form.
  if (c.kind !== 'person' || !c.titled) {
    for (const a of c.aliases) if (a.length > 1 && !scriptOf(a[0]!)) keys.push(`~${[...a.slice(0, -1), singular(a[a.length - 1]!)].join(' ')}`);
  }
  // "Ministry of Interior" and "Interior Ministry": one name in the other word order.
  if (c.kind !== 'person' && c.data) {
    for (const a of c.aliases) {
      const reordered = complementFirst(a, entityData(c.data.lang).complementOf);
      if (reordered) keys.push(nameSkeleton(reordered));
    }
  }
  // An acronym ("EU") and the name it abbreviates ("European Union"), whatever their kind; a
  // "person" never given a title may be such a name.
  if (c.kind !== 'person' || !c.titled) {
    for (const a of c.aliases) {
      if (a.length > 1 && a.every((w) => /^\p{Script=Latin}/u.test(w))) keys.push(`^e:${a.map((w) => w[0]).join('')}`);
    }
    for (const [spelling] of c.spellings) if (/^\p{Lu}{2,5}$/u.test(spelling)) keys.push(`^a:${spelling.toLowerCase()}`);
  }
  return [...new Set(keys)];
}

/** Longest complement of a head moved before it ("Ministry of Foreign Affairs"). */
const MAX_COMPLEMENT = 3;

/**
 * A head, its connector and a complement ("ministry of the interior") in the order that writes the complement
 * first ("interior ministry"), or undefined.
 * @example complementFirst(['ministry', 'of', 'the', 'interior'], entityData('en').complementOf) // ['interior', 'ministry']
 */
export function complementFirst(alias: readonly string[], of: { connectors: ReadonlySet<string>; articles: ReadonlySet<string> }): string[] | undefined {
  if (alias.length < 3 || !of.connectors.has(alias[1]!)) return undefined;
  const complement = of.articles.has(alias[2]!) ? alias.slice(3) : alias.slice(2);
  if (complement.length === 0 || complement.length > MAX_COMPLEMENT || complement.some((w) => of.connectors.has(w))) return undefined;
  return [...complement, alias[0]!];
}

/**
 * A one-word name without a plural or relational ending, so a group's name and its plural or demonym meet.
 * @example singular('velmari') === singular('velmar')
 */
export function singular(word: string): string {
  const script = scriptOf(word);
  if (script) {
    const article = script.articles.find((a) => word.startsWith(a));
    const bare = article !== undefined && word.length > 4 ? word.slice(article.length) : word;
    if (bare.length <= 4) return bare;
    const ending = script.pluralEndings.find((e) => bare.endsWith(e));
    return ending ? bare.slice(0, -ending.length) : bare;
  }
  if (word.length <= 4) return word;
  // Plural and demonym endings ("Korvanis", "Velmari", "Ostranian", "Velmaran"/"Velmara", "Ostrania"/"Ostranian"), keeping four letters.
  const m = /(?:ians|ian|ans|an|is|ia|i|es|s|a)$/u.exec(word);
  return m && word.length - m[0].length >= 4 ? word.slice(0, -m[0].length) : word;
}

/** Whether an untitled person's name is a place's or group's name in its demonym form ("South Velmari" / "South Velmar"). */
function demonymOf(person: ActorCandidate, thing: ActorCandidate): boolean {
  const forms = (c: ActorCandidate): Set<string> => new Set(c.aliases.filter((a) => a.length > 1).map((a) => [...a.slice(0, -1), singular(a[a.length - 1]!)].join(' ')));
  const things = forms(thing);
  return [...forms(person)].some((f) => things.has(f)) && !person.aliases.some((a) => a.length > 1 && thing.aliases.some((b) => b.join(' ') === a.join(' ')));
}

const RANK: Record<ActorCandidate['kind'], number> = { person: 0, org: 1, place: 2, other: 3 };

/**
 * Merges candidates whose names share a skeleton; the merged one keeps every alias and spelling.
 * @example mergeVariants([qasrein, alQasrayn]).length === 1
 */
export function mergeVariants(candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const parent = candidates.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const byKey = new Map<string, number>();
  // Initials → candidates written as that acronym, and those whose name it abbreviates.
  const acronyms = new Map<string, { short: number[]; long: number[] }>();
  candidates.forEach((c, i) => {
    for (const key of keysOf(c)) {
      if (key.startsWith('^')) {
        const entry = acronyms.get(key.slice(3)) ?? { short: [], long: [] };
        (key.startsWith('^a:') ? entry.short : entry.long).push(i);
        acronyms.set(key.slice(3), entry);
        continue;
      }
      // A "person" never given a title may be a group's or a place's name ("Ostrani Front"): it meets both.
      for (const f of c.kind === 'person' && !c.titled ? ['person', 'thing'] : [family(c)]) {
        const k = `${f}:${key}`;
        const other = byKey.get(k);
        if (other === undefined) byKey.set(k, i);
        else parent[find(i)] = find(other);
      }
    }
  });
  // An acronym joins the one name it abbreviates; two names with the same initials are not one.
  for (const { short, long } of acronyms.values()) {
    const expansions = [...new Set(long.map(find))];
    if (!short.length || expansions.length !== 1) continue;
    for (const a of short) parent[find(a)] = find(expansions[0]!);
  }
  const merged = new Map<number, ActorCandidate>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const target = merged.get(root);
    if (!target) {
      merged.set(root, { ...c, aliases: [...c.aliases], spellings: new Map(c.spellings), ...(c.articles ? { articles: new Set(c.articles) } : {}) });
      return;
    }
    const seen = new Set(target.aliases.map((a) => a.join(' ')));
    // An untitled "person" meeting a place or group by its demonym form brings no lone surname ("Velmari"
    // alone is the adjective of other names too).
    const adjectival = (x: ActorCandidate, y: ActorCandidate): boolean => x.kind === 'person' && !x.titled && y.kind !== 'person' && demonymOf(x, y);
    const dropLone = adjectival(c, target) || adjectival(target, c);
    if (dropLone && adjectival(target, c)) target.aliases = target.aliases.filter((a) => a.length > 1);
    for (const a of c.aliases) if (!seen.has(a.join(' ')) && !(dropLone && a.length === 1 && c.kind === 'person')) target.aliases.push(a);
    for (const [s, n] of c.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
    if (c.articles) target.articles = new Set([...(target.articles ?? []), ...c.articles]);
    // An untitled "person" joined to an acronym was a multiword name of something else.
    if (target.kind === 'person' && c.kind !== 'person' && !target.titled) target.kind = c.kind;
    else if (RANK[c.kind] < RANK[target.kind] && !(c.kind === 'person' && !c.titled && target.kind !== 'person')) {
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

/** The country a one-word spelling names as a noun (CLDR names in the bridge), not by its adjective. */
const countryNoun = (spelling: string): string | undefined => (/\s/u.test(spelling) ? undefined : countryNamed(foldForMatch(spelling)));

/** The country a one-word spelling names or is the adjective of ("Ostranian" → "ostrania"). */
function countryOf(spelling: string, nouns: ReadonlyMap<string, string>): string | undefined {
  if (/\s/u.test(spelling)) return undefined;
  const folded = foldForMatch(spelling);
  if (ARABIC_LETTER.test(folded)) return placeNameFor(folded);
  const stem = singular(folded);
  for (const place of nouns.keys()) if (singular(place) === stem) return place;
  return undefined;
}

/**
 * A country merged with its adjective is named by its noun ("Ostrania", not "Ostranian"), in either
 * script, when the group holds both; other names are left as they are.
 * @example nounFormName({ name: 'Ostranian', others: ['Ostrania'] }).name === 'Ostrania'
 */
export function nounFormName(names: { name: string; others: string[] }): { name: string; others: string[] } {
  if (countryNoun(names.name) !== undefined) return names;
  const nouns = new Map<string, string>();
  for (const s of names.others) {
    const place = countryNoun(s);
    if (place !== undefined && !nouns.has(place)) nouns.set(place, s);
  }
  if (!nouns.size) return names;
  const place = countryOf(names.name, nouns);
  const noun = place === undefined ? undefined : nouns.get(place);
  if (noun === undefined) return names;
  return { name: noun, others: [names.name, ...names.others.filter((s) => s !== noun)] };
}
