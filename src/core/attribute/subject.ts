/**
 * Where the source of a cue is: after it (Arabic verb–subject order, English "said Smith"), before it
 * ("Smith said", "مصادر مصرية أكدت"), or nowhere (continuing the previous source). Works on word
 * indexes with a bounded window, so each cue costs a few dozen lookups at most.
 */
import { gluedReading } from './glued-name.ts';
import { conjunctionInName, conjunctionOfModifiers, coordinatedSpeakers, seriesStart } from './name-conjunction.ts';
import { isTitleKind, nameGoesOn, personSingular } from './names.ts';
import { joinedConjunction, objectAfterDefinite } from './joined-words.ts';
import { definite, foldWords, lookupNoun, pastForm, writtenDefinite, type Lexicon } from './lexicon.ts';
import { isArabicPlaceNoun } from '../entities/place-names.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';
import { frontedAdverbial } from './clause-guards.ts';
import { viaEndAtQuote } from './via-quote.ts';
import { openingChannelOnly } from './issued-statement.ts';
import { relayingAsideEnd } from './relaying-aside.ts';
import type { CueForm } from './lexicon.ts';
import { verbShaped } from './verb-shape.ts';

/** Word index → form of the cue starting there. */
export type CueMap = ReadonlyMap<number, CueForm>;

/** How far (in words) a subject may sit from its cue. */
const WINDOW = 18;

export type ChunkKind = 'np' | 'time' | 'relative' | 'adverbial' | 'via';

export interface Chunk extends WordRange {
  kind: ChunkKind;
}

export type Subject =
  | { type: 'phrase'; chunks: WordRange[]; anonymityMarked: boolean; via?: WordRange; side: 'after' | 'before' }
  | { type: 'pronoun'; range: WordRange; pronoun: string }
  | { type: 'relative'; range: WordRange }
  | { type: 'none' };

/** What follows a cue up to where its content starts. */
export interface ForwardScan {
  subject: Subject;
  /** Word where the content starts (after إن / أن / that / a colon), or null when not found. */
  contentFrom: number | null;
  /** Words consumed by the subject region (cues inside it are part of it, e.g. "حسب بيان"). */
  regionEnd: number;
}

const isDigit = (w: string): boolean => /^\d/.test(w);
const verbCue = (cues: CueMap, i: number): boolean => cues.has(i) && cues.get(i) !== 'prep';

/** Strips one conjunction prefix ("والتي" → "التي") when the language writes them joined. */
export function bare(lex: Lexicon, word: string): string {
  if (!lex.clitics) return word;
  for (const c of lex.conjunctions) if (word.length > c.length + 1 && word.startsWith(c)) return word.slice(c.length);
  return word;
}

/** "الأمين العام", "المدير العام": a word that is also a time word ("العام", the year) as a title's adjective. */
function titleAdjective(view: SentenceView, lex: Lexicon, k: number): boolean {
  // ("الوزير العام الماضي": "last year" goes on with another time word.)
  return k > 0 && lex.adjectives.has(view.norms[k]!) && lookupNoun(lex, view.norms, k - 1) !== null && !lex.timeWords.has(view.norms[k + 1] ?? '');
}

/** A channel noun, also with a pronoun suffix ("بيانها", "كلمته"). */
function channelWord(lex: Lexicon, word: string): boolean {
  // Asked for every word after a preposition: memoised per language's lexicon.
  let memo = channelWordMemo.get(lex);
  if (!memo || memo.size > 100_000) channelWordMemo.set(lex, (memo = new Map()));
  let known = memo.get(word);
  if (known === undefined) memo.set(word, (known = isChannelWord(lex, word)));
  return known;
}

const channelWordMemo = new WeakMap<Lexicon, Map<string, boolean>>();

function isChannelWord(lex: Lexicon, word: string): boolean {
  const w = bare(lex, word);
  if (lex.channelNouns.has(w)) return true;
  for (const suffix of lex.pronounSuffixes) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 3) continue;
    const stem = w.slice(0, -suffix.length);
    // A feminine noun writes its ending ت before a suffix ("كلمته" of "كلمة").
    if (lex.channelNouns.has(stem) || (lex.suffixedFeminineEnding !== '' && stem.endsWith(lex.suffixedFeminineEnding) && [...lex.channelNouns].some((n) => n.length === stem.length && n.startsWith(stem.slice(0, -1)) && !n.endsWith(lex.suffixedFeminineEnding)))) return true;
  }
  return false;
}

/** "بالوحشية", "للجيش", "كالعادة": a definite noun with a preposition glued on (after any conjunction). */
function prepositionalWord(lex: Lexicon, word: string): boolean {
  if (!lex.clitics) return false;
  const w = bare(lex, word);
  if (lex.prepositionArticles.some((a) => w.startsWith(a) && w.length > a.length + 2)) return true;
  for (const p of lex.nounPrefixes) {
    if (p.length !== 1 || lex.conjunctions.includes(p) || !w.startsWith(p)) continue;
    if (lex.articles.some((a) => w.startsWith(a, 1) && w.length > a.length + 3)) return true;
  }
  return false;
}

function isRelative(lex: Lexicon, word: string): boolean {
  return lex.relativePronouns.has(word) || lex.relativePronouns.has(bare(lex, word));
}

/** Whether word i starts a via phrase ("لـ«الغد»", "لصحيفة", "told Reuters"). */
function viaAt(view: SentenceView, lex: Lexicon, i: number): number {
  const word = view.norms[i]!;
  if (lex.viaPrepositions.has(word) && i + 1 < view.length) return 1;
  const pattern = lex.viaPatterns.matchAt(view.norms, i);
  if (pattern) return pattern;
  // «صحيفة "لوموند"»: a letter opening a quoted name is the name's own, no glued preposition.
  if (lex.clitics && lex.viaPrepositions.size > 0 && view.quoteOpeningAt(i) === undefined) {
    for (const p of lex.viaPrepositions) {
      if (word.length > p.length + 2 && word.startsWith(p)) {
        const match = lookupNoun(lex, view.norms, i);
        if (match?.entry.kind === 'media') return 1;
      }
    }
  }
  return 0;
}

/** A via pattern of one word is a preposition («عبر التلفزيون»): the channel starts after it, as after "ل". */
function loneViaPreposition(view: SentenceView, lex: Lexicon, k: number): boolean {
  return lex.clitics && lex.viaPatterns.matchAt(view.norms, k) === 1;
}

/** Source nouns that name who speaks (not a body, an outlet or a document). */
const SPEAKER_KINDS = new Set(['person', 'rank', 'anonymous', 'generic']);

/**
 * "وقال لـ«الغد» مصدر مطلع إن …", "وأكد لوكالة الأنباء مسؤول أمني أن …": a via chunk right after the cue
 * whose addressee is followed by the speaker (verb, addressee, subject). Returns where the speaker starts:
 * after the quoted outlet's closing mark, or at a speaker's noun with no preposition glued on; else -1.
 */
function speakerAfterAddressee(view: SentenceView, lex: Lexicon, c: WordRange): number {
  if (!lex.clitics) return -1;
  const outletAt = lex.viaPrepositions.has(view.norms[c.from]!) ? c.from + 1 : c.from;
  const quoted = view.quoteOpeningAt(outletAt) ?? (outletAt + 1 < c.to ? view.quoteOpeningAt(outletAt + 1) : undefined);
  let k = outletAt + 1;
  if (quoted) {
    while (k < c.to && view.start(k) < quoted.end) k++;
    return k < c.to && subjectLike(view, lex, { from: k, to: c.to }) && !prepositionalWord(lex, view.norms[k]!) ? k : -1;
  }
  for (; k < c.to; k++) {
    const kind = lookupNoun(lex, view.norms, k)?.entry.kind;
    if (kind === undefined || !SPEAKER_KINDS.has(kind)) continue;
    // "لوكالة أنباء المتحدث …" is no shape; a word after a title link ("باسم") or with "ل" glued is still the addressee.
    if (prepositionalWord(lex, view.norms[k]!) || gluedAddressee(view, lex, k) || lex.titleLinkWords.has(view.norms[k - 1]!)) return -1;
    return k;
  }
  return -1;
}

/**
 * Where the object of a verb of telling starts inside the phrase after it ("مسؤول أمني وكالة الأنباء",
 * "مصدر «الغد»", "الوزير نظيره"): a quoted name, an outlet's noun, a possessed noun or a title after a
 * definite word, after the subject's first word; else the phrase's end.
 */
