/**
 * A person called by the office the case gives him, with no name: "the former president" for a person
 * some outlet titles "Former President X", "the speaker of parliament" for "National Assembly Speaker
 * Y", «الرئيس الأمريكي السابق» / «القاضي» for «الرئيس … X» / «القاضي Y». The head noun of the
 * description must be the head of one of the person's titles in the case, so "the judge" never goes to a
 * president; it goes to the nearest such person the article named before, within reach (else the nearest
 * named after it, within reach), or, where the article names none, to the only person of the case holding that office.
 */
import { isStopword } from '../align/terms.ts';
import { synonymsFor } from '../crosslang/synonyms.ts';
import { entityData } from '../entities/data.ts';
import { isDictionaryWord } from '../entities/recurring.ts';
import { singular } from '../entities/variants.ts';
import type { CaseText } from './discover.ts';
import { isNameWord } from './discover.ts';
import { headBase } from './lexicon.ts';
import { ordinalEnd } from './ordinals.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';
import { isDefiniteDeterminer } from './definite-determiners.ts';
import type { Mention } from './mentions.ts';
import type { ActorToken } from './tokens.ts';
import { tokenIndexAfter } from './tokens.ts';

export interface DescribedPerson {
  mentions: readonly Mention[];
  drafts: LabelDraft[];
  /** A person the case names once or in one article: takes a description only in an article that names no holder of the office. */
  minor: boolean;
}

/** Words between a person's name and a description that stands for him. */
export const REACH = 40;

/** A person's mention in an article, with the person. */
export interface NamedMention<P = DescribedPerson> {
  first: number;
  last: number;
  p: P;
}

/**
 * The persons' mentions by article (only `articles`, when given), each article's in text order.
 * @example personMentionsByArticle(persons).get(0)?.[0]?.p // the person named first in article 0
 */
