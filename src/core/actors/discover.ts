/**
 * Finding the actors a case names, from the text alone: person names introduced by titles (or
 * capitalised, in languages that capitalise names), organisations introduced by head nouns
 * ("حكومة …", "… Army"), merged into one actor per person (by surname) and per organisation (by
 * shared head and words, and acronyms).
 */
import { isDictionaryWord } from '../entities/recurring.ts';
import { entityData } from '../entities/data.ts';
import { scriptData } from '../crosslang/script-data.ts';
import { isStopword, stemToken } from '../align/terms.ts';
import { isBridgedPlaceName, isArabicPlaceNoun } from '../entities/place-names.ts';
import { singular } from '../entities/variants.ts';
import { nameSkeleton, wordSkeleton } from '../entities/skeleton.ts';
import { skeletonSimilarity } from '../crosslang/names.ts';
import type { LanguageCode } from '../types.ts';
import { hasArticle, headBase } from './lexicon.ts';
import type { LanguageActorData } from './lexicon.ts';
import { hyphenated } from './tokens.ts';
import { ordinalEnd } from './ordinals.ts';
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
  /** 'place': a town, region or country; 'other': a name the case repeats that is none of the rest. */
  kind: 'person' | 'org' | 'place' | 'other';
  /** A person written with a title somewhere in the case ("President X"). */
  titled?: boolean;
  /** Alias word sequences (matching keys). */
  aliases: string[][];
  /** Display spellings seen, with counts (the most common full one names the actor). */
  spellings: Map<string, number>;
  /** Head word of an organisation, without the article ("حكومه", "army"). */
  head?: string;
  /** Articles whose text yielded the candidate. */
  articles?: Set<number>;
  /** The language data of the text it was found in. */
  data?: LanguageActorData;
}

// An acronym, with the number of an edition it may carry ("NATO", "COP 29", "COP-29"): an organisation's or an event's name, no person's.
const ACRONYM_SPELLING = /^\p{Lu}{2,}(?:[-\s]?\d{1,4})?$/u;
const EDITION_NUMBER = /[-\s]?\d{1,4}$/u;

/** Whether word `i` may be a word of a name: no stop word, number, listed label, title or body head (in capitalised languages, capitalised). */
export function isNameWord(c: CaseText, i: number): boolean {
  const t = c.tokens[i];
  if (!t || t.key.length < 2 || /^\d/u.test(t.key)) return false;
  if (isStopword(t.key, c.lang) && !firstNameHomograph(c, i)) return false;
  if (c.data.capitalisedNames && !t.capitalised && !c.data.particles.has(t.key)) return false;
  if (c.data.labels.match(c.tokens, i) || c.data.personTitles.match(c.tokens, i)) return false;
  return !c.data.orgHeads.match(c.tokens, i) && !c.data.forceHeads.match(c.tokens, i);
}

/**
 * A function word written as a first name that folds to it («علي», the preposition «على»), followed by a name
 * word no dictionary knows, indefinite («علي X»; «علي نحو» is the preposition written loosely).
 */
function firstNameHomograph(c: CaseText, i: number): boolean {
  const { tokens, data } = c;
  const t = tokens[i]!;
  if (!data.firstNameHomographs.has(c.text.slice(t.start, t.end))) return false;
  const next = tokens[i + 1];
  return !!next && !next.breakBefore && !next.clitic && !isStopword(next.key, c.lang) && !hasArticle(next.key, data) && !isDictionaryWord(next.key, c.lang) && isNameWord(c, i + 1);
}

/** Whether a word is a glued conjunction or preposition on a dictionary word ("لقيادة"): no name's first word. */
function gluedToWord(key: string, lang: LanguageCode): boolean {
  const m = entityData(lang).dictionaryForms;
  return !!m && m.clitics.some((p) => key.startsWith(p) && key.length - p.length >= m.cliticRest && isDictionaryWord(key.slice(p.length), lang));
}

/**
 * Whether a foreign name's further words run on at `k` (languages without capitals): a hyphenated word no
 * dictionary knows («تاي-سون», as East Asian given names are transliterated), or two words no dictionary
 * or stopword list knows. Then the word before them, though it reads as a dictionary word behind a glued
 * preposition, is the name's first word, not a title's complement.
 */
function foreignNameAfter(c: CaseText, k: number): boolean {
  const { tokens } = c;
  const plain = (i: number): boolean => i < tokens.length && !tokens[i]!.breakBefore && !isStopword(tokens[i]!.key, c.lang) && !isDictionaryWord(tokens[i]!.key, c.lang) && isNameWord(c, i);
  if (!plain(k)) return false;
  return hyphenated(tokens[k]!.key) || plain(k + 1);
}


/** A title-introduced name; `firstEnd` is where its first word ends. */
interface TitledName {
  words: string[];
  start: number;
  end: number;
  firstEnd: number;
  afterOrg: boolean;
  /** The run of name words going on past the two kept ("وو رين سيك"), with where it ends: kept when another script spells it. */
  longer?: { words: string[]; end: number };
  /** Where a one-word title stands inside the name («سعيد أمير عبد الكريمي»): kept whole only when the case repeats it. */
  innerTitle?: number;
}

/** How often the case writes a run of words (keys) together. */
function runCount(texts: readonly CaseText[], words: readonly string[]): number {
  let n = 0;
  for (const { tokens } of texts) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      let w = 0;
      while (w < words.length && tokens[i + w]!.key === words[w] && (w === 0 || !tokens[i + w]!.breakBefore)) w++;
      if (w === words.length) n++;
    }
  }
  return n;
}

/**
 * Whether a title word at `k` is a given name inside a run of name words (languages without capitals):
 * one word, without the article, after a name word and before another («سالم شيخ داود», «سعيد أمير
 * عبد الكريمي»). A title before a name carries the article («الشيخ سالم»), so a bare one inside a run is
 * the name's; the run must still be repeated in the case to be kept (see discoverActors).
 */
function innerTitleWord(c: CaseText, k: number): boolean {
  const { tokens, data } = c;
  const t = tokens[k]!;
  if (data.capitalisedNames || t.clitic || hasArticle(t.key, data) || data.personTitles.match(tokens, k)?.length !== 1) return false;
  const next = k + 1 < tokens.length ? tokens[k + 1]! : undefined;
  return !!next && !next.breakBefore && !hasArticle(next.key, data) && isNameWord(c, k + 1);
}