function addresseeObjectAt(view: SentenceView, lex: Lexicon, np: WordRange): number {
  if (!lex.clitics) return np.to;
  for (let k = np.from + 1; k < np.to; k++) {
    if (lex.titleLinkWords.has(view.norms[k - 1]!)) continue;
    if (view.quoteOpeningAt(k) || possessedAfterDefinite(view, lex, k, true)) return k;
    const kind = prepositionalWord(lex, view.norms[k]!) || gluedAddressee(view, lex, k) ? undefined : lookupNoun(lex, view.norms, k)?.entry.kind;
    // An outlet's noun, or a person's title after a definite word ("الوزارة السفير": no construct goes on from one).
    if (kind === 'media' || ((kind === 'person' || kind === 'rank') && definite(lex, view.norms[k - 1]!) && definite(lex, view.norms[k]!))) return k;
  }
  return np.to;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * «واتهم الجيش المتمردين بارتكاب …», «وحمّل الوزير الميليشيات مسؤولية …»: a verb of accusing takes the
 * accused, then the charge (a glued preposition on a noun, or one of the cue's `objectThenContent` words).
 * A definite word after a definite word right before the charge is the accused, not the subject's adjective,
 * unless its ending or its listing makes it one (الدولية، العام). Returns where the subject ends.
 */
function accusedObjectAt(view: SentenceView, lex: Lexicon, np: WordRange, openers: ReadonlySet<string>): number {
  if (!lex.clitics || openers.size === 0) return np.to;
  let charge = -1;
  // The charge may open right after the chunk («بأنهم», a complementizer with the preposition glued on).
  for (let k = np.from + 2; k <= Math.min(np.to, view.length - 1) && charge < 0; k++) {
    const w = bare(lex, view.norms[k]!);
    const glued = lex.complementPrefixes.find((p) => w.startsWith(p));
    if (openers.has(w) || (glued !== undefined && w.length > 3 && gluedReading(lex, w.slice(glued.length), { view, k }) !== 'name')) charge = k;
  }
  const k = charge - 1;
  if (charge < 0 || k <= np.from) return np.to;
  const w = view.norms[k]!;
  const previous = view.norms[k - 1]!;
  // «ويتهم ناشطون السلطات بـ…»: a sound plural keeps its ن, so it heads no construct; a definite word after it is the object.
  if (!definite(lex, w) || !(definite(lex, previous) || soundPlural(lex, previous)) || lex.titleLinkWords.has(previous) || view.quoteAround(k)) return np.to;
  // A plural ending (ـيات، ـيين) also ends nouns of people or groups (الميليشيات), so only a singular adjective ending rules the word out.
  const adjective = lex.adjectives.has(w) || lex.adjectiveEndings.some((e) => w.endsWith(e) && !lex.nounSuffixes.some((p) => e.endsWith(p))) || elativeWord(lex, w) || titleAdjective(view, lex, k);
  // Where the phrase already ends earlier («الجيش قوات الدعم السريع بقصف …»), that cut stands.
  return adjective || lex.adjectiveShapes.some((re) => re.test(w)) || bareNpEnd(view, lex, np) <= k ? np.to : k;
}

/**
 * "في بيان لها", "في لقاء تلفزيوني", "عبر البريد الإلكتروني", "in a statement": the channel phrase
 * after the preposition, or null.
 */
function isChannel(view: SentenceView, lex: Lexicon, to: number, x: number): boolean {
  return x < to && channelWord(lex, stripArticleOf(lex, view.norms[x]!));
}

export function channelAt(view: SentenceView, lex: Lexicon, i: number, to: number): WordRange | null {
  if (!lex.adverbialPrepositions.has(view.norms[i]!)) return null;
  let k = i + 1;
  if (k < to && (lex.indefiniteMarkers.has(view.norms[k]!) || lex.definiteMarkers.has(view.norms[k]!))) k++;
  // "on state television", "in a preliminary statement": one modifier may come first.
  if (!isChannel(view, lex, to, k) && !(lex.clitics ? false : isChannel(view, lex, to, k + 1))) return null;
  let end = to;
  while (end > k + 1 && lex.timeWords.has(view.norms[end - 1]!)) end--;
  // "في بيان لها الحملة الأمنية": after the channel word come only its pronoun and adjectives.
  if (lex.clitics) {
    const head = isChannel(view, lex, to, k) ? k : k + 1;
    let addressee = false;
    let relativeVerb = -1;
    for (let m = head + 1; m < end; m++) {
      const w = view.norms[m]!;
      // «في بيان تلقته الصحيفة», «في بيان تلقت الوكالة نسخة منه»: a relative verb on the channel noun and its
      // subject (the definite word right after it) belong to the channel.
      if (lex.channelRelativeVerbs.has(w) && !view.quoteAround(m)) {
        relativeVerb = m;
        continue;
      }
      if (relativeVerb === m - 1 && definite(lex, w) && !view.quoteAround(m) && !view.commaBefore(m)) continue;
      // "في تصريح للإذاعة المحلية": one addressee with "ل" glued to its article belongs to the channel, and
      // the adjectives after it are its own.
      if (!addressee && lex.prepositionArticles.some((a) => w.startsWith(a) && w.length > a.length + 2) && !view.quoteAround(m)) {
        addressee = true;
        continue;
      }
      // "في بيان بعد مفاوضات …", "في كلمة الليلة": a time word or a time preposition (no plain one: بعد، عقب)
      // says when, not which channel.
      const when = lex.timeWords.has(w) || (lex.adverbialPrepositions.has(w) && !lex.separatePrepositions.has(w));
      // «في كلمته المواطنين إلى …»: a definite sound plural of people agrees with no channel noun (a thing;
      // a dual channel has a dual adjective, «في بيانين منفصلين»): the verb's addressee starts there.
      const people = definite(lex, w) && !view.quoteAround(m) && soundPlural(lex, w) && !soundPlural(lex, view.norms[head]!);
      if (when || people || possessedObjectAt(view, lex, m) || (definite(lex, w) && !adjectiveLike(lex, w) && !view.quoteAround(m)) || constructHeadAt(view, lex, m) || masdarObjectAt(view, lex, m)) {
        end = m;
        break;
      }
    }
  }
  return { from: i + 1, to: end };
}

/**
 * «في تصريح صحفي وجود المرض»: a bare word, no adjective and no glued preposition, with a definite word after
 * it (no time word) heads a construct: the verb's object (a masdar) starts there, after the
 * channel's modifiers. Not right after a preposition («مع قناة الجزيرة» is the channel's own phrase).
 */
function constructHeadAt(view: SentenceView, lex: Lexicon, m: number): boolean {
  const w = view.norms[m]!;
  const next = view.norms[m + 1];
  // «بطلان العقد», «كفاية الأجور»: verbal nouns of shapes whose first root letter is a glued preposition's (an
  // adjective's ending, «ـان»، «ـية», notwithstanding); «بمناسبة العيد» is a preposition and its noun.
  const word = bare(lex, w);
  const gluedLetterMasdar = lex.gluedLetterMasdarShapes.some((re) => re.test(word));
  // "للقناة الرياضية جاهزية اللاعبين": after a definite word an indefinite one is no adjective of it, whatever its ending.
  if (next === undefined || definite(lex, w) || (adjectiveLike(lex, w) && !gluedLetterMasdar && !definite(lex, view.norms[m - 1]!)) || isDigit(w) || lex.adverbialPrepositions.has(w) || lex.separatePrepositions.has(w) || view.quoteAround(m) || view.commaBefore(m + 1)) return false;
  // A definite word after an indefinite one is its genitive (an adjective would agree in definiteness).
  if (!definite(lex, next) || lex.timeWords.has(next) || view.quoteAround(m + 1)) return false;
  const before = view.norms[m - 1]!;
  if (lex.adverbialPrepositions.has(before) || lex.separatePrepositions.has(before)) return false;
  return gluedLetterMasdar || lex.nounPrefixes.every((p) => p.length !== 1 || lex.conjunctions.includes(p) || !word.startsWith(p));
}

/** "وأعلن الوزير تسجيل إصابات": a bare verbal noun of a shape no name takes, right after a definite word. */
function masdarAfterDefinite(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k]!;
  if (lex.unnamedMasdarShapes.length === 0 || definite(lex, w) || !definite(lex, view.norms[k - 1]!) || view.quoteAround(k) || view.commaBefore(k)) return false;
  return lex.unnamedMasdarShapes.some((re) => re.test(w)) && !adjectiveLike(lex, w) && lookupNoun(lex, view.norms, k) === null;
}

/**
 * «في بيان رسمي تسجيل إصابات»: a bare word of a verbal noun's shape with an indefinite genitive after it
 * (no adjective, time word, preposition or إن/أن) is the verb's object; the channel's adjectives have no such
 * shape. Not right after a preposition, no glued letter, no comma on either side.
 */
function masdarObjectAt(view: SentenceView, lex: Lexicon, m: number): boolean {
  const w = view.norms[m]!;
  const next = view.norms[m + 1];
  if (next === undefined || lex.masdarShapes.length === 0 || !lex.masdarShapes.some((re) => re.test(w))) return false;
  if (definite(lex, w) || adjectiveLike(lex, w) || view.quoteAround(m) || view.quoteAround(m + 1) || view.commaBefore(m) || view.commaBefore(m + 1)) return false;
  if (adjectiveLike(lex, next) || lex.timeWords.has(next) || lex.complementizers.has(next) || lex.adverbialPrepositions.has(next) || lex.separatePrepositions.has(next) || isDigit(next)) return false;
  const before = view.norms[m - 1]!;
  return !lex.adverbialPrepositions.has(before) && !lex.separatePrepositions.has(before);
}

/**
 * «في بيان تمسكه بالمشاركة»: a noun with a written pronoun suffix (a stem of four letters or more, no source
 * noun: «في بيان حزبه» is the party's statement) is no adjective of the channel and heads no construct with
 * it: the verb's object starts there. Short suffixed words («لها»، «منه»، «إليه») are prepositions.
 */
function possessedObjectAt(view: SentenceView, lex: Lexicon, m: number): boolean {
  const w = view.norms[m]!;
  const written = view.tokens[m]!.text;
  if (definite(lex, w) || adjectiveLike(lex, w) || view.quoteAround(m) || view.commaBefore(m) || lookupNoun(lex, view.norms, m)) return false;
  const before = view.norms[m - 1]!;
  if (lex.adverbialPrepositions.has(before) || lex.separatePrepositions.has(before)) return false;
  return pronounSuffixed(lex, w, written, 4);
}

/** «ورد رئيس النادي على منتقديه قائلا …»: the verb's preposition at `k` and its object run up to the cognate participle. */
function complementBeforeCognate(view: SentenceView, lex: Lexicon, k: number, to: number): boolean {
  if (!lex.complementPrepositions.has(view.norms[k]!)) return false;
  for (let m = k + 1; m < Math.min(to + 1, k + 4, view.length); m++) if (lex.cognateObjects.has(view.norms[m]!)) return true;
  return false;
}

/** The written word ends in an object pronoun after a stem of `stem` letters or more; «عبدالله» ends in a name. */
function pronounSuffixed(lex: Lexicon, word: string, written: string, stem: number): boolean {
  if (lex.joinedNameEndings.some((e) => word.length > e.length && word.endsWith(e))) return false;
  return lex.pronounSuffixes.some((suffix) => written.endsWith(suffix) && word.length >= suffix.length + stem);
}

/** A word with a sound masculine plural ending (a dual's oblique ending is the same: «بيانين»). */
function soundPlural(lex: Lexicon, word: string): boolean {
  return lex.soundPluralEndings.some((e) => word.length > e.length + 3 && word.endsWith(e));
}

function stripArticleOf(lex: Lexicon, word: string): string {
  for (const a of lex.articles) if (word.startsWith(a) && word.length > a.length + 1) return word.slice(a.length);
  return word;
}

function classify(view: SentenceView, lex: Lexicon, c: WordRange, cues: CueMap): ChunkKind {
  const first = view.norms[c.from]!;
  let allTime = true;
  for (let k = c.from; k < c.to && allTime; k++) allTime = lex.timeWords.has(view.norms[k]!) || isDigit(view.norms[k]!);
  if (allTime) return 'time';
  // "، الذي رفض ذكر اسمه،": a clause about the source; "مسؤول رفيع طلب عدم ذكر اسمه" is the source, marked.
  // «، ومقره لندن،»: where the source sits is said of it, as a relative clause is.
  if (isRelative(lex, first) || lex.sourceAsides.has(first) || lex.anonymityMarkers.matchAt(view.norms, c.from, c.to) > 0 || (c.to - c.from > 1 && lex.anonymityMarkers.matchAt(view.norms, c.from + 1, c.to) > 0)) return 'relative';
  if (viaAt(view, lex, c.from)) return 'via';
  if (lex.adverbialPrepositions.has(first) || cues.has(c.from) || lex.discourseMarkers.matchAt(view.norms, c.from) === c.to - c.from) return 'adverbial';
  return 'np';
}

/** Splits [from, to) at commas that are not inside a quotation. */
function chunksOf(view: SentenceView, lex: Lexicon, from: number, to: number, cues: CueMap): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  for (let k = from + 1; k <= to; k++) {
    if (k === to || (view.commaBefore(k) && !view.quoteAround(k))) {
      if (k > start) chunks.push({ from: start, to: k, kind: 'np' });
      start = k;
    }
  }
  for (const c of chunks) c.kind = classify(view, lex, c, cues);
  return chunks;
}

/** Whether a quotation opening at word i is reported content rather than a quoted name («النهضة»). */
function contentQuote(view: SentenceView, i: number): boolean {
  const q = view.quoteOpeningAt(i);
  if (!q) return false;
  let words = 0;
  for (let k = i; k < view.length && view.start(k) < q.end; k++) words++;
  return words >= 4 || q.end >= view.sentence.end - 2;
}

/**
 * "ووصف الوزير خطته بأنها …": a noun with a possessive pronoun after a definite word is a phrase of its
 * own (a definite noun heads no construct), so it opens the verb's object. The written suffix must be the
 * pronoun itself, not a folded feminine ending ("أسامة").
 */
export function possessedAfterDefinite(view: SentenceView, lex: Lexicon, k: number, sourceNounToo = false): boolean {
  if (!lex.clitics || k === 0) return false;
  const previous = view.norms[k - 1]!;
  const word = view.norms[k]!;
  const written = view.tokens[k]!.text;
  // With `sourceNounToo`, "التقى الوزير نظيره": a person noun with a pronoun opens the object as well.
  if (!definite(lex, previous) || definite(lex, word) || lex.titleLinkWords.has(previous) || (!sourceNounToo && lookupNoun(lex, view.norms, k))) return false;
  return pronounSuffixed(lex, word, written, 3);
}

/**
 * Word `k` names whom the words were told: an addressee noun with a glued preposition ("للصحفيين",
 * "لوسائل"), or with the article after a definite word, which no construct goes on from ("الوزير
 * الصحفيين"; "نقابة الصحفيين" is a construct).
 */
function addresseeAt(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (lex.addresseeNouns.size === 0) return false;
  const w = view.norms[k]!;
  if (lex.addresseeNouns.has(w)) return definite(lex, view.norms[k - 1]!) && definite(lex, w);
  const article = lex.articles[0];
  for (const a of lex.prepositionArticles) if (article && w.startsWith(a) && lex.addresseeNouns.has(article + w.slice(a.length))) return true;
  for (const p of lex.viaPrepositions) if (w.startsWith(p) && lex.addresseeNouns.has(w.slice(p.length))) return true;
  return false;
}

/** Words an addressee and its adverbial phrase may run before their إن/أن ("للصحفيين في ختام الاجتماع إن"). */
const ADDRESSEE_CLAUSE_WORDS = 6;

/**
 * "الوزير قال للصحفيين إن …", "وقال للصحفيين في ختام الاجتماع إن …": with no subject after the verb, an
 * addressee right after it is whom the words were told, not what was said; the content opens after the
 * إن/أن that follows it within a few words. Returns that content start, or -1.
 */
export function contentAfterAddressee(view: SentenceView, lex: Lexicon, at: number, cues: CueMap): number {
  if (at >= view.length || !addresseeAt(view, lex, at)) return -1;
  for (let k = at + 1; k < Math.min(view.length, at + 1 + ADDRESSEE_CLAUSE_WORDS); k++) {
    if (lex.complementizers.has(view.norms[k]!)) return k + 1;
    if (cues.has(k) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined) return -1;
  }
  return -1;
}

/** Trims time words and cuts an np chunk at an inner via or adverbial ("مسؤول … لـ«الغد»"). */
function trimNp(view: SentenceView, lex: Lexicon, c: WordRange): { np: WordRange; via?: WordRange; channel?: WordRange } {
  let { from, to } = c;
  // "وأكد مرة أخرى أن …", "وأكد مجددا أن …": an adverbial right after the verb is no subject.
  for (let skip = 1; skip > 0 && from < to; from += skip) {
    skip = lex.timeWords.has(view.norms[from]!) ? 1 : lex.adverbialPhrases.matchAt(view.norms, from, to);
    if (skip === 0) break;
  }
  // «واختتم حديثه قائلا …»: a possessed word right after the verb and before its cognate participle is the verb's object; no subject.
  if (from < to && lex.cognateObjects.has(view.norms[from + 1] ?? '') && possessedObjectAt(view, lex, from)) return { np: { from, to: from } };
  let via: WordRange | undefined;
  let channel: WordRange | undefined;
  for (let k = from + 1; k < to; k++) {
    const w = view.norms[k]!;
    // "وقال المدير للصحفيين إن …", "وأبلغ الوزير الصحفيين أن …": whom the words were told ends the speaker;
    // so does the verb's cognate participle ("وتابع الوزير قائلا: …").
    if (addresseeAt(view, lex, k) || lex.cognateObjects.has(w)) {
      to = k;
      break;
    }
    // "ووصفت الوزارة هذا القرار بأنه …": a demonstrative opens the verb's object, not more of the subject.
    // «واختتم يوسف حديثه قائلا»: after a bare name too, a word with its object pronoun right before the cognate
    // participle is the verb's object («حديثه», «كلمته»), no part of the name.
    const objectBeforeCognate = (lex.cognateObjects.has(view.norms[k + 1] ?? '') && possessedObjectAt(view, lex, k)) || complementBeforeCognate(view, lex, k, to);
    if (lex.anonymityMarkers.matchAt(view.norms, k, to) > 0 || lex.adverbialPhrases.matchAt(view.norms, k, to) > 0 || lex.demonstratives.has(w) || possessedAfterDefinite(view, lex, k) || objectBeforeCognate) {
      // "المسؤول الذي رفض ذكر اسمه": the relative that carries the marker goes with it, out of the name.
      to = k - 1 > from && lex.relativePronouns.has(view.norms[k - 1]!) && lex.anonymityMarkers.matchAt(view.norms, k, c.to) > 0 ? k - 1 : k;
      break;
    }
    const v = viaAt(view, lex, k);
    if (v && (lex.clitics || lex.viaPatterns.matchAt(view.norms, k) > 0)) {
      via = { from: k + (lex.viaPrepositions.has(w) || !lex.clitics || loneViaPreposition(view, lex, k) ? v : 0), to: lex.clitics ? viaEndAtQuote(view, lex, k, to) : to };
      to = k;
      break;
    }
    const next = view.norms[k + 1];
    if (lex.adverbialPrepositions.has(w) && next !== undefined && (channelWord(lex, next) || lex.timeWords.has(next))) {
      channel = channelAt(view, lex, k, to) ?? undefined;
      to = k;
      break;
    }
    if (lex.clitics && (lex.periodPrepositions.has(w) || (lex.timeWords.has(w) && !titleAdjective(view, lex, k)))) {
      let allTime = true;
      for (let m = k; m < to && allTime; m++) allTime = lex.timeWords.has(view.norms[m]!) || isDigit(view.norms[m]!);
      if (allTime || lex.periodPrepositions.has(w)) {
        to = k;
        break;
      }
    }
  }
  // "الأمين العام", "المدير العام": a word that is also a time word ("العام", the year) is the title's adjective here.
  while (to > from && lex.timeWords.has(view.norms[to - 1]!) && !(to - 1 > from && titleAdjective(view, lex, to - 1))) to--;
  const out: { np: WordRange; via?: WordRange; channel?: WordRange } = { np: { from, to } };
  if (via && via.to > via.from) out.via = via;
  if (channel && channel.to > channel.from) out.channel = channel;
  return out;
}