export function personMentionsByArticle<P extends { mentions: readonly Mention[] }>(persons: readonly P[], articles?: ReadonlySet<number>): Map<number, NamedMention<P>[]> {
  const out = new Map<number, NamedMention<P>[]>();
  for (const p of persons) {
    for (const m of p.mentions) {
      if (articles && !articles.has(m.article)) continue;
      (out.get(m.article) ?? out.set(m.article, []).get(m.article)!).push({ first: m.first, last: m.last, p });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.last - b.last);
  return out;
}
/** Plain words between the determiner and the office ("the former US president"). */
const MAX_MODIFIERS = 3;
/** Words of a title draft whose head is read (longer appositions are descriptions, not offices). */
const MAX_TITLE_WORDS = 5;

/**
 * The office a title word names, compared plural-free where adjectives come first and without the
 * article where they follow («الرئيس» / «رئيس»); null when the word is no title of the language
 * ("results", «الرئيسي»).
 */
function officeKey(c: CaseText, j: number): string | null {
  if (titleAt(c, j)) return officeId(c, c.tokens[j]!.key);
  const glued = prefixedOffice(c, j);
  return glued && titleAt(c, 0, [{ ...c.tokens[j]!, key: glued.office }]) ? officeId(c, glued.office) : null;
}

/** Whether a one-word title of the language (a title, or a lexicon title or apposition) stands at `j`. */
function titleAt(c: CaseText, j: number, tokens: readonly ActorToken[] = c.tokens): boolean {
  const { data } = c;
  const title = data.personTitles.match(tokens, j);
  if (title?.length === 1) return true;
  // «المرشح الرئاسي»: a longer title that is a one-word title and its adjectives (where they follow) is that office.
  if (title && data.adjectivesFollow && officeAndAdjectives(c, j, title.length, tokens)) return true;
  // «رئيس البرلمان»: a longer title opened by a one-word office in construct with what it heads is that office (where adjectives follow).
  if (title && data.adjectivesFollow && !data.isDefinite(tokens[j]!.key) && data.personTitles.match([tokens[j]!], 0)?.length === 1) return true;
  const label = data.labels.match(tokens, j);
  return label?.length === 1 && (label.value.form === 'title' || label.value.form === 'apposition');
}

/** Whether words `j`..`j + length - 1` are a one-word title and adjectives («المتحدث الرسمي»). */
function officeAndAdjectives(c: CaseText, j: number, length: number, tokens: readonly ActorToken[]): boolean {
  const { data } = c;
  for (let k = j + 1; k < j + length; k++) if (!(data.isAdjective(tokens[k]!.key) || data.isNisba(tokens[k]!.key))) return false;
  return data.personTitles.match([tokens[j]!], 0)?.length === 1;
}

/** The word a glued prefix means and the word it is glued to ("ex-president": "former", "president"), or null. */
function prefixedOffice(c: CaseText, j: number): { word: string; office: string } | null {
  return prefixedWord(c.tokens[j]!.key, c.data.formerPrefixes);
}

/** prefixedOffice of a word. */
function prefixedWord(key: string, prefixes: CaseText['data']['formerPrefixes']): { word: string; office: string } | null {
  for (const [prefix, word] of prefixes) if (key.length > prefix.length + 2 && key.startsWith(prefix)) return { word, office: key.slice(prefix.length) };
  return null;
}

/** The words a title or description word stands for: itself, or a glued prefix's word and the office ("ex-president"). */
function wordsAt(c: CaseText, j: number): readonly string[] {
  const glued = c.data.formerPrefixes.length ? prefixedOffice(c, j) : null;
  return glued ? [glued.word, glued.office] : [c.tokens[j]!.key];
}

// officeKey's string per language data and word: descriptions ask at nearly every definite word of a
// case, and few of them are an office some person holds (so the title lookups wait for that).
const officeIds = new WeakMap<CaseText['data'], Map<string, string>>();
function officeId(c: CaseText, key: string): string {
  let ids = officeIds.get(c.data);
  if (!ids || ids.size > 100_000) officeIds.set(c.data, (ids = new Map()));
  let id = ids.get(key);
  if (id === undefined) {
    id = `${c.lang} ${c.data.adjectivesFollow ? headBase(key, c.data) : singular(key)}`;
    ids.set(key, id);
  }
  return id;
}

/**
 * Adds office descriptions to the persons they stand for.
 * @example addPersonDescriptions(texts, occupied, personsAt, persons) // "the former president" → the former president named before
 */
export function addPersonDescriptions(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], personsAt: readonly ReadonlySet<number>[], persons: readonly DescribedPerson[]): void {
  // Office heads per language: which persons hold each (title drafts of every article).
  const holders = new Map<string, Set<DescribedPerson>>();
  // The office ids added for a synonym of an office word (no title of the language, so `titleAt` does not know them).
  const synonymOffices = new Set<string>();
  // Heads of the descriptions some outlet puts before a person's name that are no office ("porn
  // actress X": "actress"), with the persons described so.
  const roles = new Map<string, Set<DescribedPerson>>();
  // The words of each holder's office titles ("former", «السابق», a country's adjective).
  const titleWords = new Map<DescribedPerson, Set<string>>();
  for (const p of persons) {
    for (const d of p.drafts) {
      if (d.form !== 'title' && d.form !== 'apposition') continue;
      const c = texts[d.article]!;
      // The draft's tokens by binary search (a scan of the article per draft grows with the case).
      const first = tokenIndexAfter(c.tokens, d.start);
      let last = first - 1;
      while (last + 1 < c.tokens.length && c.tokens[last + 1]!.start < d.end) last++;
      if (last < first || last - first + 1 > MAX_TITLE_WORDS) continue;
      // Where adjectives follow, the office opens the title («الرئيس الأمريكي السابق»); else it ends it ("former U.S. President").
      const at = c.data.adjectivesFollow ? first : last;
      const id = officeKey(c, at);
      if (id) {
        (holders.get(id) ?? holders.set(id, new Set()).get(id)!).add(p);
        // "the pontiff" for "Pope X": a word WordNet puts beside the office word names the office too.
        for (const s of synonymsFor(c.tokens[at]!.key)) {
          if (c.data.personTitles.hasWord(s)) continue;
          const alias = officeId(c, s);
          (holders.get(alias) ?? holders.set(alias, new Set()).get(alias)!).add(p);
          synonymOffices.add(alias);
        }
        for (let j = first; j <= last; j++) for (const w of wordsAt(c, j)) (titleWords.get(p) ?? titleWords.set(p, new Set()).get(p)!).add(w);
      } else if (d.origin === 'discovered' && d.form === 'title') {
        const role = roleKey(c, at);
        if (role) (roles.get(role) ?? roles.set(role, new Set()).get(role)!).add(p);
        // The role's plain modifiers ("porn" of "porn actress X", «الإباحية» of «الممثلة الإباحية»): another
        // outlet may keep the modifier and choose another head ("a porn star", «نجمة إباحية»).
        if (role) {
          for (let j = first; j <= last; j++) {
            const word = j === at ? null : roleWord(c, j);
            const mod = word === null ? null : `${c.lang} ${MODIFIER}${word}`;
            if (mod) (roles.get(mod) ?? roles.set(mod, new Set()).get(mod)!).add(p);
          }
        }
      }
    }
  }
  if (!holders.size && !roles.size) return;
  // Mentions by article, once: a walk of every person's mentions per article grows with the square of the case.
  const namedIn = personMentionsByArticle(persons);
  const sole = soleRoles(roles);
  const opens = officeOpeners(holders);
  for (const c of texts) {
    const taken = occupied[c.articleIndex]!;
    const people = personsAt[c.articleIndex]!;
    const named = namedIn.get(c.articleIndex) ?? [];
    // Roles only the one person of the case holds whom this article never names.
    const unnamedRoles = sole.size ? unnamedOf(sole, named, c.lang) : null;
    // Words of the persons that are actors: a word discovery read as a one-word name it never confirmed
    // («… الرئاسي تحدث», a verb) is no name the office before it titles. Made only when a description asks.
    let actorWords: Set<number> | undefined;
    const actorWordsHere = (): ReadonlySet<number> => (actorWords ??= wordsOfMentions(named));
    for (let k = 0; k < c.tokens.length; k++) {
      if (taken.has(k)) continue;
      if (unnamedRoles && (unnamedRoles.heads.size || unnamedRoles.modifiers.size)) {
        const role = roleDescriptionAt(c, k, taken, unnamedRoles);
        if (role) {
          addDescription(c, role.first, role.last, role.holder);
          k = role.last;
          continue;
        }
      }
      if (!holders.size || !opens(c, c.tokens[k]!.key)) continue;
      const found = descriptionAt(c, k, taken, people, holders, synonymOffices, actorWordsHere);
      if (!found) continue;
      const holding = holdersAlike(c, found, holders.get(found.id)!, titleWords);
      if (found.namedAt !== undefined) {
        const holder = named.find((n) => n.first <= found.namedAt! && found.namedAt! <= n.last)?.p;
        if (holder) addDescription(c, found.first, found.last, holder);
        k = found.last;
        continue;
      }
      let target: DescribedPerson | undefined;
      for (const n of named) if (n.last < found.first && found.first - n.last <= REACH && holding.has(n.p) && !n.p.minor) target = n.p;
      // None before it: a lede may describe first and name after ("the former president … X has become"),
      // the nearest holder named after it, within reach.
      if (!target) target = named.find((n) => n.last > found.last && n.last - found.last <= REACH && holding.has(n.p) && !n.p.minor)?.p;
      // The article names no one holding the office: the one person of the case who does.
      if (!target && !named.some((n) => holding.has(n.p)) && holding.size === 1) target = [...holding][0];
      // Out of reach, the one holder the article names ("the pontiff" far below "Pope X").
      if (!target) target = soleNamedHolder(named, holding);
      if (target) addDescription(c, found.first, found.last, target);
      k = found.last;
    }
  }
}

