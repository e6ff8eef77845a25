/**
 * Content terms of a text for matching across outlets: word tokens, folded (spelling variants
 * collapse), stop words dropped, light-stemmed so "المفاوضات"/"مفاوضات" and "negotiations"/"negotiated"
 * meet. Language knowledge comes from lang/<code>/stopwords.json and a stemmer registered per language.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch, wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { arabicLightStem, stripKnownClitic } from '../lang/ar/stem.ts';
import arRoles from '../lang/ar/roles.json' with { type: 'json' };
import enRoles from '../lang/en/roles.json' with { type: 'json' };

interface StopwordFile {
  language: LanguageCode;
  words: string[];
  /** Conjunctions written glued to the next word (Arabic و, ف). */
  gluedConjunctions?: string[];
}

/** Stop-word lists per language (lang/<code>/stopwords.json). */
const STOPWORD_FILES: readonly StopwordFile[] = LANGUAGES.map((l) => l.stopwords);

/** Stemmers per language (input: a folded token). Languages without one match on folded forms. */
const STEMMERS: Record<LanguageCode, (folded: string) => string> = {
  ar: arabicLightStem,
  en: englishStemmer,
};

/** Languages that glue clitics to words: strip them when the bare word occurs in the case. */
const CLITIC_STRIPPERS: Record<LanguageCode, (folded: string, isKnown: (rest: string) => boolean) => string> = {
  ar: stripKnownClitic,
};

const stopwordSets = new Map<LanguageCode, Set<string>>();

/** The folded stop words of `lang` (empty for a language without a list). */
export function stopwords(lang: LanguageCode): ReadonlySet<string> {
  let set = stopwordSets.get(lang);
  if (!set) {
    const file = STOPWORD_FILES.find((f) => f.language === lang);
    set = new Set((file?.words ?? []).map(foldForMatch));
    stopwordSets.set(lang, set);
  }
  return set;
}

// Conjunctions a language glues to words ("وقال", "فإن") hide stop words from a plain lookup.
const gluedConjunctions = new Map<LanguageCode, readonly string[]>(STOPWORD_FILES.map((f) => [f.language, (f.gluedConjunctions ?? []).map(foldForMatch)]));

/** True when a folded token carries no content for matching in `lang`. */
export function isStopword(folded: string, lang: LanguageCode): boolean {
  const set = stopwords(lang);
  if (set.has(folded)) return true;
  // A loop, not `some` with a closure: this runs for every word of the case.
  for (const c of gluedConjunctions.get(lang) ?? NO_CONJUNCTIONS) if (folded.length >= c.length + 2 && folded.startsWith(c) && set.has(folded.slice(c.length))) return true;
  return false;
}

const NO_CONJUNCTIONS: readonly string[] = [];

interface SpellingFile {
  language: LanguageCode;
  /** Letters written or omitted inside words by different spellers. */
  weakLetters: string;
  minLength: number;
  /** Leading letters dropped from matching stems (derivational and verb prefixes). */
  matchPrefixes?: string;
  /** Irregular inflections → base word, before stemming ("led" → "lead"): no stemmer joins them. */
  forms?: Record<string, string>;
  /** Number words → digits ("twelve" → "12"), so a count written out meets one in figures. */
  numbers?: Record<string, string>;
  /** Letters of clitics glued to a figure ("بـ41" → "41"), dropped for matching. */
  figurePrefixes?: string;
  /** Scale words → value ("thousand" → 1000): a figure before one is multiplied ("three thousand" → "3000"); the scale word stays a term. */
  numberScales?: Record<string, number>;
  /** Every number word → value, for the parts of a compound joined by a connector ("two hundred and fifty"). */
  numberUnits?: Record<string, number>;
  /** Connectors glued to the next part of a compound number. */
  numberConnectors?: string[];
  /** Agreement suffixes of the past («ت», «وا»): taken off where the case knows the word without one. */
  pastSuffixes?: string[];
  /** Endings of a relational adjective («ـي», «ـية»): taken off where the case knows the noun it is made from. */
  nisbaSuffixes?: string[];
}