/** Title-introduced names (languages without capitals): "المشير خليفة سليمان" → ['خليفه', 'سليمان']. */
function titledNames(c: CaseText, isPlaceWord: (key: string) => boolean = () => false): TitledName[] {
  const out: TitledName[] = [];
  const { tokens, data } = c;
  for (let i = 0; i < tokens.length; i++) {
    const title = data.personTitles.match(tokens, i);
    if (!title) continue;
    // "أول رئيس … يُدان": a title after a ranking is a record ("the first president to …"), no name follows.
    if (i > 0 && !tokens[i]!.breakBefore && data.rankingWords.has(tokens[i - 1]!.key)) continue;
    let j = i + title.length;
    const indefinite = !tokens.slice(i, j).some((t) => hasArticle(t.key, data));
    // Skip what stands between title and name: labels ("الجنرال الانقلابي"), nisba adjectives ("الرئيس الفرنسي").
    for (let skipped = 0; j < tokens.length && !tokens[j]!.breakBefore && skipped < 2; skipped++) {
      const label = data.labels.match(tokens, j);
      const form = label?.value.form;
      const post = data.titlePostModifiers.match(tokens, j);
      if (post) j += post.length;
      else if (label && (form === 'adjective' || form === 'title')) j += label.length;
      else if (hasArticle(tokens[j]!.key, data) && !tokens[j]!.clitic && data.isAdjective(tokens[j]!.key)) j++;
      else break;
    }
    // "رئيس أمريكي سابق": an indefinite title with an indefinite nisba describes someone; it names no one.
    if (indefinite && j < tokens.length && !tokens[j]!.breakBefore && !hasArticle(tokens[j]!.key, data) && data.isNisba(tokens[j]!.key) && isDictionaryWord(tokens[j]!.key, c.lang)) continue;
    // "المرشح لقيادة البلاد", "المتحدث باسم …": a complement behind a glued preposition or conjunction follows the
    // title; a name after it is too far to be read as this title's (the complement may be long).
    if (j < tokens.length && !tokens[j]!.breakBefore && gluedToWord(tokens[j]!.key, c.lang) && !foreignNameAfter(c, j + 1)) continue;
    // "رئيس كوريا الجنوبية X": the country the office is of stands before the name, not as it.
    let placed = false;
    if (!data.capitalisedNames && j < tokens.length && !tokens[j]!.breakBefore && !data.isDefinite(tokens[j]!.key) && isPlaceWord(tokens[j]!.key)) {
      j++;
      while (j < tokens.length && !tokens[j]!.breakBefore && hasArticle(tokens[j]!.key, data) && data.isAdjective(tokens[j]!.key)) j++;
      placed = true;
    }
    // "رئيس حكومة الإنقاذ الوطني، سالم الأحمد": the title's organisation stands before the name.
    const org = !placed && j < tokens.length && !tokens[j]!.breakBefore ? data.orgHeads.match(tokens, j) : null;
    if (org) {
      j += org.length;
      if (j < tokens.length && !tokens[j]!.breakBefore && !isStopword(tokens[j]!.key, c.lang)) j++;
      while (j < tokens.length && !tokens[j]!.breakBefore && hasArticle(tokens[j]!.key, data) && data.isAdjective(tokens[j]!.key)) j++;
      if (j < tokens.length && tokens[j]!.breakBefore && !tokens[j]!.commaBefore) continue;
    } else if (j < tokens.length && tokens[j]!.breakBefore) continue;
    if (j >= tokens.length || !isNameWord(c, j) || data.isDefinite(tokens[j]!.key)) continue;
    // «الناطق الرسمي لحراس الله»: a dictionary word behind a glued preposition is the title's complement, not its holder.
    if (tokens[j]!.clitic && isDictionaryWord(tokens[j]!.key, c.lang) && !foreignNameAfter(c, j + 1)) continue;
    const words = [tokens[j]!.key];
    let k = j + 1;
    let inner = -1;
    while (k < tokens.length && words.length < 4 && !tokens[k]!.breakBefore && !data.isNonName(tokens[k]!.key)) {
      // «سالم شيخ داود»: a one-word title between name words is a name word ("Sheikh", "Amir" as given names).
      const innerTitle = !isNameWord(c, k) && innerTitleWord(c, k);
      if (!innerTitle && !isNameWord(c, k)) break;
      // Beyond two words only after a particle ("عبد", "bin") or such a title: a name does not run into the verb after it.
      if (words.length >= 2 && inner < 0 && !innerTitle && !words.some((w) => data.particles.has(w))) break;
      if (innerTitle && inner < 0) inner = words.length;
      words.push(tokens[k]!.key);
      k++;
    }
    const name: TitledName = { words, start: tokens[j]!.start, end: tokens[k - 1]!.end, firstEnd: tokens[j]!.end, afterOrg: org !== null || placed };
    if (inner > 0) name.innerTitle = inner;
    if (words.length === 2 && k < tokens.length && !tokens[k]!.breakBefore && isNameWord(c, k) && !data.isNonName(tokens[k]!.key)) name.longer = { words: [...words, tokens[k]!.key], end: tokens[k]!.end };
    out.push(name);
    i = k - 1;
  }
  // "عقيلة صالح، رئيس مجلس النواب": two name words, a comma, then a title (an apposition).
  for (let i = 2; i < tokens.length; i++) {
    if (!tokens[i]!.commaBefore || !data.personTitles.match(tokens, i)) continue;
    const [a, b] = [i - 2, i - 1];
    if (tokens[b]!.breakBefore || !isNameWord(c, a) || !isNameWord(c, b) || data.isDefinite(tokens[a]!.key) || data.isNonName(tokens[b]!.key)) continue;
    if (a > 0 && !tokens[a]!.breakBefore && isNameWord(c, a - 1)) continue; // a longer run: not clearly a name
    out.push({ words: [tokens[a]!.key, tokens[b]!.key], start: tokens[a]!.start, end: tokens[b]!.end, firstEnd: tokens[a]!.end, afterOrg: true });
  }
  return out;
}

/**
 * Country names of the case, where names are not capitalised: a CLDR country, or the name a country
 * adjective of the case is made from («الكوري» → «كوريا»; countryAdjectives in lang/<code>/entities.json).
 */
function countryWords(texts: readonly CaseText[]): (key: string) => boolean {
  const made = new Set<string>();
  for (const c of texts) {
    if (c.data.capitalisedNames) continue;
    const endings = scriptData(c.lang)?.countryAdjectives ?? [];
    for (const t of c.tokens) {
      if (!hasArticle(t.key, c.data)) continue;
      const bare = t.key.slice(c.data.article.length);
      for (const [ending, nameEnding] of endings) if (bare.endsWith(ending) && bare.length - ending.length >= 3) made.add(bare.slice(0, -ending.length) + nameEnding);
    }
  }
  return (key) => made.has(key) || isArabicPlaceNoun(key);
}

/** Kunya names ("أبو X الY"): the kunya, a name word, and a definite surname or nisba after it if any. */
function kunyaNames(c: CaseText): { words: string[]; start: number; end: number }[] {
  const out: { words: string[]; start: number; end: number }[] = [];
  const { tokens, data } = c;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!data.kunyas.has(tokens[i]!.key) || tokens[i + 1]!.breakBefore) continue;
    const name = tokens[i + 1]!;
    if (name.key.length < 2 || data.isDefinite(name.key) || hasArticle(name.key, data) || data.labels.match(tokens, i + 1)) continue;
    let last = i + 1;
    const next = tokens[i + 2];
    if (next && !next.breakBefore && hasArticle(next.key, data) && !next.clitic && !data.labels.match(tokens, i + 2) && !data.orgHeads.match(tokens, i + 2)) last = i + 2;
    // A name word spelled like a function word (folded "علي") only with a surname after it.
    if (isStopword(name.key, c.lang) && last === i + 1) continue;
    out.push({ words: tokens.slice(i, last + 1).map((t) => t.key), start: tokens[i]!.start, end: tokens[last]!.end });
    i = last;
  }
  return out;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'al', 'el', 'bin', 'ibn', 'abu']);

/**
 * In languages that capitalise names, a word is a name word when the case writes it capitalised inside
 * sentences at least as often as in lower case ("Many" at a sentence start is not a name; "Dorvan" is).
 * All-capital words count only when short (acronyms: "GNA", not "CALLED").
 */
function properWords(texts: readonly CaseText[]): ((key: string) => boolean) & { opener: (key: string, next: string) => boolean } {
  const inside = new Map<string, number>();
  const lower = new Map<string, number>();
  // Name words the case writes first in a name inside a sentence ("Dorsel" in "said Dorsel"), not only after another.
  const leads = new Set<string>();
  for (const c of texts) {
    if (!c.data.capitalisedNames) continue;
    c.tokens.forEach((t, i) => {
      if (t.inTitle) return;
      if (!t.capitalised) lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
      else if (!t.sentenceStart) {
        inside.set(t.key, (inside.get(t.key) ?? 0) + 1);
        if (t.breakBefore || !c.tokens[i - 1]?.capitalised) leads.add(t.key);
      }
    });
  }
  const isProper = (key: string): boolean => {
    const caps = inside.get(key) ?? 0;
    return caps > 0 && (lower.get(key) ?? 0) <= caps;
  };
  // A word the case writes only where a sentence opens, never in lower case ("Harbour" in "Harbour
  // Watch said …", each time first): it may open a name whose next word is a name word that
  // never leads a name itself ("Following Dorsel's …": Dorsel stands alone elsewhere).
  return Object.assign(isProper, { opener: (key: string, next: string): boolean => !inside.has(key) && !lower.has(key) && !leads.has(next) });
}

