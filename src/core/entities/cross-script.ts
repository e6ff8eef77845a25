/**
 * Names across scripts, checked against the case: where a case mixes Arabic-script and Latin-script
 * articles, a run of Arabic words becomes one more alias of a name the Latin articles use when
 * - its consonant skeleton is the name's ("عبد الفتاح السيسي" / "Abdel Fattah el-Sisi"), or close to it
 *   for a long name;
 * - it translates the name word by word, through the bridge and the WordNet synonyms of its words, in
 *   any order, a transliterated word allowed ("حزب العمال الفالوري" / "Valorian Labour Party", "جبهة
 *   سالمة" / "Salema Front", "قوات الحماية السريعة" / "Rapid Protection Forces");
 * - it expands the name's acronym through the bridge ("الاتحاد الأوروبي" / "EU");
 * - it is a country's CLDR name the Latin articles write ("البرتغال" / "Portugal"; a new place when no
 *   candidate has that name yet), or that country's adjective ("البرتغالية").
 * - it is one word the bridge translates as the one-word name of a Latin candidate ("أوسلو" / "Oslo"),
 *   however short its skeleton.
 * Arabic has no capitals to tell a name from a word, so a lone Arabic word counts only when the bridge
 * does not know it as a common noun (countries aside). An Arabic candidate whose alias is matched joins
 * the Latin one whole.
 */
import { institutionHeads } from './described-bodies.ts';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import type { Mention } from '../actors/mentions.ts';
import { isStopword } from '../align/terms.ts';
import { claimAnchors, DERIVED_WEIGHT } from '../crosslang/anchors.ts';
import { scriptData, scriptOf } from '../crosslang/script-data.ts';
import { currencyOfCode, englishFor, englishForNoun, englishInName, isBridgedEnglishWord, phraseNameFor } from '../crosslang/bridge.ts';
import { entityData } from './data.ts';
import { countriesOfAdjective, countryOfSingularAdjective, isBridgedPlaceName, placeNameFor } from './place-names.ts';
import { nearSkeletons, skeletonSimilarity } from '../crosslang/names.ts';
import { nounsOf, synonymsFor } from '../crosslang/synonyms.ts';
import { gluedClause } from './clause-words.ts';
import { constructSkeleton, nameSkeleton, WORD_SIMILARITY, wordSkeleton } from './skeleton.ts';
import { nameAnchors, settleShortNames } from './short-names.ts';
import { mergeCandidateInto } from '../actors/joins.ts';
import type { NamesAcrossScripts, PendingShortName } from './short-names.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

/** Longest run of Arabic words tried as one name. */
const MAX_WORDS = 4;
/** A lone word needs this many consonants to be taken for a name (short skeletons collide). */
const MIN_LONE_SKELETON = 3;
const MIN_SKELETON = 4;
/**
 * Shorter skeletons, down to these, match only when checked against the case: the Arabic spelling and
 * the Latin one stand near the same figures, dates or other names ("طوما" / "Tuma": "tm").
 */
const MIN_CHECKED_LONE_SKELETON = 2;
const MIN_CHECKED_SKELETON = 3;
/** Letters a Latin name needs for its check to wait for the case's names (`short-names.ts`). */
const MIN_PENDING_LETTERS = 4;
/** Words either side of a mention whose anchors make its context. */
const CONTEXT_WORDS = 15;
/** Mentions looked at per name and script. */
const MAX_CONTEXTS = 12;
/** Anchors two contexts must share (a translated word counts `WORD_ANCHOR`). */
const MIN_SHARED_ANCHORS = 2;
const WORD_ANCHOR = 0.5;
/** A skeleton this long may differ a little (a dropped article letter, s / z) and still match. */
const MIN_FUZZY_SKELETON = 6;
const MIN_FUZZY_LONE_SKELETON = 4;
const FUZZY_SIMILARITY = 0.85;
/**
 * A name of this many words may translate with one word on each side left without a counterpart (the
 * bridge lacks many words: "صندوق" is no "fund" there) when the others match, this many by meaning,
 * and the two stand near shared figures, dates or names in the case.
 */
const MIN_LOOSE_WORDS = 3;
/** A compound's head this long stands for the compound ("guard" in "bodyguard"). */
const MIN_COMPOUND_HEAD = 5;
const MIN_LOOSE_MEANINGS = 2;

/** A word of a Latin name, as the translation matcher compares it. */
interface LatinWord {
  /** Its stem, and for an adjective the stems of the nouns it pertains to ("Electoral" → "election"). */
  stems: string[];
  skeleton: string;
}

/** A Latin name of several words, or an acronym, of candidate `owner`. */
interface LatinName {
  owner: number;
  /** The alias as written (matching keys), to find it in the texts. */
  alias: string[];
  words: LatinWord[];
  acronym?: string;
}

const latinWord = (word: string): LatinWord => ({ stems: [...new Set([word, ...nounsOf(word)].map((w) => englishStemmer(w)))], skeleton: wordSkeleton(word) });

// A stem may be the start of a derived form's ("elect" / "elector"), or the head of a compound's
// ("guard" / "bodyguard": the bridge's word for «حرس»).
const sameStem = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a))) || (Math.min(a.length, b.length) >= MIN_COMPOUND_HEAD && (compoundHead(a, b) || compoundHead(b, a)));
// A compound is a word before its head ("body" + "guard"); a blend is not ("Eurafrican" is no kind of "African").
const compoundHead = (word: string, head: string): boolean => word.length > head.length && word.endsWith(head) && isBridgedEnglishWord(word.slice(0, -head.length));

/**
 * How an Arabic word may stand for a Latin one: its English words (stemmed), with their WordNet
 * synonyms (the bridge gives "fast" where a name says "Rapid"), and its skeleton.
 */
interface ArabicWord {
  stems: string[];
  initials: Set<string>;
  skeleton: string;
}

const arabicWordCache = new Map<string, ArabicWord>();
function arabicWord(key: string): ArabicWord {
  let word = arabicWordCache.get(key);
  if (!word) {
    // A country's adjective stands for the country's name too ("الأوروبي": europe, as "European" does).
    const place = placeNameFor(key);
    const english = [...englishInName(key), ...(place !== undefined ? [place] : [])];
    const skeleton = wordSkeleton(key);
    const stems = [...new Set([...english, ...english.flatMap(synonymsFor)].map((w) => englishStemmer(w)))];
    word = { stems, initials: new Set([...english.map((w) => w[0]!), ...(skeleton ? [skeleton[0]!] : [])]), skeleton };
    if (arabicWordCache.size > 50_000) arabicWordCache.clear();
    arabicWordCache.set(key, word);
  }
  return word;
}