/**
 * Without إن/أن to end it, a subject after the verb ends where a clitic preposition on a bare noun
 * starts the verb's complement ("نقلت … عن مصادر مطلعة بتقديم الوفد …"), or after a few words.
 */
export function bareNpEnd(view: SentenceView, lex: Lexicon, np: WordRange, complementAfter = false): number {
  if (!lex.clitics) return np.to;
  // An institution's name ends before a bare noun ("شعبة الإعلام سيطرة …"); a title may go on into a name.
  const headKind = lookupNoun(lex, view.norms, np.from)?.entry.kind;
  const institution = headKind === 'organization' || headKind === 'media' || headKind === 'document';
  const npStart = view.start(np.from);
  const affiliated = headKind !== undefined && !definite(lex, view.norms[np.from]!) && lex.separatePrepositions.has(view.norms[np.from + 1] ?? '');
  // "وزير الاتصال … باسم الحكومة فلان الفلاني،": a long title and its name set off by a comma run longer.
  const longest = np.to - np.from <= LONG_TITLED_NAME && np.to < view.length && view.commaBefore(np.to) && TITLE_HEADS.has(headKind ?? '') ? LONG_TITLED_NAME : 8;
  for (let k = np.from + 1; k < np.to; k++) {
    const w = view.norms[k]!;
    if (k - np.from >= longest) return k;
    // "نفى الوزير خالد يوسف ما ورد من أنباء": a relative with no article ("ما") opens the verb's object.
    // "يظهر الجنود وهم يطلقون النار": a circumstantial clause is no part of the phrase.
    if ((lex.relativePronouns.has(w) && !definite(lex, w)) || lex.circumstantialOpeners.has(w)) return k;
    // "الصور التي نقلتها وكالات الأنباء": on a source noun a relative clause keeps its verb and its agent,
    // else the phrase ends before it ("وصف الحكم الذي صدر …": no source noun, the verb's object, left as it was).
    if (lex.relativePronouns.has(w) && headKind !== undefined) return relativeClauseEnd(view, lex, k, np.to);
    // «حزب المعارضة الرئيسي "الوفاق" الحكومة»: a short quoted name after the head is part of the phrase,
    // and a definite noun right after it opens the verb's object.
    const named = view.quoteOpeningAt(k);
    if (named && !contentQuote(view, k)) {
      while (k + 1 < np.to && view.start(k + 1) < named.end) k++;
      if (k + 1 < np.to && definite(lex, view.norms[k + 1]!) && !adjectiveLike(lex, view.norms[k + 1]!)) return k + 1;
      continue;
    }
    // قوات "النجم الساطع": a name in quotation marks that opened inside the phrase stays whole.
    const quote = view.quoteAround(k);
    if (quote && quote.open >= npStart - 1 && !view.quoteOpeningAt(k)) continue;
    // "أعلنت مليشيا … المتمردة الأحد سيطرتها": a day or date after the name ends it.
    if (lex.timeWords.has(w) && definite(lex, w) && !titleAdjective(view, lex, k)) return k;
    // "وشكك النائب في صحة الأرقام": after a definite head a preposition starts the verb's complement;
    // after an indefinite one it states an affiliation ("مسؤول في الوزارة").
    const separate = lex.separatePrepositions.has(w) && !lex.nameSpellings.has(view.tokens[k]!.text);
    if (separate && k === np.from + 1 && definite(lex, view.norms[np.from]!) && headKind !== undefined && headKind !== 'organization') return k;
    // "اتهم فيها المدعون فلانا بـ…": a definite sound plural of people takes no name after it.
    if (k === np.from + 1 && definite(lex, view.norms[np.from]!) && !definite(lex, w) && soundPlural(lex, view.norms[np.from]!) && !lex.titleLinkWords.has(w) && !view.quoteOpeningAt(k)) return k;
    // "وحذرت منظمة الصحة العالمية من تفشي …": a preposition after a definite word ends an institution's name.
    if (separate && k > np.from + 1 && definite(lex, view.norms[k - 1]!) && (definite(lex, view.norms[np.from]!) || institution)) return k;
    // "وشكك المحلل السياسي أحمد يوسف في جدوى …": after a titled name too.
    if (separate && k > np.from + 1 && definite(lex, view.norms[np.from]!) && (headKind === 'person' || headKind === 'rank' || headKind === 'generic')) return k;
    if (lex.titleLinkWords.has(w)) continue;
    // "أعلن مصدر في الوزارة الليبية انسحاب الوفد": after a definite word an indefinite one is neither its
    // adjective nor its construct, so it opens the object; only titles go on into a name (not so for a source).
    // "وأكد الوزير ترحيب بلاده", "أصدر الوزير قراراً": an object noun after the definite subject.
    if (objectAfterDefinite(view, lex, k) || masdarAfterDefinite(view, lex, k)) return k;
    // «وأعلنت الحكومة وفاة الوزير», «أعلن المتحدث مقتل …»: a noun of an event after a definite word opens the object.
    if (lex.eventObjectNouns.has(w) && !definite(lex, w) && definite(lex, view.norms[k - 1]!) && !view.quoteAround(k) && !lex.titleLinkWords.has(view.norms[k - 1]!)) return k;
    // «وأعلنت الشركة وقف الإنتاج», «أعلن المتحدث وصول المساعدات»: a verbal noun whose first root letter is the
    // conjunction's (no «و» joining a second name) heading a definite genitive after a definite word opens the object.
    if (lex.conjunctions.some((c) => w.startsWith(c)) && lex.gluedLetterMasdarShapes.some((re) => re.test(w)) && definite(lex, view.norms[k - 1]!) && (definite(lex, view.norms[k + 1] ?? '') || masdarObjectAt(view, lex, k)) && !view.quoteAround(k) && !lex.titleLinkWords.has(view.norms[k - 1]!)) return k;
    // «وأفاد مسؤول في الوزارة وصول الشحنة»: an indefinite source noun and its affiliation take no name after them,
    // so a verbal noun of any shape (fuʿūl too) governing a definite word opens the verb's object.
    if (affiliated && definite(lex, view.norms[k - 1]!) && masdarObjectAt(view, lex, k) && definite(lex, view.norms[k + 1]!)) return k;
    if (headKind === 'anonymous' && definite(lex, view.norms[k - 1]!) && !definite(lex, w) && !lex.namePrefixes.some((p) => w.startsWith(p)) && !view.quoteOpeningAt(k) && !lookupNoun(lex, view.norms, k)) return k;
    // "… مصادر مطلعة بتقديم …": the complement starts at a glued preposition, unless the text shows a family name ("كمال بلجود").
    // «وكالة بلومبرغ»: right after an outlet's indefinite head noun the word is the outlet's name.
    const complement = lex.complementPrefixes.find((p) => w.startsWith(p));
    const outletName = k === np.from + 1 && headKind === 'media' && !definite(lex, view.norms[np.from]!);
    if (complement !== undefined && w.length > 3 && !outletName && !lex.prepositionGoverning.has(view.norms[k - 1]!) && gluedReading(lex, w.slice(complement.length), { view, k }) !== 'name' && !twoWordNameAfterTitle(view, lex, k, headKind) && !familyNameBeforeComma(view, lex, k, np, headKind)) return k;
    // Two definite nouns in a row are two phrases ("اتهم الناطق باسم الحركة الحكومة"): only an
    // adjective may follow a definite noun inside one.
    const previous = view.norms[k - 1]!;
    // A word of adjective shape that the article writes after a preposition elsewhere ("على الطريق") is a noun:
    // after a source noun it opens the verb's object ("وتفقد المحافظ الطريق، مؤكدا").
    if (definite(lex, w) && definite(lex, previous) && !lex.titleLinkWords.has(previous) && (!adjectiveLike(lex, w) || (headKind !== undefined && k === np.from + 1 && nounByText(view, lex, w))) && !secondTitleToName(view, lex, headKind, k, np) && !(complementAfter && purposeGenitive(lex, w))) return k;
    if (institution && definite(lex, previous) && !definite(lex, w) && !lex.titleLinkWords.has(w) && !lex.namePrefixes.some((p) => w.startsWith(p)) && !view.quoteOpeningAt(k)) return k;
    if (headKind === 'document' && objectAfterIndefiniteAdjective(view, lex, np, k)) return k;
  }
  return np.to;
}

/**
 * «المجلس الأعلى للقضاء»، «المفوضية العليا للانتخابات»: a word with the preposition-article (لل) after a
 * definite name names the body's field, when the verb's own complement (إلى، على، عن) follows the phrase;
 * without one it may be that complement («ودعت النقابة للإضراب»). Whom it was told is no field.
 */
function purposeGenitive(lex: Lexicon, w: string): boolean {
  const a = lex.prepositionArticles.find((p) => w.startsWith(p) && w.length > p.length + 2);
  return a !== undefined && !lex.addresseeNouns.has(w.slice(a.length));
}

/**
 * "وأظهرت نتائج أولية تقدم الحزب": an adjective closes an indefinite head's construct, so a bare noun
 * after it that governs a definite noun (a masdar and its genitive) is the verb's object, not the subject.
 */
function objectAfterIndefiniteAdjective(view: SentenceView, lex: Lexicon, np: WordRange, k: number): boolean {
  const w = view.norms[k]!;
  const previous = view.norms[k - 1]!;
  const next = view.norms[k + 1];
  if (k < np.from + 2 || k + 1 >= np.to || next === undefined || definite(lex, view.norms[np.from]!)) return false;
  if (definite(lex, w) || definite(lex, previous) || !adjectiveLike(lex, previous) || adjectiveLike(lex, w)) return false;
  if (lex.titleLinkWords.has(w) || view.quoteAround(k) || view.commaBefore(k) || view.commaBefore(k + 1)) return false;
  return definite(lex, next) && !lex.timeWords.has(next);
}

/** Folded words the text writes right after a separate preposition, per text (memoised: one pass). */
let nounsAfterPrepositions: { text: string; lang: string; words: Set<string> } | undefined;

/**
 * Whether the definite word `w` (folded), of an adjective's shape but no listed adjective, nisba or elative,
 * stands right after a separate preposition somewhere in the text: a noun, not an adjective.
 */
function nounByText(view: SentenceView, lex: Lexicon, w: string): boolean {
  if (lex.adjectives.has(w) || lex.adjectiveEndings.some((e) => w.endsWith(e)) || elativeWord(lex, w)) return false;
  if (nounsAfterPrepositions?.text !== view.text || nounsAfterPrepositions.lang !== lex.lang) {
    const words = new Set<string>();
    const folded = foldWords(view.text).map((x) => x.replace(/[^\p{L}\p{N}]/gu, ''));
    for (let i = 1; i < folded.length; i++) if (lex.separatePrepositions.has(folded[i - 1]!)) words.add(folded[i]!);
    nounsAfterPrepositions = { text: view.text, lang: lex.lang, words };
  }
  return nounsAfterPrepositions.words.has(w);
}

const TITLE_HEADS = new Set(['person', 'rank']);
/** Longest titled name set off by a comma ("وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة فلان الفلاني"). */
const LONG_TITLED_NAME = 10;
/** Longest agent of a relative clause kept in a source ("التي نقلتها وكالات الأنباء العالمية"). */
const RELATIVE_AGENT_MAX = 4;

/**
 * Where a phrase with a relative clause at `rel` ends: after the clause's verb and its agent (definite
 * words, or a construct before one), or at `rel` when no agent follows the verb.
 */
export function relativeClauseEnd(view: SentenceView, lex: Lexicon, rel: number, to: number): number {
  let e = rel + 2;
  while (e < to && e - rel - 2 < RELATIVE_AGENT_MAX && !view.commaBefore(e) && !view.quoteOpeningAt(e)) {
    const w = view.norms[e]!;
    if (lex.indefiniteEndings.some((end) => view.tokens[e]!.text.endsWith(end)) || lex.separatePrepositions.has(w) || lex.complementizers.has(w) || lex.timeWords.has(w)) break;
    if (definite(lex, w) || (e + 1 < to && definite(lex, view.norms[e + 1]!) && !view.commaBefore(e + 1))) e++;
    else break;
  }
  return e > rel + 2 && rel + 2 <= to ? e : rel;
}

/** Where a subject that is a country's or region's name ends (its definite adjectives kept), or -1. */
function placeSubjectEnd(view: SentenceView, lex: Lexicon, np: WordRange): number {
  if (!isArabicPlaceNoun(view.norms[np.from]!) || lookupNoun(lex, view.norms, np.from)) return -1;
  let k = np.from + 1;
  while (k < np.to && definite(lex, view.norms[k]!) && adjectiveLike(lex, view.norms[k]!)) k++;
  return k;
}