/** Capitalised word runs ("Government of National Unity", "Omar Suleiman"), titles stripped. */
interface NameRun {
  words: string[];
  start: number;
  end: number;
  head?: string;
  /** A title stood before the name ("President Obama"). */
  titled: boolean;
}

function capitalisedNames(c: CaseText, isProper: ((key: string) => boolean) & { opener?: (key: string, next: string) => boolean }): NameRun[] {
  const out: NameRun[] = [];
  const { tokens, data } = c;
  const nameWord = (k: number): boolean => {
    const t = tokens[k]!;
    // (An edition's number glued to an acronym, "COP 29", makes it no longer.)
    const letters = c.text.slice(t.start, t.end).replace(EDITION_NUMBER, '');
    const shouting = letters.length > 5 && letters === letters.toUpperCase();
    return t.capitalised && t.key.length > 1 && !shouting && isProper(t.key) && !isStopword(t.key, c.lang) && !data.notNames.has(t.key) && !data.backedSuffix(t.key);
  };
  // "of"/"the"/"for" join the words of an organisation's name ("Government of National Unity"), not a
  // person and a place ("Lin Wei of China"); name particles ("bin", "al") join any name.
  const hasOrgHead = (first: number, k: number): boolean => {
    for (let m = first; m < k; m++) if (data.orgHeads.match(tokens, m)) return true;
    return false;
  };
  const joins = (key: string, first: number, k: number): boolean => {
    if (data.particles.has(key)) return true;
    return CONNECTORS.has(key) && hasOrgHead(first, k);
  };
  // "Velmari Parliament Speaker Jan Roe": after an organisation and a title, a person's name of two
  // words or more that no head noun ends ("Army General Command" stays one name).
  const personAfter = (k: number): boolean => {
    let e = k;
    while (e < tokens.length && (e === k || !tokens[e]!.breakBefore) && nameWord(e) && !data.orgHeads.match(tokens, e) && !data.personTitles.match(tokens, e)) e++;
    return e - k >= 2 && !(e < tokens.length && !tokens[e]!.breakBefore && data.orgHeads.match(tokens, e));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || t.inTitle || isStopword(t.key, c.lang) || data.labels.match(tokens, i)?.value.form === 'adjective') continue;
    let j = i;
    // Titles are labels of the person, not part of the name.
    for (let title = data.personTitles.match(tokens, j); title && j < tokens.length; title = data.personTitles.match(tokens, j)) j += title.length;
    const opens = j === i && t.sentenceStart && j + 1 < tokens.length && !tokens[j + 1]!.breakBefore && !!isProper.opener?.(t.key, tokens[j + 1]!.key) && !data.notNames.has(t.key) && nameWord(j + 1) && !data.personTitles.match(tokens, j + 1);
    if (j >= tokens.length || (j > i && tokens[j]!.breakBefore) || !(nameWord(j) || opens)) {
      i = Math.max(i, j - 1);
      continue;
    }
    let first = j;
    let k = j + 1;
    while (k < tokens.length && !tokens[k]!.breakBefore && !tokens[k - 1]!.possessive) {
      // "Interior Minister Jane Roe": the words before a title are the title's, the name follows it.
      const title = data.personTitles.match(tokens, k);
      const after = k + (title?.length ?? 0);
      if (title && after < tokens.length && !tokens[after]!.breakBefore && nameWord(after) && (!hasOrgHead(first, k) || personAfter(after))) {
        first = after;
        k = after + 1;
        continue;
      }
      // "Head of X Alliance Jan Roe": after an organisation's head noun, a person's name of two words or more.
      if (k - first >= 2 && data.orgHeads.match(tokens, k - 1)?.length === 1 && personAfter(k)) break;
      // A capitalised head noun after name words ends an organisation's name ("Central Electoral Commission").
      if (nameWord(k) || (tokens[k]!.capitalised && !tokens[k]!.inTitle && data.orgHeads.match(tokens, k)?.length === 1)) k++;
      else if (joins(tokens[k]!.key, first, k) && k + 1 < tokens.length && nameWord(k + 1) && !tokens[k + 1]!.breakBefore) k += 2;
      else break;
    }
    const words = tokens.slice(first, k).map((x) => x.key);
    // "state TV", "the Media": generic nouns alone name no one; "Kestrel TV" stays a name.
    if (words.every((w) => data.genericNames.has(w))) {
      i = k - 1;
      continue;
    }
    let head: string | undefined;
    for (let m = first; m < k; m++) if (data.orgHeads.match(tokens, m)) head = tokens[m]!.key;
    // "The Ethiopian Prime Minister and …": capitalised words a determiner opens, ending in an office with no name
    // after it, are the office ("Erik Prince", with none, stays a name).
    const office = head === undefined && k - first >= 2 && first > 0 && !tokens[first]!.breakBefore && data.determiners.has(tokens[first - 1]!.key) ? data.personTitles.matchEndingAt(tokens, k - 1) : null;
    if (office && office.length < k - first) {
      i = k - 1;
      continue;
    }
    const item: NameRun = { words, start: tokens[first]!.start, end: tokens[k - 1]!.end, titled: first > i || (i > 0 && data.personTitles.matchEndingAt(tokens, i - 1) !== null) };
    if (head) item.head = head;
    out.push(item);
    i = k - 1;
  }
  return out;
}

/** Articles a pair of words must be written in, one after the other, to be read as one name. */
const PAIR_ARTICLES = 2;

/**
 * Pairs of definite words the case writes one after the other in several articles (languages without
 * capitals): a name's words keep company ("الدعم السريع"), a noun and a passing adjective rarely do.
 */
function recurringPairs(texts: readonly CaseText[]): (before: string, word: string) => boolean {
  const seen = new Map<string, Set<number>>();
  for (const c of texts) {
    if (c.data.capitalisedNames || !c.data.article) continue;
    for (let i = 1; i < c.tokens.length; i++) {
      const [a, b] = [c.tokens[i - 1]!, c.tokens[i]!];
      if (b.breakBefore || !hasArticle(a.key, c.data) || !hasArticle(b.key, c.data)) continue;
      const key = `${a.key} ${b.key}`;
      const set = seen.get(key) ?? new Set<number>();
      set.add(c.articleIndex);
      seen.set(key, set);
    }
  }
  const several = texts.length > 1;
  return (before, word) => (seen.get(`${before} ${word}`)?.size ?? 0) >= (several ? PAIR_ARTICLES : 1);
}

