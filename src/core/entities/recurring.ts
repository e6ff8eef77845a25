/**
 * Names in languages that do not capitalise them, found without a title or a head noun to introduce
 * them: a word the case keeps repeating across its articles that no dictionary of the language knows
 * (after clitics, the article and inflections are taken off) is a name — a country, a group, a
 * person's surname. A word the case repeats right before such a name, in two articles, is a first name.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { cliticLength } from '../actors/labels.ts';
import { hasArticle } from '../actors/lexicon.ts';
import { arabicLightStem } from '../lang/ar/stem.ts';
import { isStopword } from '../align/terms.ts';
import arDictionary from '../lang/ar/dictionary.json';
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { entityData } from './data.ts';
import { placeNameFor } from './place-names.ts';

/** Light stems of each language's dictionary words (built from Arabic WordNet). */
const DICTIONARIES: Partial<Record<LanguageCode, { stems: string }>> = { ar: arDictionary };
const compiled = new Map<LanguageCode, ReadonlySet<string> | null>();

function dictionary(lang: LanguageCode): ReadonlySet<string> | null {
  let set = compiled.get(lang);
  if (set === undefined) {
    const file = DICTIONARIES[lang];
    set = file ? new Set(file.stems.split(' ')) : null;
    compiled.set(lang, set);
  }
  return set;
}

/**
 * Whether a word (folded, clitics off) is a form of a dictionary word of its language, taken back
 * through the language's dictionary forms (lang/<code>/entities.json): clitics, article, pronoun
 * endings, participles, verb endings and prefixes. True for a language without a dictionary.
 * @example isDictionaryWord('الحكومات', 'ar') === true
 */
export function isDictionaryWord(key: string, lang: LanguageCode): boolean {
  // A pure function of the word and the language's data, asked again for the same words (memoised).
  let memo = dictionaryWordMemo.get(lang);
  if (!memo || memo.size > MEMO_LIMIT) dictionaryWordMemo.set(lang, (memo = new Map()));
  let known = memo.get(key);
  if (known === undefined) memo.set(key, (known = dictionaryWord(key, lang)));
  return known;
}

const dictionaryWordMemo = new Map<LanguageCode, Map<string, boolean>>();
/** Words memoised per language before the memo starts again (bounds its memory). */
const MEMO_LIMIT = 100_000;

function dictionaryWord(key: string, lang: LanguageCode): boolean {
  const stems = dictionary(lang);
  const m = entityData(lang).dictionaryForms;
  if (!stems || !m) return true;
  const forms = new Set<string>([key]);
  const dropStart = (list: readonly string[], rest: number): void => {
    for (const f of [...forms]) for (const p of list) if (f.startsWith(p) && f.length - p.length >= rest) forms.add(f.slice(p.length));
  };
  const dropEnd = (list: readonly string[], rest: number): void => {
    for (const f of [...forms]) for (const e of list) if (f.endsWith(e) && f.length - e.length >= rest) forms.add(f.slice(0, -e.length));
  };
  // Glued conjunctions and prepositions, then the article.
  for (const p of m.clitics) if (key.startsWith(p) && key.length - p.length >= m.cliticRest) forms.add(key.slice(p.length));
  // An assimilated verb as written ("يجب" is "وجب"), never a form reached by taking more off.
  const av = m.assimilatedVerb;
  if (av) for (const f of [...forms]) for (const pre of av.prefixes) if (f.length === pre.length + 2 && f.startsWith(pre)) forms.add(`${av.dropped}${f.slice(pre.length)}`);
  for (const f of [...forms]) if (f.startsWith(m.article) && f.length >= m.articleMinLength) forms.add(f.slice(m.article.length));
  dropEnd(m.pronounEndings, m.pronounRest);
  // A dual in construct ("منطقتي سرت وY", two regions) is the noun with its feminine ending.
  for (const f of [...forms]) for (const [e, to] of m.constructEndings ?? []) if (f.endsWith(e) && f.length - e.length >= m.pronounRest) forms.add(f.slice(0, -e.length) + to);
  // Participles: the prefix off, the passive pattern's long vowel off, derived stems rewritten; an
  // adverbial participle's accusative ending ("مؤكدا") off first (only there: foreign names end so too).
  const p = m.participle;
  const acc = m.accusativeEnding ?? '';
  if (acc) for (const f of [...forms]) if (f.startsWith(p.prefix) && f.endsWith(acc) && f.length - acc.length >= (m.accusativeRest ?? 4)) forms.add(f.slice(0, -acc.length));
  for (const f of [...forms]) {
    if (f.length < p.minLength || !f.startsWith(p.prefix)) continue;
    forms.add(f.slice(p.prefix.length));
    if (f[p.passiveIndex] === p.passiveLetter) forms.add(f.slice(p.prefix.length, p.passiveIndex) + f.slice(p.passiveIndex + 1));
    for (const [from, to] of p.rewrites) if (f.startsWith(from)) forms.add(`${to}${f.slice(from.length)}`);
  }
  dropEnd(m.verbEndings, m.verbEndingRest);
  dropStart(m.verbPrefixes, m.verbPrefixRest);
  for (const f of [...forms]) for (const singular of patternForms(f, m.wordPatterns ?? [])) forms.add(singular);
  for (const f of forms) {
    if (stems.has(f) || stems.has(arabicLightStem(f))) return true;
    // A verb's past stem is its present stem with a letter in front where the present drops it.
    if (stems.has(arabicLightStem(`${m.pastPrefix}${f}`))) return true;
  }
  return false;
}