/**
 * "وزير الاتصال الناطق باسم الحكومة خالد يوسف،": a second title in apposition to the first, then the
 * name, set off by a comma or إن/أن — one subject, not a subject and the verb's object.
 */
function secondTitleToName(view: SentenceView, lex: Lexicon, headKind: string | undefined, k: number, np: WordRange): boolean {
  const second = lookupNoun(lex, view.norms, k)?.entry.kind ?? '';
  if (!TITLE_HEADS.has(headKind ?? '') || !(TITLE_HEADS.has(second) || second === 'generic')) return false;
  if (!(np.to >= view.length || view.commaBefore(np.to) || lex.complementizers.has(view.norms[np.to] ?? ''))) return false;
  for (let m = k + 1; m < np.to; m++) {
    const w = view.norms[m]!;
    if (!definite(lex, w) && !lookupNoun(lex, view.norms, m) && !lex.titleLinkWords.has(w) && !lex.separatePrepositions.has(w) && !lex.timeWords.has(w) && !lex.complementPrefixes.some((p) => w.startsWith(p))) return true;
  }
  return false;
}

/**
 * «مدير المستشفى الميداني بيرداود كوهسار بقوله»: after a title closed by a definite word, a word opening
 * with a glued letter whose rest no dictionary or verbal-noun shape knows, followed by a bare word no dictionary
 * knows, is a two-word name, not a preposition and its noun («بتقديم الدعم»: a verbal noun and a definite word).
 */
function twoWordNameAfterTitle(view: SentenceView, lex: Lexicon, k: number, headKind: string | undefined): boolean {
  if ((headKind !== 'person' && headKind !== 'rank') || k + 1 >= view.length || !definite(lex, view.norms[k - 1]!)) return false;
  const w = view.norms[k]!;
  const next = view.norms[k + 1]!;
  if (view.commaBefore(k) || view.commaBefore(k + 1) || view.quoteAround(k) || view.quoteAround(k + 1)) return false;
  if (lex.masdarShapes.some((re) => re.test(w.slice(1))) || lookupNoun(lex, view.norms, k)) return false;
  // A bare verbal noun or a word opening with a conjunction after it reads as «بضرورة وقف …», «بسرعة تشكيل …».
  const glued = [...lex.complementPrefixes, ...lex.conjunctions];
  const bareUnknown = next.length >= 3 && !definite(lex, next) && !glued.some((p) => next.startsWith(p)) && !lex.masdarShapes.some((re) => re.test(next)) && !lookupNoun(lex, view.norms, k + 1);
  return bareUnknown && !lex.separatePrepositions.has(next) && !lex.timeWords.has(next) && !lex.complementizers.has(next) && !lex.relativePronouns.has(next) && !adjectiveLike(lex, next);
}

/**
 * «وزير التجهيز … نزار بركة، اليوم، خروج …»: after a title closed by a definite word and a bare given name, the
 * last word of the phrase right before its comma is the family name, whatever letter opens it; a complement
 * of one word set off by a comma before the verb's object is no reading.
 */
function familyNameBeforeComma(view: SentenceView, lex: Lexicon, k: number, np: WordRange, headKind: string | undefined): boolean {
  if ((headKind !== 'person' && headKind !== 'rank') || k !== np.to - 1 || k < np.from + 2 || np.to >= view.length || !view.commaBefore(np.to)) return false;
  const given = view.norms[k - 1]!;
  return definite(lex, bare(lex, view.norms[k - 2]!)) && !definite(lex, given) && !prepositionalWord(lex, given) && !lookupNoun(lex, view.norms, k - 1) && !adjectiveLike(lex, given);
}

export function adjectiveLike(lex: Lexicon, word: string): boolean {
  if (lex.adjectives.has(word)) return true;
  // Adjective shapes ("الfaʿīl": السريع، الطويل) unless the word is a source noun ("الوزير", "الرئيس").
  if (lex.adjectiveShapes.some((re) => re.test(word)) && lookupNoun(lex, [word], 0) === null) return true;
  if (lex.adjectiveEndings.some((e) => word.endsWith(e)) || lex.adjectivePrefixes.some((p) => word.startsWith(p))) return true;
  return elativeWord(lex, word);
}

/** Elatives: الأعلى, الأوسط, الأكبر (folded: ال + ا + three letters). */
function elativeWord(lex: Lexicon, word: string): boolean {
  return lex.elative !== null && word.startsWith(lex.elative.prefix) && word.length <= lex.elative.maxLength;
}

/** Whether a chunk can stand in apposition to the subject ("، المتحدث باسم الجيش", "، ونظيره المصري …", ", a spokesman"). */
/** Word k, inside c, names a person's role. */
function roleAt(view: SentenceView, lex: Lexicon, c: WordRange, k: number): boolean {
  const kind = k < c.to ? lookupNoun(lex, view.norms, k)?.entry.kind : undefined;
  return kind === 'person' || kind === 'generic';
}

function appositive(view: SentenceView, lex: Lexicon, c: WordRange, maxWords = 10): boolean {
  const first = view.norms[c.from]!;
  if (lex.clitics) return lookupNoun(lex, view.norms, c.from) !== null || lex.articles.some((a) => bare(lex, first).startsWith(a));
  // English appositions open with a determiner and name a role (", a Pentagon spokesman,"), or open
  // with the role itself (", adviser to the President,").
  // (", political analyst and head of …": an adjective may come before the role.)
  if ((roleAt(view, lex, c, c.from) || (roleAt(view, lex, c, c.from + 1) && !lex.npStoppers.has(first))) && !view.capitalized(c.from) && c.to - c.from <= maxWords) return true;
  if (!(lex.definiteMarkers.has(first) || lex.indefiniteMarkers.has(first)) || c.to - c.from > maxWords) return false;
  for (let k = c.from + 1; k < c.to; k++) if (lookupNoun(lex, view.norms, k)) return true;
  // ", a historian who …", ", a retired farmer,": a person noun the lists lack, known by its ending,
  // right after the determiner or one modifier.
  for (let k = c.from + 1; k < Math.min(c.to, c.from + 3); k++) if (!view.capitalized(k) && personSingular(lex, view.norms[k]!)) return true;
  return false;
}

/** A longer apposition is taken after a short name ("A B, director of the X Institute at Y University, said"). */
const LONG_APPOSITION = 16;

/** Words of a name set off after a title («سالم بن أحمد خالد سعيد الكندي»: six; a nasab with «بن» runs long). */
const MAX_NAME_AFTER_TITLE = 6;

/** "قال المتحدث باسم الحكومة، محمد حمودة، إن": a short name set off after a title (scripts without capitals). */
function nameAfterTitle(view: SentenceView, lex: Lexicon, subject: readonly WordRange[], c: WordRange): boolean {
  // «الخبير الاقتصادي، الأستاذ في جامعة القاهرة، فلان الفلاني،»: a title, a second one in apposition, then the name.
  if (!lex.clitics || subject.length === 0 || subject.length > 2 || c.to - c.from > MAX_NAME_AFTER_TITLE || c.to - c.from < 2) return false;
  for (const title of subject) {
    const kind = lookupNoun(lex, view.norms, title.from)?.entry.kind;
    if (!isTitleKind(kind)) return false;
  }
  // A family name may carry the article ("سامي العلوان") when the name is set off before a comma or
  // إن/أن; the given name never does ("…، هذه الأنباء." is the verb's object).
  const setOff = c.to < view.length && (view.commaBefore(c.to) || view.colonBefore(c.to) || lex.complementizers.has(view.norms[c.to]!) || gluedAddressee(view, lex, c.to));
  for (let k = c.from; k < c.to; k++) {
    const w = view.norms[k]!;
    // «ألكسندر» only folds to the article; «علي» is a name as written, not «على».
    if (lex.nameSpellings.has(view.tokens[k]!.text)) continue;
    if ((writtenDefinite(lex, w, view.tokens[k]!.text) && (k === c.from || !setOff)) || lex.separatePrepositions.has(w) || lex.complementizers.has(w) || lex.timeWords.has(w) || lookupNoun(lex, view.norms, k)) return false;
  }
  return true;
}

/** The chunk after a title's comma, when it is a name set off and closed (by a comma, a colon, إن/أن). */
function nameAfterWholeTitle(view: SentenceView, lex: Lexicon, boundary: number, title: WordRange, next: Chunk | undefined): WordRange | null {
  if (!next || next.kind !== 'np' || !view.commaBefore(next.from) || next.from !== title.to) return null;
  const closed = next.to >= view.length || view.commaBefore(next.to) || view.colonBefore(next.to) || (next.to === boundary && lex.complementizers.has(view.norms[boundary] ?? ''));
  return closed && nameAfterTitle(view, lex, [title], next) ? { from: next.from, to: next.to } : null;
}

/** Word `k` is a noun with a joined via preposition ("للصحافيين"): whom the words were told. */
function gluedAddressee(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k]!;
  return [...lex.viaPrepositions].some((p) => w.length > p.length + 3 && w.startsWith(p));
}

/** Where a short name ends in a chunk that goes on with whom it was told ("سمير الخطيب للصحافيين …"), else -1. */
function nameThenAddressee(view: SentenceView, lex: Lexicon, c: WordRange): number {
  if (!lex.clitics) return -1;
  for (let k = c.from + 2; k <= Math.min(c.to - 1, c.from + 4); k++) if (gluedAddressee(view, lex, k)) return k;
  return -1;
}

/** Words of a bare name opening a clause before its apposition («أحمد سالم، المتحدث …، قال»). */
const OPENING_NAME_WORDS = 4;

/**
 * «أحمد سالم، المتحدث الرسمي باسم الوزارة في الحكومة الانتقالية، قال …»: a title phrase set off by commas
 * right before the verb, after a short bare name opening the clause, is that name's apposition whole; a
 * preposition inside it («في») ends nothing. Words `a`..`end` are the title phrase.
 */
function titledAppositionAfterName(view: SentenceView, lex: Lexicon, a: number, end: number, floor: number, cues: CueMap): boolean {
  if (end + 1 - a > LONG_APPOSITION || !view.commaBefore(end + 1)) return false;
  const kind = lookupNoun(lex, view.norms, a)?.entry.kind;
  if (!isTitleKind(kind)) return false;
  for (let k = a; k <= end; k++) if (cues.has(k) || lex.relativePronouns.has(view.norms[k]!)) return false;
  const from = chunkStart(view, a - 1, floor);
  if (a - from > OPENING_NAME_WORDS || (from > floor && !view.commaBefore(from)) || (from > 0 && !view.commaBefore(from) && from !== floor)) return false;
  for (let k = from; k < a; k++) if (cues.has(k) || lookupNoun(lex, view.norms, k) || (k === from && definite(lex, view.norms[k]!))) return false;
  return true;
}

/** A capitalised name without a source noun ("Maria Lopez"). */
function nameLike(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  if (c.to - c.from > 5) return false;
  for (let k = c.from; k < c.to; k++) if (!view.capitalized(k) || lookupNoun(lex, view.norms, k)) return false;
  return true;
}

/**
 * ", a group known as the Big Five,": an indefinite body noun named right after (data namingWords) sums up the
 * phrase before it ("Two bakeries, a group known as …, said"), which speaks; a definite body does not ("…, the army said").
 */
function namingApposition(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  if (!lex.indefiniteMarkers.has(view.norms[c.from]!)) return false;
  for (let k = c.from + 2; k < Math.min(c.to, c.from + 4); k++) if (lex.namingWords.has(view.norms[k]!)) return true;
  return false;
}

/** A name, or a titled one, standing before its apposition. */
function namedBefore(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  return nameLike(view, lex, c) || titledName(view, lex, c);
}

/** "Senator Ana Ruiz", "Council leader Mara Quist": a capitalised title (nouns ending in a person's role or rank), then a name. */
function titledName(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  if (!view.capitalized(c.from)) return false;
  let k = c.from;
  while (k < c.to && lookupNoun(lex, view.norms, k)) k++;
  const kind = k > c.from ? lookupNoun(lex, view.norms, k - 1)?.entry.kind : undefined;
  return isTitleKind(kind) && k < c.to && nameLike(view, lex, { from: k, to: c.to });
}

/**
 * "The talks ended, the ministry said", "The president also wished him well, the directorate said": a
 * lower-case -ed word after a noun or an adverb (not after a determiner or an -ly adverb: "the newly
 * elected mayor") is a verb, so the chunk is a clause, not a name standing before its apposition.
 */
function pastVerbInside(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  for (let k = c.from + 2; k < c.to; k++) {
    const w = view.norms[k]!;
    const prev = view.norms[k - 1]!;
    if (verbShaped(view.tokens[k]!.text, 'ed', 3, true) && !lookupNoun(lex, view.norms, k) && !lex.definiteMarkers.has(prev) && !lex.indefiniteMarkers.has(prev) && !prev.endsWith('ly') && !w.endsWith('ly')) return true;
  }
  return false;
}

/**
 * ", the army," / ", the ministry,": an apposition whose first noun is a body or an outlet describes a
 * name ("Acme, the state bank, said"), never a phrase ("Many fled, the army said").
 */
function bodyApposition(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  for (let k = c.from; k < c.to; k++) {
    const kind = lookupNoun(lex, view.norms, k)?.entry.kind;
    if (kind) return kind === 'organization' || kind === 'media';
  }
  return false;
}

/** Whether a chunk plausibly names a source on its own. */
function subjectLike(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  if (view.quoteOpeningAt(c.from)) return true;
  const head = lookupNoun(lex, view.norms, c.from);
  if (head) return true;
  if (!lex.clitics) {
    if (lookupNoun(lex, view.norms, Math.min(c.to - 1, c.from + 1)) || lookupNoun(lex, view.norms, Math.min(c.to - 1, c.from + 2)) || lookupNoun(lex, view.norms, c.to - 1)) return true;
    let caps = 0;
    // "The truth, the senator said": a capitalised determiner opening the sentence names nobody.
    for (let k = c.from; k < c.to; k++) if (view.capitalized(k) && !lex.determiners.has(view.norms[k]!)) caps++;
    return caps > 0 && c.to - c.from <= 6;
  }
  // "تعلن موافقتها على …": a noun with a possessive "her/their" is the verb's object, never a name.
  const written = view.tokens[c.from]!.text;
  if (lex.pronounSuffixes.some((suffix) => suffix.length > 1 && written.endsWith(suffix) && written.length >= suffix.length + 3)) return false;
  return c.to - c.from <= 3;
}