/** Organisation phrases of languages without capitals: head noun + name words ("حكومة الإنقاذ الوطني"). */
function headedOrgs(
  c: CaseText,
  personKeys: ReadonlySet<string>,
  personPairs: ReadonlySet<string> = new Set(),
  recurs: (before: string, word: string) => boolean = () => false,
  isCountry: (key: string) => boolean = () => false,
): { words: string[]; start: number; end: number; head: string; construct?: boolean }[] {
  const out: { words: string[]; start: number; end: number; head: string; construct?: boolean }[] = [];
  const { tokens, data } = c;
  for (let i = 0; i < tokens.length; i++) {
    const head = data.orgHeads.match(tokens, i);
    if (!head) continue;
    // "قوات التمرد": a head noun the lexicon marks, in construct with a common noun, is an epithet, not a name.
    const epithet = data.labels.match(tokens, i);
    if (epithet && epithet.length > head.length && epithet.value.form === 'head-noun' && epithet.value.stance !== 'neutral') {
      i += epithet.length - 1;
      continue;
    }
    // «ميليشيات <country>», «مليشيات شرق <country>»: a marked head noun before a country or an indefinite
    // common noun is the outlet's epithet for forces it does not name; it opens no organisation's name.
    // (Before a name, «مليشيا X» is X's name with the outlet's head noun, one actor with «قوات X».)
    const next = tokens[i + head.length];
    if (epithet && epithet.length === head.length && epithet.value.form === 'head-noun' && epithet.value.stance !== 'neutral' && next && !next.breakBefore && (isCountry(next.key) || (!hasArticle(next.key, data) && isDictionaryWord(next.key, c.lang)))) continue;
    const headKey = tokens[i + head.length - 1]!.key;
    // «مؤتمر فيرنوبل», «مؤتمر كوب29»: an event's head before a bare name is that name's occasion, no body of its own
    // (the name stays its own actor); before a definite phrase it names one («مؤتمر الأطراف»).
    if (data.eventHeads.has(headKey) && next && !next.breakBefore && !hasArticle(next.key, data)) continue;
    const definite = hasArticle(tokens[i]!.key, data);
    let k = i + head.length;
    const tail: string[] = [];
    let construct = false;
    while (k < tokens.length && tail.length < 3 && !tokens[k]!.breakBefore) {
      const t = tokens[k]!;
      // «جماعة <noun> الله», «حركة <noun> <name>»: a common noun in construct with a name is the name whole.
      if (constructName(c, tail, definite, k)) {
        tail.push(t.key);
        k++;
        construct = true;
        break;
      }
      // «مؤتمر الأطراف التاسع والعشرين»: an ordinal after the name says which session, no word of the name; right
      // after the head it names the unit («الفرقة السادسة», «المؤتمر الحادي والثلاثين»), its compound whole.
      const ordinal = ordinalEnd(tokens, k, c.lang, data.article);
      if (ordinal >= 0 && tail.length > 0) break;
      if (ordinal > k) {
        for (; k <= ordinal; k++) tail.push(tokens[k]!.key);
        continue;
      }
      if (isStopword(t.key, c.lang) || t.key.length < 2 || /^\d/u.test(t.key) || data.loyalty.has(t.key)) break;
      if (data.labels.match(tokens, k) || data.backedBy.match(tokens, k) || data.personTitles.match(tokens, k) || data.orgHeads.match(tokens, k)) break;
      if (personKeys.has(t.key)) break; // "قوات سليمان": a person's forces, not an organisation's name
      // "برئاسة سالم الأحمد": a full name after the head noun is who leads it, not the organisation's name.
      if (k + 1 < tokens.length && personPairs.has(`${t.key} ${tokens[k + 1]!.key}`)) break;
      // After the name word only adjectives ("الوطني الليبي"); an indefinite head takes a noun, not an adjective.
      // (or a definite word the case keeps writing after the one before: "قوات الدعم السريع" in several articles).
      const recurring = tail.length > 0 && hasArticle(t.key, data) && recurs(tail[tail.length - 1]!, t.key);
      if ((definite || tail.length > 0) && !(hasArticle(t.key, data) && data.isAdjective(t.key)) && !recurring) break;
      if (!definite && tail.length === 0 && !hasArticle(t.key, data) && data.isAdjective(t.key)) break;
      // «القوات X العاملة في Y»: an active participle with a locative after it (where the body is active)
      // governs a complement; it ends the name.
      if (tail.length > 0 && hasArticle(t.key, data) && data.isActiveParticiple(t.key) && k + 1 < tokens.length && !tokens[k + 1]!.breakBefore && entityData(c.lang).locatives.match(tokens, k + 1)) break;
      tail.push(t.key);
      k++;
    }
    if (!tail.length) continue;
    const found = { words: [...tokens.slice(i, i + head.length).map((t) => t.key), ...tail], start: tokens[i]!.start, end: tokens[k - 1]!.end, head: headBase(headKey, data) };
    out.push(construct ? { ...found, construct } : found);
    i = k - 1;
  }
  return out;
}

/**
 * Whether the word at k completes an indefinite head's name as the second term of a construct: the one
 * word before it a bare dictionary noun («حراس»), it a name's closing function word («الله») or a word
 * no dictionary knows (a name), with no article.
 */
function constructName(c: CaseText, tail: readonly string[], definite: boolean, k: number): boolean {
  if (definite || tail.length !== 1) return false;
  const { tokens, data } = c;
  const t = tokens[k]!;
  const before = tail[0]!;
  if (hasArticle(before, data) || !isDictionaryWord(before, c.lang) || data.isAdjective(before)) return false;
  if (data.nameStopwords.has(t.key)) return true;
  return t.key.length >= 3 && !hasArticle(t.key, data) && !isStopword(t.key, c.lang) && !isDictionaryWord(t.key, c.lang) && !data.labels.match(tokens, k) && !data.personTitles.match(tokens, k) && !data.orgHeads.match(tokens, k) && !data.forceHeads.match(tokens, k);
}

/** Letters of a transliterated syllable word of a foreign name («وو», «سيك»): three words this short, none a dictionary word, are one name. */
const MAX_SYLLABLE_LETTERS = 4;

/** Shorter skeletons of a full name meet too many other names in another script. */
const MIN_CONFIRMING_SKELETON = 3;

/**
 * The candidate actors of a case, aliases merged.
 * @example discoverActors(texts).map(a => a.aliases)
 */