/** The one person of `holding` among the article's mentions (not one named once), or undefined. */
function soleNamedHolder(named: readonly NamedMention[], holding: ReadonlySet<DescribedPerson>): DescribedPerson | undefined {
  let sole: DescribedPerson | undefined;
  for (const n of named) {
    if (!holding.has(n.p) || n.p.minor) continue;
    if (sole && sole !== n.p) return undefined;
    sole = n.p;
  }
  return sole;
}

/**
 * The holders of the office whose titles share a word of the description that not all of them have:
 * "the former president" is the one some outlet titles "Former President", not the sitting one named nearer.
 */
function holdersAlike(c: CaseText, found: Found, holding: ReadonlySet<DescribedPerson>, titleWords: ReadonlyMap<DescribedPerson, ReadonlySet<string>>): ReadonlySet<DescribedPerson> {
  if (holding.size < 2) return holding;
  let out = holding;
  for (let j = found.first; j <= found.last; j++) {
    for (const w of wordsAt(c, j)) {
      // (Stop words too: «السابق» is one.) The office itself, in whatever form («رئيس», «الرئيس»), tells no holder from another.
      if (c.data.determiners.has(w) || officeId(c, w) === found.id) continue;
      const alike = [...out].filter((p) => titleWords.get(p)?.has(w));
      if (alike.length > 0 && alike.length < out.size) out = new Set(alike);
    }
  }
  return out;
}