/** A Latin name's content words, stemmed, in a fixed order: two names of one key differ in word order only. */
const wordsKey = (name: LatinName): string => name.words.map((w) => w.stems[0]!).sort().join(' ');

/** Whether an Arabic word stands for a Latin one: by translation (`'word'`), by transliteration (`'name'`), or not. */
function wordMatch(a: ArabicWord, l: LatinWord): 'word' | 'name' | null {
  if (a.stems.some((s) => l.stems.some((t) => sameStem(s, t)))) return 'word';
  if (a.skeleton.length >= 2 && l.skeleton.length >= 2 && skeletonSimilarity(a.skeleton, l.skeleton) >= WORD_SIMILARITY) return 'name';
  return null;
}

/** Whether the Arabic words translate the Latin ones one to one, in any order, one at least by meaning. */
function translates(arabic: readonly ArabicWord[], latin: readonly LatinWord[], missing = 0): boolean {
  if (arabic.length !== latin.length) return false;
  const used = new Set<number>();
  // `skipped`: words left without a counterpart; a loose match needs `MIN_LOOSE_MEANINGS` by meaning.
  const assign = (i: number, meanings: number, skipped: number): boolean => {
    if (i === arabic.length) return meanings >= (missing > 0 ? MIN_LOOSE_MEANINGS : 1);
    for (let j = 0; j < latin.length; j++) {
      if (used.has(j)) continue;
      const how = wordMatch(arabic[i]!, latin[j]!);
      if (!how) continue;
      used.add(j);
      if (assign(i + 1, meanings + (how === 'word' ? 1 : 0), skipped)) return true;
      used.delete(j);
    }
    return skipped < missing && assign(i + 1, meanings, skipped + 1);
  };
  return assign(0, 0, 0);
}