export function discoverActors(texts: readonly CaseText[]): ActorCandidate[] {
  // Word counts over the case decide how long a titled name is.
  const wordCount = new Map<string, number>();
  const seqCount = new Map<string, number>();
  for (const c of texts) for (const t of c.tokens) wordCount.set(t.key, (wordCount.get(t.key) ?? 0) + 1);
  const variants = new Map<string, PersonVariant>();
  const particles = new Set(texts.flatMap((c) => [...c.data.particles]));
  const addPerson = (words: string[], spelling: string, titled: boolean): void => {
    // A name cut to its particle ("عبد" of «عبد الله …», "Abu") names no one: it would join any name opening with it.
    if (words.length === 1 && particles.has(words[0]!)) return;
    const key = words.join(' ');
    let v = variants.get(key);
    if (!v) variants.set(key, (v = { words, spellings: new Map(), titled }));
    v.titled ||= titled;
    v.spellings.set(spelling, (v.spellings.get(spelling) ?? 0) + 1);
  };
  // Spelling variants of a word ("ليندبرغ"/"ليندبيرغ") confirm it as one word would.
  let bySkeleton: Map<string, number> | undefined;
  const variantCount = (key: string): number => {
    if (!bySkeleton) {
      bySkeleton = new Map();
      for (const [k, n] of wordCount) {
        const sk = wordSkeleton(k);
        if (sk.length >= 3) bySkeleton.set(sk, (bySkeleton.get(sk) ?? 0) + n);
      }
    }
    const sk = wordSkeleton(key);
    return sk.length >= 3 ? (bySkeleton.get(sk) ?? 0) : (wordCount.get(key) ?? 0);
  };
  const isProper = properWords(texts);
  // Capitalised runs first: "Karim Zahran" must be a person before organisations are read.
  const runs = texts.map((c) => (c.data.capitalisedNames ? capitalisedNames(c, isProper) : []));
  // A full name another script of the case spells alike ("Woo Rin Sek" / «وو رين سيك») is confirmed whole.
  const otherScript = new Set<string>();
  for (const list of runs) for (const n of list) if (n.words.length > 1) otherScript.add(nameSkeleton(n.words));
  const placeWord = countryWords(texts);
  const titled = texts.filter((c) => !c.data.capitalisedNames).map((c) => ({ c, names: titledNames(c, placeWord) }));
  for (const { names } of titled) for (const n of names) seqCount.set(n.words.join(' '), (seqCount.get(n.words.join(' ')) ?? 0) + 1);
  // A titled name of three short words ("A B C", as East Asian names are written in Arabic) running on by a third word that is no dictionary word (not the verb
  // after a name), the three written together in two articles or more, is one name of three words.
  const longerAt = new Map<string, Set<number>>();
  for (const { names } of titled) for (const n of names) if (n.longer) longerAt.set(n.longer.words.join(' '), new Set());
  // How often each run's last two words are written inside the whole run.
  const wholeCount = new Map<string, number>();
  if (longerAt.size) {
    // Only where a run's first word starts one of them (most words start none: no key string is built).
    const firstWords = new Set([...longerAt.keys()].map((k) => k.slice(0, k.indexOf(' '))));
    for (const c of texts) {
      for (let i = 0; i + 2 < c.tokens.length; i++) {
        if (!firstWords.has(c.tokens[i]!.key)) continue;
        const at = longerAt.get(`${c.tokens[i]!.key} ${c.tokens[i + 1]!.key} ${c.tokens[i + 2]!.key}`);
        if (!at || c.tokens[i + 1]!.breakBefore || c.tokens[i + 2]!.breakBefore) continue;
        at.add(c.articleIndex);
        const key = `${c.tokens[i + 1]!.key} ${c.tokens[i + 2]!.key}`;
        wholeCount.set(key, (wholeCount.get(key) ?? 0) + 1);
      }
    }
  }
  // «X Y أوغلو» written whole once, «Y أوغلو» again without X: a two-word surname the case repeats
  // (its last word no dictionary word), so the third word is the name's, not the verb after it.
  const surnamePairs = new Map<string, number>();
  for (const k of longerAt.keys()) surnamePairs.set(k.slice(k.indexOf(' ') + 1), 0);
  if (surnamePairs.size) {
    const pairFirst = new Set([...surnamePairs.keys()].map((k) => k.slice(0, k.indexOf(' '))));
    for (const c of texts) {
      for (let i = 0; i + 1 < c.tokens.length; i++) {
        if (!pairFirst.has(c.tokens[i]!.key) || c.tokens[i + 1]!.breakBefore) continue;
        const key = `${c.tokens[i]!.key} ${c.tokens[i + 1]!.key}`;
        const n = surnamePairs.get(key);
        if (n !== undefined) surnamePairs.set(key, n + 1);
      }
    }
  }
  const surnameRepeated = (longer: string[]): boolean => {
    const pair = `${longer[1]} ${longer[2]}`;
    return (surnamePairs.get(pair) ?? 0) > (wholeCount.get(pair) ?? 0);
  };
  const longerConfirmed = (c: CaseText, longer: string[]): boolean => ((longerAt.get(longer.join(' '))?.size ?? 0) >= 2 || surnameRepeated(longer)) && !isDictionaryWord(longer[2]!, c.lang);
  for (const { c, names } of titled) {
    for (const n of names) {
      let words = n.words;
      let end = n.end;
      // A run with a title word inside is a name only where the case writes it twice (else the title's, as before).
      if (n.innerTitle && runCount(texts, words) < 2) words = words.slice(0, 1);
      // «وو رين سيك» written once: three short words no dictionary knows are one transliterated name.
      const syllables = !!n.longer && n.longer.words.every((w) => w.length <= MAX_SYLLABLE_LETTERS && !isDictionaryWord(w, c.lang) && !isStopword(w, c.lang));
      if (n.longer && (syllables || otherScript.has(nameSkeleton(n.longer.words)) || longerConfirmed(c, n.longer.words))) [words, end] = [n.longer.words, n.longer.end];
      // Keep the second word only if the case confirms it belongs to the name (seen twice, or alone elsewhere).
      const spelledElsewhere = words.length > 1 && nameSkeleton(words).length >= MIN_CONFIRMING_SKELETON && otherScript.has(nameSkeleton(words));
      // A second word no dictionary knows is a surname as it stands («القاضي X Y» named once): a verb or a
      // noun after a first name is a dictionary word.
      const unknownSurname = words.length === 2 && !isDictionaryWord(words[1]!, c.lang) && !isStopword(words[1]!, c.lang);
      if (words.length > 1 && !spelledElsewhere && !unknownSurname && !syllables && (seqCount.get(words.join(' ')) ?? 0) < 2 && variantCount(words[words.length - 1]!) <= 1) words = words.slice(0, 1);
      // After "رئيس <organisation>" only a full name is trusted ("قائد مليشيات شرق ليبيا" names no one).
      if (n.afterOrg && words.length < 2) continue;
      addPerson(words, c.text.slice(n.start, words.length === 1 ? n.firstEnd : end), true);
      // Its part from the title word on is how outlets write it without the first name («أمير عبد الكريمي»).
      if (n.innerTitle && words.length > n.innerTitle + 1) {
        const rest = words.slice(n.innerTitle);
        addPerson(rest, rest.join(' '), true);
        // And from its particle on, the way the surname is written alone («عبد الكريمي», «عبدالكريمي»).
        if (rest.length === 3 && particles.has(rest[1]!)) addPerson(rest.slice(1), rest.slice(1).join(' '), true);
      }
    }
  }
  // "أبو X الY": a kunya name, without a title, when the case writes it twice.
  const kunyas = texts.filter((c) => !c.data.capitalisedNames && c.data.kunyas.size).map((c) => ({ c, names: kunyaNames(c) }));
  const kunyaCount = new Map<string, number>();
  for (const { names } of kunyas) for (const n of names) kunyaCount.set(n.words.join(' '), (kunyaCount.get(n.words.join(' ')) ?? 0) + 1);
  for (const { c, names } of kunyas) for (const n of names) if ((kunyaCount.get(n.words.join(' ')) ?? 0) >= 2) addPerson(n.words, c.text.slice(n.start, n.end), false);
  const orgs: ActorCandidate[] = [];
  // Construct names found after a head noun («جماعة حراس الله» → «حراس الله»): the name without the head.
  const constructTails = new Set<string>();
  const orgByKey = new Map<string, ActorCandidate>();
  const addOrg = (words: string[], head: string | undefined, spelling: string, article: number, data: LanguageActorData): void => {
    const key = words.join(' ');
    let o = orgByKey.get(key);
    if (!o) {
      o = { kind: 'org', aliases: [words], spellings: new Map(), articles: new Set(), data };
      if (head) o.head = head;
      orgByKey.set(key, o);
      orgs.push(o);
    }
    o.spellings.set(spelling, (o.spellings.get(spelling) ?? 0) + 1);
    o.articles!.add(article);
  };
  texts.forEach((c, k) => {
    for (const n of runs[k]!) if (!n.head && !(n.words.length === 1 && ACRONYM_SPELLING.test(c.text.slice(n.start, n.end)))) addPerson(n.words, c.text.slice(n.start, n.end), n.titled);
  });
  const named = groupPersons(variants);
  // «كيم تاي-سون» is written «كيم تاي سون» too: the name with its hyphenated word split is the same name
  // (where names have no capitals: there the hyphen is all that marks the two words as one given name).
  const hyphenatedTitled = new Set(titled.flatMap(({ names }) => names.flatMap((n) => n.words.filter(hyphenated))));
  for (const p of named) {
    for (const alias of [...p.aliases]) {
      if (!alias.some((w) => hyphenatedTitled.has(w))) continue;
      const split = alias.flatMap((w) => (hyphenated(w) ? w.split('-') : [w]));
      if (!p.aliases.some((a) => a.join(' ') === split.join(' '))) p.aliases.push(split);
    }
  }
  const persons = named.filter((p) => p.kind === 'person');
  const personKeys = new Set(persons.flatMap((p) => p.aliases.map((a) => a[a.length - 1]!)));
  const personPairs = new Set(persons.flatMap((p) => p.aliases.filter((a) => a.length > 1).map((a) => `${a[a.length - 2]} ${a[a.length - 1]}`)));
  const recurs = recurringPairs(texts);
  texts.forEach((c, k) => {
    if (c.data.capitalisedNames) {
      for (const n of runs[k]!) {
        const spelling = c.text.slice(n.start, n.end);
        if (n.head || (n.words.length === 1 && ACRONYM_SPELLING.test(spelling))) addOrg(n.words, n.head, spelling, c.articleIndex, c.data);
      }
    } else {
      for (const n of headedOrgs(c, personKeys, personPairs, recurs, placeWord)) {
        addOrg(n.words, n.head, c.text.slice(n.start, n.end), c.articleIndex, c.data);
        if (n.construct) constructTails.add(n.words.slice(-2).join(' '));
      }
    }
  });
  // "حكومة الوحدة الصورية" in one outlet only is "حكومة الوحدة" plus that outlet's adjective, which
  // must stay visible as a label rather than vanish into a name; a form several outlets share is a name.
  const kept = orgs.filter((o) => {
    const words = o.aliases[0]!;
    if (words.length < 3 || (o.articles?.size ?? 0) > 1) return true;
    return !orgByKey.has(words.slice(0, -1).join(' '));
  });
  const datas = [...new Set(texts.map((c) => c.data))];
  const isForceHead = (w: string): boolean => datas.some((d) => d.forceHeads.hasWord(w));
  const merged = mergeOrgs(kept, isForceHead, constructTails);
  addBareAliases(merged, headedWords(texts), isForceHead);
  const absorbed = addForceNameAliases(texts, merged, named, isForceHead);
  groupsBeforeForceHeads(texts, named.filter((p) => !absorbed.has(p)));
  addBareOrgNames(merged, named, absorbed);
  addShortOrgNames(texts, runs, merged, named, absorbed);
  const bareOwners = new Map<string, ActorCandidate>();
  for (const o of merged) for (const a of o.aliases) if (a.length === 1) bareOwners.set(a[0]!, o);
  return [...named.filter((p) => !absorbed.has(p)), ...merged.filter((o) => !isForcesOfOrg(o, bareOwners, isForceHead))];
}