/**
 * «وقال الوزير "لن نتراجع"، …»: a short quotation right after a person's title is what was said, not a name
 * (a body or an outlet takes a quoted name: «حزب "النهضة"»), when it opens as speech does (a negation, a
 * demonstrative, data speechOpeners: «نحن», «لقد») and holds two words at least.
 */
function spokenAfterTitle(view: SentenceView, lex: Lexicon, cueTo: number, j: number): boolean {
  if (!lex.clitics || j <= cueTo || j - cueTo > 4) return false;
  const q = view.quoteOpeningAt(j);
  if (!q?.closed || j + 1 >= view.length || view.start(j + 1) >= q.end) return false;
  const kind = lookupNoun(lex, view.norms, cueTo)?.entry.kind;
  if (!isTitleKind(kind)) return false;
  const first = view.norms[j]!;
  return lex.negations.has(first) || lex.demonstratives.has(first) || lex.speechOpeners.has(first);
}

function hasAnonymityMarker(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  for (let k = c.from; k < c.to; k++) if (lex.anonymityMarkers.matchAt(view.norms, k, c.to)) return true;
  return false;
}

/**
 * Verb–subject order: the words after the cue up to إن/أن/that, a colon or a quotation are the subject,
 * its appositions, a via ("لـ«الغد»") and adverbials; the content follows.
 * @example scanAfter(view, lex, 1, cues, true).subject // "وقال المصدر، لـ«الغد»، إن …" → phrase المصدر, via الغد
 */
/** "رئيسة بعثة الصندوق إلى مصر …، إنه": whether إن/أن comes before the next verb cue (after word j + 1). */
function laterComplementizer(view: SentenceView, lex: Lexicon, cues: CueMap, j: number, limit: number): boolean {
  for (let m = j + 2; m < limit; m++) if (lex.complementizers.has(view.norms[m]!) || verbCue(cues, m)) return lex.complementizers.has(view.norms[m]!);
  return false;
}

export function scanAfter(view: SentenceView, lex: Lexicon, cueTo: number, cues: CueMap, complementPrepositions: boolean, addresseeObject = false, chargeOpeners: ReadonlySet<string> = NO_WORDS): ForwardScan {
  const limit = Math.min(view.length, cueTo + WINDOW);
  let boundary = -1;
  let contentFrom: number | null = null;
  let inRelative = false;
  for (let j = cueTo; j < limit; j++) {
    // "، الذي رفض ذكر اسمه،", "، طلبوا عدم الكشف عن هوياتهم،": nothing inside ends the subject region.
    if (view.commaBefore(j)) inRelative = isRelative(lex, view.norms[j]!) || hasAnonymityMarker(view, lex, { from: j, to: Math.min(view.length, j + 6) });
    else if (j === cueTo && isRelative(lex, view.norms[j]!)) inRelative = true;
    if (view.colonBefore(j)) {
      boundary = j;
      contentFrom = j;
      break;
    }
    if (!inRelative && (contentQuote(view, j) || spokenAfterTitle(view, lex, cueTo, j)) && !(j > cueTo && viaAt(view, lex, j - 1))) {
      boundary = j;
      contentFrom = j;
      break;
    }
    const w = view.norms[j]!;
    if (lex.complementizers.has(w)) {
      boundary = j;
      contentFrom = j + 1;
      break;
    }
    if (inRelative) continue;
    if (lex.reportNouns.has(w)) {
      boundary = j;
      // «جدد دعوته إلى الحوار», «تحذيره من …»: the noun's own preposition opens its content, as إن/أن does.
      const next = view.norms[j + 1] ?? '';
      contentFrom = lex.complementizers.has(next) || lex.complementPrepositions.has(next) || lex.separatePrepositions.has(next) ? j + 2 : j + 1;
      break;
    }
    // "إلى أن", "من أنه": a short preposition right before the complementizer belongs to the verb
    // ("محمد علي أن": a name written "علي" is no preposition).
    const preposition = !lex.nameSpellings.has(view.tokens[j]!.text) && (lex.complementPrepositions.has(w) || lex.titleLinkWords.has(w) || lex.adverbialPrepositions.has(w));
    // "رئيسة بعثة الصندوق إلى مصر …، إنه": with إن/أن still to come, إلى here belongs to the subject.
    const nameWord = lex.nameSpellings.has(view.tokens[j]!.text);
    if (!nameWord && ((complementPrepositions && lex.complementPrepositions.has(w) && !(j > cueTo + 1 && laterComplementizer(view, lex, cues, j, limit))) || (preposition && !lex.timeWords.has(w) && lex.complementizers.has(view.norms[j + 1] ?? '')))) {
      // "في تغريدة على تويتر: «…»": a colon just ahead is the real start of the content.
      let colon = -1;
      for (let m = j + 1; m <= Math.min(limit, j + 4) && colon < 0; m++) if (view.colonBefore(m) && m < view.length) colon = m;
      if (colon > 0 && !lex.complementizers.has(view.norms[j + 1] ?? '')) {
        boundary = colon;
        contentFrom = colon;
        break;
      }
      boundary = j;
      contentFrom = lex.complementizers.has(view.norms[j + 1] ?? '') ? j + 2 : j + 1;
      break;
    }
    if (j > cueTo && verbCue(cues, j) && !isRelative(lex, view.norms[j - 1]!)) {
      boundary = j;
      break;
    }
  }
  if (boundary < 0 && cueTo === view.length) boundary = cueTo;
  const regionEnd = boundary >= 0 ? boundary : limit;
  const chunks = chunksOf(view, lex, cueTo, regionEnd, cues);
  // The subject region ends at إن/أن, or at the verb's preposition right before it («وأكد … على أن»).
  const clauseBoundary = boundary >= 0 && (lex.complementizers.has(view.norms[boundary] ?? '') || (lex.complementPrepositions.has(view.norms[boundary] ?? '') && lex.complementizers.has(view.norms[boundary + 1] ?? '')));
  const subjectChunks: WordRange[] = [];
  let via: WordRange | undefined;
  // A statement, an interview or e-mail the words came through: the via when no outlet is named.
  let channel: WordRange | undefined;
  let anonymityMarked = false;
  let afterSubject: number | null = null;
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci]!;
    if (c.kind === 'adverbial') {
      channel ??= channelAt(view, lex, c.from, c.to) ?? (cues.get(c.from) === 'prep' && c.to > c.from + 1 ? { from: c.from + 1, to: c.to } : undefined);
      continue;
    }
    if (c.kind === 'relative') {
      if (subjectChunks.length) anonymityMarked ||= hasAnonymityMarker(view, lex, c);
      continue;
    }
    if (c.kind === 'via') {
      // "وقال لـ«الغد» مصدر مطلع إن": whom it was told comes first, the speaker after it.
      const speaker = subjectChunks.length === 0 && c.from === cueTo ? speakerAfterAddressee(view, lex, c) : -1;
      via ??= { from: c.from + (lex.viaPrepositions.has(view.norms[c.from]!) || loneViaPreposition(view, lex, c.from) ? 1 : 0), to: speaker > 0 ? speaker : c.to };
      if (speaker > 0) chunks.splice(ci + 1, 0, { from: speaker, to: c.to, kind: 'np' });
      continue;
    }
    if (c.kind !== 'np') continue;
    // "وقال، …، والمذاع عبر …": after a comma, a phrase opening with "and" goes on with what came before; it is no subject.
    if (subjectChunks.length === 0 && c.from > cueTo && view.commaBefore(c.from) && joinedConjunction(view, lex, c.from) > 0) continue;
    if (subjectChunks.length === 0) {
      const trimmed = trimNp(view, lex, c);
      if (trimmed.np.to <= trimmed.np.from) continue;
      // "وأبلغ مسؤول وكالة الأنباء أن …": a verb whose object is whom it was told ends the subject there.
      if (addresseeObject) trimmed.np.to = addresseeObjectAt(view, lex, trimmed.np);
      // "وصفتها بالوحشية": a noun with a glued preposition is the verb's complement, never its subject.
      if (prepositionalWord(lex, view.norms[trimmed.np.from]!) && !view.quoteOpeningAt(trimmed.np.from)) {
        afterSubject = c.from;
        break;
      }
      if (trimmed.np.to < c.to && anonymityMarkerAt(view, lex, trimmed.np.to, c.to)) anonymityMarked = true;
      // «واتهم الجيش المتمردين بارتكاب …»: the accused before the charge is the verb's object, and the content opens with it.
      const accused = accusedObjectAt(view, lex, trimmed.np, chargeOpeners);
      if (accused < trimmed.np.to && subjectLike(view, lex, { from: trimmed.np.from, to: accused })) {
        subjectChunks.push({ from: trimmed.np.from, to: accused });
        afterSubject = accused;
        break;
      }
      // «وأشار المجلس الأعلى للقضاء إلى أن …»: the phrase runs up to the verb's complement preposition.
      const complementAfter = boundary === trimmed.np.to && lex.complementPrepositions.has(view.norms[boundary] ?? '');
      // Without إن/أن the words after the verb may be its object ("أكد دعم …"): only a source noun is a subject.
      if (!clauseBoundary) {
        // "وقد طالبت المنسقة الأممية بفتح الممرات": judge the phrase up to where the verb's complement starts.
        // Only a definite phrase or a source noun: "أكد دعم الولايات المتحدة للجهود" has an object there.
        let cut = lex.clitics ? bareNpEnd(view, lex, trimmed.np, complementAfter) : trimmed.np.to;
        if (cut < trimmed.np.to && !definite(lex, bare(lex, view.norms[trimmed.np.from]!)) && !lookupNoun(lex, view.norms, trimmed.np.from)) cut = trimmed.np.to;
        // "وأعلنت مصر تضامنها مع …": a country's name (and its adjectives) is the subject; the object follows.
        const place = lex.clitics ? placeSubjectEnd(view, lex, trimmed.np) : -1;
        if (place > 0) {
          subjectChunks.push({ from: trimmed.np.from, to: place });
          if (place === c.to) continue;
          afterSubject = place;
          break;
        }
        if (!subjectLike(view, lex, { from: trimmed.np.from, to: cut })) {
          afterSubject = c.from;
          break;
        }
      }
      if (!clauseBoundary) {
        const cut = bareNpEnd(view, lex, trimmed.np, complementAfter);
        // "قال وزير الشؤون الخارجية والجالية بالخارج، سامي يوسف:": a name set off after the whole title.
        const name = cut < trimmed.np.to && trimmed.np.to === c.to ? nameAfterWholeTitle(view, lex, boundary, trimmed.np, chunks[ci + 1]) : null;
        if (name) {
          subjectChunks.push(trimmed.np, name);
          ci++;
          continue;
        }
        if (cut < trimmed.np.to) {
          subjectChunks.push({ from: trimmed.np.from, to: cut });
          afterSubject = cut;
          break;
        }
      }
      subjectChunks.push(trimmed.np);
      if (trimmed.via) via ??= trimmed.via;
      if (trimmed.channel) channel ??= trimmed.channel;
      // "وانتقدت منظمة العفو في بيان لها الحملة": no إن/أن, so the object follows the adverbial.
      // «في تصريح صحفي وجود المرض»: the object follows the channel phrase, when that ends inside the chunk.
      const channelEnd = !trimmed.via && trimmed.channel && trimmed.channel.from === trimmed.np.to + 1 && trimmed.channel.to < c.to ? trimmed.channel.to : -1;
      // «وتوقع الصندوق في تقريره تباطؤ النمو إلى …»: a preposition after that object is the object's, not the verb's.
      const objectBeforePreposition = channelEnd > 0 && contentFrom !== null && lex.complementPrepositions.has(view.norms[boundary] ?? '');
      // «ودانت الوزارة بشدة الهجوم على …»: after a manner adverbial the verb's object follows, before its preposition.
      const adverbial = lex.clitics ? lex.adverbialPhrases.matchAt(view.norms, trimmed.np.to, c.to) : 0;
      const adverbialNext = adverbial > 0 && !lex.complementPrepositions.has(view.norms[trimmed.np.to + adverbial] ?? '');
      if (!trimmed.via && trimmed.np.to < c.to && (contentFrom === null || objectBeforePreposition || adverbialNext)) {
        afterSubject = channelEnd > 0 ? channelEnd : trimmed.np.to;
        break;
      }
      continue;
    }
    const closed = c.to >= view.length || view.commaBefore(c.to) || view.colonBefore(c.to) || (c.to === boundary && lex.complementizers.has(view.norms[boundary] ?? ''));
    // "، سمير الخطيب للصحافيين في …": a name set off after a title, then whom or where it was told.
    const toldAt = !closed && subjectChunks.length === 1 ? nameThenAddressee(view, lex, c) : -1;
    if (toldAt > 0 && nameAfterTitle(view, lex, subjectChunks, { from: c.from, to: toldAt })) {
      subjectChunks.push({ from: c.from, to: toldAt });
      continue;
    }
    // "ووصف الرئيس فلان، الاتفاق بأنه …": a definite word that is no speaker's noun, closed only by the
    // verb's complement, is the verb's object; set off by a second comma it may still be an apposition.
    const objectAfterComma = lex.clitics && (lookupNoun(lex, view.norms, c.from)?.entry.kind ?? 'document') === 'document' && c.to < view.length && !view.commaBefore(c.to) && !view.colonBefore(c.to);
    if (subjectChunks.length < 3 && closed && ((appositive(view, lex, c) && !objectAfterComma) || nameAfterTitle(view, lex, subjectChunks, c))) {
      const trimmed = trimNp(view, lex, c);
      if (trimmed.np.to > trimmed.np.from) subjectChunks.push(trimmed.np);
      if (trimmed.via) via ??= trimmed.via;
      continue;
    }
    afterSubject = c.from;
    break;
  }
  if (contentFrom === null) contentFrom = afterSubject ?? (subjectChunks.length ? null : cueTo);
  // "وقال المسؤول الذي رفض ذكر اسمه “…”": a relative clause on the subject, before a quotation or إن/أن, is
  // no part of the content.
  else if (afterSubject !== null && afterSubject < contentFrom && !subjectRelativeBefore(view, lex, afterSubject, contentFrom, cues)) contentFrom = afterSubject;
  if (contentFrom === null) contentFrom = regionEnd < view.length ? regionEnd : null;
  via ??= channel;
  const subject: Subject = subjectChunks.length
    ? { type: 'phrase', chunks: subjectChunks, anonymityMarked, side: 'after', ...(via ? { via } : {}) }
    : { type: 'none' };
  if (subject.type === 'none' && via) return { subject: { type: 'phrase', chunks: [], anonymityMarked, side: 'after', via }, contentFrom, regionEnd };
  return { subject, contentFrom, regionEnd };
}