/** Whether each letter of an acronym is the initial of an English word (or the name) of its own Arabic word. */
function expands(arabic: readonly ArabicWord[], acronym: string): boolean {
  if (arabic.length !== acronym.length) return false;
  const used = new Set<number>();
  const assign = (i: number): boolean => {
    if (i === acronym.length) return true;
    for (let j = 0; j < arabic.length; j++) {
      if (used.has(j) || !arabic[j]!.initials.has(acronym[i]!)) continue;
      used.add(j);
      if (assign(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

// A run's verdict not yet read, and a verdict of no owner (owners are candidate indexes, from 0).
const UNDECIDED = -2;
const NO_OWNER = -1;

/**
 * A run of words by its words, one node per word (a tree of the case's runs): its verdicts are kept
 * without building the run's key string at every position (most runs recur, and a key string built
 * and hashed per position and length was most of this stage's time).
 */
class RunNode {
  owner = UNDECIDED;
  exact = UNDECIDED;
  translated = UNDECIDED;
  private next: Map<string, RunNode> | null = null;
  child(word: string): RunNode {
    this.next ??= new Map();
    let node = this.next.get(word);
    if (!node) this.next.set(word, (node = new RunNode()));
    return node;
  }
}

/**
 * Adds to each name of the Latin-script articles the Arabic spellings the case uses for it.
 * @example addCrossScriptAliases(texts, candidates) // a candidate "Yusuf Haddad" gains ['يوسف', 'حداد']
 */
export function addCrossScriptAliases(texts: readonly CaseText[], candidates: ActorCandidate[]): void {
  const arabicTexts = texts.filter((t) => t.tokens.some((tok) => ARABIC_BLOCK.test(tok.key)));
  if (arabicTexts.length === 0 || arabicTexts.length === texts.length) return;
  const latinTexts = texts.filter((t) => !arabicTexts.includes(t));
  // Latin letters the Arabic articles may write with a long-vowel letter: a name holding one has a
  // second skeleton without it ("Varzani" / «ورزاني»).
  const silent = scriptData(arabicTexts[0]!.lang)?.latinWrittenAsVowel ?? [];
  const vowelWritten = (alias: readonly string[], skeleton: string): string[] => {
    if (!alias.some((w) => silent.some((letter) => w.includes(letter)))) return [];
    const other = nameSkeleton(alias.map((w) => silent.reduce((word, letter) => word.split(letter).join(''), w)));
    return other !== skeleton ? [other] : [];
  };
  // Skeleton of each Latin alias → the candidates it names (a skeleton two names share is ambiguous).
  const bySkeleton = new Map<string, Set<number>>();
  const aliasOfSkeleton = new Map<string, string[]>();
  // Short skeletons → the candidates and the alias they come from, matched only when checked.
  const shortBySkeleton = new Map<string, Map<number, string[]>>();
  const fuzzySkeletons: { skeleton: string; owner: number; words: number }[] = [];
  const latinNames: LatinName[] = [];
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.some((w) => ARABIC_BLOCK.test(w))) continue;
      const content = alias.filter((w) => !isStopword(w, 'en'));
      if (content.length >= 2 && content.length <= MAX_WORDS) latinNames.push({ owner: n, alias, words: content.map(latinWord) });
      if (alias.length === 1 && alias[0]!.length >= 3 && alias[0]!.length <= MAX_WORDS && [...c.spellings.keys()].some((s) => s === alias[0]!.toUpperCase())) {
        latinNames.push({ owner: n, alias, words: [], acronym: alias[0]! });
      }
      if (alias.length > MAX_WORDS) continue;
      // A country's Arabic name comes from CLDR: an Arabic word of like consonants is another word (a
      // three-consonant country name meets many).
      // So is a country's English adjective ("Peruvian": WordNet's pertainym of a CLDR name), which
      // Arabic writes as the name's nisba (read by `placeNameFor`), never by its consonants.
      if (alias.length === 1 && (isBridgedPlaceName(alias[0]!) || countriesOfAdjective(alias[0]!).length > 0)) continue;
      const skeleton = nameSkeleton(alias);
      for (const s of [skeleton, ...vowelWritten(alias, skeleton)]) {
        if (s.length < (alias.length === 1 ? MIN_LONE_SKELETON : MIN_SKELETON)) {
          if (s.length >= (alias.length === 1 ? MIN_CHECKED_LONE_SKELETON : MIN_CHECKED_SKELETON)) (shortBySkeleton.get(s) ?? shortBySkeleton.set(s, new Map()).get(s)!).set(n, alias);
          continue;
        }
        (bySkeleton.get(s) ?? bySkeleton.set(s, new Set()).get(s)!).add(n);
        aliasOfSkeleton.set(s, alias);
      }
      if (skeleton.length >= (alias.length === 1 ? MIN_FUZZY_LONE_SKELETON : MIN_FUZZY_SKELETON)) fuzzySkeletons.push({ skeleton, owner: n, words: alias.length });
    }
  });
  // One-word Latin names that are no English word, by skeleton: an Arabic common word may spell them.
  const wordNames = new Map<string, Map<number, string>>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.length !== 1 || ARABIC_BLOCK.test(alias[0]!) || isBridgedEnglishWord(alias[0]!) || isStopword(alias[0]!, 'en')) continue;
      const skeleton = wordSkeleton(alias[0]!);
      if (skeleton.length >= MIN_LONE_SKELETON) (wordNames.get(skeleton) ?? wordNames.set(skeleton, new Map()).get(skeleton)!).set(n, alias[0]!);
    }
  });
  // One-word names by the word itself: a candidate named by a country's English name.
  const byWord = new Map<string, number>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) if (alias.length === 1 && !ARABIC_BLOCK.test(alias[0]!)) byWord.set(alias[0]!, n);
  });
  // A country the Latin articles name only by its adjective ("Egyptian"): the adjective's candidate
  // stands for the country («مصر»), when one candidate alone holds an adjective of it (WordNet's pertainyms).
  const byDemonym = new Map<string, number | undefined>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.length !== 1 || ARABIC_BLOCK.test(alias[0]!)) continue;
      for (const place of countriesOfAdjective(alias[0]!)) byDemonym.set(place, byDemonym.has(place) && byDemonym.get(place) !== n ? undefined : n);
    }
  });
  const placeByWord = new Map<string, number>();
  candidates.forEach((c, n) => {
    if (c.kind !== 'place' && c.kind !== 'other') return;
    for (const alias of c.aliases) if (alias.length === 1 && !ARABIC_BLOCK.test(alias[0]!)) placeByWord.set(alias[0]!, n);
  });
  // Arabic candidates by alias, to join a matched one whole.
  const arabicOwner = new Map<string, number>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) if (alias.every((w) => ARABIC_BLOCK.test(w))) arabicOwner.set(alias.join(' '), n);
  });
  // Capitalised words of the Latin articles: a country name they write may become a place.
  const latinCapitalised = new Set<string>();
  for (const t of latinTexts) for (const tok of t.tokens) if (tok.capitalised) latinCapitalised.add(tok.key);
  // Candidates named by one word only ("Cairo", not "Red Sea" / "sea"): the bridge gives some names
  // ("القاهرة" → "cairo").
  const oneWordNames = new Map<string, number>();
  candidates.forEach((c, n) => {
    const latin = c.aliases.filter((a) => !a.some((w) => ARABIC_BLOCK.test(w)));
    if (latin.length > 0 && latin.every((a) => a.length === 1)) for (const [word] of latin) if (latinCapitalised.has(word!)) oneWordNames.set(word!, n);
  });

  const known = candidates.map((c) => new Set(c.aliases.map((a) => a.join(' '))));
  // Latin candidates found to be one body's names (`joinLatin`): each joined one points to the one kept.
  const joinedInto = new Map<number, number>();
  const root = (n: number): number => {
    while (joinedInto.has(n)) n = joinedInto.get(n)!;
    return n;
  };
  const joinLatin = (keep: number, other: number): void => {
    const [to, from] = [candidates[keep]!, candidates[other]!];
    for (const a of from.aliases) {
      if (known[keep]!.has(a.join(' '))) continue;
      known[keep]!.add(a.join(' '));
      to.aliases.push(a);
    }
    for (const [sp, count] of from.spellings) to.spellings.set(sp, (to.spellings.get(sp) ?? 0) + count);
    for (const a of from.articles ?? []) to.articles?.add(a);
    from.aliases = [];
    joinedInto.set(other, keep);
  };
  const addAlias = (owner: number, text: CaseText, words: CaseText['tokens']): void => {
    const alias = words.map((w) => w.key);
    const key = alias.join(' ');
    const candidate = candidates[owner]!;
    // An Arabic candidate of that name joins the Latin one whole.
    const other = arabicOwner.get(key);
    if (other !== undefined && other !== owner && candidates[other]!.aliases.length > 0) {
      const joined = candidates[other]!;
      for (const a of joined.aliases) {
        if (known[owner]!.has(a.join(' '))) continue;
        known[owner]!.add(a.join(' '));
        candidate.aliases.push(a);
        arabicOwner.set(a.join(' '), owner);
      }
      for (const [s, count] of joined.spellings) candidate.spellings.set(s, (candidate.spellings.get(s) ?? 0) + count);
      for (const a of joined.articles ?? []) candidate.articles?.add(a);
      joined.aliases = [];
    }
    if (!known[owner]!.has(key)) {
      known[owner]!.add(key);
      candidate.aliases.push(alias);
    }
    const spelling = text.text.slice(words[0]!.start, words[words.length - 1]!.end);
    candidate.spellings.set(spelling, (candidate.spellings.get(spelling) ?? 0) + 1);
    candidate.articles?.add(text.articleIndex);
  };
  // Index of the Latin names: by length of skeleton (a fuzzy match is within one letter of it) and by
  // the stems of their words (a translation shares at least one), so each run is compared with few.
  const fuzzyByLength = new Map<number, typeof fuzzySkeletons>();
  for (const f of fuzzySkeletons) (fuzzyByLength.get(f.skeleton.length) ?? fuzzyByLength.set(f.skeleton.length, []).get(f.skeleton.length)!).push(f);
  const stemKey = (stem: string) => stem.slice(0, 4);
  const namesByStem = new Map<string, LatinName[]>();
  const acronyms = latinNames.filter((name) => name.acronym);
  for (const name of latinNames) {
    for (const key of new Set(name.words.flatMap((w) => w.stems.map(stemKey)))) (namesByStem.get(key) ?? namesByStem.set(key, []).get(key)!).push(name);
  }
  // Names recur: each distinct run is decided once, its verdicts kept on its node of `runs` (see RunNode).
  // The run is `tokens` from `i`, `n` words, sliced only when it is new (most runs recur).
  const ownerOfRun = (tokens: CaseText['tokens'], i: number, n: number, run: RunNode): number | undefined => {
    if (run.owner === UNDECIDED) run.owner = decideRun(tokens.slice(i, i + n)) ?? NO_OWNER;
    return run.owner === NO_OWNER ? undefined : run.owner;
  };
  // The skeleton index does not change while the runs are read: each distinct run is looked up once.
  const exactOwner = (tokens: CaseText['tokens'], i: number, n: number, run: RunNode): number | undefined => {
    if (run.exact === UNDECIDED) {
      const keys = tokens.slice(i, i + n).map((w) => w.key);
      const skeleton = nameSkeleton(keys);
      const construct = constructSkeleton(keys);
      const exact = skeleton.length >= MIN_SKELETON ? (bySkeleton.get(skeleton) ?? (construct !== undefined ? bySkeleton.get(construct) : undefined)) : undefined;
      run.exact = (exact?.size === 1 ? [...exact][0] : undefined) ?? NO_OWNER;
    }
    return run.exact === NO_OWNER ? undefined : run.exact;
  };
  // Latin names of several words by their words joined, and acronyms by their letters: a CLDR name of
  // several words ("الولايات المتحدة" → "united states") finds its candidate by either.
  const byPhrase = new Map<string, number>();
  // Phrases a currency code's candidate holds: it takes the phrase's words too (its lower-case mentions).
  const byCode = new Set<string>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.some((w) => ARABIC_BLOCK.test(w))) continue;
      if (alias.length >= 2) byPhrase.set(alias.join(' '), n);
      else {
        const letters = alias[0]!.replace(/\./gu, '');
        if ([...c.spellings.keys()].some((sp) => sp.replace(/\./gu, '') === letters.toUpperCase())) byPhrase.set(`=${letters}`, n);
        // A currency by its ISO code ("JOD"), written in capitals: the currency's name, unless a name holds it.
        const currency = [...c.spellings.keys()].map(currencyOfCode).find((name) => name !== undefined);
        if (currency !== undefined && !byPhrase.has(currency)) {
          byPhrase.set(currency, n);
          byCode.add(currency);
        }
      }
    }
  });
  const ownerOfPhrase = (phrase: string): number | undefined => {
    const words = phrase.split(' ');
    const owner = byPhrase.get(phrase) ?? byPhrase.get(`=${words.map((w) => w[0]).join('')}`);
    if (owner !== undefined && byCode.has(phrase) && !known[owner]!.has(phrase)) {
      known[owner]!.add(phrase);
      candidates[owner]!.aliases.push(words);
    }
    if (owner !== undefined || occurrences(latinTexts, words).length === 0) return owner;
    // Named in both scripts, held by no candidate yet: a new one (a region, a body or a currency: no kind said).
    const n = candidates.push({ kind: 'other', aliases: [words], spellings: new Map(), articles: new Set() }) - 1;
    known.push(new Set([phrase]));
    byPhrase.set(phrase, n);
    return n;
  };
  // A stopword list may hold words a name uses ("الثاني", the second): a run that starts or ends on one
  // translates a Latin name only word for word, that word counted when the bridge translates it.
  const translatedOwner = (tokens: CaseText['tokens'], i: number, n: number, run: RunNode): number | undefined => {
    if (run.translated !== UNDECIDED) return run.translated === NO_OWNER ? undefined : run.translated;
    const keys = tokens.slice(i, i + n).map((w) => w.key);
    let owner: number | undefined;
    if (!keys.some((k) => isStopword(k, 'ar') && englishFor(k).length === 0)) {
      const content = keys.map(arabicWord);
      const owners = new Set<number>();
      for (const name of new Set(content.flatMap((w) => w.stems.flatMap((stem) => namesByStem.get(stemKey(stem)) ?? [])))) if (translates(content, name.words)) owners.add(name.owner);
      if (owners.size === 1) owner = [...owners][0];
    }
    run.translated = owner ?? NO_OWNER;
    return owner;
  };
  // The Latin names a skeleton is a letter apart from (many runs share a skeleton), in index order.
  const fuzzyDecided = new Map<string, number[]>();
  const fuzzyOwners = (skeleton: string, lone: boolean): number[] => {
    const memo = `${lone ? 1 : 0}${skeleton}`;
    let found = fuzzyDecided.get(memo);
    if (!found) {
      found = [];
      for (let length = skeleton.length - 1; length <= skeleton.length + 1; length++) {
        for (const l of fuzzyByLength.get(length) ?? []) if ((l.words === 1) === lone && skeletonSimilarity(skeleton, l.skeleton) >= FUZZY_SIMILARITY) found.push(l.owner);
      }
      fuzzyDecided.set(memo, found);
    }
    return found;
  };
  // Short skeletons whose check waits for the names both scripts share (`settleShortNames`).
  const pending: PendingShortName[] = [];
  const defer = (keys: string[], short: Map<number, string[]>, exact: boolean, word: boolean): void => {
    const [[owner, alias]] = [...short];
    // A name of two or three letters ("TV") is an acronym or a particle, not a transliteration.
    if (!alias!.some(isBridgedEnglishWord) && alias!.join('').length >= MIN_PENDING_LETTERS) pending.push({ keys, owner: owner!, alias: alias!, exact, word });
  };
  // Words some Arabic article writes with the indefinite ending (tanween): common nouns and adjectives.
  let indefiniteKeys: Set<string> | undefined;
  const indefinite = (): Set<string> => {
    if (indefiniteKeys) return indefiniteKeys;
    indefiniteKeys = new Set();
    const marks = entityData(arabicTexts[0]!.lang).dictionaryForms?.indefiniteMarks;
    const mark = marks ? new RegExp(`[${marks}]`, 'u') : null;
    if (mark) for (const t of arabicTexts) for (const tok of t.tokens) if (mark.test(t.text.slice(tok.start, tok.end))) indefiniteKeys.add(tok.key);
    return indefiniteKeys;
  };
  const adjectivalPlurals = entityData(arabicTexts[0]!.lang).dictionaryForms?.adjectivalPluralEndings;
  const decideRun = (words: CaseText['tokens']): number | undefined => {
    const keys = words.map((w) => w.key);
    const phrase = phraseNameFor(keys);
    // A phrase no Latin name uses ("وزارة الدفاع" is "department of defense" in WordNet, "Ministry of
    // Defence" in the case) is still matched word by word below.
    const phraseOwner = phrase !== undefined ? ownerOfPhrase(phrase) : undefined;
    if (phraseOwner !== undefined) return phraseOwner;
    if (words.length === 1) {
      const place = placeNameFor(keys[0]!);
      if (place !== undefined) {
        const owner = byWord.get(place) ?? byDemonym.get(place);
        if (owner !== undefined) return owner;
        if (!latinCapitalised.has(place)) return undefined;
        // A country both scripts name, that no candidate holds yet: a new place.
        const n = candidates.push({ kind: 'place', aliases: [[place]], spellings: new Map(), articles: new Set() }) - 1;
        known.push(new Set([place]));
        byWord.set(place, n);
        return n;
      }
      // A word the bridge knows is a common noun, or the English name of a place the case names
      // ("واشنطن" → "washington").
      const english = englishForNoun(keys[0]!);
      if (english.length > 0) {
        const named = english.slice(0, 2).map((w) => placeByWord.get(w) ?? oneWordNames.get(w)).find((n) => n !== undefined);
        if (named !== undefined) return named;
        // Many names are words of the language ("Nahda", a revival): a Latin one-word name that is no
        // English word, of the same skeleton, standing near the same figures, dates or names.
        // A relational or plural form ("…ي", "…ون") is the adjective or the followers, not the name.
        const script = scriptOf(keys[0]!);
        if (script?.pluralEndings.some((e) => keys[0]!.endsWith(e))) return undefined;
        const same = wordNames.get(wordSkeleton(keys[0]!));
        if (same?.size !== 1) {
          // A short Latin name a word of the language spells («نمو», growth / "Nimu"): only when the two
          // stand beside the same names across scripts, settled once the case's names are known.
          const short = shortBySkeleton.get(wordSkeleton(keys[0]!));
          if (short?.size === 1) defer(keys, short, true, true);
          return undefined;
        }
        const [[owner, alias]] = [...same];
        return sharesContext(arabicTexts, keys, latinTexts, [alias!], 0) ? owner : undefined;
      }
    }
    const skeleton = nameSkeleton(keys);
    const construct = words.length >= 2 ? constructSkeleton(keys) : undefined;
    const exact = bySkeleton.get(skeleton) ?? (construct !== undefined ? bySkeleton.get(construct) : undefined);
    if (exact) {
      if (exact.size !== 1) return undefined;
      // A lone word the dictionary knows (an adjective, a verb: «خطير», dangerous) or that an article
      // writes with the indefinite ending is a word of the language: it spells a name only where the
      // two stand near the same figures, dates or names.
      if (words.length === 1 && (englishFor(keys[0]!).length > 0 || indefinite().has(keys[0]!)) && !sharesContext(arabicTexts, keys, latinTexts, aliasOfSkeleton.get(skeleton) ?? [])) return undefined;
      return [...exact][0];
    }
    const owners = new Set<number>();
    // A name a letter apart ("Reuters" / "رويترز": s / z), long enough not to meet another by chance.
    if (skeleton.length >= (words.length === 1 ? MIN_FUZZY_LONE_SKELETON : MIN_FUZZY_SKELETON)) {
      for (const owner of fuzzyOwners(skeleton, words.length === 1)) owners.add(owner);
    }
    // Below the fuzzy length, one letter swapped within a transliteration group ("Agadir": Latin g is
    // the Arabic ج, غ, ك or ق by region), checked against the case.
    else if (owners.size === 0 && !(words.length === 1 && englishFor(keys[0]!).length > 0)) {
      for (const near of nearSkeletons(skeleton).slice(1)) {
        const found = bySkeleton.get(near);
        if (found?.size !== 1) continue;
        const alias = aliasOfSkeleton.get(near)!;
        if (!alias.some(isBridgedEnglishWord) && sharesContext(arabicTexts, keys, latinTexts, alias)) owners.add([...found][0]!);
      }
    }
    if (words.length >= 2 && owners.size === 0) {
      const content = keys.filter((k) => !isStopword(k, 'ar')).map(arabicWord);
      const isArabicName = arabicOwner.has(keys.join(' '));
      const named = new Set(content.flatMap((w) => w.stems.flatMap((stem) => namesByStem.get(stemKey(stem)) ?? [])));
      const translated = [...named].filter((name) => translates(content, name.words));
      for (const name of translated) owners.add(root(name.owner));
      // "Interior Ministry" and "Ministry of Interior": one Arabic name translates both, the same words
      // in another order, so they are one body's names.
      if (owners.size > 1 && new Set(translated.map(wordsKey)).size === 1) {
        const [first, ...others] = [...owners];
        for (const other of others) joinLatin(first!, other);
        owners.clear();
        owners.add(first!);
      }
      // An acronym's letters are easily met: a run the Arabic articles do not use as a name expands one
      // only when the two stand near the same figures, dates or names.
      // A run across a stop word («… في …») is no name the Arabic articles use: it expands none.
      const unbroken = isArabicName || content.length === keys.length;
      for (const name of acronyms) if (unbroken && expands(content, name.acronym!) && (isArabicName || sharesContext(arabicTexts, keys, latinTexts, name.alias, 0))) owners.add(name.owner);
      // As for acronyms, a loose translation is tried on a name the Arabic articles use, not on any run.
      if (owners.size === 0 && isArabicName && content.length >= MIN_LOOSE_WORDS) {
        const loose = [...named].filter((name) => translates(content, name.words, 1));
        if (new Set(loose.map((name) => name.owner)).size === 1 && sharesContext(arabicTexts, keys, latinTexts, loose[0]!.alias)) owners.add(loose[0]!.owner);
      }
    }
    // «وزارة الخارجية X-ية» / "X's Foreign Ministry", "the Xn Foreign Ministry": the English finder leaves
    // the country's possessive or adjective out of the body's name. The run without the country's
    // adjective translates a Latin name that stands beside that country in the Latin articles.
    const last = keys[keys.length - 1]!;
    // (A singular adjective: a plural one, «…يين», is the country's people, a group beside the name.)
    const country = words.length >= 3 && owners.size === 0 ? countryOfSingularAdjective(last, adjectivalPlurals ?? []) : undefined;
    if (country !== undefined) {
      const content = keys.slice(0, -1).filter((k) => !isStopword(k, 'ar')).map(arabicWord);
      const named = new Set(content.flatMap((w) => w.stems.flatMap((stem) => namesByStem.get(stemKey(stem)) ?? [])));
      const ofCountry = (key: string): boolean => key === country || countriesOfAdjective(key).includes(country);
      const found = [...named].filter((name) => translates(content, name.words) && besideLatinName(latinTexts, name.alias[0]!, ofCountry));
      if (new Set(found.map((name) => root(name.owner))).size === 1) owners.add(root(found[0]!.owner));
    }
    if (owners.size === 0) {
      // The same skeleton, or one letter apart within a transliteration group ("Garu": "jr" / "gr").
      const near = nearSkeletons(skeleton);
      const k = near.findIndex((key) => shortBySkeleton.has(key));
      const short = k >= 0 ? shortBySkeleton.get(near[k]!) : undefined;
      // A word the bridge translates, on either side, is a word, however its consonants fall ("red").
      const word = words.length === 1 && englishFor(keys[0]!).length > 0;
      if (short && short.size === 1) {
        const [[owner, alias]] = [...short];
        if (alias!.some(isBridgedEnglishWord)) return undefined;
        if (!word && k === 0 && sharesContext(arabicTexts, keys, latinTexts, alias!)) return owner;
        // A letter apart waits: the same name spelt exactly may come later in the case («زيدو» / «صيدو» for "Sidu").
        // A word spelt exactly waits for shared names.
        if (!word || k === 0) defer(keys, short, k === 0, word);
      }
    }
    return owners.size === 1 ? [...owners][0] : undefined;
  };

  // Bodies the Latin articles name by a head and one word ("Interior Ministry", "Ministry of Interior"):
  // the Arabic articles often leave the head implied and write the relational adjective alone, as a noun
  // («أعلنت الداخلية»). The adjective then names the body when it translates that word, no other such
  // name has it, and the two stand near the same figures, dates or names.
  const englishHeads = latinTexts[0]?.data.orgHeads;
  const isHead = (word: string): boolean => englishHeads?.match([{ key: word } as CaseText['tokens'][number]], 0)?.length === 1;
  const headed: { owner: number; alias: string[]; word: LatinWord }[] = [];
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.some((w) => ARABIC_BLOCK.test(w))) continue;
      const content = alias.filter((w) => !isStopword(w, 'en'));
      const heads = content.filter(isHead);
      if (content.length === 2 && heads.length === 1) headed.push({ owner: n, alias, word: latinWord(content.find((w) => !isHead(w))!) });
    }
  });
  const impliedDecided = new Map<string, number | undefined>();
  const impliedHeadOwner = (key: string): number | undefined => {
    if (impliedDecided.has(key)) return impliedDecided.get(key);
    let owner: number | undefined;
    const script = scriptOf(key);
    if (headed.length > 0 && script && script.articlePrefix.test(key) && script.relationalEndings.some((e) => key.endsWith(e))) {
      const word = arabicWord(key);
      const found = headed.filter((h) => wordMatch(word, h.word) === 'word');
      if (new Set(found.map((h) => root(h.owner))).size === 1 && sharesContext(arabicTexts, [key], latinTexts, found[0]!.alias)) owner = root(found[0]!.owner);
    }
    impliedDecided.set(key, owner);
    return owner;
  };
  // An adjective after a definite noun or a title qualifies it («السياسة الخارجية», «وزير الخارجية»).
  const standsAlone = (text: CaseText, i: number): boolean => {
    if (i === 0 || text.tokens[i]!.breakBefore) return true;
    const before = text.tokens[i - 1]!;
    return !scriptOf(before.key)?.articlePrefix.test(before.key) && !text.data.personTitles.match(text.tokens, i - 1) && !text.data.orgHeads.match(text.tokens, i - 1);
  };

  // Asked of nearly every word: the adjective's owner first (memoised), where it stands only then.
  const impliedOwner = (text: CaseText, i: number, n: number, edgeStopword: boolean): number | undefined => {
    if (n !== 1 || edgeStopword || headed.length === 0) return undefined;
    const owner = impliedHeadOwner(text.tokens[i]!.key);
    return owner !== undefined && standsAlone(text, i) ? owner : undefined;
  };

  // A name that is a word of the language («الشروق», sunrise / "Shorouk") behind the head noun that names
  // what it is («وكالة الشروق» / "Shorouk news agency", «حزب النور» / "Nour Party"): the head's English word beside
  // the Latin name is the check, in place of shared figures (a one-word name is often named once).
  const headedDecided = new Map<string, number | undefined>();
  const headedWordOwner = (text: CaseText, i: number, n: number, edgeStopword: boolean): number | undefined => {
    if (n !== 1 || edgeStopword || i === 0 || text.tokens[i]!.breakBefore) return undefined;
    const [head, word] = [text.tokens[i - 1]!.key, text.tokens[i]!.key];
    const memo = `${head} ${word}`;
    if (headedDecided.has(memo)) return headedDecided.get(memo);
    let owner: number | undefined;
    const same = wordNames.get(wordSkeleton(word));
    if (same?.size === 1 && englishForNoun(word).length > 0) {
      const [[named, alias]] = [...same];
      const heads = new Set(englishFor(head).slice(0, 3).map((w) => englishStemmer(w)));
      if (heads.size > 0 && besideLatinName(latinTexts, alias!, (key) => [...heads].some((h) => sameStem(h, englishStemmer(key))))) owner = named;
    }
    headedDecided.set(memo, owner);
    return owner;
  };

  const runs = new RunNode();
  for (const text of arabicTexts) {
    const { tokens } = text;
    // Per word, read once: whether it is Arabic and a stop word, and how many Arabic words run from it
    // unbroken (a run is tried only within that reach).
    const arabic = tokens.map((w) => ARABIC_BLOCK.test(w.key));
    const stop = tokens.map((w) => isStopword(w.key, 'ar'));
    // A stop word of no consonant (the conjunction «و» before a quoted name) adds nothing to a skeleton:
    // a run holding it at an edge matches as the name without it, which is the name.
    const silent = tokens.map((w, k) => stop[k]! && wordSkeleton(w.key) === '');
    // A verb with a complementizer written onto it opens a clause: no run of a name reaches over it.
    const reach = new Array<number>(tokens.length + 1).fill(0);
    for (let i = tokens.length - 1; i >= 0; i--) reach[i] = !arabic[i] || gluedClause(text, i) ? 0 : i + 1 < tokens.length && !tokens[i + 1]!.breakBefore ? Math.min(MAX_WORDS, 1 + reach[i + 1]!) : 1;
    // The nodes of the runs from one word, longest last (no key string is built per run).
    const runNodes: RunNode[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const longest = Math.min(reach[i]!, tokens.length - i);
      runNodes.length = 0;
      for (let n = 1, node = runs; n <= longest; n++) runNodes.push((node = node.child(tokens[i + n - 1]!.key)));
      for (let n = longest; n >= 1; n--) {
        // A name may end on a word the stopword list holds ("امين" is "amen" and a given name): such a
        // run counts only when its skeleton is a Latin name's exactly.
        const edgeStopword = stop[i]! || stop[i + n - 1]!;
        if (edgeStopword && (n === 1 || silent[i]! || silent[i + n - 1]! || stop.slice(i, i + n).every(Boolean))) continue;
        const run = runNodes[n - 1]!;
        const owner =
          (edgeStopword ? (exactOwner(tokens, i, n, run) ?? translatedOwner(tokens, i, n, run)) : ownerOfRun(tokens, i, n, run)) ??
          impliedOwner(text, i, n, edgeStopword) ??
          headedWordOwner(text, i, n, edgeStopword);
        if (owner === undefined) continue;
        addAlias(root(owner), text, tokens.slice(i, i + n));
        i += n - 1;
        break;
      }
    }
  }
  const accepted = settleShortNames(pending, candidates, root, (p, names) =>
    sharesContext(arabicTexts, p.keys, latinTexts, p.alias, p.word ? 0 : WORD_ANCHOR, names, p.word),
  );
  for (const p of accepted) for (const o of occurrences(arabicTexts, p.keys)) addAlias(root(p.owner), o.text, o.text.tokens.slice(o.first, o.first + p.keys.length));
  joinHeadedNames(candidates, arabicTexts[0]!.data, adjectivalPlurals ?? [], root);
}