/**
 * One actor per person: full names with one surname join when their first parts agree ("Khalifa
 * Suleiman"/"Field Marshal Omar Suleiman", "عبد الفتاح"/"عبدالفتاح"), not when they differ ("Maria
 * Lindqvist"/"Erik Lindqvist"); the bare surname goes to the most frequent full name.
 */
interface PersonVariant {
  words: string[];
  spellings: Map<string, number>;
  titled: boolean;
}

function groupPersons(variants: ReadonlyMap<string, PersonVariant>): ActorCandidate[] {
  const bySurname = new Map<string, PersonVariant[]>();
  for (const v of variants.values()) {
    const surname = v.words[v.words.length - 1]!;
    const list = bySurname.get(surname) ?? [];
    list.push(v);
    bySurname.set(surname, list);
  }
  const out: ActorCandidate[] = [];
  const count = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const byFirstWord = new Map<string, PersonVariant[]>();
  for (const v of variants.values()) {
    if (v.words.length < 2) continue;
    const list = byFirstWord.get(v.words[0]!) ?? [];
    list.push(v);
    byFirstWord.set(v.words[0]!, list);
  }
  // Bare names that are the first word of one full name: held back until that name's actor exists.
  const familyFirst = new Map<PersonVariant, PersonVariant>();
  const misspelt = misspeltSurnames(bySurname);
  for (const [surname, list] of bySurname) {
    const full = list.filter((v) => v.words.length > 1);
    const bare = list.find((v) => v.words.length === 1);
    if (bare && !full.length && misspelt.has(bare)) continue;
    const owner = !full.length && bare ? familyNameOwner(surname, byFirstWord) : undefined;
    if (owner && bare) {
      familyFirst.set(bare, owner);
      continue;
    }
    // A lone capitalised word never written with a first name or a title ("Republican", "Twitter") is
    // not taken for a person: a name of something else, for the entity stage to tell.
    if (!full.length && !bare?.titled) {
      if (bare) out.push({ kind: 'other', aliases: [[surname]], spellings: new Map(bare.spellings) });
      continue;
    }
    const groups: ActorCandidate[] = [];
    for (const v of full) {
      const first = v.words.slice(0, -1).join('');
      const group = groups.find((g) =>
        g.aliases.some((a) => {
          const other = a.slice(0, -1).join('');
          return other.length > 0 && (other === first || other.endsWith(first) || first.endsWith(other) || spelledAlike(a.slice(0, -1), v.words.slice(0, -1)));
        }),
      );
      const target = group ?? { kind: 'person' as const, aliases: [], spellings: new Map<string, number>() };
      if (!group) groups.push(target);
      target.aliases.push(v.words);
      for (const [s, n] of v.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
      if (v.titled) target.titled = true;
    }
    if (!groups.length) groups.push({ kind: 'person', aliases: [], spellings: new Map() });
    const main = groups.reduce((a, b) => (count(b.spellings) > count(a.spellings) ? b : a));
    main.aliases.unshift([surname]);
    if (bare?.titled) main.titled = true;
    if (bare) for (const [s, n] of bare.spellings) main.spellings.set(s, (main.spellings.get(s) ?? 0) + n);
    out.push(...groups);
  }
  for (const [bare, surname] of misspelt) {
    const target = out.find((c) => c.kind === 'person' && c.aliases.some((a) => a.length === 1 && a[0] === surname));
    if (!target) continue;
    target.aliases.push(bare.words);
    for (const [s, n] of bare.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
  }
  for (const [bare, owner] of familyFirst) {
    const target = out.find((c) => c.kind === 'person' && c.aliases.some((a) => a.join(' ') === owner.words.join(' ')));
    if (!target) continue;
    target.aliases.push(bare.words);
    for (const [s, n] of bare.spellings) target.spellings.set(s, (target.spellings.get(s) ?? 0) + n);
    if (bare.titled) target.titled = true;
  }
  return out;
}

/**
 * "Tran" after "Tran Vu Lam", "تران" after "تران فو لام": where the family name comes first, a lone
 * word that is the first word of exactly one full name (its spellings all ending alike), and the last
 * word of none, names that person (a name written with a title somewhere).
 * @example familyNameOwner('tran', byFirstWord) // the variant "tran vu lam"
 */
function familyNameOwner(word: string, byFirstWord: ReadonlyMap<string, PersonVariant[]>): PersonVariant | undefined {
  const owners = byFirstWord.get(word);
  // Only a person's name written with a title somewhere ("President …"): "Gaza" is no first word of a person in "Gaza Strip".
  if (!owners?.length || !owners.some((v) => v.titled)) return undefined;
  const surnames = new Set(owners.map((v) => v.words[v.words.length - 1]!));
  if (surnames.size !== 1) return undefined;
  return owners.reduce((a, b) => (b.words.length > a.words.length ? b : a));
}

/**
 * "Kestrel Nasri militia": a capitalised name of two words or more that the case never writes with a
 * title, written right before a lower-case force head noun, names a group, not a person (a person's
 * fighters take a possessive: "Nasri's militia"). Its bare last word, which made it a surname, is
 * dropped with it.
 */
function groupsBeforeForceHeads(texts: readonly CaseText[], named: readonly ActorCandidate[]): void {
  const byFirst = new Map<string, ActorCandidate[]>();
  for (const p of named) {
    if (p.kind !== 'person' || p.titled) continue;
    for (const a of p.aliases) {
      if (a.length < 2) continue;
      const list = byFirst.get(a[0]!) ?? [];
      if (!list.includes(p)) list.push(p);
      byFirst.set(a[0]!, list);
    }
  }
  if (!byFirst.size) return;
  const groups = new Set<ActorCandidate>();
  for (const c of texts) {
    if (!c.data.capitalisedNames) continue;
    const { tokens } = c;
    for (let i = 0; i < tokens.length; i++) {
      const list = byFirst.get(tokens[i]!.key);
      if (!list) continue;
      for (const p of list) {
        for (const a of p.aliases) {
          if (a.length < 2 || i + a.length > tokens.length) continue;
          if (!a.every((w, j) => tokens[i + j]!.key === w && (j === 0 || !tokens[i + j]!.breakBefore))) continue;
          const last = tokens[i + a.length - 1]!;
          const head = tokens[i + a.length];
          const headed = head !== undefined && !last.possessive && !head.breakBefore && !head.capitalised && c.data.forceHeads.match(tokens, i + a.length) !== null;
          if (headed) groups.add(p);
        }
      }
    }
  }
  for (const p of groups) {
    p.kind = 'org';
    p.aliases = p.aliases.filter((a) => a.length > 1);
    const data = texts.find((c) => c.data.capitalisedNames)?.data;
    if (data) p.data ??= data;
  }
}

/**
 * A one-word name the case never writes with a first name or a title, that is
 * the whole of one organisation's name but for the head noun after it ("Kestrel" / "Kestrel Alliance",
 * names capitalised), is that organisation, unless it names a country or is its adjective (CLDR), or
 * names two organisations.
 */
function addBareOrgNames(orgs: readonly ActorCandidate[], named: readonly ActorCandidate[], absorbed: Set<ActorCandidate>): void {
  const owners = new Map<string, ActorCandidate | null>();
  for (const o of orgs) {
    if (!o.data?.capitalisedNames || o.head === undefined) continue;
    for (const a of o.aliases) {
      if (a.length !== 2 || a[1] !== o.head) continue;
      owners.set(a[0]!, owners.has(a[0]!) && owners.get(a[0]!) !== o ? null : o);
    }
  }
  for (const p of named) {
    if (p.kind !== 'other' || p.aliases.length !== 1 || p.aliases[0]!.length !== 1) continue;
    const word = p.aliases[0]![0]!;
    const owner = owners.get(word);
    // A country or its adjective (CLDR: "Ostrania", "Ostranian") is no organisation's name.
    if (!owner || isBridgedPlaceName(word) || isBridgedPlaceName(singular(word))) continue;
    owner.aliases.push([word]);
    for (const [sp, n] of p.spellings) owner.spellings.set(sp, (owner.spellings.get(sp) ?? 0) + n);
    absorbed.add(p);
  }
}

/**
 * "the Kestrel Shield" after "the Kestrel Shield Committee" in the same article (names
 * capitalised): a name of two words or more that is one organisation's name but for its head noun, and
 * that an article writes after a determiner once it has given the whole name, is that organisation's
 * short form — the article's own evidence; a person's name takes no determiner, and a name the case also
 * gives a title ("President X"), or that names a country (CLDR), or two organisations, is left alone.
 */
function addShortOrgNames(texts: readonly CaseText[], runs: readonly NameRun[][], orgs: readonly ActorCandidate[], named: readonly ActorCandidate[], absorbed: Set<ActorCandidate>): void {
  const owners = new Map<string, ActorCandidate | null>();
  for (const o of orgs) {
    if (!o.data?.capitalisedNames || o.head === undefined) continue;
    for (const a of o.aliases) {
      if (a.length < 3 || a[a.length - 1] !== o.head) continue;
      const bare = a.slice(0, -1).join(' ');
      owners.set(bare, owners.has(bare) && owners.get(bare) !== o ? null : o);
    }
  }
  if (!owners.size) return;
  const evidenced = new Set<string>();
  texts.forEach((c, k) => {
    const given = new Set<string>();
    for (const n of runs[k] ?? []) {
      const words = n.words.join(' ');
      if (n.head) {
        if (n.words[n.words.length - 1] === n.head) given.add(n.words.slice(0, -1).join(' '));
        continue;
      }
      if (n.words.length < 2 || n.titled || !given.has(words)) continue;
      const before = determinerBefore(c, n.start);
      if (before) evidenced.add(words);
    }
  });
  for (const p of named) {
    if (absorbed.has(p) || p.titled || (p.kind !== 'person' && p.kind !== 'other')) continue;
    const long = p.aliases.filter((a) => a.length >= 2);
    if (long.length !== 1) continue;
    const bare = long[0]!.join(' ');
    const owner = owners.get(bare);
    if (!owner || !evidenced.has(bare) || isBridgedPlaceName(bare)) continue;
    owner.aliases.push(long[0]!);
    for (const [sp, n] of p.spellings) owner.spellings.set(sp, (owner.spellings.get(sp) ?? 0) + n);
    absorbed.add(p);
  }
}

/** Whether the word before the character offset `start` is a determiner of the language ("the X"). */
function determinerBefore(c: CaseText, start: number): boolean {
  const { tokens } = c;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start < start) lo = mid;
    else hi = mid - 1;
  }
  const t = tokens[lo];
  const next = tokens[lo + 1];
  return t !== undefined && t.start < start && (!next || !next.breakBefore || next.start > start) && c.data.determiners.has(t.key) && !c.data.indefinites.has(t.key);
}

