/**
 * The label lexicon and the actor-finding word lists of each language (lang/<code>/labels.json),
 * compiled into phrase matchers over actor tokens. User entries (`extraLabels`) get a matcher of their own.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch, wordTokens } from '../normalize/index.ts';
import type { LabelLexiconEntry, LabelStance, LanguageCode } from '../types.ts';
import type { ActorToken } from './tokens.ts';
import { verbReader } from './verbs.ts';
import type { VerbReading, VerbStems } from './verbs.ts';
import { attributionData } from '../attribute/data.ts';
import { isStopword } from '../align/terms.ts';

type LabelForm = 'title' | 'adjective' | 'apposition' | 'relative-clause' | 'head-noun';

/** One label of the lexicon file. */
export interface LabelEntry {
  key: string;
  stance: LabelStance;
  form?: LabelForm;
  forms: string[];
  /** Actors the label is limited to (user entries); omitted: any actor. */
  actors?: string[];
  origin: 'lexicon' | 'user';
  /** A head noun that is a label only inside a name («حركة X» / «جماعة X»); alone it refers back («الجماعة»). */
  nameOnly?: boolean;
}

interface Inflection {
  /** The glued definite article ("ال"), or '' where it stands apart. */
  article: string;
  /** Endings an adjective takes (feminine, plurals, accusative), '' for the bare stem. */
  adjectiveEndings: string[];
  /** Endings stripped from a listed form to find its stem, longest first. */
  stripEndings: string[];
  /** The feminine ending a phrase's first word may take or drop. */
  feminine: string;
  /** Plural endings of head nouns ("militia" → "militias"). */
  nounPlurals: string[];
  /** Endings a noun trades for one another by its case (a sound plural's "ين" / "ون"). */
  caseEndings?: [string, string][];
}

/** One kind of actor a common noun names (`commonActors`): its key and the synonyms that make one actor ("protesters", "demonstrators"). */
export interface CommonActorEntry {
  key: string;
  forms: string[];
  /** Only definite ("the opposition", «المعارضة»): the bare noun is another sense ("opposition to the plan", «معارضة القرار»). */
  definite?: boolean;
}

/** A language's label file (lang/<code>/labels.json) as the actors stage reads it. */
export interface LabelFile {
  language: LanguageCode;
  inflection?: Inflection;
  labels: { key: string; stance: string; form?: string; forms: string[]; nameOnly?: boolean }[];
  /** Verb lemmas, folded, space-separated: with no other sense (`only`), and nouns too (`also`). */
  verbs?: { only: string; also: string };
  /** Nouns for kinds of persons (WordNet noun.person; person-nouns.json), folded, space-separated. */
  personNouns?: string;
  /** Words that are adjectives and nothing of a verb ("landlocked"), space-separated (scripts/lexical/build-adjectives.ts). */
  adjectives?: string;
  /** Irregular pasts and participles of the language's verbs ("struck", "hit", "taken"), generated beside its inflections; attribution reads them too. */
  pastForms?: readonly string[];
  actors: {
    capitalisedNames?: boolean;
    article?: string;
    articleForms?: string[];
    adjectivesFollow?: boolean;
    personTitles: string[];
    nameParticles: string[];
    kunyas?: string[];
    orgHeads: string[];
    placeStatusHeads?: string[];
    forceHeads: string[];
    commanderTitles: string[];
    relativePronouns?: string[];
    honorifics?: string[];
    governingHeads?: string[];
    kindNouns?: Record<string, string[]>;
    genitives?: string[];
    ledBy?: string[];
    othersLinkers?: string[];
    determiners?: string[];
    indefinites?: string[];
    loyaltyWords?: string[];
    eventHeads?: string[];
    notModifierEndings?: string[];
    pastVerbEndings?: string[];
    presentVerbPrefixes?: string[];
    nameStopwords?: string[];
    firstNameHomographs?: string[];
    complementizers?: string[];
    eventAuxiliaries?: string[];
    verbMarkers?: string[];
    verbStems?: VerbStems;
    finiteRelativeActs?: boolean;
    feminineEnding?: string;
    governingParticiples?: string[];
    rankingWords?: string[];
    predicateLinkers?: string[];
    predicateObjects?: string[];
    predicateEndings?: string[];
    formerPrefixes?: Record<string, string>;
    notNames?: string[];
    genericNames?: string[];
    entityKindNouns?: string[];
    countryNouns?: string[];
    adjectiveEndings?: string[];
    nisbaEndings?: string[];
    nonNameEndings?: string[];
    pluralEndings?: string[];
    singularEndings?: string[];
    backedBy?: string[];
    backedSuffixes?: string[];
    backedPrefixes?: string[];
    appositionLinkers?: string[];
    knownAs?: string[];
    stateForces?: string;
    knownAsGlued?: string[];
    knownAsPrepositions?: string[];
    groupNouns?: string[];
    selfDeterminers?: string[];
    selfSuffixes?: string[];
    suffixedFeminine?: [string, string];
    /** Kinds of actors any story names by a common noun (common-nouns.ts). */
    commonActors?: CommonActorEntry[];
    /** Nouns before a common kind that make one actor with it ("opposition parties", «أحزاب المعارضة»). */
    commonGroupHeads?: string[];
    /** "own" in "his own party" (own-groups.ts). */
    ownWords?: string[];
    personalPossessives?: string[];
    /** Label keys that name a person by a relation to another ("rival"): relational-epithets.ts. */
    relationalKeys?: string[];
    /** Relational nouns in construct with a name after them («منافس Y»: Y's rival), with their label key. */
    constructRelations?: Record<string, string>;
  };
}