/** An anonymity marker starts at word `k`, or right after a relative pronoun there ("الذي رفض ذكر اسمه"). */
function anonymityMarkerAt(view: SentenceView, lex: Lexicon, k: number, to: number): boolean {
  if (lex.anonymityMarkers.matchAt(view.norms, k, to) > 0) return true;
  return lex.relativePronouns.has(view.norms[k]!) && lex.anonymityMarkers.matchAt(view.norms, k + 1, to) > 0;
}

/**
 * Word `at` opens a definite relative clause (الذي، التي) on the subject that runs, with no cue verb, up to
 * where the content starts (`contentFrom`, found at a quotation or إن/أن).
 */
function subjectRelativeBefore(view: SentenceView, lex: Lexicon, at: number, contentFrom: number, cues: CueMap): boolean {
  if (!lex.clitics || !lex.relativePronouns.has(view.norms[at]!) || !definite(lex, view.norms[at]!)) return false;
  for (let k = at + 1; k < contentFrom; k++) if (verbCue(cues, k)) return false;
  return true;
}

/**
 * Word `k` is a relative pronoun opening a clause on the phrase before it whose verb follows right after
 * ("who sent the letter", "who attended"): a lower-case word that is no determiner, pronoun or source
 * noun, with the clause ending at `end` (the word before the cue).
 */
function subjectRelativeAt(view: SentenceView, lex: Lexicon, k: number, end: number): boolean {
  if (k + 1 > end || !view.plainGapBefore(k) || !view.plainGapBefore(k + 1)) return false;
  const next = view.norms[k + 1]!;
  // "The manuals that accompanied the devices claimed": "that" with a past form right after it opens one too.
  const thatRelative = lex.complementizers.has(view.norms[k]!) && pastForm(lex, next);
  if (!lex.relativePronouns.has(view.norms[k]!) && !thatRelative) return false;
  if (view.capitalized(k + 1) || lex.determiners.has(next) || lex.pronouns.has(next) || lex.complementizers.has(next) || lookupNoun(lex, view.norms, k + 1) || /\d/u.test(next)) return false;
  // The phrase before the pronoun names someone: a source noun, a name or a plural of people; before
  // "who" (or a "that" the verb shows is a relative) any plain noun does ("the docs who …": the pronoun says it is people).
  const before = view.norms[k - 1]!;
  if ((lex.personalRelatives.has(view.norms[k]!) || thatRelative) && /^[a-z]{3,}$/u.test(before) && !lex.npStoppers.has(before) && !lex.timeWords.has(before) && !lex.pronouns.has(before) && !lex.auxiliaries.has(before) && !lex.adverbialPrepositions.has(before)) return true;
  return lookupNoun(lex, view.norms, k - 1) !== null || view.capitalized(k - 1) || lex.personPluralEndings.some((e) => before.endsWith(e)) || personSingular(lex, before);
}

/** Words [from, end] after an object relative ("which the owner", "whom Ms. Lane") are a short noun phrase naming someone. */
function objectRelativeSubject(view: SentenceView, lex: Lexicon, from: number, end: number): boolean {
  if (end - from > 5) return false;
  for (let k = from; k <= end; k++) if (lex.npStoppers.has(view.norms[k]!) || verbCueLike(view, k)) return false;
  const first = view.norms[from]!;
  return lex.determiners.has(first) || view.capitalized(from) || lookupNoun(lex, view.norms, from) !== null;
}

/** A lower-case -ed word: a verb inside the phrase ("which was signed") makes it no noun phrase. */
function verbCueLike(view: SentenceView, k: number): boolean {
  return verbShaped(view.tokens[k]!.text, 'ed', 3, true);
}

/** Words that end a backwards search for a subject. */
function hardStop(view: SentenceView, lex: Lexicon, k: number, cues: CueMap, breakAfterEnds = true): boolean {
  const w = view.norms[k]!;
  // "sources close to the campaign", "people familiar with the matter": inside the phrase.
  // Not across a comma ("…, president,” while 73 percent said"): the phrase before it has ended.
  if (lex.npStoppers.has(w) && k > 0 && !(view.commaBefore(k) && !lex.clitics) && (lex.postModifierHeads.has(view.norms[k - 1]!) || (lex.postModifiers.has(w) && lookupNoun(lex, view.norms, k - 1)))) return false;
  // "Farmers in Lorient voiced …": a plural common noun and a named place or body after it are one phrase.
  // "Farmers in the valley said": likewise a plural noun of people ("-ers", "-ists") and a definite place after it.
  if (!lex.clitics && k > 0 && lex.postModifiers.has(w) && (view.capitalized(k + 1) || (lex.definiteMarkers.has(view.norms[k + 1] ?? '') && lex.personPluralEndings.some((e) => view.norms[k - 1]!.endsWith(e)))) && (k === 1 || !view.capitalized(k - 1)) && /[^su]s$/u.test(view.norms[k - 1]!) && view.plainGapBefore(k) && view.plainGapBefore(k + 1)) return false;
  // "Omar Said": a capitalised word inside a name is part of it, whatever it also means.
  if (!lex.clitics && k > 0 && view.capitalized(k) && view.capitalized(k - 1) && view.plainGapBefore(k) && !lex.complementizers.has(w)) return false;
  // "Fighters known as the River Brigades": a naming participle keeps the phrase going.
  if (lex.npStoppers.has(w) && k > 0 && lex.namingWords.has(view.norms[k - 1]!)) return false;
  // "the Ministry of Trade and Industry": "and" inside a body's name.
  if (conjunctionInName(view, lex, k) || conjunctionOfModifiers(view, lex, k)) return false;
  if (lex.complementizers.has(w) || verbCue(cues, k) || lex.npStoppers.has(w)) return true;
  // «في حين اعترض المتهم»: the last word of a two-word starter («حين») is no noun of the subject either.
  if (lex.clitics && (lex.clauseStarters.matchAt(view.norms, k) > 0 || (k > 0 && lex.clauseStarters.matchAt(view.norms, k - 1) === 2))) return true;
  if ((breakAfterEnds && view.breakBefore(k + 1)) || contentQuoteBefore(view, lex, k + 1) || view.colonBefore(k + 1)) return true;
  return false;
}

/**
 * A content quotation closes right before word i; a quoted name after "the" ("the “League of Small
 * Growers,” which …, said") is none, however many words it has.
 */
function contentQuoteBefore(view: SentenceView, lex: Lexicon, i: number): boolean {
  if (!view.contentQuoteClosesBefore(i)) return false;
  if (lex.clitics) return true;
  const q = view.quoteClosingBefore(i)!;
  let first = i - 1;
  while (first > 0 && view.start(first - 1) >= q.start) first--;
  return !(first > 0 && view.start(first) >= q.start && view.capitalized(first) && lex.definiteMarkers.has(view.norms[first - 1]!) && view.sentence.start <= q.open);
}

/**
 * Subject–verb order: the noun phrase right before the cue ("Smith said", "X, who …, said",
 * "Jane Moore, a spokesman, said", "كانت مصادر مصرية، قد أكدت").
 * @example scanBefore(view, lex, 2, 0, cues) // "The ministry said …" → { type: 'phrase', chunks: [{ from: 0, to: 2 }], side: 'before' }
 */
