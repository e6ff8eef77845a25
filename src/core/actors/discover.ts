/**
 * Finding the actors a case names, from the text alone: person names introduced by titles (or
 * capitalised, in languages that capitalise names), organisations introduced by head nouns
 * ("حكومة …", "… Army"), merged into one actor per person (by surname) and per organisation (by
 * shared head and words, and acronyms).
 */
import { isStopword } from '../align/terms.ts';
import type { LanguageCode } from '../types.ts';
import type { LanguageActorData } from './lexicon.ts';
import type { ActorToken } from './tokens.ts';

export interface CaseText {
  articleIndex: number;
  lang: LanguageCode;
  text: string;
  tokens: ActorToken[];
  data: LanguageActorData;
}

/** A discovered actor before mentions are counted. */
export interface ActorCandidate {
  kind: 'person' | 'org';
  /** Alias word sequences (matching keys). */
  aliases: string[][];
  /** Display spellings seen, with counts (the most common full one names the actor). */
  spellings: Map<string, number>;
  /** Head word of an organisation, without the article ("حكومه", "army"). */
  head?: string;
}

const ARTICLE = 'ال';

function startsWithArticle(key: string, lang: LanguageCode): boolean {
  return lang === 'ar' && key.startsWith(ARTICLE) && key.length > 3;
}

export function headBase(key: string, lang: LanguageCode): string {
  return startsWithArticle(key, lang) ? key.slice(2) : key;
}

function isNameWord(c: CaseText, i: number): boolean {
  const t = c.tokens[i];
  if (!t || t.key.length < 2 || /^\d/u.test(t.key)) return false;
  if (isStopword(t.key, c.lang)) return false;
  if (c.data.capitalisedNames && !t.capitalised && !c.data.particles.has(t.key)) return false;
  if (c.data.labels.match(c.tokens, i) || c.data.personTitles.match(c.tokens, i)) return false;
  return !c.data.orgHeads.match(c.tokens, i) && !c.data.forceHeads.match(c.tokens, i);
}

/** Title-introduced names (languages without capitals): "المشير خليفة حفتر" → ['خليفه', 'حفتر']. */
function titledNames(c: CaseText): { words: string[]; start: number; end: number }[] {
  const out: { words: string[]; start: number; end: number }[] = [];
  const { tokens, data } = c;
  for (let i = 0; i < tokens.length; i++) {
    const title = data.personTitles.match(tokens, i);
    if (!title) continue;
    let j = i + title.length;
    // Skip what stands between title and name: labels ("الجنرال الانقلابي"), nisba adjectives ("الرئيس الفرنسي").
    for (let skipped = 0; j < tokens.length && !tokens[j]!.breakBefore && skipped < 3; skipped++) {
      const label = data.labels.match(tokens, j);
      if (label) j += label.length;
      else if (startsWithArticle(tokens[j]!.key, c.lang)) j++;
      else break;
    }
    if (j >= tokens.length || tokens[j]!.breakBefore || !isNameWord(c, j) || startsWithArticle(tokens[j]!.key, c.lang)) continue;
    const words = [tokens[j]!.key];
    let k = j + 1;
    while (k < tokens.length && words.length < 4 && !tokens[k]!.breakBefore && isNameWord(c, k)) {
      const previous = words[words.length - 1]!;
      // Beyond two words only after a particle ("عبد", "بن"): a name does not run into the verb after it.
      if (words.length >= 2 && !data.particles.has(previous)) break;
      words.push(tokens[k]!.key);
      k++;
    }
    out.push({ words, start: tokens[j]!.start, end: tokens[k - 1]!.end });
    i = k - 1;
  }
  return out;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'el', 'bin', 'ibn', 'abu']);