interface TitleFile {
  language: LanguageCode;
  ranks: string[];
  offices: string[];
  /** Words before a rank or office that make a compound title ("Deputy", "Acting", "Foreign"). */
  modifiers: string[];
  /** Words after a title, before the name ("السابق", "بالإنابة"). */
  postModifiers: string[];
  honorifics: string[];
  /** How an office's complement is written in construct (languages with a glued article): see titles.json. */
  construct?: { endings: string[][]; pronouns: string[] };
}

/** Label files per language (lang/<code>/labels.json). */
const LABEL_FILES: readonly LabelFile[] = LANGUAGES.map((l) => l.labels as LabelFile);

/**
 * The label file of `lang`, typed (undefined for a language with none registered).
 * @example labelFile('en')?.actors.commonActors?.[0]?.key // "protesters"
 */
export function labelFile(lang: LanguageCode): LabelFile | undefined {
  return LANGUAGES.find((l) => (l.labels as LabelFile).language === lang)?.labels as LabelFile | undefined;
}
/** Rank and title files per language (lang/<code>/titles.json). */
const TITLE_FILES: readonly TitleFile[] = LANGUAGES.map((l) => l.titles);

/** Matches phrases (sequences of folded words) at a token position, longest first. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  /** Last words of the phrases: a phrase ends at a token only on one of them (a cheap gate for matchEndingAt). */
  private readonly lastWords = new Set<string>();

  add(phrase: string, lang: LanguageCode, value: T): void {
    this.addWords(wordTokens(phrase, lang).map((t) => t.norm.replace(/['’]s$/u, '')), value);
  }

  /** Adds a phrase given as matching keys. */
  addWords(words: readonly string[], value: T): void {
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words: [...words], value });
    this.lastWords.add(words[words.length - 1]!);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** True when no phrase was added. */
  get empty(): boolean {
    return this.byFirst.size === 0;
  }

  /** True when some phrase starts with `word` (this class's `match` finds nothing at a token opening none; TitleMatcher's modifiers aside). */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** True when `word` alone is one of the phrases. */
  hasWord(word: string): boolean {
    return this.byFirst.get(word)?.some((p) => p.words.length === 1) ?? false;
  }

  /** The longest phrase starting at `i` (never across punctuation): its value and length in tokens. */
  match(tokens: readonly ActorToken[], i: number): { value: T; length: number } | null {
    const list = this.byFirst.get(tokens[i]?.key ?? '');
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = !tokens[i + k]!.breakBefore && tokens[i + k]!.key === words[k];
      if (ok) return { value, length: words.length };
    }
    return null;
  }

  /** True when a phrase of exactly `length` words starts at `i`. */
  matchesExactly(tokens: readonly ActorToken[], i: number, length: number): boolean {
    const list = this.byFirst.get(tokens[i]?.key ?? '');
    if (!list || i + length > tokens.length) return false;
    return list.some(({ words }) => words.length === length && words.every((w, k) => k === 0 || (!tokens[i + k]!.breakBefore && tokens[i + k]!.key === w)));
  }

  /** The longest phrase ending at token `last` (inclusive). */
  matchEndingAt(tokens: readonly ActorToken[], last: number, maxWords = 6): { value: T; length: number } | null {
    // (A match's last token is its phrase's last word, modifiers of a title coming first.)
    const end = tokens[last];
    if (!end || !this.lastWords.has(end.key)) return null;
    for (let len = Math.min(maxWords, last + 1); len >= 1; len--) {
      const m = this.match(tokens, last - len + 1);
      if (m && m.length === len) return m;
    }
    return null;
  }
}

/**
 * Titles before a name: a rank or office from the language's data, after up to two modifiers that
 * make a compound one ("Deputy Foreign Minister", "Acting President").
 */
export class TitleMatcher extends PhraseMatcher<true> {
  constructor(private readonly modifiers: ReadonlySet<string>) {
    super();
  }

  override match(tokens: readonly ActorToken[], i: number): { value: true; length: number } | null {
    let mods = 0;
    while (mods < 2 && i + mods < tokens.length && (mods === 0 || !tokens[i + mods]!.breakBefore) && this.modifiers.has(tokens[i + mods]!.key)) mods++;
    for (let m = mods; m >= 0; m--) {
      if (m > 0 && (i + m >= tokens.length || tokens[i + m]!.breakBefore)) continue;
      const base = super.match(tokens, i + m);
      if (base) return { value: true, length: m + base.length };
    }
    return null;
  }
}

export interface LanguageActorData {
  lang: LanguageCode;
  labels: PhraseMatcher<LabelEntry>;
  personTitles: PhraseMatcher<true>;
  /** Words after a title that still belong to it ("الرئيس السابق X"). */
  titlePostModifiers: PhraseMatcher<true>;
  orgHeads: PhraseMatcher<true>;
  /** Nouns of a place's political status before its name ("republic", «إقليم»): an outlet's label; not of its kind ("city"). */
  placeStatusHeads: PhraseMatcher<true>;
  forceHeads: PhraseMatcher<true>;
  commanderTitles: PhraseMatcher<true>;
  particles: Set<string>;
  /** "أبو": a person's name may open with it, no title needed ("أبو X الY"). */
  kunyas: Set<string>;
  relatives: Set<string>;
  /** Titles that are courtesy, not a label ("Mr.", "السيد"). */
  honorifics: PhraseMatcher<true>;
  /** Head nouns for whoever governs ("the government", "the regime"): one actor when no name is given. */
  governingHeads: Set<string>;
  /** A noun for a kind of body, with the head nouns of names it may stand for ("the regulator" → bank, commission). */
  kindNouns: Map<string, string[]>;
  /** Words joining a head noun to the name it governs ("rebels of the X Front"). */
  genitives: Set<string>;
  /** "led by", "بقيادة": an organisation, then who leads it. */
  ledBy: PhraseMatcher<true>;
  /** "and other", «وغيرها من»: a name listed with others of a kind ("X as well as other armed factions"): the kind is what the outlet calls it. */
  othersLinkers: PhraseMatcher<true>;
  /** Words that open a noun phrase ("the", "his"): where a run of modifiers before a name begins. */
  determiners: Set<string>;
  /** Determiners that introduce rather than refer ("a", "an"). */
  indefinites: Set<string>;
  /** "first", "last": a description that ranks a person among holders of an office tells a record, not what he is called. */
  rankingWords: Set<string>;
  /** "became", "as", «أصبح», «باعتباره»: a person noun after one is what the outlet calls the person (predicate-nouns.ts). */
  predicateLinkers: Set<string>;
  /** "him" of "branded him a traitor": the person the predicate is about, between the linker and the noun. */
  predicateObjects: Set<string>;
  /** Endings taken off a predicate noun before it is looked up (the accusative's «ا»), folded. */
  predicateEndings: readonly string[];
  /** Nouns for kinds of persons, folded, singular (WordNet noun.person). */
  personNouns: ReadonlySet<string>;
  /** Words that are adjectives and no verb nor a verb's form ("landlocked", not "occupied"); empty where none listed. */
  adjectiveWords: ReadonlySet<string>;
  /** Glued prefixes that mean a word of the language ("ex-" → "former"), folded. */
  formerPrefixes: readonly (readonly [string, string])[];
  /** "our": a group speaking of itself ("our valiant forces"). */
  selfDeterminers: Set<string>;
  /** "نا" in "قواتنا": the same, as a pronoun ending on the head noun. */
  selfSuffixes: readonly string[];
  /** A feminine ending as written before a pronoun ending, and as the lexicon keys it ("ت" → "ه"); null where none. */
  suffixedFeminine: readonly [string, string] | null;
  /** "الموالية", "loyal": forces + this word + an organisation are that organisation's forces. */
  loyalty: Set<string>;
  /** Heads that name an occasion of what follows («مؤتمر X»: a conference X holds), never X itself. */
  eventHeads: Set<string>;
  /** Endings of words that are not modifiers of a following name (English "-ing", "-ed" verbs). */
  notModifier: (key: string) => boolean;
  /**
   * A past-tense shape ("-ed"), an irregular past of the language (`pastForms`: "struck", "hit") or a listed past form of a verb that may come before its speaker ("said"):
   * followed by its object inside a phrase after a comma, the finite verb of a clause; false where none listed.
   */
  isPastShaped: (key: string) => boolean;
  /** Function words that are also part of names ("الله" in "حزب الله", "عبد الله"). */
  nameStopwords: Set<string>;
  /** Function words that fold to a first name, kept as written («علي», not «على»): a name where the spelling and the next word say so. */
  firstNameHomographs: Set<string>;
  /** Words that open a reported statement ("that", "أن"): a relative clause running into one reports speech. */
  complementizers: Set<string>;
  /** Auxiliaries that make a relative clause tell an act, not a description ("who has blocked …", "who was …"). */
  eventAuxiliaries: Set<string>;
  /** Words after which a word is a verb ("to"): a run of words they open describes no one. */
  verbMarkers: Set<string>;
  /** A finite verb of the language's verb lemmas ("التقى", "تدعمها"), where it has a verb list; undefined elsewhere. */
  verb: (key: string) => VerbReading | undefined;
  /**
   * Descriptions are participles (Arabic «الموالية», «المدعومة من»): a relative clause whose finite verb
   * has the antecedent as subject tells an act, not what outlets call the actor.
   */
  finiteRelativeActs: boolean;
  /** The feminine ending of adjectives and titles (folded «ة»), where adjectives agree in gender; '' elsewhere. */
  feminineEnding: string;
  /** An active participle by its pattern ("العاملة"), article off, where the language has patterns for it. */
  isActiveParticiple: (key: string) => boolean;
  /** Looks like a verb in the present tense by its prefix ("يصل"), where the language marks it so; false elsewhere. */
  isPresentVerb: (key: string) => boolean;
  /**
   * Ends as a plural noun or a present-tense verb does ("rebels", "finds"), not as a singular noun of
   * that shape ("boss"); false where the language lists no such ending.
   */
  isPluralShaped: (key: string) => boolean;
  /** Capitalised words that are never names (months, "I'm"). */
  notNames: Set<string>;
  /** Common nouns written with a capital that name no one alone ("TV"), though a name may end in them ("Kestrel TV"). */
  genericNames: Set<string>;
  /** Nouns for one named entity of a kind, never a group of its own ("the country", "the agency", "the enemy"). */
  entityKindNouns: Set<string>;
  /** Of `entityKindNouns`, those for a country ("the country" is the one country a case names). */
  countryNouns: Set<string>;
  capitalisedNames: boolean;
  /** The definite article glued to words ("ال"), or '' where it stands apart. */
  article: string;
  /** The article alone or behind glued prepositions ("بال", "لل"): a definite word, not a name. */
  isDefinite: (key: string) => boolean;
  /** The word without the article or the glued prepositions before it («للممثلة» → «ممثلة»); the word itself when it has none. */
  withoutArticle: (key: string) => string;
  /** Adjectives follow the noun (Arabic): unlisted ones right after a name are worth surfacing. */
  adjectivesFollow: boolean;
  /** Looks like an adjective by its ending (Arabic nisba "-ي", feminine "-ة"); false where unknown. */
  isAdjective: (key: string) => boolean;
  /** Nouns an epithet for a group is built on ("group", "movement", "الجماعة"). */
  groupNouns: PhraseMatcher<true>;
  /** Relational nouns in construct («منافس Y», Y's rival) → label key: they describe the name before them, never the one after. */
  constructRelations: Map<string, string>;
  /** Function words that may stand inside an apposition ("head of the …"). */
  appositionLinkers: Set<string>;
  /** "also known as", "referring to", «المعروفة بـ»: what stands before is the name that follows. */
  knownAs: PhraseMatcher<true>;
  /** The lexicon key of a state's own armed forces ("army"): what "government troops" stand for. */
  stateForces: string;
  /** The same, where the name after it carries a glued preposition («المعروفة بـY»). */
  knownAsGlued: PhraseMatcher<true>;
  /** That preposition written apart («بـ«Y»»). */
  knownAsPrepositions: Set<string>;
  /** "backed by", "المدعومة من": a label that runs through the backer's name. */
  backedBy: PhraseMatcher<true>;
  /** "X-backed" or "pro-X" glued to a name: the ending or prefix (folded), or undefined. */
  backedSuffix: (key: string) => string | undefined;
  /** Relational adjectives ("الليبية", "الوطني"): never a name on their own. */
  isNisba: (key: string) => boolean;
  /** The nisba endings themselves (folded), longest first. */
  nisbaEndings: readonly string[];
  /** A definite word with a feminine ending ("المصرية") is not part of a person's name. */
  isNonName: (key: string) => boolean;
}

/**
 * A noun (folded, without the article) and its forms in the other cases: a sound plural's "ين" traded
 * for "ون" and back.
 * @example caseForms('متمردين', [['ين', 'ون']]) // ['متمردين', 'متمردون']
 */
export function caseForms(bare: string, caseEndings: readonly (readonly [string, string])[] | undefined): string[] {
  const forms = [bare];
  for (const [x, y] of (caseEndings ?? []).map(([a, b]) => [foldForMatch(a), foldForMatch(b)] as const)) {
    if (bare.endsWith(x) && bare.length - x.length >= 3) forms.push(bare.slice(0, -x.length) + y);
    else if (bare.endsWith(y) && bare.length - y.length >= 3) forms.push(bare.slice(0, -y.length) + x);
  }
  return forms;
}

/**
 * Every inflection of a lexicon form (folded words): an adjective's stem with each ending, with and
 * without the article; a phrase's first word with and without article and feminine ending; a head
 * noun with its plural.
 * @example inflect(['الارهابي'], 'adjective', arabic) // [['الارهابي'], ['ارهابي'], ['الارهابيه'], …]
 */
export function inflect(words: readonly string[], form: LabelForm | undefined, rule: Inflection): string[][] {
  const out: string[][] = [[...words]];
  const first = words[0] ?? '';
  const article = foldForMatch(rule.article);
  const bare = article && first.startsWith(article) && first.length > article.length + 2 ? first.slice(article.length) : first;
  const articled = (w: string): string[] => (article ? [w, article + w] : [w]);
  if (form === 'adjective' && words.length === 1) {
    let stem = bare;
    for (const e of rule.stripEndings.map(foldForMatch)) {
      if (e && stem.endsWith(e) && stem.length - e.length >= 3) {
        stem = stem.slice(0, -e.length);
        break;
      }
    }
    for (const e of rule.adjectiveEndings.map(foldForMatch)) for (const w of articled(stem + e)) out.push([w]);
  } else if (words.length > 1 && (bare !== first || form === 'adjective')) {
    const feminine = foldForMatch(rule.feminine);
    const genders = feminine ? [bare, bare.endsWith(feminine) ? bare.slice(0, -feminine.length) : bare + feminine] : [bare];
    for (const g of genders) for (const w of articled(g)) out.push([w, ...words.slice(1)]);
  }
  if (form === 'head-noun' && words.length === 1 && article) {
    // A head noun with and without the article, in each case ("المتمردين" / "متمردون").
    for (const f of caseForms(bare, rule.caseEndings)) for (const w of articled(f)) out.push([w]);
  }
  if (form === 'head-noun') {
    const last = words[words.length - 1] ?? '';
    for (const p of rule.nounPlurals.map(foldForMatch)) if (p && !last.endsWith(p)) out.push([...words.slice(0, -1), last + p]);
  }
  return out;
}

/** The language's titles: its label file's, its ranks, and its offices with and without the glued article. */
function titleMatcher(lang: LanguageCode, listed: readonly string[], titles: TitleFile | undefined, article: string, orgHeads: readonly string[]): TitleMatcher {
  // «رئيس حكومة X»: a complement that heads a body's name is read with that body (the organisation path), not as an office.
  const bodies = new Set(orgHeads.map(foldForMatch));
  const m = new TitleMatcher(new Set((titles?.modifiers ?? []).map(foldForMatch)));
  for (const t of [...listed, ...(titles?.ranks ?? [])]) m.add(t, lang, true);
  for (const office of titles?.offices ?? []) {
    const words = wordTokens(office, lang).map((t) => t.norm);
    m.addWords(words, true);
    const first = words[0] ?? '';
    // "الوزير" / "وزير الخارجية": an office is written with the article or in construct.
    // (Not where the bare form alone is a function word: «الإمام» → «امام», folded as the preposition «أمام».)
    if (article && first.startsWith(article) && first.length > article.length + 2) {
      if (words.length > 1 || !isStopword(first.slice(article.length), lang)) m.addWords([first.slice(article.length), ...words.slice(1)], true);
    }
    else if (article && first) m.addWords([article + first, ...words.slice(1)], true);
    if (!bodies.has(words[1]?.slice(article.length) ?? '')) for (const form of constructForms(words, article, titles?.construct)) m.addWords(form, true);
  }
  return m;
}

/**
 * An office of two words whose second carries the article ("وزير الخارجية") as written in construct:
 * the second word without the article (a country follows: "وزير خارجية X"), or with a possessive pronoun
 * ("وزير خارجيته", "رئيس وزرائها"); the first word as listed (titles.json `construct`).
 * @example constructForms(['وزير', 'الخارجيه'], 'ال', c) // [['وزير', 'خارجيه'], ['وزير', 'خارجيته'], …]
 */
function constructForms(words: readonly string[], article: string, construct: TitleFile['construct']): string[][] {
  const [head, complement] = words;
  if (!construct || words.length !== 2 || !article || !head || head.startsWith(article) || !complement?.startsWith(article)) return [];
  const bare = complement.slice(article.length);
  if (bare.length < 3) return [];
  let stem = bare;
  for (const [ending = '', before = ''] of construct.endings) {
    const e = foldForMatch(ending);
    if (e && bare.endsWith(e)) {
      stem = bare.slice(0, -e.length) + foldForMatch(before);
      break;
    }
  }
  return [[head, bare], ...construct.pronouns.map((p) => [head, stem + foldForMatch(p)])];
}

// The tests below loop rather than call `some`/`find` with a closure: they run for every word of a case.
function definiteTest(forms: readonly string[]): (key: string) => boolean {
  // Memoised per word: passes ask at nearly every word of the case, and a word not definite tries every form.
  let known = new Map<string, boolean>();
  return (key) => {
    let verdict = known.get(key);
    if (verdict === undefined) {
      verdict = false;
      for (const f of forms) {
        if (key.length > f.length + 1 && key.startsWith(f)) {
          verdict = true;
          break;
        }
      }
      if (known.size > 100_000) known = new Map();
      known.set(key, verdict);
    }
    return verdict;
  };
}

/** Takes the longest article form («ولل», «ال») off a word that has more than one letter past it. */
function articleStripper(forms: readonly string[]): (key: string) => string {
  const longestFirst = [...forms].sort((a, b) => b.length - a.length);
  return (key) => {
    for (const f of longestFirst) if (key.length > f.length + 1 && key.startsWith(f)) return key.slice(f.length);
    return key;
  };
}

/** True when `key` starts with the language's glued article ("الجيش"), beyond a bare two-letter word. */
export function hasArticle(key: string, data: LanguageActorData): boolean {
  return data.article !== '' && key.length > data.article.length + 1 && key.startsWith(data.article);
}

/** A head noun without its article ("الحكومة" → "حكومه"), so definite and construct forms meet. */
export function headBase(key: string, data: LanguageActorData): string {
  return hasArticle(key, data) ? key.slice(data.article.length) : key;
}

/** The ending (or, failing that, the prefix: "pro-X") a word carries, or undefined. */
function suffixTest(endings: readonly string[], prefixes: readonly string[] = []): (key: string) => string | undefined {
  if (!endings.length && !prefixes.length) return () => undefined;
  // Memoised per word: some callers ask for every word of every article.
  const seen = new Map<string, string | null>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: string | null = null;
    for (const e of endings) if (key.length > e.length + 1 && key.endsWith(e)) { found = e; break; }
    if (found === null) for (const p of prefixes) if (key.length > p.length + 1 && key.startsWith(p)) { found = p; break; }
    seen.set(key, found);
    return found ?? undefined;
  };
}