/** Spelling data per language (lang/<code>/spelling.json). */
const SPELLING_FILES: readonly SpellingFile[] = LANGUAGES.map((l) => l.spelling);
const weakPatterns = new Map<LanguageCode, { inner: RegExp; minLength: number } | null>();

/**
 * A folded word without its inner weak letters (long vowels some writers leave out), so spelling
 * variants meet; words shorter than the language's minimum are returned as they are.
 * @example spellingKey('اميركي', 'ar') === spellingKey('امريكي', 'ar') // 'امركي'
 */
export function spellingKey(folded: string, lang: LanguageCode, minLength?: number): string {
  let rule = weakPatterns.get(lang);
  if (rule === undefined) {
    const file = SPELLING_FILES.find((f) => f.language === lang);
    rule = file && file.weakLetters ? { inner: new RegExp(`(?<=.)[${file.weakLetters}](?=.)`, 'gu'), minLength: file.minLength } : null;
    weakPatterns.set(lang, rule);
  }
  if (!rule || folded.length < (minLength ?? rule.minLength)) return folded;
  return folded.replace(rule.inner, '');
}

const stemCaches = new Map<LanguageCode, Map<string, string>>();

/**
 * The matching stem of one folded token.
 * @example stemToken('المفاوضات', 'ar') === stemToken('مفاوضات', 'ar')
 */
export function stemToken(folded: string, lang: LanguageCode): string {
  const stem = STEMMERS[lang];
  if (!stem || /^\d/u.test(folded)) return folded;
  let cache = stemCaches.get(lang);
  if (!cache) stemCaches.set(lang, (cache = new Map()));
  let out = cache.get(folded);
  if (out === undefined) {
    out = stem(folded) || folded;
    if (cache.size < 200_000) cache.set(folded, out);
  }
  return out;
}

/** A content term of a text: its stem, and whether it is a number (years, counts: strong evidence). */
export interface Term {
  stem: string;
  numeric: boolean;
  start: number;
  end: number;
}

/**
 * The content terms of `text` in order (stop words and one-letter tokens dropped). `known`: folded
 * words of the whole case, so glued clitics are stripped only where the bare word exists.
 * @example contentTerms('The talks in Cairo failed.', 'en').map(t => t.stem) // ['talk', 'cairo', 'fail']
 */
export function contentTerms(text: string, lang: LanguageCode, known?: ReadonlySet<string>): Term[] {
  return termsOfTokens(wordTokens(text, lang), lang, known);
}

/** `contentTerms` over tokens already made (alignment tokenises each claim once). */
export function termsOfTokens(tokens: readonly Token[], lang: LanguageCode, known?: ReadonlySet<string>, cache?: Map<string, string | null>): Term[] {
  const terms: Term[] = [];
  const strip = known ? CLITIC_STRIPPERS[lang] : undefined;
  const compounds = compoundNumbers(lang);
  // Index of the last connector part a compound took in ("و" + "سبعين" after "ثلاثة"; «مئتين وخمسة وعشرين»):
  // it and the words before it are no terms of their own.
  let taken = -1;
  let norms: string[] | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (t <= taken) continue;
    // One decision per distinct word of the case: stop word (null) or its matching stem.
    let stem = cache?.get(token.norm);
    if (stem === undefined) {
      stem = termOf(token.norm, lang, strip && known ? (w) => strip(w, (rest) => known.has(rest)) : undefined);
      cache?.set(token.norm, stem);
    }
    if (stem === null) continue;
    const numeric = NUMBER.test(stem);
    let end = token.end;
    // Most tokens are no figure: the compound reader looks only past one.
    if (numeric && compounds && t + 1 < tokens.length) {
      norms ??= tokens.map((k) => k.norm);
      const folded = foldCompound(norms, t, stem, !NUMBER.test(token.norm), compounds);
      if (folded) {
        stem = folded.stem;
        if (folded.taken >= 0) {
          taken = folded.taken;
          end = tokens[taken]!.end;
        }
      }
    }
    terms.push({ stem, numeric, start: token.start, end });
  }
  return terms;
}