/** Capitalised word runs ("Government of National Accord", "Khalifa Haftar"), titles stripped. */
function capitalisedNames(c: CaseText): { words: string[]; start: number; end: number; head?: string }[] {
  const out: { words: string[]; start: number; end: number; head?: string }[] = [];
  const { tokens, data } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || isStopword(t.key, c.lang) || data.labels.match(tokens, i)?.value.form === 'adjective') continue;
    let j = i;
    // Titles are labels of the person, not part of the name.
    for (let title = data.personTitles.match(tokens, j); title && j < tokens.length; title = data.personTitles.match(tokens, j)) j += title.length;
    if (j >= tokens.length || (j > i && tokens[j]!.breakBefore) || !tokens[j]!.capitalised) {
      i = Math.max(i, j - 1);
      continue;
    }
    const first = j;
    let k = j + 1;
    while (k < tokens.length && !tokens[k]!.breakBefore && !tokens[k - 1]!.possessive) {
      if (tokens[k]!.capitalised && !isStopword(tokens[k]!.key, c.lang)) k++;
      else if (CONNECTORS.has(tokens[k]!.key) && tokens[k + 1]?.capitalised && !tokens[k + 1]!.breakBefore) k += 2;
      else break;
    }
    const words = tokens.slice(first, k).map((x) => x.key);
    let head: string | undefined;
    for (let m = first; m < k; m++) if (data.orgHeads.match(tokens, m)) head = tokens[m]!.key;
    const item: { words: string[]; start: number; end: number; head?: string } = { words, start: tokens[first]!.start, end: tokens[k - 1]!.end };
    if (head) item.head = head;
    out.push(item);
    i = k - 1;
  }
  return out;
}

/** Organisation phrases of languages without capitals: head noun + name words ("حكومة الوفاق الوطني"). */
function headedOrgs(c: CaseText, personKeys: ReadonlySet<string>): { words: string[]; start: number; end: number; head: string }[] {
  const out: { words: string[]; start: number; end: number; head: string }[] = [];
  const { tokens, data } = c;
  for (let i = 0; i < tokens.length; i++) {
    const head = data.orgHeads.match(tokens, i);
    if (!head) continue;
    const headKey = tokens[i + head.length - 1]!.key;
    const definite = startsWithArticle(tokens[i]!.key, c.lang);
    let k = i + head.length;
    const tail: string[] = [];
    while (k < tokens.length && tail.length < 3 && !tokens[k]!.breakBefore) {
      const t = tokens[k]!;
      if (isStopword(t.key, c.lang) || t.key.length < 2 || /^\d/u.test(t.key)) break;
      if (data.labels.match(tokens, k) || data.personTitles.match(tokens, k) || data.orgHeads.match(tokens, k)) break;
      if (personKeys.has(t.key)) break; // "قوات حفتر": a person's forces, not an organisation's name
      if ((definite || tail.length > 0) && !startsWithArticle(t.key, c.lang)) break;
      tail.push(t.key);
      k++;
    }
    if (!tail.length) continue;
    out.push({ words: [...tokens.slice(i, i + head.length).map((t) => t.key), ...tail], start: tokens[i]!.start, end: tokens[k - 1]!.end, head: headBase(headKey, c.lang) });
    i = k - 1;
  }
  return out;
}

/**
 * The candidate actors of a case, aliases merged.
 * @example discoverActors(texts).map(a => a.aliases)
 */