function prefixTest(prefixes: readonly string[], article: string): (key: string) => boolean {
  return (key) => {
    if (key.length < 3 || (article && key.startsWith(article))) return false;
    for (const p of prefixes) if (key.startsWith(p)) return true;
    return false;
  };
}

function adjectiveTest(endings: readonly string[]): (key: string) => boolean {
  return (key) => {
    if (key.length <= 3) return false;
    for (const e of endings) if (key.endsWith(e)) return true;
    return false;
  };
}

/** A word ending in a plural ending but not in one of the singular endings that share it ("-s", not "-ss"). */
function pluralTest(endings: readonly string[], singular: readonly string[]): (key: string) => boolean {
  const plural = adjectiveTest(endings);
  const kept = adjectiveTest(singular);
  return (key) => plural(key) && !kept(key);
}

/** A word of a modifier-ending shape ("-ing", "-ed") or a listed form of a verb that may come before its speaker. */
function notModifierTest(endings: readonly string[], verbForms: ReadonlySet<string>): (key: string) => boolean {
  const shaped = adjectiveTest(endings);
  return (key) => shaped(key) || verbForms.has(key);
}

/**
 * The listed one-word forms, lemma aside, of the language's attribution verbs that may come before their
 * speaker (`invertible`: "…,” wrote Sen. X"): such a word before a title or a name is the verb of the
 * attribution, never a modifier of the title (irregular pasts the "-ed" ending does not catch).
 */