/** Adds the description `first`..`last` of the article to the person's labels (an apposition: what the outlet calls him). */
function addDescription(c: CaseText, first: number, last: number, target: DescribedPerson): void {
  const start = c.tokens[first]!.start + cliticLength(c, first);
  const end = c.tokens[last]!.end - (c.tokens[last]!.possessive ? 2 : 0);
  const key = c.tokens
    .slice(first, last + 1)
    .filter((t) => !c.data.determiners.has(t.key))
    .map((t) => t.key)
    .join(' ');
  target.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'apposition', key));
}

/**
 * The role a plain word heads ("actress", «ممثلة»), plural-free where adjectives come first and without
 * the article where they follow; null for a capitalised word, a stop word or a verb's shape.
 */
function roleKey(c: CaseText, j: number): string | null {
  const word = roleWord(c, j);
  return word === null ? null : `${c.lang} ${word}`;
}

/** The role's word alone (roleKey without the language). */
function roleWord(c: CaseText, j: number): string | null {
  const { tokens, data, lang } = c;
  const t = tokens[j];
  if (!t || t.capitalised || t.possessive || t.key.length <= 2 || isStopword(t.key, lang) || data.notModifier(t.key) || data.determiners.has(t.key)) return null;
  return data.adjectivesFollow ? withoutClitics(t.key, c) : singular(t.key);
}

/** A word without its article and glued prepositions («للممثلة», «لممثلة» → «ممثلة»): a glued one comes off only before a dictionary word. */
function withoutClitics(key: string, c: CaseText): string {
  const bare = c.data.withoutArticle(key);
  if (bare !== key) return bare;
  const m = entityData(c.lang).dictionaryForms;
  for (const p of m?.clitics ?? []) if (key.startsWith(p) && key.length - p.length >= m!.cliticRest && isDictionaryWord(key.slice(p.length), c.lang)) return key.slice(p.length);
  return key;
}

/** Each role one person alone holds in the case (a person several articles name). */
function soleRoles(roles: ReadonlyMap<string, ReadonlySet<DescribedPerson>>): Map<string, DescribedPerson> {
  const out = new Map<string, DescribedPerson>();
  for (const [role, holding] of roles) {
    const [holder] = holding;
    if (holding.size === 1 && !holder!.minor) out.set(role, holder!);
  }
  return out;
}

/** An article's sole roles by word: role heads, and role modifiers apart (no key string built per token to ask for them). */
interface UnnamedRoles {
  heads: Map<string, DescribedPerson>;
  modifiers: Map<string, DescribedPerson>;
}