/** For each word, the head nouns it follows in the case ("ميليشيات الإنقاذ" → الإنقاذ: {ميليشيات}). */
function headedWords(texts: readonly CaseText[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of texts) {
    for (let i = 0; i + 1 < c.tokens.length; i++) {
      const head = c.data.forceHeads.match(c.tokens, i) ?? c.data.orgHeads.match(c.tokens, i);
      if (!head || head.length !== 1 || c.tokens[i + 1]!.breakBefore) continue;
      const set = out.get(c.tokens[i + 1]!.key) ?? new Set<string>();
      set.add(headBase(c.tokens[i]!.key, c.data));
      out.set(c.tokens[i + 1]!.key, set);
    }
  }
  return out;
}

/**
 * "the Velmar Shield militia" beside "Velmar Shield Forces" (names capitalised, head last): the name
 * without its force head is the same group, when the case writes it before a lower-case force head
 * ("militia", "fighters") and no person or other organisation has that name.
 */
function addForceNameAliases(texts: readonly CaseText[], orgs: ActorCandidate[], persons: readonly ActorCandidate[], isForceHead: (w: string) => boolean): Set<ActorCandidate> {
  const absorbed = new Set<ActorCandidate>();
  const bare = new Map<string, ActorCandidate | null>();
  for (const o of orgs) {
    for (const a of o.aliases) {
      if (!o.data?.capitalisedNames || a.length < 2 || !isForceHead(a[a.length - 1]!)) continue;
      const name = a.slice(0, -1).join(' ');
      bare.set(name, bare.has(name) && bare.get(name) !== o ? null : o);
    }
  }
  if (!bare.size) return absorbed;
  const taken = new Set(orgs.flatMap((c) => c.aliases.map((a) => a.join(' '))));
  // An untitled "person" with that name is the group's name read without its head noun.
  const personByName = new Map<string, ActorCandidate>();
  for (const p of persons) for (const a of p.aliases) personByName.set(a.join(' '), p);
  const added = new Set<string>();
  for (const c of texts) {
    if (!c.data.capitalisedNames) continue;
    const { tokens } = c;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.capitalised || t.breakBefore || !c.data.forceHeads.hasWord(t.key)) continue;
      for (let n = 1; n <= 4 && i - n >= 0; n++) {
        const words = tokens.slice(i - n, i);
        if (words.some((w, j) => !w.capitalised || (j > 0 && w.breakBefore))) break;
        const name = words.map((w) => w.key).join(' ');
        const owner = bare.get(name);
        const person = personByName.get(name);
        if (!owner || taken.has(name) || added.has(name) || (person && (person.titled || person.kind !== 'person'))) continue;
        owner.aliases.push(name.split(' '));
        added.add(name);
        if (person) absorbed.add(person);
      }
    }
  }
  return absorbed;
}

/** "ميليشيات الإنقاذ" found as an organisation of its own is the forces of another: drop it. */
function isForcesOfOrg(o: ActorCandidate, bareOwners: ReadonlyMap<string, ActorCandidate>, isForceHead: (w: string) => boolean): boolean {
  return o.aliases.every((a) => {
    if (a.length !== 2 || !isForceHead(a[0]!)) return false;
    const owner = bareOwners.get(a[1]!);
    return owner !== undefined && owner !== o;
  });
}

/**
 * "حكومة الإنقاذ" is also called "الإنقاذ" ("ميليشيات الإنقاذ"): the name word after an indefinite head
 * becomes an alias when the case also puts it after another head noun and no other actor claims it.
 * Nisba adjectives ("الليبية") are not names.
 */