function invertedCueForms(lang: LanguageCode): Set<string> {
  const out = new Set<string>();
  for (const cue of attributionData(lang)?.cues ?? []) {
    if (!cue.invertible) continue;
    const lemma = foldForMatch(cue.lemma);
    for (const f of cue.forms ?? []) {
      const key = foldForMatch(f).trim();
      if (key && key !== lemma && !/\s/u.test(key)) out.add(key);
    }
  }
  return out;
}

const cache = new Map<LanguageCode, LanguageActorData>();

/**
 * The compiled actor data of `lang`.
 * @example actorData('en').labels.match(tokens, 0)
 */
export function actorData(lang: LanguageCode): LanguageActorData {
  const cached = cache.get(lang);
  if (cached) return cached;
  const file = LABEL_FILES.find((f) => f.language === lang);
  const labels = new PhraseMatcher<LabelEntry>();
  for (const l of file?.labels ?? []) {
    const entry: LabelEntry = { key: l.key, stance: l.stance as LabelStance, forms: l.forms, origin: 'lexicon' };
    if (l.form) entry.form = l.form as LabelForm;
    if (l.nameOnly) entry.nameOnly = true;
    const seen = new Set<string>();
    for (const form of l.forms) {
      const words = wordTokens(form, lang).map((t) => t.norm.replace(/['’]s$/u, ''));
      for (const variant of file?.inflection ? inflect(words, entry.form, file.inflection) : [words]) {
        const id = variant.join(' ');
        if (seen.has(id)) continue;
        seen.add(id);
        labels.addWords(variant, entry);
      }
    }
  }
  const phrases = (list: readonly string[] | undefined): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const p of list ?? []) m.add(p, lang, true);
    return m;
  };
  const a = file?.actors;
  const titles = TITLE_FILES.find((f) => f.language === lang);
  const article = foldForMatch(a?.article ?? '');
  const data: LanguageActorData = {
    lang,
    labels,
    personTitles: titleMatcher(lang, a?.personTitles ?? [], titles, article, a?.orgHeads ?? []),
    titlePostModifiers: phrases(titles?.postModifiers),
    orgHeads: phrases(a?.orgHeads),
    placeStatusHeads: phrases(a?.placeStatusHeads),
    forceHeads: phrases(a?.forceHeads),
    commanderTitles: phrases(a?.commanderTitles),
    particles: new Set((a?.nameParticles ?? []).map(foldForMatch)),
    kunyas: new Set((a?.kunyas ?? []).map(foldForMatch)),
    relatives: new Set((a?.relativePronouns ?? []).map(foldForMatch)),
    honorifics: phrases([...(a?.honorifics ?? []), ...(titles?.honorifics ?? [])]),
    governingHeads: new Set((a?.governingHeads ?? []).map(foldForMatch)),
    kindNouns: new Map(Object.entries(a?.kindNouns ?? {}).map(([noun, heads]) => [foldForMatch(noun), heads.map(foldForMatch)])),
    genitives: new Set((a?.genitives ?? []).map(foldForMatch)),
    ledBy: phrases(a?.ledBy),
    othersLinkers: phrases(a?.othersLinkers),
    determiners: new Set((a?.determiners ?? []).map(foldForMatch)),
    indefinites: new Set((a?.indefinites ?? []).map(foldForMatch)),
    rankingWords: new Set((a?.rankingWords ?? []).map(foldForMatch)),
    predicateLinkers: new Set((a?.predicateLinkers ?? []).map(foldForMatch)),
    predicateObjects: new Set((a?.predicateObjects ?? []).map(foldForMatch)),
    predicateEndings: (a?.predicateEndings ?? []).map(foldForMatch),
    personNouns: new Set((file?.personNouns ?? '').split(' ').filter(Boolean)),
    adjectiveWords: new Set((file?.adjectives ?? '').split(' ').filter(Boolean)),
    formerPrefixes: Object.entries(a?.formerPrefixes ?? {}).map(([p, w]) => [foldForMatch(p), foldForMatch(w)] as const),
    selfDeterminers: new Set((a?.selfDeterminers ?? []).map(foldForMatch)),
    selfSuffixes: (a?.selfSuffixes ?? []).map(foldForMatch),
    suffixedFeminine: a?.suffixedFeminine ? [foldForMatch(a.suffixedFeminine[0]), foldForMatch(a.suffixedFeminine[1])] : null,
    loyalty: new Set((a?.loyaltyWords ?? []).map(foldForMatch)),
    eventHeads: new Set((a?.eventHeads ?? []).map(foldForMatch)),
    notModifier: notModifierTest((a?.notModifierEndings ?? []).map(foldForMatch), invertedCueForms(lang)),
    isPastShaped: notModifierTest((a?.pastVerbEndings ?? []).map(foldForMatch), a?.pastVerbEndings?.length ? new Set([...invertedCueForms(lang), ...(file?.pastForms ?? []).map(foldForMatch)]) : new Set()),
    notNames: new Set((a?.notNames ?? []).map(foldForMatch)),
    genericNames: new Set((a?.genericNames ?? []).map(foldForMatch)),
    entityKindNouns: new Set((a?.entityKindNouns ?? []).map(foldForMatch)),
    countryNouns: new Set((a?.countryNouns ?? []).map(foldForMatch)),
    nameStopwords: new Set((a?.nameStopwords ?? []).map(foldForMatch)),
    firstNameHomographs: new Set(a?.firstNameHomographs ?? []),
    complementizers: new Set((a?.complementizers ?? []).map(foldForMatch)),
    eventAuxiliaries: new Set((a?.eventAuxiliaries ?? []).map(foldForMatch)),
    verbMarkers: new Set((a?.verbMarkers ?? []).map(foldForMatch)),
    verb: verbOf(lang, file?.verbs, a?.verbStems),
    finiteRelativeActs: a?.finiteRelativeActs ?? false,
    feminineEnding: foldForMatch(a?.feminineEnding ?? ''),
    isActiveParticiple: patternTest((a?.governingParticiples ?? []).map(foldForMatch), foldForMatch(a?.article ?? '')),
    isPresentVerb: prefixTest((a?.presentVerbPrefixes ?? []).map(foldForMatch), article),
    isPluralShaped: pluralTest((a?.pluralEndings ?? []).map(foldForMatch), (a?.singularEndings ?? []).map(foldForMatch)),
    isAdjective: adjectiveTest((a?.adjectiveEndings ?? []).map(foldForMatch)),
    isNisba: adjectiveTest((a?.nisbaEndings ?? []).map(foldForMatch)),
    nisbaEndings: (a?.nisbaEndings ?? []).map(foldForMatch).sort((x, y) => y.length - x.length),
    isNonName: adjectiveTest((a?.nonNameEndings ?? []).map(foldForMatch)),
    backedBy: phrases(a?.backedBy),
    groupNouns: phrases(a?.groupNouns),
    constructRelations: new Map(Object.entries(a?.constructRelations ?? {}).map(([w, key]) => [foldForMatch(w), key])),
    appositionLinkers: new Set((a?.appositionLinkers ?? []).map(foldForMatch)),
    knownAs: phrases(a?.knownAs),
    stateForces: a?.stateForces ?? '',
    knownAsGlued: phrases(a?.knownAsGlued),
    knownAsPrepositions: new Set((a?.knownAsPrepositions ?? []).map(foldForMatch)),
    backedSuffix: suffixTest((a?.backedSuffixes ?? []).map(foldForMatch), (a?.backedPrefixes ?? []).map(foldForMatch)),
    capitalisedNames: a?.capitalisedNames ?? false,
    article: a?.article ?? '',
    isDefinite: definiteTest((a?.articleForms ?? []).map(foldForMatch)),
    withoutArticle: articleStripper((a?.articleForms ?? []).map(foldForMatch)),
    adjectivesFollow: a?.adjectivesFollow ?? false,
  };
  cache.set(lang, data);
  return data;
}

/** Whether a word, article off, is of one of the patterns ("C" a root letter: "CاCC" for "العامل"). */
function patternTest(patterns: readonly string[], article: string): (key: string) => boolean {
  // (Folding lower-cases the root-letter mark.)
  const res = patterns.map((p) => new RegExp(`^${p.replace(/[Cc]/gu, '\\S')}$`, 'u'));
  return (key) => {
    const bare = article && key.startsWith(article) ? key.slice(article.length) : key;
    return res.some((re) => re.test(bare));
  };
}

/** The finite-verb reader of a language with a verb list (its attribution morphology reads the forms). */
function verbOf(lang: LanguageCode, verbs: LabelFile['verbs'], stems: VerbStems | undefined): (key: string) => VerbReading | undefined {
  const m = attributionData(lang)?.morphology;
  return verbReader(verbs, m, m?.conjunctions ?? [], stems) ?? (() => undefined);
}

/**
 * The user's label entries for `lang` as a matcher of their own: they add labels where the user asked,
 * and never change how names or lexicon labels are read.
 * @example userLabels('en', [{ forms: ['coup general'], stance: 'negative', language: 'en' }]).match(tokens, 0)
 */
export function userLabels(lang: LanguageCode, extra: readonly LabelLexiconEntry[]): PhraseMatcher<LabelEntry> {
  const matcher = new PhraseMatcher<LabelEntry>();
  for (const e of extra) {
    if (e.language !== lang) continue;
    const entry: LabelEntry = { key: foldForMatch(e.forms[0] ?? '').trim(), stance: e.stance, forms: e.forms, origin: 'user' };
    if (e.actors?.length) entry.actors = e.actors.map((a) => foldForMatch(a).replace(/\s+/gu, ' ').trim());
    for (const form of e.forms) matcher.add(form, lang, entry);
  }
  return matcher;
}