/** The sole roles of the article's language, by their word, whose holder the article (its named persons) never names. */
function unnamedOf(sole: ReadonlyMap<string, DescribedPerson>, named: readonly { p: DescribedPerson }[], lang: string): UnnamedRoles {
  const here = new Set(named.map((n) => n.p));
  const out: UnnamedRoles = { heads: new Map(), modifiers: new Map() };
  const prefix = `${lang} `;
  const modPrefix = `${prefix}${MODIFIER}`;
  for (const [role, holder] of sole) {
    if (!role.startsWith(prefix) || here.has(holder)) continue;
    if (role.startsWith(modPrefix)) out.modifiers.set(role.slice(modPrefix.length), holder);
    else out.heads.set(role.slice(prefix.length), holder);
  }
  return out;
}

/** Marks a role's modifier among the roles ("porn" of "porn actress"), apart from heads. */
const MODIFIER = 'mod: ';

/** Plain words before the role's head in a description ("an adult movie actress"). */
const ROLE_MODIFIERS = 3;

/**
 * "an adult movie actress" in an article that never names the person: an indefinite determiner (one
 * person, introduced: "the election results" is neither), plain modifiers — one at least: the bare role
 * says nothing — and a role only one person of the case is described by, with no name after it. Where
 * the outlet names nobody, the description introduces the one person the other outlets describe so.
 */
function roleDescriptionAt(c: CaseText, k: number, taken: ReadonlySet<number>, roles: UnnamedRoles): { first: number; last: number; holder: DescribedPerson } | null {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
  if (data.adjectivesFollow) return roleDescriptionAfter(c, k, taken, roles);
  if (!data.indefinites.has(t.key)) return null;
  let j = k + 1;
  for (; j < tokens.length && j - k <= ROLE_MODIFIERS + 1; j++) {
    const w = tokens[j]!;
    if (w.breakBefore || taken.has(j) || w.capitalised || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key)) return null;
    let holder = j > k + 1 ? roles.heads.get(roleWord(c, j) ?? '') : undefined;
    // "a porn star": a modifier of one person's role, then another head ending the phrase.
    if (!holder && j > k + 1 && endsNounPhrase(c, j)) holder = roles.modifiers.get(roleWord(c, j - 1) ?? '');
    if (!holder) continue;
    const after = tokens[j + 1];
    if (after && !after.breakBefore && (taken.has(j + 1) || after.capitalised)) return null;
    return { first: k + 1, last: j, holder };
  }
  return null;
}

/**
 * Where adjectives follow and nouns carry their own article («ممثلة أفلام إباحية»): the role with no
 * article (indefinite: someone introduced), then plain indefinite words — one at least — up to
 * punctuation, a stop word or a word with the article, no name after them.
 */
function roleDescriptionAfter(c: CaseText, k: number, taken: ReadonlySet<number>, roles: UnnamedRoles): { first: number; last: number; holder: DescribedPerson } | null {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
  const holder = roles.heads.get(t.key);
  const next = tokens[k + 1];
  // The maps first: this runs at every word of the article, and few words are a role's head or modifier.
  const modified = !holder && next ? roles.modifiers.get(next.key) : undefined;
  if ((!holder && !modified) || t.clitic || data.isDefinite(t.key)) return null;
  // «نجمة إباحية»: another head, then a modifier of one person's role, indefinite, ending the phrase.
  if (modified && !next!.breakBefore && !taken.has(k + 1) && !next!.clitic && !data.isDefinite(next!.key) && !isStopword(t.key, lang) && endsNounPhrase(c, k + 1)) {
    return { first: k, last: k + 1, holder: modified };
  }
  if (!holder) return null;
  let last = k;
  while (last + 1 < tokens.length && last - k < ROLE_MODIFIERS) {
    const w = tokens[last + 1]!;
    if (w.breakBefore || taken.has(last + 1) || w.clitic || data.isDefinite(w.key) || isStopword(w.key, lang)) break;
    last++;
  }
  if (last === k) return null;
  const after = tokens[last + 1];
  if (after && !after.breakBefore && taken.has(last + 1)) return null;
  return { first: k, last, holder };
}