export function discoverActors(texts: readonly CaseText[]): ActorCandidate[] {
  // Word counts over the case decide how long a titled name is.
  const wordCount = new Map<string, number>();
  const seqCount = new Map<string, number>();
  for (const c of texts) for (const t of c.tokens) wordCount.set(t.key, (wordCount.get(t.key) ?? 0) + 1);
  const persons = new Map<string, ActorCandidate>();
  const addPerson = (words: string[], spelling: string): void => {
    const surname = words[words.length - 1]!;
    let p = persons.get(surname);
    if (!p) persons.set(surname, (p = { kind: 'person', aliases: [[surname]], spellings: new Map() }));
    if (!p.aliases.some((a) => a.join(' ') === words.join(' '))) p.aliases.push(words);
    p.spellings.set(spelling, (p.spellings.get(spelling) ?? 0) + 1);
  };
  const titled = texts.filter((c) => !c.data.capitalisedNames).map((c) => ({ c, names: titledNames(c) }));
  for (const { names } of titled) for (const n of names) seqCount.set(n.words.join(' '), (seqCount.get(n.words.join(' ')) ?? 0) + 1);
  for (const { c, names } of titled) {
    for (const n of names) {
      let words = n.words;
      // Keep the second word only if the case confirms it belongs to the name (seen twice, or alone elsewhere).
      if (words.length > 1 && (seqCount.get(words.join(' ')) ?? 0) < 2 && (wordCount.get(words[words.length - 1]!) ?? 0) <= 1) words = words.slice(0, 1);
      const firstEnd = c.tokens.find((t) => t.start === n.start)?.end ?? n.end;
      addPerson(words, c.text.slice(n.start, words.length === n.words.length ? n.end : firstEnd));
    }
  }
  const orgs: ActorCandidate[] = [];
  const orgByKey = new Map<string, ActorCandidate>();
  const addOrg = (words: string[], head: string | undefined, spelling: string): void => {
    const key = words.join(' ');
    let o = orgByKey.get(key);
    if (!o) {
      o = { kind: 'org', aliases: [words], spellings: new Map() };
      if (head) o.head = head;
      orgByKey.set(key, o);
      orgs.push(o);
    }
    o.spellings.set(spelling, (o.spellings.get(spelling) ?? 0) + 1);
  };
  const personKeys = new Set(persons.keys());
  for (const c of texts) {
    if (c.data.capitalisedNames) {
      for (const n of capitalisedNames(c)) {
        const spelling = c.text.slice(n.start, n.end);
        if (n.head || (n.words.length === 1 && /^\p{Lu}{2,}$/u.test(spelling))) addOrg(n.words, n.head, spelling);
        else addPerson(n.words, spelling);
      }
    } else {
      for (const n of headedOrgs(c, personKeys)) addOrg(n.words, n.head, c.text.slice(n.start, n.end));
    }
  }
  const merged = mergeOrgs(orgs);
  addBareAliases(merged, wordCount, texts[0]?.lang ?? 'und');
  return [...persons.values(), ...merged];
}

/**
 * "حكومة الوفاق" is also called "الوفاق" ("ميليشيات الوفاق"): the name word after an indefinite head
 * becomes an alias when the case uses it more often than the full phrase and no other actor claims it.
 * Nisba adjectives ("الليبية") are not names.
 */
function addBareAliases(orgs: ActorCandidate[], wordCount: ReadonlyMap<string, number>, lang: LanguageCode): void {
  if (lang !== 'ar') return;
  const claimed = new Map<string, number>();
  const proposals: [ActorCandidate, string][] = [];
  for (const o of orgs) {
    const words = new Set<string>();
    for (const alias of o.aliases) {
      if (alias.length < 2 || startsWithArticle(alias[0]!, lang)) continue;
      const name = alias[1]!;
      if (startsWithArticle(name, lang) && !/(ي|يه)$/u.test(name)) words.add(name);
    }
    const phraseCount = [...o.spellings.values()].reduce((x, y) => x + y, 0);
    for (const w of words) {
      if ((wordCount.get(w) ?? 0) <= phraseCount) continue;
      claimed.set(w, (claimed.get(w) ?? 0) + 1);
      proposals.push([o, w]);
    }
  }
  for (const [o, w] of proposals) if (claimed.get(w) === 1) o.aliases.push([w]);
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');
}

/** One actor per organisation: same head and one name's words within the other's; acronyms join their expansion. */
function mergeOrgs(orgs: ActorCandidate[]): ActorCandidate[] {
  const parent = orgs.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let a = 0; a < orgs.length; a++) {
    for (let b = a + 1; b < orgs.length; b++) {
      const x = orgs[a]!.aliases[0]!;
      const y = orgs[b]!.aliases[0]!;
      const sameHead = orgs[a]!.head !== undefined && orgs[a]!.head === orgs[b]!.head;
      const tailX = x.slice(1);
      const tailY = y.slice(1);
      const nested = sameHead && tailX.length > 0 && tailY.length > 0 && (isSubsequence(tailX, tailY) || isSubsequence(tailY, tailX));
      const acronym = (x.length === 1 && !orgs[a]!.head && initials(y) === x[0]) || (y.length === 1 && !orgs[b]!.head && initials(x) === y[0]);
      if (nested || acronym) parent[find(b)] = find(a);
    }
  }
  const merged = new Map<number, ActorCandidate>();
  orgs.forEach((o, i) => {
    const root = find(i);
    const target = merged.get(root);
    if (!target) {
      merged.set(root, { ...o, aliases: [...o.aliases], spellings: new Map(o.spellings) });
      return;
    }
    target.aliases.push(...o.aliases);
    for (const [s, n] of o.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
    if (!target.head && o.head) target.head = o.head;
  });
  return [...merged.values()];
}