const patternCache = new Map<string, RegExp>();

/**
 * The forms a word would have in the dictionary if it were of one of the patterns ("C" a root letter):
 * a broken plural's singular ("حواجز" under ["CواCC", "CاCC"] → "حاجز"), a verbal noun's verb.
 * @example patternForms('صناديق', [['CCاCيC', 'CCCوC']]) // ['صندوق']
 */
export function patternForms(word: string, patterns: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  for (const [plural, singular] of patterns) {
    let re = patternCache.get(plural);
    if (!re) patternCache.set(plural, (re = new RegExp(`^${plural.replace(/C/gu, '(.)')}$`, 'u')));
    const m = re.exec(word);
    if (!m) continue;
    let n = 1;
    out.push(singular.replace(/C/gu, () => m[n++] ?? ''));
  }
  return out;
}

const numberWordSets = new Map<LanguageCode, ReadonlySet<string>>();

/**
 * Whether a word (folded, clitics off) is a number, a scale, a month or a weekday of its language's
 * numbers.json — with the article or the accusative ending too ("المئة", "ألفا", "آلاف"): a figure the
 * case repeats ("74 ألفا") is no name.
 * @example isNumberWord('الفا', 'ar') === true
 */
export function isNumberWord(key: string, lang: LanguageCode): boolean {
  let set = numberWordSets.get(lang);
  if (!set) {
    const n = LANGUAGES.find((l) => l.code === lang)?.numbers;
    // (Ordinals too, where the language lists them: «الخامس» of a date is no name.)
    const ordinals = n && 'ordinals' in n ? (n.ordinals as Record<string, number>) : {};
    const words = n ? [n.units, n.scales, n.months, n.weekdays, ordinals].flatMap((list) => Object.keys(list)) : [];
    set = new Set(words.map(foldForMatch).filter((w) => !w.includes(' ')));
    numberWordSets.set(lang, set);
  }
  if (set.has(key)) return true;
  const m = entityData(lang).dictionaryForms;
  if (!m) return false;
  const ending = m.accusativeEnding ?? '';
  const forms = [key, ...(key.startsWith(m.article) ? [key.slice(m.article.length)] : [])];
  return forms.some((f) => set.has(f) || (ending !== '' && f.endsWith(ending) && set.has(f.slice(0, -ending.length))));
}

/**
 * A function word with a glued conjunction or preposition before it, or a pronoun ending after it
 * ("بكل", "ضده"): never a name.
 * @example isGluedFunctionWord('ضده', 'ar') === true
 */
export function isGluedFunctionWord(key: string, lang: LanguageCode): boolean {
  const m = entityData(lang).dictionaryForms;
  if (!m) return false;
  return (
    m.clitics.some((p) => key.startsWith(p) && key.length - p.length >= 2 && isStopword(key.slice(p.length), lang)) ||
    m.pronounEndings.some((e) => key.endsWith(e) && key.length - e.length >= 2 && isStopword(key.slice(0, -e.length), lang))
  );
}

/** Articles a word must be repeated in (one article: occurrences) before it is taken for a name. */
const MIN_ARTICLES = 2;
const MIN_OCCURRENCES_ALONE = 3;

interface Seen {
  count: number;
  articles: Set<number>;
  /** Occurrences right after a definite word, as an adjective stands ("الحكومة الإيرانية"). */
  afterDefinite: number;
  /** Occurrences right after a content word ("معارك عنيفة"). */
  afterWord: number;
  spellings: Map<string, number>;
  /** The word before it, where it may be a first name: word → articles. */
  before: Map<string, Set<number>>;
  beforeSpelling: Map<string, string>;
  /** The word right before each occurrence ('' at a break): one common word before every occurrence makes a fixed phrase. */
  preceding: Map<string, number>;
  /** Occurrences right after a word written with the indefinite ending ("أميركياً رفيع"): inside an indefinite noun phrase. */
  afterIndefinite: number;
}