/** Punctuation, a stop word or the end of the text after word `j`: the noun phrase ends there. */
function endsNounPhrase(c: CaseText, j: number): boolean {
  const after = c.tokens[j + 1];
  return !after || after.breakBefore || isStopword(after.key, c.lang);
}

/** The word indexes of the mentions. */
function wordsOfMentions(named: readonly { first: number; last: number }[]): Set<number> {
  const words = new Set<number>();
  for (const m of named) for (let k = m.first; k <= m.last; k++) words.add(k);
  return words;
}

/**
 * Whether an office description can open at a word, by the word alone (memoised per language data and
 * word for one call: descriptionAt's own first tests, asked at every free word of the case). Where
 * adjectives follow: a definite word naming an office someone holds; else a glued prefix on such an
 * office ("ex-president"), or a definite determiner.
 */
function officeOpeners(holders: ReadonlyMap<string, ReadonlySet<DescribedPerson>>): (c: CaseText, key: string) => boolean {
  const memo = new Map<CaseText['data'], Map<string, boolean>>();
  return (c, key) => {
    let byWord = memo.get(c.data);
    if (!byWord) memo.set(c.data, (byWord = new Map()));
    let opens = byWord.get(key);
    if (opens === undefined) {
      const { data } = c;
      // (An indefinite office opens one too where it stands in construct with what it heads: «رئيس البرلمان».)
      if (data.adjectivesFollow) opens = holders.has(officeId(c, key));
      else {
        const glued = data.formerPrefixes.length ? prefixedWord(key, data.formerPrefixes) : null;
        opens = (!!glued && holders.has(officeId(c, glued.office))) || isDefiniteDeterminer(key, data);
      }
      byWord.set(key, opens);
    }
    return opens;
  };
}

interface Found {
  first: number;
  last: number;
  /** Language and office head, the key of `holders`. */
  id: string;
  /** A word of a person's name right after the office (spelt otherwise around it): the office is that person's. */
  namedAt?: number;
}

/** The office a word names when some person of the case holds it (the key of `holders`), or null. */
function heldOffice(c: CaseText, j: number, holders: ReadonlyMap<string, ReadonlySet<DescribedPerson>>, synonyms: ReadonlySet<string>): string | null {
  const id = officeId(c, c.tokens[j]!.key);
  if (!holders.has(id)) return null;
  if (titleAt(c, j)) return id;
  // A synonym as written (not a plural) that ends the noun phrase, before punctuation, a function word or a
  // past-shaped verb ("the pontiff spared no effort"): WordNet's synonyms of an office word include
  // adjectives of its other senses ("general": "overall"), which a noun follows ("the overall winner").
  const next = c.tokens[j + 1];
  return synonymOffice(synonyms, c, j) && (endsNounPhrase(c, j) || c.data.isPastShaped(next!.key)) ? id : null;
}

/** Whether the word at `j` is, as written, a synonym added for an office word (no title of the language). */
function synonymOffice(synonyms: ReadonlySet<string>, c: CaseText, j: number): boolean {
  const key = c.tokens[j]!.key;
  return synonyms.has(`${c.lang} ${key}`) && !titleAt(c, j);
}