interface CompoundWords {
  scales: ReadonlyMap<string, number>;
  units: ReadonlyMap<string, number>;
  connectors: readonly string[];
}

const compoundMaps = new Map<LanguageCode, CompoundWords | null>();

/** A language's words for compound numbers (null where its spelling data lists no scales). */
function compoundNumbers(lang: LanguageCode): CompoundWords | null {
  let got = compoundMaps.get(lang);
  if (got === undefined) {
    const file = spellingFile(lang);
    const folded = (words: Record<string, number> | undefined) => new Map(Object.entries(words ?? {}).map(([w, v]) => [foldForMatch(w), v]));
    got = file?.numberScales ? { scales: folded(file.numberScales), units: folded(file.numberUnits), connectors: (file.numberConnectors ?? []).map((c) => foldForMatch(c)) } : null;
    compoundMaps.set(lang, got);
  }
  return got;
}

/**
 * The one figure a compound number starting at word `t` (term `stem`) states: a figure before a scale
 * word is multiplied ("3 آلاف", «ثلاثة آلاف» → 3000); a number word followed by a connector and a
 * smaller part adds it («مئتان وخمسون» → 250, «ثلاثة وسبعين» → 73: a unit before its tens). "3 و5"
 * (digits: "between 3 and 5") adds nothing. `taken`: the index of the last word it took, or -1.
 */
function foldCompound(norms: readonly string[], t: number, stem: string, word: boolean, words: CompoundWords): { stem: string; taken: number } | null {
  let value = Number(stem);
  if (!Number.isFinite(value)) return null;
  const sum = word ? connectorSum(norms, t, value, words) : null;
  const taken = sum ? sum.taken : -1;
  if (sum) value = sum.value;
  const scaleAt = nextWord(norms, taken >= 0 ? taken : t);
  const scale = scaleAt < norms.length ? words.scales.get(norms[scaleAt]!) : undefined;
  if (scale !== undefined && value < scale) value *= scale;
  else if (taken < 0) return null;
  return { stem: String(Math.round(value * 1e6) / 1e6), taken };
}

/**
 * The sum of a number word of value `value` at word `t` and the parts after its connectors («ثلاثة
 * وسبعين» → 73, «مئتان وخمسون» → 250, «ألفين وواحد وعشرين» → 2021: a part smaller than a round hundred
 * or thousand before it, tens after a unit), with the index of the last part; null where none follows.
 * A connector may be written apart («ثلاثة و سبعين») and a diacritic written apart (an empty word:
 * «ثلاثة ً و سبعين») is passed over.
 */
function connectorSum(norms: readonly string[], t: number, value: number, words: CompoundWords): { value: number; taken: number } | null {
  let total = value;
  let last = value;
  let taken = -1;
  for (let at = nextWord(norms, t); at < norms.length; ) {
    const next = norms[at]!;
    const c = words.connectors.find((x) => next.startsWith(x));
    if (c === undefined) break;
    const partAt = next === c ? nextWord(norms, at) : at;
    const part = partAt < norms.length ? words.units.get(next === c ? norms[partAt]! : next.slice(c.length)) : undefined;
    if (part === undefined || !Number.isInteger(part)) break;
    if (!((last >= 100 && last % 100 === 0 && part < last) || (last < 10 && part >= 20 && part < 100 && part % 10 === 0))) break;
    total += part;
    last = part;
    taken = partAt;
    at = nextWord(norms, partAt);
  }
  return taken < 0 ? null : { value: total, taken };
}

/** The value of a number word, with one or two clitic letters glued before it or none («بثلاثة» → 3). */
function unitWord(norm: string, words: CompoundWords, prefixes = ''): number | undefined {
  for (let k = 0; k <= 2 && k < norm.length; k++) {
    const value = words.units.get(k ? norm.slice(k) : norm);
    if (value !== undefined) return value;
    if (!prefixes.includes(norm[k]!)) return undefined;
  }
  return undefined;
}