/**
 * Name candidates of texts written without capitals that no title or head noun introduced. Words
 * already part of a candidate's name are skipped; a word that ends an organisation's name
 * ("جماعة X") becomes that organisation's alias.
 * @example discoverRecurringNames(texts, candidates) // [{ kind: 'other', aliases: [['طهران']], … }]
 */
export function discoverRecurringNames(texts: readonly CaseText[], candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const arabicTexts = texts.filter((c) => !c.data.capitalisedNames && dictionary(c.lang) && entityData(c.lang).dictionaryForms);
  if (!arabicTexts.length) return [];
  const taken = new Set<string>();
  for (const c of candidates) for (const a of c.aliases) for (const w of a) taken.add(w);
  const seen = new Map<string, Seen>();
  const out: ActorCandidate[] = [];
  const verdict = new Map<string, boolean>();
  for (const c of arabicTexts) {
    const { tokens, data, lang } = c;
    const places = entityData(lang);
    const forms = places.dictionaryForms!;
    const conj = places.listConjunction;
    const letters = new RegExp(forms.letters, 'u');
    const indefiniteMark = forms.indefiniteMarks ? new RegExp(`[${forms.indefiniteMarks}]`, 'u') : null;
    const isName = (i: number): boolean => {
      const key = tokens[i]!.key;
      let v = verdict.get(key);
      if (v === undefined) {
        v =
          key.length >= 3 &&
          letters.test(key) &&
          !isStopword(key, lang) &&
          !data.isDefinite(key.startsWith(forms.article) ? key.slice(forms.article.length) : key) &&
          !places.notPlaces.has(key) &&
          !places.functionWords.has(key) &&
          !isNumberWord(key, lang) &&
          !isGluedFunctionWord(key, lang) &&
          !isDictionaryWord(key, lang);
        verdict.set(key, v);
      }
      return v && !data.labels.match(tokens, i) && !data.personTitles.match(tokens, i) && !data.orgHeads.match(tokens, i) && !data.forceHeads.match(tokens, i);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (taken.has(t.key) || !isName(i)) continue;
      let s = seen.get(t.key);
      if (!s) seen.set(t.key, (s = { count: 0, articles: new Set(), afterDefinite: 0, afterWord: 0, spellings: new Map(), before: new Map(), beforeSpelling: new Map(), preceding: new Map(), afterIndefinite: 0 }));
      s.count++;
      s.articles.add(c.articleIndex);
      const spelling = c.text.slice(t.start, t.end);
      s.spellings.set(spelling, (s.spellings.get(spelling) ?? 0) + 1);
      const prev = i > 0 && !t.breakBefore ? tokens[i - 1]! : undefined;
      if (prev && hasArticle(prev.key, data)) s.afterDefinite++;
      if (prev && indefiniteMark && indefiniteMark.test(c.text.slice(prev.start, prev.end))) s.afterIndefinite++;
      const preceding = prev?.key ?? '';
      s.preceding.set(preceding, (s.preceding.get(preceding) ?? 0) + 1);
      if (prev && !isStopword(prev.key, lang)) s.afterWord++;
      // A first name: not a function word, a title, a definite word or a head noun; not the word before «وY» (a list).
      const listed = conj !== '' && t.key.startsWith(conj) && t.key.length - conj.length >= 3;
      if (prev && !listed && prev.key.length >= 2 && !prev.clitic && !isStopword(prev.key, lang) && !hasArticle(prev.key, data) && !/^\d/u.test(prev.key)) {
        // (Nor a title's last word: «رئيس وزراء X» is the office of X, «وزراء» no first name.)
        if (!data.personTitles.match(tokens, i - 1) && !data.personTitles.matchEndingAt(tokens, i - 1) && !data.labels.match(tokens, i - 1) && !data.orgHeads.match(tokens, i - 1) && !data.forceHeads.match(tokens, i - 1)) {
          const set = s.before.get(prev.key) ?? new Set<number>();
          set.add(c.articleIndex);
          s.before.set(prev.key, set);
          s.beforeSpelling.set(prev.key, `${c.text.slice(prev.start, prev.end)} ${spelling}`);
        }
      }
    }
  }
  // "جماعة X": the organisation whose name ends in the word (its one-word form alone is the organisation).
  const orgByLast = new Map<string, ActorCandidate | null>();
  const data = arabicTexts[0]!.data;
  for (const c of candidates) {
    if (c.kind !== 'org') continue;
    for (const a of c.aliases) {
      if (a.length !== 2) continue;
      // «الحكومة X-ية» (head + a country's adjective, CLDR) is a body of the country, not the country:
      // the adjective meets itself only, not the name it is made from (one light stem for both). A
      // group's adjective («الجماعة X-ية») still meets the group's name.
      const key = data.isNisba(a[1]!) && placeNameFor(a[1]!) !== undefined ? `=${a[1]}` : arabicLightStem(a[1]!);
      orgByLast.set(key, orgByLast.has(key) && orgByLast.get(key) !== c ? null : c);
    }
  }
  out.push(...namesEndingInNameStopword(arabicTexts, taken));
  const plurals = entityData(arabicTexts[0]!.lang).dictionaryForms!.adjectivalPluralEndings;
  const isAdjectival = (word: string): boolean => data.isNisba(word) || plurals.some((e) => word.endsWith(e));
  const several = arabicTexts.length > 1;
  const marks = entityData(arabicTexts[0]!.lang).dictionaryForms!.indefiniteMarks;
  const indefiniteMarks = marks ? new RegExp(`[${marks}]`, 'u') : null;
  for (const [word, s] of seen) {
    if (several ? s.articles.size < MIN_ARTICLES : s.count < MIN_OCCURRENCES_ALONE) continue;
    // "مزيدٍ": a word some article writes with the indefinite ending (tanween) is a common noun or adjective.
    if (indefiniteMarks && [...s.spellings.keys()].some((sp) => indefiniteMarks.test(sp))) continue;
    // «وفدا أميركياً رفيع المستوى»: a word mostly right after one written with that ending is in its noun phrase, an adjective.
    if (s.afterIndefinite * 2 >= s.count) continue;
    // A relational adjective after a definite noun most of the time is the noun's adjective, not a name.
    if (isAdjectival(word) && s.afterDefinite * 2 >= s.count) continue;
    // A word with the feminine ending after another word is mostly that word's adjective ("معارك عنيفة").
    if (data.isNonName(word) && s.afterWord * 2 >= s.count) continue;
    // «حالة الطوارئ», «خطاب متلفز»: a word the case only ever writes after one and the same dictionary
    // word is the second half of a fixed phrase (a dictionary gap), not a name; a surname also stands alone.
    if (s.preceding.size === 1) {
      const [only] = s.preceding.keys();
      if (only && isDictionaryWord(only, arabicTexts[0]!.lang) && !isStopword(only, arabicTexts[0]!.lang)) continue;
    }
    const org = orgByLast.get(`=${word}`) ?? orgByLast.get(arabicLightStem(word));
    if (org) {
      org.aliases.push([word]);
      for (const [sp, n] of s.spellings) org.spellings.set(sp, (org.spellings.get(sp) ?? 0) + n);
      continue;
    }
    // A surname does not take the feminine ending: "X Yة" is a noun and its adjective.
    const firstNames = data.isNonName(word) ? [] : [...s.before].filter(([, arts]) => arts.size >= MIN_ARTICLES).map(([w]) => w);
    const candidate: ActorCandidate = { kind: firstNames.length ? 'person' : 'other', aliases: [[word], ...firstNames.map((f) => [f, word])], spellings: new Map(s.spellings), articles: new Set(s.articles) };
    for (const f of firstNames) candidate.spellings.set(s.beforeSpelling.get(f)!, s.before.get(f)!.size * 2);
    out.push(candidate);
  }
  return out;

}