/**
 * An Arabic name made of a generic head and a name («تحالف X», «كتلة X»: coalition, bloc) stays an actor
 * of its own when only X met a Latin name ("X", "X coalition", or X beside another head): the head is no
 * translation of the Latin one. When X alone is an alias of a Latin candidate, the body it heads is that
 * candidate, and the Arabic one joins it whole; not when X names a person or a place (a bloc named after
 * its leader, a country's government are other actors). A country's adjective after X («وكالة X التركية»)
 * is left off: it says whose body it is.
 */
function joinHeadedNames(candidates: ActorCandidate[], data: CaseText['data'], adjectivalPlurals: readonly string[], root: (n: number) => number): void {
  const latinOwner = new Map<string, number>();
  candidates.forEach((c, n) => {
    const latin = c.aliases.filter((a) => !a.some((w) => ARABIC_BLOCK.test(w)));
    // A country is no place yet at this stage: its CLDR name says so.
    if (c.kind === 'person' || c.kind === 'place' || latin.length === 0 || latin.some((a) => a.length === 1 && isBridgedPlaceName(a[0]!))) return;
    for (const alias of c.aliases) if (alias.every((w) => ARABIC_BLOCK.test(w))) latinOwner.set(alias.join(' '), root(n));
  });
  if (latinOwner.size === 0) return;
  candidates.forEach((c, n) => {
    if (c.aliases.length === 0 || !c.aliases.every((a) => a.every((w) => ARABIC_BLOCK.test(w)))) return;
    let owner: number | undefined;
    for (const alias of c.aliases) {
      if (alias.length < 2) continue;
      const head = data.orgHeads.match(alias.map((key) => ({ key }) as CaseText['tokens'][number]), 0)?.length ?? 0;
      // «مؤتمر الأمم المتحدة»: a conference X holds is not X.
      if (head > 0 && data.eventHeads.has(alias[head - 1]!)) continue;
      const afterHead = alias.slice(head);
      // «وكالة X التركية»: the country's adjective after the name says whose body it is, X names it.
      const ownersAdjective = afterHead.length > 1 && countryOfSingularAdjective(afterHead.at(-1)!, adjectivalPlurals) !== undefined;
      const rest = ownersAdjective ? afterHead.slice(0, -1) : afterHead;
      // «البرلمان العراقي»: a country's or a region's adjective qualifies the head, it names no body.
      const last = rest.at(-1);
      const qualifies = last !== undefined && (scriptOf(last)?.relationalEndings.some((e) => last.endsWith(e)) === true || rest.some((w) => placeNameFor(w) !== undefined));
      const named = head > 0 && last !== undefined && !qualifies ? latinOwner.get(rest.join(' ')) : undefined;
      if (named !== undefined && named !== n) owner = named;
      if (owner !== undefined) break;
    }
    if (owner !== undefined) mergeCandidateInto(candidates[owner]!, c);
  });
}