/** An office description opening at `k` with no name right after it, or null. */
function descriptionAt(c: CaseText, k: number, taken: ReadonlySet<number>, people: ReadonlySet<number>, holders: ReadonlyMap<string, ReadonlySet<DescribedPerson>>, synonyms: ReadonlySet<string>, actorWords: () => ReadonlySet<number>): Found | null {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
    let first = k;
  let last: number;
  let id: string | null;
  if (data.adjectivesFollow) {
    if (!(id = heldOffice(c, k, holders, synonyms))) return null;
    if (!data.isDefinite(t.key)) {
      // «رئيس كوريا الجنوبية», «رئيس مفوضية الانتخابات»: an office in construct with what it heads is definite through it.
      const found = constructDescription(c, k, taken, people);
      return found ? { ...found, id } : null;
    }
    // «الرئيس الأمريكي السابق»: a definite office, then its definite adjectives.
    last = k;
    while (last + 1 < tokens.length && last - k < MAX_MODIFIERS && !tokens[last + 1]!.breakBefore && !people.has(last + 1) && !data.rankingWords.has(tokens[last + 1]!.key) && !data.relatives.has(tokens[last + 1]!.key) && data.isDefinite(tokens[last + 1]!.key) && (data.isAdjective(tokens[last + 1]!.key) || data.isNisba(tokens[last + 1]!.key) || data.titlePostModifiers.match(tokens, last + 1)?.length === 1)) last++;
  } else {
    const glued = data.formerPrefixes.length ? gluedDescriptionAt(c, k, taken, people, holders) : null;
    if (glued) return glued;
    // "the former US president": a definite determiner, plain words (or a place), then the office.
    if (!isDefiniteDeterminer(t.key, data)) return null;
    first = k + 1;
    let j = first;
    id = null;
    for (; j < tokens.length && j - first <= MAX_MODIFIERS && !tokens[j]!.breakBefore && !people.has(j); j++) {
      if (!taken.has(j) && (id = heldOffice(c, j, holders, synonyms))) break;
      const w = tokens[j]!;
      if (!taken.has(j) && (w.capitalised || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key) || data.rankingWords.has(w.key))) return null;
    }
    if (!id || j >= tokens.length) return null;
    last = j;
    // "the speaker of parliament", "the head of the X Council": an "of" complement, one plain word or a mention that is no person.
    const of = tokens[last + 1];
    if (of && !of.breakBefore && data.genitives.has(of.key)) {
      let e = last + 2;
      if (e < tokens.length && !tokens[e]!.breakBefore && data.determiners.has(tokens[e]!.key)) e++;
      const w = tokens[e];
      if (w && !w.breakBefore && !people.has(e)) {
        if (taken.has(e)) {
          while (e + 1 < tokens.length && taken.has(e + 1) && !people.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
          last = e;
        } else if (!w.capitalised && !isStopword(w.key, lang)) last = e;
      }
    }
  }
  // The bare office ("the president", «الرئيس») says nothing of the person: a modifier or a complement must.
  const officeAt = data.adjectivesFollow ? k : last;
  // (A synonym of the office is the outlet's word: "the pontiff" where it titles "Pope X".)
  if (last === first && officeAt === first && !synonymOffice(synonyms, c, officeAt)) return null;
  // A name right after it: a title of that name, read with the name.
  const after = tokens[last + 1];
  const named = taken.has(last + 1) && (!people.has(last + 1) || actorWords().has(last + 1));
  if (after && !after.breakBefore && (named || (after.capitalised && data.capitalisedNames))) return null;
  // A name the case made no actor of: the office is its title; where a word of it is a person's («X روتو», his
  // name spelt otherwise), that person's.
  const run = nameRunAt(c, last + 1);
  if (run > last + 1) {
    for (let j = last + 1; j < run; j++) if (actorWords().has(j)) return { first, last, id, namedAt: j };
    return null;
  }
  return { first, last, id };
}

/**
 * Where names are not capitalised, the end (exclusive) of a run of name words at `j` the case may have made no
 * actor of («الرئيس التركي رجب طيب X» named once), or `j` where none stands there: indefinite name words no
 * verb reads («الرئيس التركي يزور»), two or more, or one no dictionary knows.
 */
function nameRunAt(c: CaseText, j: number): number {
  const { tokens, data } = c;
  if (data.capitalisedNames) return j;
  const plain = (i: number): boolean => i < tokens.length && !tokens[i]!.breakBefore && !tokens[i]!.clitic && !data.isDefinite(tokens[i]!.key) && isNameWord(c, i) && !data.verb(tokens[i]!.key);
  let end = j;
  while (end - j < MAX_NAME_WORDS && plain(end)) end++;
  return end - j >= 2 || (end > j && !isDictionaryWord(tokens[j]!.key, c.lang)) ? end : j;
}