/** The index of the first non-empty word after `k` (an empty one is a mark written apart). */
function nextWord(norms: readonly string[], k: number): number {
  let n = k + 1;
  while (n < norms.length && norms[n] === '') n++;
  return n;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/u;

function termOf(norm: string, lang: LanguageCode, strip: ((w: string) => string) | undefined): string | null {
  if (NUMBER.test(norm)) return norm;
  const file = spellingFile(lang);
  const figure = file?.figurePrefixes ? gluedFigure(norm, file.figurePrefixes) : null;
  if (figure !== null) return figure;
  const number = file?.numbers ? numberWords(lang, file.numbers).get(norm) : undefined;
  if (number !== undefined) return number;
  if (norm.length < 2 || isStopword(norm, lang)) return null;
  const base = file?.forms?.[norm] ?? (strip ? strip(norm) : norm);
  // Stems are short: their spelling key applies from four letters ("مليش" and "ميليش" meet).
  return dropMatchPrefix(spellingKey(stemToken(base, lang), lang, 4), lang);
}

/** The figure of a token that is one or two clitic letters glued to a figure ("ب41" → "41"), else null. */
function gluedFigure(norm: string, prefixes: string): string | null {
  let k = 0;
  while (k < 2 && k < norm.length && prefixes.includes(norm[k]!)) k++;
  if (k === 0) return null;
  const rest = norm.slice(k);
  return NUMBER.test(rest) ? rest : null;
}

const numberWordMaps = new Map<LanguageCode, ReadonlyMap<string, string>>();

/** A language's number words (spelling.numbers) keyed folded, as the words they are looked up by. */
function numberWords(lang: LanguageCode, words: Record<string, string>): ReadonlyMap<string, string> {
  let map = numberWordMaps.get(lang);
  if (!map) numberWordMaps.set(lang, (map = new Map(Object.entries(words).map(([word, digits]) => [foldForMatch(word), digits]))));
  return map;
}

const spellingFiles = new Map<LanguageCode, SpellingFile | undefined>();

function spellingFile(lang: LanguageCode): SpellingFile | undefined {
  if (!spellingFiles.has(lang)) spellingFiles.set(lang, SPELLING_FILES.find((f) => f.language === lang));
  return spellingFiles.get(lang);
}

/**
 * Letters a word and its key keep once a past suffix or a relational adjective's ending is taken off
 * (`suffixKey`): a radical «ت» (ثبت، البيت) or «ي» is no suffix.
 */
const MIN_SUFFIX_STEM = 3;

const suffixLists = new Map<string, readonly string[] | null>();

/** One of a language's suffix lists of spelling.json, folded, longest first; null for none. */
function suffixList(lang: LanguageCode, field: 'pastSuffixes' | 'nisbaSuffixes'): readonly string[] | null {
  const id = `${lang} ${field}`;
  let got = suffixLists.get(id);
  if (got === undefined) {
    const suffixes = (spellingFile(lang)?.[field] ?? []).map((s) => foldForMatch(s));
    got = suffixes.length ? suffixes.sort((a, b) => b.length - a.length) : null;
    suffixLists.set(id, got);
  }
  return got;
}

const prefixSets = new Map<LanguageCode, string>();

/** Drops leading derivational/verb-prefix letters from a matching key while it keeps four letters or more. */
function dropMatchPrefix(key: string, lang: LanguageCode): string {
  let prefixes = prefixSets.get(lang);
  if (prefixes === undefined) {
    prefixes = SPELLING_FILES.find((f) => f.language === lang)?.matchPrefixes ?? '';
    prefixSets.set(lang, prefixes);
  }
  // Up to two: "يتراجع" → "ترجع" → "رجع" meets "تراجع" → "رجع".
  for (let n = 0; n < 2 && key.length >= 4 && prefixes.includes(key[0]!); n++) key = key.slice(1);
  return key;
}

/**
 * The matching keys of a case's words, in two passes: `add` every word first, then ask for `stems`.
 * A glued clitic is stripped when the bare word's key occurs in the case ("لليرة" → "ليرة" because
 * "الليرة" is there, "وترقب" → "ترقب" because "يترقب" is), never blindly ("وزير", "وفد").
 */
export class CaseTerms {
  private readonly baseKeys = new Map<string, string | null>();
  private readonly finalKeys = new Map<string, string | null>();
  private readonly keys = new Set<string>();
  /** The parts' keys of hyphenated compounds (marked COMPOUND in finalKeys). */
  private readonly compoundKeys = new Map<string, string[]>();
  /** The word lists added (kept by reference), read once for the compounds the case also writes apart. */
  private readonly texts: (readonly string[])[] = [];
  private spaced: Set<string> | null = null;
  /** The folded phrases naming basis points (null: figures stay as written). */
  private readonly basisPoints: readonly (readonly string[])[] | null;
  /** The folded percent words after a figure, keyed as one term (null: kept as words). */
  private readonly percent: readonly (readonly string[])[] | null;
  private readonly strip: ((folded: string, isKnown: (rest: string) => boolean) => string) | undefined;
  /** The language's past suffixes, longest first (null: none or off). */
  private readonly past: readonly string[] | null;
  /** The language's endings of a relational adjective, longest first (null: none or off). */
  private readonly nisba: readonly string[] | null;
  /** The language's number words and connectors, for compounds keyed as one figure (null: none or off). */
  private readonly figures: CompoundWords | null;
  /** The language's words making a figure after them a bound (numbers.json `bounds`; null: none or off). */
  private readonly bounds: readonly BoundPhrase[] | null;
  private readonly isKnown = (rest: string): boolean => {
    const key = this.baseKey(rest);
    return key !== null && this.keys.has(key);
  };

  /**
   * `compounds`: which hyphenated compounds the case also writes apart are split ('off': every word is
   * one key); `basisPoints`: a figure before the name of basis points keys as its percentage; `percent`:
   * a percent word after a figure ("بالمئة", "بالمائة", "per cent") is one term, `PERCENT_TERM`, so the
   * spellings of one share meet (the sign "%" is no word: it stays out); `past`: a verb with a past suffix is
   * keyed as the word without it where the case has that key (`suffixKey`); `figures`: a number word, its
   * connector and the part after it are one figure term («ثلاثة و سبعين» → 73, `connectorSum`); `bounds`:
   * a figure after a word of bound or approximation ("more than 70", "about 31") keys with its mark
   * (">70", "~31"), which align/figure-grain.ts lets meet the figures it allows; `nisba`: a relational
   * adjective is keyed as the noun it is made from where the case has that key («الإيراني» as «إيران»).
   */
  constructor(
    private readonly lang: LanguageCode,
    private readonly compounds: CompoundSplit = 'off',
    basisPoints = false,
    percent = false,
    past = false,
    figures = false,
    bounds = false,
    nisba = false,
  ) {
    this.strip = CLITIC_STRIPPERS[lang];
    this.nisba = nisba ? suffixList(lang, 'nisbaSuffixes') : null;
    this.bounds = bounds ? boundPhrases(lang) : null;
    this.figures = figures ? compoundNumbers(lang) : null;
    this.past = past ? suffixList(lang, 'pastSuffixes') : null;
    this.basisPoints = basisPoints ? basisPointPhrases(lang) : null;
    this.percent = percent ? percentPhrases(lang) : null;
  }

  /** Keys folded to another key (one name spelled two ways, see `foldKeys`). */
  private folds: ReadonlyMap<string, string> | null = null;

  /**
   * Folds keys to others from now on ("تشيليكدار" keyed as "جيليكدار": two spellings of one name the
   * entities stage joined). Set after every word is added, before any key is asked for.
   */
  foldKeys(folds: ReadonlyMap<string, string>): void {
    this.folds = folds.size ? folds : null;
  }

  /** Registers words of the case (first pass). */
  add(norms: readonly string[]): void {
    if (this.compounds !== 'off') this.texts.push(norms);
    if (!this.strip) return;
    for (const norm of norms) {
      if (this.baseKeys.has(norm)) continue;
      const key = this.baseKey(norm);
      if (key !== null) this.keys.add(key);
    }
  }

  /**
   * The matching stems of words, stop words dropped (second pass); a hyphenated compound gives its parts'
   * stems; a figure before the name of basis points is the percentage it states ("600 basis points" → 6,
   * the name dropped as "%" is), as the quantities reader folds it.
   */
  stems(norms: readonly string[]): string[] {
    const out: string[] = [];
    for (let n = 0; n < norms.length; n++) {
      const norm = norms[n]!;
      let key = this.finalKeys.get(norm);
      if (key === undefined) key = this.resolve(norm);
      // A number word opens a compound even where it is a stop word alone («واحد وعشرين» → 21).
      const unit = this.figures ? unitWord(norm, this.figures, spellingFile(this.lang)?.figurePrefixes) : undefined;
      const sum = unit !== undefined ? connectorSum(norms, n, unit, this.figures!) : null;
      if (sum) {
        key = String(sum.value);
        n = sum.taken;
      }
      if (key === COMPOUND) out.push(...this.compoundKeys.get(norm)!);
      else if (key !== null) {
        if (this.folds) key = this.folds.get(key) ?? key;
        // Most words are no figure: the phrase is looked up only past one.
        const code = key.charCodeAt(0);
        const figure = code >= 48 && code <= 57 && n + 1 < norms.length;
        const skip = this.basisPoints && figure ? phraseAt(norms, n + 1, this.basisPoints) : 0;
        if (skip > 0 && NUMBER.test(key)) {
          out.push(String(Math.round(Number(key.replace(',', '.')) * 100) / 10_000));
          n += skip;
        } else {
          const bound = this.bounds && code >= 48 && code <= 57 && n > 0 && NUMBER.test(key) ? boundBefore(norms, n, this.bounds) : '';
          out.push(bound ? `${bound}${key}` : key);
          const percent = this.percent && figure && NUMBER.test(key) ? phraseAt(norms, n + 1, this.percent) : 0;
          if (percent > 0) {
            out.push(PERCENT_TERM);
            n += percent;
          }
        }
      }
    }
    return out;
  }

  /** The matching key of one folded word (null for a stop word), after every word of the case is added. */
  key(norm: string): string | null {
    let key = this.finalKeys.get(norm);
    if (key === undefined) key = this.resolve(norm);
    // One key asked for a compound (predicate lookups): the whole word's, as before compounds were split.
    const got = key === COMPOUND ? this.wholeKey(norm) : key;
    return got !== null && this.folds ? (this.folds.get(got) ?? got) : got;
  }

  /** Memoises a word's key, or COMPOUND with its parts' keys kept in compoundKeys. */
  private resolve(norm: string): string | null {
    const parts = compoundParts(norm, this.compounds);
    if (parts && !this.writtenApart(norm)) {
      const key = this.wholeKey(norm);
      this.finalKeys.set(norm, key);
      return key;
    }
    let key: string | null;
    if (parts) {
      const keys: string[] = [this.wholeKey(norm)!];
      for (const part of parts) {
        const k = this.wholeKey(part);
        if (k !== null) keys.push(k);
      }
      this.compoundKeys.set(norm, keys);
      key = COMPOUND;
    } else key = this.wholeKey(norm);
    this.finalKeys.set(norm, key);
    return key;
  }

  /**
   * Whether the case also writes the compound's parts as adjacent words ("interest-rate" and "interest
   * rates"): only then is it split. A name's compound ("pro-X", "X-linked") written one way keeps its own
   * key, so the name does not meet every claim naming X. The index of adjacent pairs is built once, for
   * the pairs that start with a compound's first part.
   */
  private writtenApart(norm: string): boolean {
    if (!this.spaced) {
      const heads = new Set<string>();
      for (const norms of this.texts) for (const w of norms) if (w.includes('-') && HYPHENATED.test(w)) heads.add(w.slice(0, w.indexOf('-')));
      this.spaced = new Set();
      for (const norms of this.texts) for (let k = 0; k + 1 < norms.length; k++) if (heads.has(norms[k]!)) this.spaced.add(`${norms[k]}-${this.pairKey(norms[k + 1]!)}`);
    }
    const cut = norm.lastIndexOf('-');
    return this.spaced.has(`${norm.slice(0, cut)}-${this.pairKey(norm.slice(cut + 1))}`);
  }

  /** The second word of a pair by its key, so "rates" written apart meets "-rate" in the compound. */
  private pairKey(norm: string): string {
    return this.wholeKey(norm) ?? norm;
  }

  private wholeKey(norm: string): string | null {
    const bare = this.strip ? this.strip(norm, this.isKnown) : norm;
    const key = this.baseKey(bare);
    if (key === null) return key;
    const past = this.past ? this.suffixKey(bare, key, this.past) : key;
    return past === key && this.nisba ? this.suffixKey(bare, key, this.nisba) : past;
  }

  /**
   * The key of the word without one of `suffixes` where another word of the case has that key, else
   * `key`. Past suffixes (spelling.json `pastSuffixes`): «أعلنت» keyed as «أعلن» beside it, «انتهكت» as
   * «انتهاك» — the verb's agreement suffix would keep two forms of one word apart. The endings of a
   * relational adjective (`nisbaSuffixes`): «الإيراني» keyed as «إيران», «البرلمانية» as «البرلمان» — the
   * stemmer takes the noun's «ان»/«ين» for a dual or plural ending, not the adjective's.
   */
  private suffixKey(bare: string, key: string, suffixes: readonly string[]): string {
    for (const suffix of suffixes) {
      if (!bare.endsWith(suffix) || bare.length - suffix.length < MIN_SUFFIX_STEM) continue;
      const other = this.baseKey(bare.slice(0, -suffix.length));
      // A figure's key is no noun an adjective is made from («مليوني», two million, is no «مليون»).
      if (other !== null && other !== key && other.length >= MIN_SUFFIX_STEM && !NUMBER.test(other) && this.keys.has(other)) return other;
    }
    return key;
  }

  /** The keys of words before every word of the case is added (not cached: the answer may still change). */
  peek(norms: readonly string[]): string[] {
    const out: string[] = [];
    for (const norm of norms) {
      const memo = this.finalKeys.get(norm);
      const key = memo !== undefined && memo !== COMPOUND ? memo : this.baseKey(this.strip ? this.strip(norm, this.isKnown) : norm);
      if (key !== null) out.push(key);
    }
    return out;
  }

  private baseKey(norm: string): string | null {
    let key = this.baseKeys.get(norm);
    if (key === undefined) {
      key = plainTerm(norm, this.lang);
      this.baseKeys.set(norm, key);
    }
    return key;
  }
}

const BASIS_POINT_FILES: readonly { language: string; basisPoints?: string[] }[] = [arRoles, enRoles];
const basisPointLists = new Map<LanguageCode, readonly (readonly string[])[] | null>();

/** A language's phrases naming a hundredth of a percentage point (lang/<code>/roles.json), folded; null for none. */
function basisPointPhrases(lang: LanguageCode): readonly (readonly string[])[] | null {
  let got = basisPointLists.get(lang);
  if (got === undefined) {
    const phrases = (BASIS_POINT_FILES.find((f) => f.language === lang)?.basisPoints ?? []).map((p) => foldForMatch(p).trim().split(/\s+/u));
    got = phrases.length ? phrases : null;
    basisPointLists.set(lang, got);
  }
  return got;
}

/** The one term of every percent word after a figure. */
export const PERCENT_TERM = '%';

const percentLists = new Map<LanguageCode, readonly (readonly string[])[] | null>();

/** A language's percent words (lang/<code>/numbers.json `percent`), folded, longest first; the sign, which is no word, left out. */
function percentPhrases(lang: LanguageCode): readonly (readonly string[])[] | null {
  let got = percentLists.get(lang);
  if (got === undefined) {
    const words = LANGUAGES.find((l) => l.code === lang)?.numbers.percent ?? [];
    const phrases = words.map((p) => foldForMatch(p).trim().split(/\s+/u)).filter((p) => p.every((w) => /\p{L}/u.test(w)));
    got = phrases.length ? phrases.sort((a, b) => b.length - a.length) : null;
    percentLists.set(lang, got);
  }
  return got;
}

/** A phrase making the figure after it a bound, and its mark (">" at least, "<" at most, "~" about). */
interface BoundPhrase {
  words: readonly string[];
  mark: string;
}

const boundLists = new Map<LanguageCode, readonly BoundPhrase[] | null>();

/** The folded bound phrases of a language (numbers.json `bounds`), longest first; null where it lists none. */
function boundPhrases(lang: LanguageCode): readonly BoundPhrase[] | null {
  let got = boundLists.get(lang);
  if (got === undefined) {
    const numbers = LANGUAGES.find((l) => l.code === lang)?.numbers as { bounds?: Record<string, string> } | undefined;
    const phrases = Object.entries(numbers?.bounds ?? {})
      .filter(([words]) => !words.startsWith('$'))
      .map(([words, mark]) => ({ words: foldForMatch(words).trim().split(/\s+/u), mark }));
    got = phrases.length ? phrases.sort((a, b) => b.words.length - a.words.length) : null;
    boundLists.set(lang, got);
  }
  return got;
}

/** The mark of the bound phrase that `norms` spell just before index `at` ('' for none). */
function boundBefore(norms: readonly string[], at: number, phrases: readonly BoundPhrase[]): string {
  for (const p of phrases) if (at >= p.words.length && p.words.every((w, k) => norms[at - p.words.length + k] === w)) return p.mark;
  return '';
}

/** The number of words of the first of `phrases` that `norms` spell from index `at` (0: none). */
function phraseAt(norms: readonly string[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const p of phrases) if (at + p.length <= norms.length && p.every((w, k) => norms[at + k] === w)) return p.length;
  return 0;
}

/** The marker in CaseTerms' key memo of a hyphenated compound (its parts' keys are kept apart). */
const COMPOUND = '\u0000';

/** Letters (or digits) on both sides of a hyphen: a compound written with one. */
const HYPHENATED = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;
/** A part of a compound this short and not a figure is a particle ("al-", "el-", "co-"). */
const MIN_COMPOUND_PART = 3;

/** Which hyphenated compounds alignment splits: none, those with a figure part ("18-month"), or all ("interest-rate"). */
export type CompoundSplit = 'off' | 'figures' | 'all';

/**
 * The parts of a hyphenated compound ("18-month" → 18, month; "interest-rate" → interest, rate), so
 * it meets the words written apart. Null for a word without an inner hyphen, with a particle part, or
 * (`which` 'figures') without a figure part.
 */
export function compoundParts(norm: string, which: CompoundSplit = 'all'): string[] | null {
  if (which === 'off' || !norm.includes('-') || !HYPHENATED.test(norm)) return null;
  const parts = norm.split('-');
  if (which === 'figures' && !parts.some((p) => NUMBER.test(p))) return null;
  // A particle part ("al-", "el-") marks a name written with its article: one key, as the name.
  return parts.every((p) => p.length >= MIN_COMPOUND_PART || NUMBER.test(p)) ? parts : null;
}

// termOf without clitic stripping depends on the word and language only: shared by every case (a
// warm dashboard re-analysing a case should not stem its words again). Bounded like the stem cache.
const plainTermCaches = new Map<LanguageCode, Map<string, string | null>>();

function plainTerm(norm: string, lang: LanguageCode): string | null {
  let cache = plainTermCaches.get(lang);
  if (!cache) plainTermCaches.set(lang, (cache = new Map()));
  let key = cache.get(norm);
  if (key === undefined) {
    key = termOf(norm, lang, undefined);
    if (cache.size < 200_000) cache.set(norm, key);
  }
  return key;
}