export function scanBefore(view: SentenceView, lex: Lexicon, cueFrom: number, floor: number, cues: CueMap): Subject {
  let j = skipBackOverModifiers(view, lex, cueFrom - 1, floor);
  if (j < floor) return { type: 'none' };
  // "A spokesperson for the committee – a movement that backs the army – rejected": the aside between
  // dashes is skipped like one between commas.
  if (contentQuoteBefore(view, lex, j + 1)) return { type: 'none' };
  const dashSkipped = view.breakBefore(j + 1);
  if (dashSkipped) {
    j = dashAsideBefore(view, lex, j, floor);
    if (j < floor || contentQuoteBefore(view, lex, j + 1)) return { type: 'none' };
  }
  const w = view.norms[j]!;
  // "…, and criticized the board": a verb coordinated after a comma has no subject of its own before it
  // (the chunk before the comma is the first verb's object, not a speaker).
  // "Hale, though, said": a starter set off by commas on both sides is an aside adverb (data), skipped below.
  const framedAdverb = view.commaBefore(j + 1) && lex.asideAdverbs.matchAt(view.norms, j, j + 1) === 1;
  if (!lex.clitics && j > floor && view.commaBefore(j) && lex.clauseStarters.has(w) && !framedAdverb) return { type: 'none' };
  const pronoun = lex.pronouns.get(w);
  // "a move it said was …": a subject-only pronoun right before the cue is its subject after any word.
  const subjectOnly = !lex.clitics && j === cueFrom - 1 && lex.subjectPronouns.has(w);
  if (pronoun && pronoun !== 'relative' && (subjectOnly || j === floor || hardStop(view, lex, j - 1, cues) || view.commaBefore(j) || lex.clauseStarters.matchAt(view.norms, j - 1) > 0)) {
    return { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun };
  }
  if (isRelative(lex, w)) return { type: 'relative', range: { from: j, to: j + 1 } };
  if (lex.continuingPronounForms.has(w)) return { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun: 'continuing' };

  // Walk back chunk by chunk (commas): "X, who …, said" and "X, a spokesman, said" skip or keep the
  // middle chunk; inside the chunk that holds the subject, a hard stop (that, and, a cue …) ends it.
  let anonymityMarked = false;
  const picked: Chunk[] = [];
  let end = j;
  let headVia: WordRange | undefined;
  // "Axios, citing two officials, said", "Citing a source, the agency said": the cited phrase speaks; the subject relays it.
  let cited: WordRange | undefined;
  while (end >= floor && picked.length < 3) {
    let a = end;
    while (a - 1 >= floor && !view.commaBefore(a) && !view.breakBefore(a) && !contentQuoteBefore(view, lex, a) && !view.colonBefore(a) && end - a < WINDOW) a--;
    if (!cited && relayingAsideEnd(view, lex, a) === end && (picked.length === 0 ? a > floor : a === floor)) {
      cited = trimNp(view, lex, { from: a + 1, to: end + 1 }).np;
      if (picked.length > 0) break;
      end = a - 1;
      continue;
    }
    const full: Chunk = { from: a, to: end + 1, kind: classify(view, lex, { from: a, to: end + 1 }, cues) };
    if (full.kind === 'via' && picked.length > 0) {
      // "In an interview with CNN, the senator said": the channel, not part of the subject.
      const pattern = lex.viaPatterns.matchAt(view.norms, a);
      if (pattern && !headVia && a + pattern < end + 1) headVia = { from: a + pattern, to: end + 1 };
      break;
    }
    // "Maria Gomez, 66, said", "the agency, close to the opposition, showed": an aside between commas.
    if (picked.length === 0 && skippedAside(view, lex, a, end, floor)) {
      end = a - 1;
      continue;
    }
    // ", after initial returns showed": the chunk next to the cue opening with a subordinator holds its subject.
    // "…,” retired admiral A B said": a participle opening the chunk next to the cue that ends in a name
    // is the name's modifier, not a participle clause ("Asked about it, A B said" ends before the name).
    const modifiedName = !lex.clitics && picked.length === 0 && end === j && end > a && view.capitalized(end) && view.capitalized(end - 1);
    // "…, which the owner says he will keep": a relative whose clause runs up to the cue holds the cue's
    // subject after the pronoun; only a relative set off before the cue ("X, who …, said") is an aside.
    if (!lex.clitics && full.kind === 'relative' && picked.length === 0 && end === j && end > a && lex.relativePronouns.has(view.norms[a]!) && objectRelativeSubject(view, lex, a + 1, end)) {
      picked.push({ from: a + 1, to: end + 1, kind: 'np' });
      break;
    }
    if (full.kind === 'relative' || (interjection(view, lex, full) && !modifiedName && !(picked.length === 0 && end === j && lex.subordinators.has(view.norms[a]!)))) {
      if (picked.length > 0) break;
      anonymityMarked ||= hasAnonymityMarker(view, lex, full);
      end = a - 1;
      if (!view.commaBefore(a)) break;
      continue;
    }
    // "A statement posted on the agency's website said": a past form after a document opens a reduced relative
    // on it; the document is the subject, not a phrase inside the relative.
    const relative = !lex.clitics && picked.length === 0 ? reducedRelativeAfterDocument(view, lex, a, end) : -1;
    if (relative > a) end = relative - 1;
    let h = end;
    // "Omar Haddad, a senior adviser on Arab and African affairs, wrote": an apposition after a name is
    // taken whole ("and" inside it ends nothing).
    const wholeApposition =
      picked.length === 0 && a > floor && view.commaBefore(a) && (lex.clitics ? titledAppositionAfterName(view, lex, a, end, floor, cues) : appositive(view, lex, { from: a, to: end + 1 }, LONG_APPOSITION) && namedBefore(view, lex, { from: chunkStart(view, a - 1, floor), to: a }));
    if (wholeApposition) h = a - 1;
    // The dash that closes an aside skipped before the cue ends the chunk; it stops none of its words.
    while (h >= a && !hardStop(view, lex, h, cues, !(h === end && dashSkipped))) h--;
    // "The man who attended the session said": a relative clause on the subject (its own verb right after
    // the pronoun) sits between the subject and the cue; the subject is the phrase before the pronoun.
    // (A post-modifier list may keep "who" inside the phrase, so the pronoun is looked for, not the stop.)
    if (!lex.clitics && picked.length === 0 && !wholeApposition) {
      for (let k = a + 1; k < end; k++) {
        if (!subjectRelativeAt(view, lex, k, end)) continue;
        end = k - 1;
        h = end;
        while (h >= a && !hardStop(view, lex, h, cues)) h--;
        break;
      }
    }
    let from = h >= a ? h + 1 : a;
    // "Smith and Jones said", "The mayor and the governor said": two speakers opening the clause are one source.
    if (picked.length === 0 && h > a && coordinatedSpeakers(view, lex, a, h, end)) from = seriesStart(view, lex, a, floor);
    from = skipLeadingMarkers(view, lex, from, end);
    // "a claim the ministry called …": a second determiner starts a new noun phrase, the subject.
    if (!lex.clitics && picked.length === 0 && !wholeApposition) {
      // "A militia fighting the army in the north claimed": the phrase after a participle is its object;
      // the subject is the phrase before the participle. After a preposition ("upon learning the results", also
      // glued to a previous sentence as "Party.Upon") the -ing word is a gerund.
      let participle = -1;
      for (let m = end; m > from; m--) {
        const w = view.norms[m]!;
        const prev = view.norms[m - 1]!;
        if ((lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w)) && !lex.postModifiers.has(prev) && !lex.npStoppers.has(prev) && !prev.endsWith("'s")) {
          if (participle < 0 && m - 1 > from && verbShaped(view.tokens[m - 1]!.text, 'ing', 3, true) && !cues.has(m - 1) && !lex.gerundOpeners.has(view.norms[m - 2]!.split(/[.!?]/u).pop()!)) {
            participle = m - 1;
            continue;
          }
          from = m;
          break;
        }
      }
      if (participle > from) end = participle - 1;
    }
    if (from > end) break;
    // A title's apposition taken whole keeps its preposition («… في الحكومة الانتقالية»): no channel or via cut.
    const trimmed: ReturnType<typeof trimNp> = wholeApposition && lex.clitics ? { np: { from, to: end + 1 } } : trimNp(view, lex, { from, to: end + 1 });
    if (trimmed.np.to <= trimmed.np.from) break;
    if (picked.length > 0) {
      // An earlier chunk joins as the name before an apposition ("Jane Moore, a spokesman,") or as the
      // title before a name ("A spokeswoman for the ministry, Maria Lopez,"), and only whole.
      const next = picked[0]!;
      if (h >= a && !lex.clitics) break;
      const nameThenTitle = appositive(view, lex, next, namedBefore(view, lex, trimmed.np) ? LONG_APPOSITION : 10) && subjectLike(view, lex, trimmed.np) && (lex.clitics || (!pastVerbInside(view, lex, trimmed.np) && (!bodyApposition(view, lex, next) || namedBefore(view, lex, trimmed.np) || namingApposition(view, lex, next))));
      const titleThenName = !lex.clitics && nameLike(view, lex, next) && appositive(view, lex, trimmed.np);
      if (!nameThenTitle && !titleThenName) break;
      // "Speaking at a rally, the senator said": an opening participle phrase sets the scene; it is no name.
      if (openingParticiple(view, lex, trimmed.np, floor)) break;
      // "Despite the protests, the mayor said", "Amid calls for calm, …": an opening prepositional phrase is no name.
      if (!lex.clitics && (lex.adverbialPrepositions.has(view.norms[trimmed.np.from]!) || lex.prepositionsBeforeNouns.has(view.norms[trimmed.np.from]!))) break;
      if (!lex.clitics && !view.capitalized(trimmed.np.from) && !lex.definiteMarkers.has(view.norms[trimmed.np.from]!) && !lex.indefiniteMarkers.has(view.norms[trimmed.np.from]!)) break;
    }
    picked.unshift({ ...trimmed.np, kind: 'np' });
    if (picked.length === 1) headVia = trimmed.via;
    if (h >= a || !view.commaBefore(a)) break;
    end = a - 1;
  }
  if (picked.length === 0) return { type: 'none' };
  // "وفي وقت سابق، أعلن …", "Earlier, …": a fronted time or place phrase sets the scene; it never speaks.
  if (picked.length === 1 && (frontedAdverbial(view, lex, picked[0]!) || openingChannelOnly(view, lex, picked[0]!))) return { type: 'none' };
  // "وصفتها بالضارية، وأشارت": a noun with a glued preposition ends a complement, it names no speaker.
  if (prepositionalWord(lex, view.norms[picked[0]!.from]!) && !view.quoteOpeningAt(picked[0]!.from)) return { type: 'none' };
  // "… to a record 27.25 percent, in a move …": a figure with no source noun or name is no speaker.
  if (figureOnly(view, lex, picked[picked.length - 1]!) && !shareOpensClause(view, lex, picked, j, floor)) return { type: 'none' };
  const size = picked.reduce((n, c) => n + c.to - c.from, 0);
  // A short name before its apposition is kept whatever the apposition's length (it was checked above).
  // A titled name ("Senator Ana Ruiz, one of the bill's sponsors in …,") is as short a name.
  const namedApposition = !lex.clitics && picked.length === 2 && namedBefore(view, lex, picked[0]!);
  if (size > (lex.clitics ? 14 : 12) && !namedApposition) {
    const last = picked[picked.length - 1]!;
    if (last.to - last.from > (lex.clitics ? 8 : 7)) return { type: 'none' };
    picked.splice(0, picked.length - 1);
  }
  // "the amount UN experts say is needed": the cue's clause lacks its subject, so the phrase before it is a
  // noun with a zero relative; the speaker is the phrase after that noun.
  if (picked.length === 1) {
    const speaker = zeroRelativeSpeaker(view, lex, picked[0]!, cueFrom);
    if (speaker) picked.splice(0, 1, { ...speaker, kind: 'np' });
  }
  const chunks = picked.map(({ from, to }) => ({ from, to }));
  if (cited && cited.to > cited.from) return { type: 'phrase', chunks: [cited], anonymityMarked, side: 'before', via: { from: chunks[0]!.from, to: chunks[chunks.length - 1]!.to } };
  return { type: 'phrase', chunks, anonymityMarked, side: 'before', ...(headVia ? { via: headVia } : {}) };
}

/**
 * "the sum local economists say is needed", "a figure UN experts believe will rise": a determiner's phrase
 * right before a one-word cue followed by a finite verb (the gap of a zero relative) holds two phrases: the
 * noun the relative hangs on, then the speaker — from the first capitalised word after it, else the last noun
 * of a person or a body and one modifier before it. Cased scripts; null when the phrase is no such pair.
 */
function zeroRelativeSpeaker(view: SentenceView, lex: Lexicon, np: WordRange, cueFrom: number): WordRange | null {
  if (lex.clitics || np.to !== cueFrom || np.to - np.from < 3 || view.commaBefore(cueFrom + 1)) return null;
  if (!lex.finiteAuxiliaries.has(view.norms[cueFrom + 1] ?? '')) return null;
  if (!lex.definiteMarkers.has(view.norms[np.from]!) && !lex.indefiniteMarkers.has(view.norms[np.from]!)) return null;
  for (let k = np.from + 2; k < np.to; k++) if (view.capitalized(k) && !view.capitalized(k - 1)) return { from: k, to: np.to };
  const kind = lookupNoun(lex, view.norms, np.to - 1)?.entry.kind;
  if (kind !== 'person' && kind !== 'generic' && kind !== 'organization') return null;
  const from = np.to - 2 >= np.from + 2 && !lookupNoun(lex, view.norms, np.to - 2) ? np.to - 2 : np.to - 1;
  return from >= np.from + 2 ? { from, to: np.to } : null;
}

/**
 * The first past form in [from, end] right after a document noun ("video posted"), with no agent after it, or -1.
 * A form of getting hold of the document ("documents obtained by the newspaper", "a draft seen by Reuters") keeps
 * the document whatever the agent. Cased scripts.
 */
function reducedRelativeAfterDocument(view: SentenceView, lex: Lexicon, from: number, end: number): number {
  for (let m = from + 1; m <= end; m++) {
    const access = lex.documentAccessForms.has(view.norms[m]!);
    if (view.commaBefore(m) || view.capitalized(m) || !(access || verbShaped(view.tokens[m]!.text, 'ed', 3, true))) continue;
    if (lookupNoun(lex, view.norms, m - 1)?.entry.kind !== 'document') continue;
    // "after video surfaced showing …": a document opening a clause of its own is that clause's subject.
    for (let k = from; k < m - 1; k++) if (lex.npStoppers.has(view.norms[k]!)) return -1;
    // "a video released by the ministry showed": the agent named in the relative speaks through it.
    if (!access) for (let k = m + 1; k <= end; k++) if (lex.agentPrepositions.has(view.norms[k]!)) return -1;
    return m;
  }
  return -1;
}

const DASH = /[\u2013\u2014]|--/u;

/**
 * The chunk from `a` to `end`, set off by a comma before it, is an aside between the subject and the cue,
 * skipped as one step: an age ("Maria Gomez, 66, said"), a comparison ("Senator A B, like Governor C, has
 * urged"), an allegiance ("the agency, close to the opposition, showed"), an adverb ("Hale, too, said"), a residence ("Johnnie Wilson, of
 * Springfield, Va., said"), or an apposition describing a place named by a preposition ("Footage from
 * Marlow, the county seat, showed": the subject is the phrase the place belongs to).
 */
function skippedAside(view: SentenceView, lex: Lexicon, a: number, end: number, floor: number): boolean {
  if (!view.commaBefore(a) || a <= floor) return false;
  const w = view.norms[a]!;
  if (end === a && /^\d{1,3}$/.test(w)) return true;
  if (end - a < 6 && (lex.comparisonAsides.has(w) || lex.allegianceAsides.matchAt(view.norms, a, end + 1) > 0)) return true;
  if (lex.asideAdverbs.matchAt(view.norms, a, end + 1) === end - a + 1) return true;
  if (residence(view, lex, a) || (end - a < 2 && view.capitalized(a) && residence(view, lex, chunkStart(view, a - 1, floor)))) return true;
  return !lex.clitics && (lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w)) && placeEnds(view, lex, a - 1, floor);
}

/** The last word before an apposition set off by dashes that ends at word `j` (a dash after it), or -1. */
function dashAsideBefore(view: SentenceView, lex: Lexicon, j: number, floor: number): number {
  if (lex.clitics || !DASH.test(view.gapBefore(j + 1))) return -1;
  for (let k = j; k > floor && k >= j - 24; k--) {
    if (!view.breakBefore(k)) continue;
    // "– the company that owns X, which also runs Y –": a comma inside the aside goes on with it.
    if (view.commaBefore(k) && !DASH.test(view.gapBefore(k))) continue;
    const opens = DASH.test(view.gapBefore(k)) && (lex.indefiniteMarkers.has(view.norms[k]!) || lex.definiteMarkers.has(view.norms[k]!));
    return opens ? k - 1 : -1;
  }
  return -1;
}