/**
 * "X الله": a word and a function word that ends names ("الله"), repeated as a pair across
 * articles, is a name, though both words are common; a name particle before it ("عبد الله") is a first name.
 */
function namesEndingInNameStopword(texts: readonly CaseText[], taken: ReadonlySet<string>): ActorCandidate[] {
  const pairs = new Map<string, { words: string[]; articles: Set<number>; spellings: Map<string, number> }>();
  for (const c of texts) {
    const { tokens, data, lang } = c;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (!data.nameStopwords.has(t.key) || t.breakBefore || prev.key.length < 3 || isStopword(prev.key, lang) || data.particles.has(prev.key)) continue;
      if (taken.has(prev.key) || data.orgHeads.match(tokens, i - 1) || data.personTitles.match(tokens, i - 1) || data.labels.match(tokens, i - 1)) continue;
      const key = `${prev.key} ${t.key}`;
      let p = pairs.get(key);
      if (!p) pairs.set(key, (p = { words: [prev.key, t.key], articles: new Set(), spellings: new Map() }));
      p.articles.add(c.articleIndex);
      const spelling = c.text.slice(prev.start + cliticLength(c, i - 1), t.end);
      p.spellings.set(spelling, (p.spellings.get(spelling) ?? 0) + 1);
    }
  }
  const several = texts.length > 1;
  return [...pairs.values()]
    .filter((p) => (several ? p.articles.size >= MIN_ARTICLES : [...p.spellings.values()].reduce((a, b) => a + b, 0) >= MIN_OCCURRENCES_ALONE))
    .map((p) => ({ kind: 'other' as const, aliases: [p.words], spellings: p.spellings, articles: p.articles }));
}