/** Most words of a name run read after an office. */
const MAX_NAME_WORDS = 4;

/** Indefinite nouns an office may govern before the definite word or name that closes the construct («رئيس مفوضية الانتخابات»). */
const CONSTRUCT_NOUNS = 1;

/**
 * Where adjectives follow, an indefinite office at `k` and what it heads: a name that is no person's, or
 * a definite noun (after at most CONSTRUCT_NOUNS indefinite ones) with its definite adjectives; then
 * where, a locative and a place's name («رئيس البرلمان في كوريا الجنوبية»). Null when no definite word
 * closes it, or a name follows (a title of that name, read with it), or a comma and a person's name (an
 * apposition before that name, read with it).
 */
function constructDescription(c: CaseText, k: number, taken: ReadonlySet<number>, people: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data, lang } = c;
  const free = (j: number): boolean => j < tokens.length && !tokens[j]!.breakBefore && !people.has(j);
  const nameRun = (j: number): number => {
    while (taken.has(j + 1) && free(j + 1)) j++;
    return j;
  };
  let last = -1;
  for (let j = k + 1; j <= k + 1 + CONSTRUCT_NOUNS && free(j); j++) {
    const w = tokens[j]!;
    if (taken.has(j)) {
      last = nameRun(j);
      break;
    }
    if (isStopword(w.key, lang) || data.determiners.has(w.key) || w.clitic) return null;
    if (data.isDefinite(w.key)) {
      last = j;
      break;
    }
  }
  if (last < 0) return null;
  // Its definite adjectives («التيار الصدري», «كوريا الجنوبية»).
  const adjectives = (e: number): number => {
    const from = e;
    while (e - from < MAX_MODIFIERS && free(e + 1) && !taken.has(e + 1) && data.isDefinite(tokens[e + 1]!.key) && (data.isAdjective(tokens[e + 1]!.key) || data.isNisba(tokens[e + 1]!.key))) e++;
    return e;
  };
  last = adjectives(last);
  // «رئيس مؤتمر الأطراف التاسع والعشرين»: the session's ordinal too (before a name, the whole is that name's title).
  const ordinal = free(last + 1) && !taken.has(last + 1) ? ordinalEnd(tokens, last + 1, lang, data.article) : -1;
  if (ordinal > last) last = ordinal;
  const place = free(last + 1) ? entityData(lang).locatives.match(tokens, last + 1) : null;
  if (place && taken.has(last + 1 + place.length) && free(last + 1 + place.length)) last = adjectives(nameRun(last + 1 + place.length));
  const after = tokens[last + 1];
  if (after && ((!after.breakBefore && taken.has(last + 1)) || (after.commaBefore && people.has(last + 1)))) return null;
  return { first: k, last };
}

/**
 * "ex-president" alone, the office with a glued prefix that says which holder ("former"): one person
 * with or without "the" (headlines drop it: "ex-president says …"); none after "an" (someone
 * introduced) or before a name (a title of that name).
 */
function gluedDescriptionAt(c: CaseText, k: number, taken: ReadonlySet<number>, people: ReadonlySet<number>, holders: ReadonlyMap<string, ReadonlySet<DescribedPerson>>): Found | null {
  const { tokens, data } = c;
  const t = tokens[k]!;
  if (taken.has(k) || people.has(k) || t.possessive) return null;
  const glued = prefixedOffice(c, k);
  if (!glued) return null;
  const id = officeId(c, glued.office);
  if (!holders.has(id) || !titleAt(c, 0, [{ ...t, key: glued.office }])) return null;
  const before = tokens[k - 1];
  if (before && !t.breakBefore && data.indefinites.has(before.key)) return null;
  const after = tokens[k + 1];
  if (after && !after.breakBefore && (taken.has(k + 1) || (after.capitalised && data.capitalisedNames))) return null;
  return { first: k, last: k, id };
}