/** "40 senators", "12 states": a plural noun right after a figure names a counted group, which may speak. Cased scripts. */
function countedPlural(view: SentenceView, lex: Lexicon, k: number): boolean {
  return !lex.clitics && k > 0 && /\d/u.test(view.norms[k - 1]!) && /^[a-z]{2,}[^s']s$/u.test(view.tokens[k]!.text);
}

function figureOnly(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  let digit = false;
  for (let k = c.from; k < c.to; k++) {
    if (/\d/u.test(view.norms[k]!)) digit = true;
    else if (lookupNoun(lex, view.norms, k) || (k > c.from && view.capitalized(k)) || countedPlural(view, lex, k)) return false;
  }
  return digit;
}

/**
 * "46 percent would back A, while 44 percent prefer B": a share of those polled, alone before its verb
 * (no comma between) and opening its clause, speaks for them; "rose to 27 percent, in a move …" does not.
 */
function shareOpensClause(view: SentenceView, lex: Lexicon, picked: readonly WordRange[], j: number, floor: number): boolean {
  if (lex.shareWords.size === 0 || picked.length !== 1) return false;
  const c = picked[0]!;
  if (c.to !== j + 1) return false;
  // "38% said": the sign may be left out of the word. "41 percent of riders said": the share of a group.
  let share = false;
  for (let k = c.from; k < c.to && !share; k++) {
    const w = view.norms[k]!;
    share = (lex.shareWords.has(w) || (/^\d/u.test(w) && view.text[view.tokens[k]!.end] === '%')) && (k === c.to - 1 || view.norms[k + 1] === lex.genitiveLink);
  }
  if (!share) return false;
  // One word ("about", "nearly") may stand before the figure.
  const opens = (k: number): boolean => k <= floor || view.commaBefore(k) || lex.clauseStarters.has(view.norms[k - 1]!) || lex.subordinators.has(view.norms[k - 1]!);
  return opens(c.from) || (c.from - 1 >= floor && opens(c.from - 1));
}

/** The chunk ending at `j` is a phrase and a place after its preposition ("video from Marlow"). */
function placeEnds(view: SentenceView, lex: Lexicon, j: number, floor: number): boolean {
  let k = j;
  while (k > floor && k > j - 3 && view.capitalized(k) && !view.commaBefore(k)) k--;
  if (k === j || view.commaBefore(k + 1) || !lex.residencePrepositions.has(view.norms[k]!)) return false;
  // The phrase before the place is short and opens its clause ("Video from Marlow", not "… the fall of the town").
  let start = k;
  while (start > floor && !view.commaBefore(start)) start--;
  const head = view.norms[start]!;
  return k > start && k - start <= 4 && !lex.adverbialPrepositions.has(head) && !lex.subordinators.has(head) && lookupNoun(lex, view.norms, k + 1) === null;
}

function residence(view: SentenceView, lex: Lexicon, a: number): boolean {
  return a >= 0 && view.commaBefore(a) && lex.residencePrepositions.has(view.norms[a]!) && view.capitalized(a + 1);
}

function chunkStart(view: SentenceView, j: number, floor: number): number {
  let a = j;
  while (a - 1 >= floor && !view.commaBefore(a) && j - a < 4) a--;
  return a;
}

/** Skips what may sit between a subject and its verb: auxiliaries, adverbs, a time phrase, a parenthesis, "to" + verb. */
function skipBackOverModifiers(view: SentenceView, lex: Lexicon, j: number, floor: number): number {
  for (let moved = true; moved && j >= floor; ) {
    moved = false;
    // Never step back over punctuation: "…,” said X" must not reach into the quotation.
    if (!view.plainGapBefore(j + 1) && !view.parenthesisBefore(j + 1)) break;
    const w = view.norms[j]!;
    const time = lex.clitics ? j : timePhraseStart(view, lex, j, floor);
    if (time < j) {
      // "a panel in 2001 found", "a poll released in late August found": a time phrase after the subject,
      // and the reduced relative's participle ("released") with it.
      j = time - 1;
      if (j > floor && verbShaped(view.norms[j]!, 'ed') && !view.capitalized(j) && !lex.auxiliaries.has(view.norms[j]!) && view.plainGapBefore(j + 1)) j--;
      moved = true;
    } else if (!lex.clitics && channelAdjunctStart(view, lex, j, floor) < j) {
      // "Coach Lamb in a post-match interview praised …": the occasion of the report, not its speaker.
      j = channelAdjunctStart(view, lex, j, floor) - 1;
      moved = true;
    } else if ((lex.floatingQuantifiers.has(w) && j > floor && view.plainGapBefore(j) && !lex.determiners.has(view.norms[j - 1]!)) || ((lex.auxiliaries.has(w) || (!lex.clitics && (lex.timeWords.has(w) || (/ly$/.test(w) && !view.capitalized(j))))) && !nameGoesOn(view, lex, j, floor))) {
      j--;
      moved = true;
    } else if (markerEndingAt(view, lex, j, floor) > 0) {
      // "رئيس الوزراء من جهته أكد", "the mayor for her part said": a discourse marker between subject and verb.
      j -= markerEndingAt(view, lex, j, floor);
      moved = true;
    } else if (!lex.clitics && w === 'to' && j - 1 >= floor && !view.capitalized(j - 1)) {
      // "refused to admit", "declined to say": the subject is before the governing verb.
      j -= 2;
      moved = true;

    } else if (view.parenthesisBefore(j + 1) && !lex.clitics) {
      // "Mike Pence (R-IN) said": step over the parenthesis.
      let k = j;
      while (k > floor && !view.gapBefore(k).includes('(')) k--;
      if (k > floor) {
        j = k - 1;
        moved = true;
      }
    }
  }
  return j;
}

/** Words of a discourse marker of two words or more that ends at word j, unbroken, with a word before it; else 0. */
function markerEndingAt(view: SentenceView, lex: Lexicon, j: number, floor: number): number {
  for (let n = 2; n <= MARKER_WORDS; n++) {
    const from = j - n + 1;
    if (from <= floor) return 0;
    if (!view.plainGapBefore(from + 1)) return 0;
    if (lex.discourseMarkers.matchAt(view.norms, from, j + 1) === n) return n;
  }
  return 0;
}

/** Longest discourse marker skipped between a subject and its verb ("في السياق ذاته"). */
const MARKER_WORDS = 4;

/**
 * Where a prepositional channel phrase ending at word j starts ("in a statement", "at a news conference"):
 * a preposition, a determiner and at most two lower-case modifiers before a channel noun, after a word of
 * the subject; j when there is none.
 */
function channelAdjunctStart(view: SentenceView, lex: Lexicon, j: number, floor: number): number {
  if (!lex.channelNouns.has(view.norms[j]!) || view.capitalized(j)) return j;
  for (let k = j - 1; k > floor && j - k <= 4; k--) {
    if (!view.plainGapBefore(k + 1) || view.capitalized(k)) return j;
    if (!lex.determiners.has(view.norms[k]!)) continue;
    const prep = k - 1;
    return prep > floor && lex.adverbialPrepositions.has(view.norms[prep]!) && view.plainGapBefore(prep + 1) && view.plainGapBefore(prep) && !lex.adverbialPrepositions.has(view.norms[prep - 1]!) ? prep : j;
  }
  return j;
}

/** Where a prepositional time phrase ending at word j starts ("in late August", "in 2001"); j when there is none. */
function timePhraseStart(view: SentenceView, lex: Lexicon, j: number, floor: number): number {
  let k = j;
  while (k > floor && j - k < 3 && view.plainGapBefore(k + 1) && !lex.adverbialPrepositions.has(view.norms[k]!) && (lex.timeWords.has(view.norms[k]!) || /^\d{1,4}$/.test(view.norms[k]!))) k--;
  if (k === j || k <= floor || !lex.adverbialPrepositions.has(view.norms[k]!) || !view.plainGapBefore(k + 1)) return j;
  // "in late August": "late" is a time word that may also open the phrase.
  if (k - 1 > floor && lex.timeWords.has(view.norms[k]!) && lex.adverbialPrepositions.has(view.norms[k - 1]!) && view.plainGapBefore(k)) k--;
  return k;
}

/**
 * English "Visiting the site, the mayor said": a phrase opening the clause with an -ing or -ed word and a
 * lower-case word after it is a participle clause, not a name before an apposition ("Manning, the coach,"
 * and "Harding of Ohio" stay names: no lower-case word after, or "of"/"and").
 */
function openingParticiple(view: SentenceView, lex: Lexicon, c: WordRange, floor: number): boolean {
  if (lex.clitics || c.to - c.from < 2 || !(c.from === floor || view.capitalized(c.from))) return false;
  if (!/^[a-z]{3,}(?:ing|ed)$/iu.test(view.tokens[c.from]!.text) || lookupNoun(lex, view.norms, c.from)) return false;
  const next = view.norms[c.from + 1]!;
  return !view.capitalized(c.from + 1) && next !== 'of' && next !== 'and';
}

/** English "President Obama, dedicating the museum on Saturday, said": a participle clause between commas. */
function interjection(view: SentenceView, lex: Lexicon, c: Chunk): boolean {
  if (lex.clitics || !view.commaBefore(c.from) || c.kind === 'adverbial') return c.kind === 'adverbial' && view.commaBefore(c.from);
  const first = view.norms[c.from]!;
  // "…, elected officials from both parties say": an -ed adjective before a noun of people opens a subject.
  if (verbShaped(first, 'ed') && c.to - c.from > 1 && (lookupNoun(lex, view.norms, c.from + 1) !== null || lex.personPluralEndings.some((e) => view.norms[c.from + 1]!.endsWith(e)))) return false;
  return (verbShaped(first, 'ing') || verbShaped(first, 'ed')) && !view.capitalized(c.from);
}

function skipLeadingMarkers(view: SentenceView, lex: Lexicon, from: number, end: number): number {
  for (let moved = true; moved && from <= end; ) {
    moved = false;
    const marker = lex.discourseMarkers.matchAt(view.norms, from, end + 1);
    if (marker) {
      from += marker;
      moved = true;
    } else if (lex.auxiliaries.has(view.norms[from]!) || lex.timeWords.has(view.norms[from]!)) {
      from++;
      moved = true;
    }
  }
  return from;
}

/**
 * "…,” said widow A B.", "said retired admiral A B": up to three lower-case words (a title no list holds,
 * a modifier) and then a name that closes the sentence or runs to a comma.
 */
function titledNameAt(view: SentenceView, lex: Lexicon, j: number, cues: CueMap): boolean {
  // "said 9/11 widow A B", "said 23-year-old student A B": a figure may open the modifiers (not counted).
  let f = j;
  while (f < view.length && f - j < 2 && /^\d[\d-]*(?:-[a-z]+)*$/u.test(view.norms[f]!) && !(f > j && view.commaBefore(f))) f++;
  if (f > j && (f >= view.length || view.capitalized(f))) return false;
  j = f;
  let k = j;
  while (k < view.length && k - j < 3 && !view.capitalized(k) && /^[a-z-]+$/u.test(view.norms[k]!) && !lex.npStoppers.has(view.norms[k]!) && !lex.postModifiers.has(view.norms[k]!) && !lex.adverbialPrepositions.has(view.norms[k]!) && !lex.agentPrepositions.has(view.norms[k]!) && !lex.complementizers.has(view.norms[k]!) && !lex.pronouns.has(view.norms[k]!) && !verbCue(cues, k)) {
    if (k > j && view.commaBefore(k)) return false;
    k++;
  }
  if (k === j || k >= view.length || !view.capitalized(k) || view.commaBefore(k)) return false;
  while (k < view.length && view.capitalized(k) && !(view.commaBefore(k) && k > j)) k++;
  return k === view.length || view.commaBefore(k);
}

/**
 * English "…,” said Smith, a spokesman." — the subject right after the cue, then the end or an apposition.
 * @example scanInverted(view, lex, 5, cues) // "“No,” said John Smith." → phrase [John Smith]
 */
export function scanInverted(view: SentenceView, lex: Lexicon, cueTo: number, cues: CueMap): Subject {
  let j = cueTo;
  while (j < view.length && lex.timeWords.has(view.norms[j]!) && !view.commaBefore(j)) j++;
  if (j >= view.length) return { type: 'none' };
  const w = view.norms[j]!;
  const pronoun = lex.pronouns.get(w);
  if (pronoun && pronoun !== 'relative') {
    // "…, said he." inverts; "…, Va., said he had fought …" does not: there the pronoun starts the content.
    const closes = j + 1 >= view.length || view.commaBefore(j + 1) || lex.adverbialPrepositions.has(view.norms[j + 1]!) || lex.timeWords.has(view.norms[j + 1]!);
    return closes ? { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun } : { type: 'none' };
  }
  if (!(view.capitalized(j) || lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w) || lookupNoun(lex, view.norms, j) || titledNameAt(view, lex, j, cues))) return { type: 'none' };
  if (lex.complementizers.has(w)) return { type: 'none' };
  // "…, recalled, “Out of nowhere, …”": a quotation after the cue is what was said, never who said it.
  if (contentQuote(view, j)) return { type: 'none' };
  let e = j;
  while (e < view.length && e - j < 10 && !(e > j && (view.commaBefore(e) || lex.npStoppers.has(view.norms[e]!) || verbCue(cues, e) || lex.complementizers.has(view.norms[e]!)))) e++;
  // "…, said Luka Mares, a spokesman." ends at a comma or the end; "said the bill was dead" is no subject.
  if (e < view.length && !view.commaBefore(e) && !lex.adverbialPrepositions.has(view.norms[e]!) && !lex.timeWords.has(view.norms[e]!)) {
    // "…,” said Mr. Holm (a view echoed by …).": a name closed by a parenthetical aside.
    const aside = parentheticalAfterName(view, j, e);
    if (aside < 0) return { type: 'none' };
    e = aside;
  }
  // "…, told a press conference in Baghdad that …": a clause follows, so the phrase is the verb's object.
  for (let k = e; k < Math.min(view.length, e + 12) && !view.commaBefore(k); k++) if (lex.complementizers.has(view.norms[k]!)) return { type: 'none' };
  const chunks: WordRange[] = [{ from: j, to: e }];
  if (e < view.length && view.commaBefore(e)) {
    let f = e;
    while (f < view.length && f - e < 14 && !(f > e && view.commaBefore(f)) && !verbCue(cues, f)) f++;
    const apposition = { from: e, to: f };
    if (appositive(view, lex, apposition) && (f === view.length || view.commaBefore(f))) chunks.push(apposition);
  }
  return { type: 'phrase', chunks, anonymityMarked: false, side: 'after' };
}

/** Where a capitalised name from `j` ends at an opening parenthesis before `e`; -1 when none does. */
function parentheticalAfterName(view: SentenceView, j: number, e: number): number {
  for (let k = j + 1; k < e && k - j <= 5; k++) {
    if (!view.capitalized(k - 1)) return -1;
    if (view.parenthesisOpensBefore(k)) return k;
  }
  return -1;
}

/**
 * The noun phrase after a prepositional cue ("according to X", "حسب وكالة الأنباء").
 * @example scanPrepositionalObject(view, lex, 2, cues) // "According to the report, …" → { from: 2, to: 4 }
 */
export function scanPrepositionalObject(view: SentenceView, lex: Lexicon, from: number, cues: CueMap): WordRange | null {
  let e = from;
  while (e < view.length && e - from < 12) {
    if (e > from && (view.commaBefore(e) || view.colonBefore(e) || view.breakBefore(e))) break;
    const w = view.norms[e]!;
    const stopper = lex.npStoppers.has(w) && !lex.postModifiers.has(w) && !lex.adverbialPrepositions.has(w) && !conjunctionInName(view, lex, e);
    if (e > from && (lex.complementizers.has(w) || isRelative(lex, w) || verbCue(cues, e) || (!lex.clitics && stopper))) break;
    e++;
  }
  if (e <= from) return null;
  const np = trimNp(view, lex, { from, to: e }).np;
  // "according to Monday": only time words, so no source.
  return np.to > np.from ? np : null;
}