function addBareAliases(orgs: ActorCandidate[], afterHeads: ReadonlyMap<string, Set<string>>, isForceHead: (w: string) => boolean): void {
  const claimed = new Map<string, number>();
  const proposals: [ActorCandidate, string][] = [];
  for (const o of orgs) {
    const words = new Set<string>();
    for (const alias of o.aliases) {
      const data = o.data;
      // Only where an article marks the construct ("حكومة الإنقاذ": indefinite head + definite name).
      if (!data?.article || alias.length < 2 || hasArticle(alias[0]!, data) || isForceHead(alias[0]!)) continue;
      const name = alias[1]!;
      if (hasArticle(name, data) && !data.isNisba(name)) words.add(name);
    }
    for (const w of words) {
      const heads = afterHeads.get(w);
      if (!heads || ![...heads].some((h) => h !== o.head)) continue;
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

/** Initials with and without connectors ("Government of Unity": "gu", "gou"). */
function initials(words: readonly string[]): string[] {
  const all = words.map((w) => w[0]).join('');
  const content = words
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');
  return [content, all];
}

/**
 * A force's name as "label key | other words", where a neutral head noun of the lexicon that names a
 * force stands at the start or the end of it ("Velmar Armed Forces" and "Velmar Army" → "army|velmar");
 * undefined for any other name. The key is the lexicon's, so "army" and "armed forces" are one kind.
 */
function forceKindName(o: ActorCandidate, isForceHead: (w: string) => boolean): string | undefined {
  const words = o.aliases[0]!;
  const data = o.data;
  if (!data || words.length < 2) return undefined;
  const tokens = words.map((key) => ({ key, breakBefore: false }) as ActorToken);
  const fits = (at: number): { key: string; length: number } | undefined => {
    const m = data.labels.match(tokens, at);
    if (!m || m.value.form !== 'head-noun' || m.value.stance !== 'neutral') return undefined;
    if (!words.slice(at, at + m.length).some(isForceHead)) return undefined;
    return { key: m.value.key, length: m.length };
  };
  let head = fits(0);
  let rest = head ? words.slice(head.length) : [];
  for (let at = 1; !head && at < words.length; at++) {
    const m = fits(at);
    if (m && at + m.length === words.length) [head, rest] = [m, words.slice(0, at)];
  }
  if (!head || !rest.length || rest.some((w) => isStopword(w, data.lang))) return undefined;
  return `${head.key}|${rest.map((w) => stemToken(w, data.lang)).join(' ')}`;
}

/** One actor per organisation: same head and one name's words within the other's; acronyms join their expansion. */
function mergeOrgs(orgs: ActorCandidate[], isForceHead: (w: string) => boolean = () => false, constructTails: ReadonlySet<string> = new Set()): ActorCandidate[] {
  const parent = orgs.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  // One armed group under two head nouns ("ميليشيا الدرع" / "قوات الدرع"): the head is the outlet's
  // label, not part of the name, so the same name after any force head is one actor.
  const byForceName = new Map<string, number>();
  // "Velmar Army" / "Velmar Armed Forces", «الجيش الفالماري» / «القوات المسلحة الفالمارية»: force heads
  // the lexicon counts as one kind, with the same other words, are one actor.
  const byForceKind = new Map<string, number>();
  // Nested names share their head and the shorter name's first word: index by both (no all-pairs).
  const byHeadWord = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  orgs.forEach((o, i) => {
    const words = o.aliases[0]!;
    if (o.head !== undefined) {
      for (const w of new Set(words)) {
        const key = `${o.head} ${w}`;
        const list = byHeadWord.get(key);
        if (list) list.push(i);
        else byHeadWord.set(key, [i]);
      }
    }
    if (words.length > 1) {
      for (const x of new Set(initials(words))) {
        const list = byInitials.get(x);
        if (list) list.push(i);
        else byInitials.set(x, [i]);
      }
    }
  });
  orgs.forEach((o, a) => {
    const words = o.aliases[0]!;
    // Head-first names ("حكومة الإنقاذ") compare the words after the head; head-last names ("Democratic
    // National Committee") compare all words, so "Republican National Committee" stays apart.
    const headFirst = o.head !== undefined && o.data !== undefined && headBase(words[0]!, o.data) === o.head;
    const tail = headFirst ? words.slice(1) : words;
    const kind = forceKindName(o, isForceHead);
    if (kind) {
      const seen = byForceKind.get(kind);
      if (seen === undefined) byForceKind.set(kind, a);
      else parent[find(a)] = find(seen);
    }
    // «حركة حراس الله» / «جماعة حراس الله»: a construct name is the same group under any head noun.
    const construct = headFirst && tail.length === 2 && constructTails.has(tail.join(' '));
    if (construct && !o.aliases.some((x) => x.join(' ') === tail.join(' '))) o.aliases.push(tail);
    if (headFirst && tail.length && (isForceHead(words[0]!) || construct)) {
      const name = tail.join(' ');
      const seen = byForceName.get(name);
      if (seen === undefined) byForceName.set(name, a);
      else parent[find(a)] = find(seen);
    }
    if (o.head !== undefined && tail.length) {
      for (const b of byHeadWord.get(`${o.head} ${tail[0]}`) ?? []) {
        const otherWords = orgs[b]!.aliases[0]!;
        const other = headFirst ? otherWords.slice(1) : otherWords;
        if (b !== a && other.length >= tail.length && isSubsequence(tail, other)) parent[find(b)] = find(a);
      }
    }
    // An acronym ("GNA") joins the name it abbreviates.
    if (words.length === 1 && o.head === undefined) for (const b of byInitials.get(words[0]!) ?? []) parent[find(b)] = find(a);
  });
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

/** Consonants a middle name needs before two spellings of it are compared. */
const MIN_SPELLED_SKELETON = 4;
/** How alike two spellings of one middle name are («تشاليشكان» / «جاليشكان»: ج and تش both write "ch"). */
const SPELLED_SIMILARITY = 0.6;

/**
 * Whether the words before one surname are two spellings of one person's names: the same first name and
 * further words alike in their skeletons (a foreign name transliterated two ways, «مراد تشاليشكان» /
 * «مراد جاليشكان»). A first name alone is no proof (brothers share a surname), so two words at least.
 */
function spelledAlike(x: readonly string[], y: readonly string[]): boolean {
  if (x.length < 2 || x.length !== y.length || x[0] !== y[0]) return false;
  for (let i = 1; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const [a, b] = [wordSkeleton(x[i]!), wordSkeleton(y[i]!)];
    if (a.length < MIN_SPELLED_SKELETON || b.length < MIN_SPELLED_SKELETON || skeletonSimilarity(a, b) < SPELLED_SIMILARITY) return false;
  }
  return true;
}

/** Consonants a surname needs before a bare spelling of the same skeleton is taken for it (Hassan / Hussein share "hsn"). */
const MIN_MISSPELT_SKELETON = 6;

/**
 * Bare surnames never written with a first name whose skeleton is that of a surname the case writes with one
 * ("Mr Karmanoglu" for "Karamanoglu", a slip for the surname of a full name): each with the surname it spells.
 */
function misspeltSurnames(bySurname: ReadonlyMap<string, PersonVariant[]>): Map<PersonVariant, string> {
  const fullBySkeleton = new Map<string, string>();
  for (const [surname, list] of bySurname) {
    const sk = wordSkeleton(surname);
    if (sk.length >= MIN_MISSPELT_SKELETON && list.some((v) => v.words.length > 1)) fullBySkeleton.set(sk, surname);
  }
  const out = new Map<PersonVariant, string>();
  if (!fullBySkeleton.size) return out;
  for (const [surname, list] of bySurname) {
    if (list.some((v) => v.words.length > 1)) continue;
    const owner = fullBySkeleton.get(wordSkeleton(surname));
    const bare = list.find((v) => v.words.length === 1);
    if (owner && owner !== surname && bare) out.set(bare, owner);
  }
  return out;
}