/** Positions of each word in some texts (the first `MAX_POSITIONS` of each), built once per case side. */
type WordIndex = Map<string, { text: CaseText; first: number }[]>;
const MAX_POSITIONS = 64;
const wordIndexes = new WeakMap<readonly CaseText[], WordIndex>();

function wordIndex(texts: readonly CaseText[]): WordIndex {
  let index = wordIndexes.get(texts);
  if (index) return index;
  index = new Map();
  for (const text of texts) {
    text.tokens.forEach((token, first) => {
      const list = index!.get(token.key) ?? index!.set(token.key, []).get(token.key)!;
      if (list.length < MAX_POSITIONS) list.push({ text, first });
    });
  }
  wordIndexes.set(texts, index);
  return index;
}

/** Where a run of words occurs in some texts: text and first token, the first `MAX_CONTEXTS`. */
function occurrences(texts: readonly CaseText[], words: readonly string[]): { text: CaseText; first: number }[] {
  const found: { text: CaseText; first: number }[] = [];
  for (const o of wordIndex(texts).get(words[0]!) ?? []) {
    if (words.every((w, k) => o.text.tokens[o.first + k]?.key === w)) found.push(o);
    if (found.length >= MAX_CONTEXTS) break;
  }
  return found;
}

/** Words either side of a name that may be the head noun naming what it is ("Shorouk news agency", "the Nour Party"). */
const HEAD_REACH = 2;

/** Whether a word within `HEAD_REACH` of the one-word name, unbroken by punctuation, passes `isHead`. */
function besideLatinName(texts: readonly CaseText[], name: string, isHead: (key: string) => boolean): boolean {
  for (const { text, first } of occurrences(texts, [name])) {
    const { tokens } = text;
    for (let k = first + 1; k <= first + HEAD_REACH && k < tokens.length && !tokens[k]!.breakBefore; k++) if (isHead(tokens[k]!.key)) return true;
    for (let k = first - 1; k >= first - HEAD_REACH && k >= 0 && !tokens[k + 1]!.breakBefore; k--) if (isHead(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * The anchors that can tie two contexts across languages, each with what it counts for: a figure or a
 * date (not a bare year or weekday) or a long name skeleton counts whole, a word the bridge translates half.
 */
function contextAnchors(text: CaseText, first: number, length: number, wordWeight: number, names?: NamesAcrossScripts, namesOnly = false): Map<string, number> {
  const { tokens } = text;
  const keys = new Map<string, number>();
  // Actors already named in both scripts: standing beside one on both sides counts as a shared name.
  if (names) nameAnchors(tokens, first, length, CONTEXT_WORDS, names, keys);
  if (namesOnly) return keys;
  const from = tokens[Math.max(0, first - CONTEXT_WORDS)]!.start;
  const to = tokens[Math.min(tokens.length - 1, first + length - 1 + CONTEXT_WORDS)]!.end;
  for (const { key, weight } of claimAnchors(text.text.slice(from, to), text.lang)) {
    if ((key.startsWith('q:') && !key.startsWith('q:year:') && !key.startsWith('q:weekday:')) || (key.startsWith('s:') && key.length >= 6)) keys.set(key, 1);
    // A word's derived forms ("entered" → "entrance") are too loose to vouch for a name.
    else if (key.startsWith('w:') && wordWeight > 0 && weight > DERIVED_WEIGHT) keys.set(key, wordWeight);
  }
  return keys;
}

/**
 * Whether an Arabic run and a Latin name stand, somewhere in the case, near the same figures, dates or
 * names: a short skeleton alone is too easily shared.
 */
export function sharesContext(
  arabicTexts: readonly CaseText[],
  arabicWords: readonly string[],
  latinTexts: readonly CaseText[],
  latinWords: readonly string[],
  wordWeight = WORD_ANCHOR,
  names?: NamesAcrossScripts,
  namesOnly = false,
): boolean {
  const latin = occurrences(latinTexts, latinWords).map((o) => contextAnchors(o.text, o.first, latinWords.length, wordWeight, names, namesOnly));
  if (latin.length === 0) return false;
  for (const o of occurrences(arabicTexts, arabicWords)) {
    const arabic = contextAnchors(o.text, o.first, arabicWords.length, wordWeight, names, namesOnly);
    for (const keys of latin) {
      let shared = 0;
      for (const [key, weight] of arabic) if (keys.has(key) && (shared += weight) >= MIN_SHARED_ANCHORS) return true;
    }
  }
  return false;
}

/** Longest common-noun phrase of a Latin article tried against an institution's name. */
const MAX_COMMON_WORDS = 3;

/**
 * Institutions the Arabic articles name by a generic head ("الجيش الفالوري", "البنك المركزي") that the
 * Latin articles name by a common noun ("the Valorian army", "the central bank", "the army"): each such
 * phrase after a determiner becomes a mention of the Arabic candidate when its words translate one of the
 * candidate's names (names are matched as across scripts), or when it is the bare head noun and one
 * institution of the case alone has that head. Latin-script names have capitals, so these phrases are
 * never names of their own; a phrase another mention covers is left alone.
 * @example commonNounMentions(texts, candidates, mentions) // [{ actor: 3, article: 1, first: 8, last: 9, kind: 'coref' }]
 */
export function commonNounMentions(texts: readonly CaseText[], candidates: readonly ActorCandidate[], mentions: readonly Mention[]): Mention[] {
  const arabicTexts = texts.filter((t) => t.tokens.some((tok) => ARABIC_BLOCK.test(tok.key)));
  if (arabicTexts.length === 0 || arabicTexts.length === texts.length) return [];
  const latinTexts = texts.filter((t) => !arabicTexts.includes(t));
  // Institutions of the Arabic articles: their names (content words) and their head's English words.
  const names: { owner: number; words: ArabicWord[] }[] = [];
  const { byHead, latinHeads } = institutionHeads(candidates);
  candidates.forEach((c, n) => {
    if (c.kind !== 'org' || !c.head || c.aliases.length === 0 || !ARABIC_BLOCK.test(c.head)) return;
    for (const alias of c.aliases) {
      if (!alias.every((w) => ARABIC_BLOCK.test(w)) || alias.length > MAX_COMMON_WORDS) continue;
      const content = alias.filter((w) => !isStopword(w, 'ar'));
      if (content.length > 0) names.push({ owner: n, words: content.map(arabicWord) });
    }
  });
  // Candidates named by a CLDR phrase ("الجنيه المصري"): English writes it in lower case ("the Egyptian
  // pound"), which the name finder does not take for a name.
  const byCldrPhrase = new Map<string, number>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.length < 2 || !alias.every((w) => ARABIC_BLOCK.test(w))) continue;
      const english = phraseNameFor(alias);
      if (english !== undefined) byCldrPhrase.set(english, n);
    }
  });
  if (names.length === 0 && byCldrPhrase.size === 0) return [];
  const byStem = new Map<string, typeof names>();
  for (const name of names) for (const key of new Set(name.words.flatMap((w) => w.stems.map((s) => s.slice(0, 4))))) (byStem.get(key) ?? byStem.set(key, []).get(key)!).push(name);
  const occupied = new Map<number, Set<number>>();
  for (const m of mentions) {
    const set = occupied.get(m.article) ?? occupied.set(m.article, new Set()).get(m.article)!;
    for (let k = m.first; k <= m.last; k++) set.add(k);
  }
  const found: Mention[] = [];
  const phraseOwners = new Map<string, number | undefined>();
  for (const text of latinTexts) {
    const { tokens, data } = text;
    const taken = occupied.get(text.articleIndex) ?? new Set<number>();
    for (let i = 1; i < tokens.length; i++) {
      if (!data.determiners.has(tokens[i - 1]!.key) || tokens[i]!.breakBefore) continue;
      for (let n = Math.min(MAX_COMMON_WORDS, tokens.length - i); n >= 1; n--) {
        const phrase = tokens.slice(i, i + n);
        const last = phrase[n - 1]!;
        // A common noun ends the phrase; a capitalised word may stand before it ("the Valorian army").
        if (last.capitalised || phrase.some((t, k) => (k > 0 && t.breakBefore) || taken.has(i + k) || isStopword(t.key, text.lang))) continue;
        const keys = phrase.map((t) => t.key);
        const phraseKey = keys.join(' ');
        let owner = byCldrPhrase.get(phraseKey);
        if (owner === undefined) {
          // The indexes do not change while the texts are read: each distinct phrase is decided once.
          if (!phraseOwners.has(phraseKey)) phraseOwners.set(phraseKey, commonNounOwner(keys, byStem, byHead, latinHeads));
          owner = phraseOwners.get(phraseKey);
        }
        if (owner === undefined) continue;
        found.push({ actor: owner, article: text.articleIndex, first: i, last: i + n - 1, kind: 'coref', headFirst: i + n - 1, headLast: i + n - 1 });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The one Arabic institution a Latin common-noun phrase stands for, if any. */
function commonNounOwner(
  keys: readonly string[],
  byStem: ReadonlyMap<string, readonly { owner: number; words: ArabicWord[] }[]>,
  byHead: ReadonlyMap<string, ReadonlySet<number>>,
  latinHeads: ReadonlySet<string>,
): number | undefined {
  const latin = keys.map(latinWord);
  const owners = new Set<number>();
  for (const name of new Set(latin.flatMap((w) => w.stems.flatMap((s) => byStem.get(s.slice(0, 4)) ?? [])))) if (translates(name.words, latin)) owners.add(name.owner);
  if (owners.size === 0 && keys.length === 1 && !latinHeads.has(keys[0]!)) for (const n of byHead.get(keys[0]!) ?? []) owners.add(n);
  return owners.size === 1 ? [...owners][0] : undefined;
}
