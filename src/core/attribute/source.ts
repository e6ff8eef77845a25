/**
 * What a source phrase is: its kind (person, organization, media, anonymous, document), the role or
 * title stated with it, and for anonymous sources the affiliation they are given.
 */
import { gluedReading } from './glued-name.ts';
import { joinedConjunction } from './joined-words.ts';
import { isArabicPlaceNoun, isBridgedPlaceName } from '../entities/place-names.ts';
import type { SourceKind } from '../types.ts';
import { firstIndex } from '../util/sorted.ts';
import { bodyByShape, bodyByText } from './body-name.ts';
import { definite, lookupNoun, type Lexicon, type NounEntry, type NounMatch } from './lexicon.ts';
import { isTitleKind } from './names.ts';
import type { SentenceView } from './view.ts';

/** A run of words [from, to) of a sentence view. */
export interface WordRange {
  from: number;
  to: number;
}

export interface SourceInfo {
  start: number;
  end: number;
  kind: SourceKind;
  /** Entry key of the head noun, so "the sources" can find an earlier "sources". */
  key: string;
  role?: { start: number; end: number };
  affiliation?: string;
  /** A bare definite noun ("المصادر", "the official") that refers back to an earlier mention. */
  anaphoric: boolean;
  /** Grammatical gender, where the language has verb agreement to match ("الوزارة" f). */
  gender?: 'm' | 'f';
}

/**
 * Classifies a source phrase made of one or more comma-separated chunks (name and apposition).
 * @example analyzeSource(view, lex, [{ from: 1, to: 3 }], false) // { kind: 'anonymous', affiliation: 'مصرية', … }
 */
export function analyzeSource(view: SentenceView, lex: Lexicon, given: readonly WordRange[], anonymityMarked: boolean, cueGender?: 'm' | 'f'): SourceInfo {
  const chunks = afterDateline(view, given);
  const first = chunks[0]!;
  const last = chunks[chunks.length - 1]!;
  // A quoted name («…», “…”) keeps its marks; a stray closing mark does not join the span.
  const start = view.quoteOpeningAt(first.from)?.open ?? view.start(first.from) + (gluedPreposition(view, lex, first.from) || joinedConjunction(view, lex, first.from));
  const end = spanEnd(view, last.to - 1, start);
  const heads = chunks.map((c) => headOf(view, lex, c));
  const head = heads.find((h) => h.match) ?? heads[0]!;
  const namePresent = heads.some((h) => h.nameFrom !== null);
  const headKind = head.match?.entry.kind;
  let kind: SourceKind;
  if (!head.match) kind = quotedOrShort(view, first) ? 'person' : 'unknown';
  else if (headKind === 'anonymous') kind = 'anonymous';
  else if (headKind === 'generic') kind = anonymityMarked || (!head.definite && !namePresent) ? 'anonymous' : 'person';
  // "ناطق باسم «أفريكوم»", "a spokesman": a title also listed as generic, indefinite and unnamed, is anonymous.
  else if (headKind === 'person' && alsoGeneric(lex, head.match.entry)) kind = anonymityMarked || (!head.definite && !namePresent) ? 'anonymous' : 'person';
  else if (headKind === 'rank' || headKind === 'person') kind = anonymityMarked && !namePresent ? 'anonymous' : 'person';
  else kind = headKind as SourceKind;
  if (kind !== 'anonymous' && anonymityMarked && !namePresent) kind = 'anonymous';
  // «أحد وكلاء الدفاع», «إحدى الناشطات»: one of a group, named by no name, is someone unnamed.
  if ((kind === 'person' || kind === 'unknown') && chunks.length === 1 && lex.partitiveHeads.has(view.norms[first.from]!) && !nameAfterGroup(view, lex, first)) kind = 'anonymous';
  // "قالت محامية", "مندوب في …", "سفير أوروبي": an indefinite title with no name and no construct after it is someone unnamed.
  if (kind === 'person' && (headKind === 'person' || headKind === 'rank') && lex.clitics && !head.definite && !namePresent && chunks.length === 1 && unnamedTitle(view, lex, first, head)) kind = 'anonymous';
  // "UNHCR", "the SDF": an acronym with no lexicon entry names an organisation, not a person.
  if (!head.match && kind === 'person' && !lex.clitics && acronym(view, lex, first)) kind = 'organization';
  // "Ennahdha wrote …" where the article also writes "the Ennahdha party": a lone name the text uses as the
  // name of a body, and never after a first name or a title, is that body.
  else if (!head.match && kind === 'person' && !lex.clitics && chunks.length === 1 && namesBodyInText(view, lex, first)) kind = 'organization';
  // "وصرح سامي يوسف المتحدث باسم الوزارة": a short name, then a definite title in apposition: a person.
  if (!head.match && kind === 'unknown' && lex.clitics && titleAfterName(view, lex, first)) kind = 'person';
  // "وأعربت مصر عن …": a country or region that speaks is its state, a body, not a person.
  if (!head.match && kind === 'person' && lex.clitics && first.to - first.from <= 2 && placeNoun(view.norms[first.from]!)) kind = 'organization';
  // "Egypt said", "Turkey warned": an English country's name (CLDR) that speaks is its state, a body.
  if (!head.match && kind === 'person' && !lex.clitics && first.to - first.from === 1 && isBridgedPlaceName(view.norms[first.from]!)) kind = 'organization';
  // "top exporter Vietnam said", "OPEC ally Russia said": a descriptor before a country's one-word name; the country speaks, a body.
  if (kind === 'person' && !lex.clitics && (headKind === 'person' || headKind === 'rank') && head.nameFrom !== null && first.to - head.nameFrom === 1 && isBridgedPlaceName(view.norms[head.nameFrom]!)) kind = 'organization';
  // A transliterated acronym with the article: a lone word the article shows as a body (its expansion in brackets before it).
  // With no expansion: a transliteration's ending ("…و"), or a feminine verb for a word with no feminine
  // ending, unless the article writes it as a surname (after a given name or a definite title).
  if (!head.match && kind === 'person' && lex.clitics && chunks.length === 1 && first.to - first.from === 1 && definite(lex, view.norms[first.from]!)) {
    const written = view.tokens[first.from]!.text;
    if (bodyByText(view.text, lex, written) || bodyByShape(view.text, lex, written, view.norms[first.from]!, cueGender === 'f')) kind = 'organization';
  }
  // "المتظاهرون", "المراقبين": a lone participle in the sound plural names unnamed people, not one person.
  // So is a generic people noun in the sound plural, with the article and no name ("المراقبين").
  // They are a group of their own: no back-reference to whichever anonymous source came before.
  const group = kind === 'person' && lex.clitics && chunks.length === 1 && first.to - first.from === 1 && (!head.match || (headKind === 'generic' && head.definite && !namePresent)) && pluralParticiple(lex, view.norms[first.from]!);
  if (group) kind = 'anonymous';
  // "الدرع الواقي": without a known head, two definite words in a row name a body, not a person (names rarely take ال twice).
  if (!head.match && kind === 'person' && lex.clitics && first.to - first.from >= 2 && definite(lex, view.norms[first.from]!) && definite(lex, view.norms[first.from + 1]!)) kind = 'organization';
  // "the UN migration agency": an institution's name before "agency" makes it a body of that institution.
  if (headKind === 'media' && !head.match!.entry.name && !lex.clitics && namedInstitutionBefore(view, lex, chunks[heads.indexOf(head)] ?? first, head.at)) kind = 'organization';
  // "the civil defence agency": a noun that is an outlet or a body ("agency") with a modifier that is no
  // outlet word is a body; "the agency", "the news agency" stay outlets.
  else if (headKind === 'media' && !head.match!.entry.name && head.match!.length === 1 && !lex.clitics && alsoKind(lex, head.match!.entry, 'organization') && modifiedHead(view, lex, chunks[heads.indexOf(head)] ?? first, head.at)) kind = 'organization';
  // "the U.S. Geological Survey said", "according to the Survey of India": a document noun listed as a body's
  // head, capitalised inside a name, is the body ("a new survey found", "The Survey found" stay documents).
  else if (headKind === 'document' && head.match!.length === 1 && bodyNameHead(view, lex, head.at)) kind = 'organization';

  const info: SourceInfo = {
    start,
    end,
    kind,
    key: head.match?.entry.key ?? `name:${view.norms.slice(first.from, first.to).join(' ')}`,
    anaphoric: !group && isAnaphoric(view, lex, first, head),
  };
  if (lex.feminineEndings.length) info.gender = genderOf(view, lex, head.match ? head.at : first.from);
  if (kind === 'person') {
    const role = roleOf(view, chunks, heads);
    if (role) info.role = { start: Math.max(role.start, start), end: role.end };
  }
  if (kind === 'anonymous') {
    const affiliation = affiliationOf(view, lex, chunks[heads.indexOf(head)] ?? first, head);
    if (affiliation) info.affiliation = affiliation;
  }
  return info;
}

/** «أحد قادة الحزب محمد سالم»: a bare word after a definite one (no adjective follows so) names the member. */
function nameAfterGroup(view: SentenceView, lex: Lexicon, chunk: WordRange): boolean {
  for (let k = chunk.from + 2; k < chunk.to; k++) if (definite(lex, view.norms[k - 1]!) && !definite(lex, view.norms[k]!) && !lex.titleLinkWords.has(view.norms[k]!)) return true;
  return false;
}

/**
 * A single capitalised word that the article puts before an organisation noun ("the Ennahdha party") and
 * never after a capitalised first name or a title ("Rached Ennahdha", "Mr. Ennahdha").
 * @example namesBodyInText(view, lex, { from: 0, to: 1 }) // "Brightway wrote …" in a text with "the Brightway party" → true
 */
function namesBodyInText(view: SentenceView, lex: Lexicon, chunk: WordRange): boolean {
  let from = chunk.from;
  if (lex.definiteMarkers.has(view.norms[from]!)) from++;
  if (chunk.to - from !== 1 || !view.capitalized(from)) return false;
  const name = view.tokens[from]!.text.replace(/[’']s$/u, '');
  if (!/^\p{Lu}[\p{L}-]{2,}$/u.test(name)) return false;
  // The scan reads the whole text: once per name and text (a long text names one source many times).
  if (bodyNamesText !== view.text || bodyNamesLang !== lex.lang) {
    bodyNamesText = view.text;
    bodyNamesLang = lex.lang;
    bodyNames.clear();
  }
  let known = bodyNames.get(name);
  if (known === undefined) bodyNames.set(name, (known = scanBodyName(view, lex, name)));
  return known;
}

let bodyNamesText: string | null = null;
let bodyNamesLang: string | null = null;
const bodyNames = new Map<string, boolean>();

function scanBodyName(view: SentenceView, lex: Lexicon, name: string): boolean {
  let body = false;
  for (const m of bodyNameMatches(view.text, name)) {
    const before = m[1]?.replace(/[^\p{L}.-]/gu, '') ?? '';
    const beforeNoun = lookupNoun(lex, [before.toLowerCase()], 0);
    if (/^\p{Lu}\p{Ll}+$/u.test(before) && !beforeNoun && !lex.determiners.has(before.toLowerCase())) return false;
    if (beforeNoun && beforeNoun.entry.kind !== 'organization') return false;
    const next = m[2]!.toLowerCase();
    if (lookupNoun(lex, [next], 0)?.entry.kind === 'organization' && !lex.personalBodyNouns.has(next)) body = true;
  }
  return body;
}

/**
 * The matches `(\S+)?\s+NAME\s+(\p{L}+)` (global) would give, tried only where NAME follows a space:
 * a regex scan of the whole text per name costs more than the rest of the sentence's parse.
 * @example bodyNameMatches('the Brightway party said', 'Brightway') // one match: ['the Brightway party', 'the', 'party']
 */
function* bodyNameMatches(text: string, name: string): Generator<RegExpExecArray> {
  const re = new RegExp(`(\\S+)?\\s+${name}\\s+(\\p{L}+)`, 'uy');
  let from = 0;
  for (let i = text.indexOf(name, 1); i > 0; i = text.indexOf(name, i + 1)) {
    if (i - 1 < from || !SPACE.test(text[i - 1]!)) continue;
    // The leftmost start of a match ending here: the word before the spaces (from `from` on, as a global scan resumes).
    let start = i - 1;
    while (start > from && SPACE.test(text[start - 1]!)) start--;
    while (start > from && !SPACE.test(text[start - 1]!)) start--;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    from = re.lastIndex;
    yield m;
  }
}

const SPACE = /\s/u;

/** All the words (after a determiner) are capital abbreviations of two to six letters ("UNHCR", "the PMF"). */
function acronym(view: SentenceView, lex: Lexicon, chunk: WordRange): boolean {
  let from = chunk.from;
  if (lex.definiteMarkers.has(view.norms[from]!)) from++;
  if (from >= chunk.to || chunk.to - from > 2) return false;
  // "UNHCR", "the U.S." (its closing dot may be the sentence's): capitals, or capitals each with a dot.
  for (let k = from; k < chunk.to; k++) if (!/^(?:[A-Z][A-Z0-9]{1,5}|(?:[A-Z]\.){1,4}[A-Z]\.?)$/u.test(view.tokens[k]!.text.replace(/[’']s$/u, ''))) return false;
  return true;
}

function alsoKind(lex: Lexicon, entry: NounEntry, kind: NounEntry['kind']): boolean {
  const words = entry.words.join(' ');
  return (lex.nouns.get(entry.words[0]!) ?? []).some((e) => e.kind === kind && e.words.join(' ') === words);
}

/** Words other than a determiner before the head ("the civil defence agency"). */
function modifiedHead(view: SentenceView, lex: Lexicon, chunk: WordRange, at: number): boolean {
  for (let k = chunk.from; k < at; k++) if (!lex.definiteMarkers.has(view.norms[k]!) && !lex.indefiniteMarkers.has(view.norms[k]!)) return true;
  return false;
}

/** A listed head ("Survey") capitalised after a capitalised word of the name, or before "of" and a capitalised word. */
function bodyNameHead(view: SentenceView, lex: Lexicon, at: number): boolean {
  if (!lex.bodyNameDocumentHeads.has(view.norms[at]!) || !view.capitalized(at)) return false;
  const before = at > 0 && view.capitalized(at - 1) && !lex.determiners.has(view.norms[at - 1]!) && !view.commaBefore(at);
  return before || (view.norms[at + 1] === lex.genitiveLink && view.capitalized(at + 2));
}

function namedInstitutionBefore(view: SentenceView, lex: Lexicon, chunk: WordRange, at: number): boolean {
  for (let k = chunk.from; k < at; k++) {
    const m = lookupNoun(lex, view.norms, k);
    if (m?.entry.name && m.entry.kind === 'organization') return true;
  }
  return false;
}

/** isArabicPlaceNoun, once per word (it tries every prefix reading of the word). */
function placeNoun(word: string): boolean {
  let known = placeNouns.get(word);
  if (known === undefined) {
    if (placeNouns.size > PLACE_MEMO_MAX) placeNouns.clear();
    placeNouns.set(word, (known = isArabicPlaceNoun(word)));
  }
  return known;
}

const PLACE_MEMO_MAX = 50_000;
const placeNouns = new Map<string, boolean>();

/**
 * "CITY, May 1 (Agency) - The country's Commission": a dateline ends at a spaced dash; the source
 * starts after it.
 */
function afterDateline(view: SentenceView, chunks: readonly WordRange[]): readonly WordRange[] {
  const first = chunks[0]!;
  let from = first.from;
  for (let k = first.from + 1; k < first.to; k++) if (spacedDashBefore(view, k)) from = k;
  // "LIMA: Peru's president": a place in capitals before a colon is a dateline.
  if (from === first.from) from = datelineEnd(view, first.from, first.to);
  return from === first.from ? chunks : [{ from, to: first.to }, ...chunks.slice(1)];
}

/** A spaced dash between word k-1 and word k (read only where the gap holds more than spaces). */
function spacedDashBefore(view: SentenceView, k: number): boolean {
  return !view.plainGapBefore(k) && /\s[-–—―]\s/u.test(view.gapBefore(k));
}

/** Words a dateline may have ("NEW YORK (AP) —", "LIMA:"). */
const DATELINE_WORDS = 4;

/**
 * Where the words after a dateline opening at `from` start: "LIMA: …", "NEW YORK –", "CAIRO (Agency) —" (a
 * place in capitals, an agency in parentheses, before a colon or a spaced dash), "Agency News/ …" (capitalised
 * words before a slash); `from` when there is none.
 * @example datelineEnd(view('LIMA: The minister said …'), 0, 5) // 1
 */
export function datelineEnd(view: SentenceView, from: number, to: number): number {
  if (from !== 0) return from;
  // "Agency News/ Head of …": an outlet's capitalised name and a slash open the text.
  for (let k = from + 1; k < Math.min(to, from + DATELINE_WORDS); k++) {
    if (!view.capitalized(k - 1)) break;
    if (/\/\s/u.test(view.gapBefore(k))) return k;
  }
  if (!isCapitalsWord(view.tokens[from]?.text ?? '')) return from;
  for (let k = from + 1; k < Math.min(to, from + DATELINE_WORDS + 1); k++) {
    if (view.colonBefore(k) || spacedDashBefore(view, k)) return k;
    const text = view.tokens[k]!.text;
    const inParentheses = view.gapBefore(k).includes('(');
    if (!isCapitalsWord(text) && !inParentheses) return from;
  }
  return from;
}

/** A word written in capitals ("LIMA"), of two letters or more. */
function isCapitalsWord(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text.replace(/[.'’-]/gu, ''));
}

/**
 * "وفقا للجنة", "لصحيفة «الغد»": a preposition joined to a source's or channel's first word is not part of
 * it (1 char, else 0). "للمتحدث" is ل + المتحدث with the article's alef dropped: no exact span spells
 * "المتحدث", so the word stays whole rather than showing a non-word ("لمتحدث").
 */
export function gluedPreposition(view: SentenceView, lex: Lexicon, k: number): number {
  const word = view.norms[k]!;
  const token = view.tokens[k]!;
  if (!lex.clitics || word.length <= 3 || view.text[token.start] !== token.text[0]) return 0;
  const rest = word.slice(1);
  // "التقى الرئيس بالسفير الذي أكد": a complement preposition on a definite noun is no part of the source either.
  const complement = lex.complementPrefixes.includes(word[0]!) && lex.articles.some((a) => rest.startsWith(a));
  if (!lex.viaPrepositions.has(word[0]!) && !complement) return 0;
  if (rest[0] === word[0] && lex.articleAlef && lookupNoun(lex, [lex.articleAlef + rest], 0)) return 0;
  return lookupNoun(lex, [rest], 0) ? 1 : 0;
}

function alsoGeneric(lex: Lexicon, entry: NounEntry): boolean {
  const words = entry.words.join(' ');
  return (lex.nouns.get(entry.words[0]!) ?? []).some((e) => e.kind === 'generic' && e.words.join(' ') === words);
}

function genderOf(view: SentenceView, lex: Lexicon, at: number): 'm' | 'f' {
  const word = view.norms[at]!;
  if (lex.feminineNouns.has(word)) return 'f';
  for (const stem of [word, ...lex.articles.filter((a) => word.startsWith(a)).map((a) => word.slice(a.length))]) {
    if (lex.feminineNouns.has(stem)) return 'f';
  }
  return lex.feminineEndings.some((e) => word.endsWith(e)) ? 'f' : 'm';
}

interface Head {
  match: NounMatch | null;
  /** Word index of the head noun. */
  at: number;
  definite: boolean;
  /** First word of a personal name in the chunk, null when none is seen. */
  nameFrom: number | null;
}

/** End offset of word i, extended over the closing mark of a quotation that opens inside the span. */
export function spanEnd(view: SentenceView, i: number, start: number): number {
  const end = view.end(i);
  // Quotations are in order: find the first that closes at or after `end` (a long sentence may hold thousands).
  const quotes = view.quotes;
  let q: (typeof quotes)[number] | undefined;
  for (let k = firstIndex(quotes.length, (i) => quotes[i]!.close >= end); k < quotes.length && quotes[k]!.close <= end + 1 && !q; k++) if (quotes[k]!.open >= start && quotes[k]!.closed) q = quotes[k];
  if (q) return q.close + 1;
  // "وكالة الأنباء الليبية (وال)": close a parenthesis the span opened.
  if (view.text[end] === ')' && view.text.lastIndexOf('(', end) >= start) return end + 1;
  // "Mayor Ana Roe's claim": the possessive ending is no part of the speaker's name.
  if (/\p{L}['\u2019]s$/u.test(view.text.slice(Math.max(start, end - 3), end))) return end - 2;
  return end;
}

function headOf(view: SentenceView, lex: Lexicon, chunk: WordRange): Head {
  return lex.clitics ? headClitic(view, lex, chunk) : headCased(view, lex, chunk);
}

/** The kind of a source phrase's head noun, as analyzeSource picks it (the first chunk with one); undefined for none. */
export function headKindOf(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): string | undefined {
  for (const c of chunks) {
    const head = headOf(view, lex, c);
    if (head.match) return head.match.entry.kind;
  }
  return undefined;
}

/** Arabic-type phrases: the head comes first; a name starts at a rank, a quotation or the first bare word. */
function headClitic(view: SentenceView, lex: Lexicon, chunk: WordRange): Head {
  let match: NounMatch | null = null;
  let at = chunk.from;
  for (let k = chunk.from; k < Math.min(chunk.to, chunk.from + 2) && !match; k++) {
    match = lookupNoun(lex, view.norms, k);
    if (match) at = k;
  }
  let nameFrom: number | null = null;
  if (!match || match.entry.kind === 'rank') nameFrom = match ? at + 1 : chunk.from;
  else if (isTitleKind(match.entry.kind)) {
    for (let k = at + match.length; k < chunk.to && nameFrom === null; k++) {
      const m = lookupNoun(lex, view.norms, k);
      // A quotation after "باسم" names what the person speaks for, not the person.
      if (m?.entry.kind === 'rank' || (view.quoteOpeningAt(k) && !lex.titleLinkWords.has(view.norms[k - 1]!))) nameFrom = k;
      // After an indefinite head the bare words are its adjectives ("دبلوماسي غربي"), not a name.
      else if (!m && definiteHead(view, lex, at, match) && isBareWord(lex, view.norms[k]!, view.norms[k - 1])) nameFrom = k;
    }
  }
  if (nameFrom !== null && nameFrom >= chunk.to) nameFrom = null;
  return { match, at, definite: match ? definiteHead(view, lex, at, match) : false, nameFrom };
}

/** Definite by the article or by a definite genitive after it ("وزير الخارجية", construct state). */
function definiteHead(view: SentenceView, lex: Lexicon, at: number, match: NounMatch): boolean {
  if (match.definite) return true;
  // "مستشار قائد قوات الحرس": a chain of source nouns in construct is definite by the definite word ending it.
  let k = at + match.length;
  for (let links = 0; links < 3 && k < view.length && !view.commaBefore(k); links++) {
    const inner = lookupNoun(lex, view.norms, k);
    if (!inner || inner.definite) break;
    k += inner.length;
  }
  const next = view.norms[k];
  return next !== undefined && !view.commaBefore(k) && definite(lex, next);
}

/** A word without article, clitic preposition or conjunction: in a title phrase it starts a name. */
function isBareWord(lex: Lexicon, word: string, previous?: string): boolean {
  if (/^\d/.test(word) || word.length < 2) return false;
  if (lex.adverbialPrepositions.has(word) || lex.timeWords.has(word) || lex.titleLinkWords.has(word)) return false;
  if (lex.articles.some((a) => word.startsWith(a))) return false;
  // "لمشايخ", "وأعيان": a joined preposition or conjunction continues the title; a name that only
  // looks so ("وليام": no word of the language after the conjunction) starts the name.
  if (lex.viaPrepositions.has(word[0]!)) return false;
  const conjunction = lex.conjunctions.find((c) => word.startsWith(c));
  if (conjunction !== undefined && gluedReading(lex, word.slice(conjunction.length)) === 'particle') return false;
  // "لمشايخ وأعيان القبائل": after a preposition's indefinite noun the phrase awaits its genitive, so a
  // conjunction there joins a second noun to it; a name follows a finished (definite) title.
  if (conjunction !== undefined && previous !== undefined && openGenitive(lex, previous)) return false;
  for (const prefix of lex.nounPrefixes) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && lex.articles.some((a) => rest.startsWith(a))) return false;
  }
  return true;
}

/** A noun a glued preposition governs, without the article ("لمشايخ"): its phrase is not finished. */
function openGenitive(lex: Lexicon, word: string): boolean {
  if (!lex.viaPrepositions.has(word[0]!) || lex.titleLinkWords.has(word) || lex.adverbialPrepositions.has(word)) return false;
  const rest = word.slice(1);
  return rest.length > 2 && !lex.articles.some((a) => rest.startsWith(a) || word.startsWith(a));
}

/** English-type phrases: modifiers come before the head; post-modifiers (of, for, close to …) after it. */
function headCased(view: SentenceView, lex: Lexicon, chunk: WordRange): Head {
  let cut = chunk.to;
  for (let k = chunk.from + 1; k < chunk.to; k++) {
    // "A Ministry of Finance official": "of" inside a capitalised name does not end the phrase; its head may come after.
    if (lex.postModifiers.has(view.norms[k]!) && !(view.capitalized(k - 1) && view.capitalized(k + 1) && lastHumanNoun(view, lex, k + 1, chunk.to))) {
      cut = k;
      break;
    }
  }
  let match: NounMatch | null = null;
  let at = chunk.from;
  for (let k = chunk.from; k < cut; k++) {
    const m = lookupNoun(lex, view.norms, k) ?? hyphenatedTitle(lex, view.norms[k]!);
    if (m && k + m.length <= cut) {
      match = m;
      at = k;
      k += m.length - 1;
    }
  }
  const firstWord = view.norms[chunk.from]!;
  const definite = lex.definiteMarkers.has(firstWord) || (chunk.from < at && /'s$/.test(view.norms[at - 1] ?? ''));
  const indefinite = lex.indefiniteMarkers.has(firstWord) || (match !== null && at === chunk.from && /s$/.test(view.norms[at]!));
  let nameFrom: number | null = null;
  const nameSearchFrom = match ? at + match.length : chunk.from;
  for (let k = nameSearchFrom; k < cut && nameFrom === null; k++) {
    if (view.capitalized(k) && !lookupNoun(lex, view.norms, k) && !lex.definiteMarkers.has(view.norms[k]!)) nameFrom = k;
  }
  if (!match) {
    for (let k = chunk.from; k < cut && nameFrom === null; k++) if (view.capitalized(k)) nameFrom = k;
  }
  return { match, at, definite: definite && !indefinite, nameFrom };
}

/** Whether the chunk's last word, after a capitalised run from `from`, is a person's noun ("… Finance official"). */
function lastHumanNoun(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  let k = from;
  while (k < to - 1 && view.capitalized(k)) k++;
  if (k !== to - 1 || view.capitalized(k)) return false;
  const m = lookupNoun(lex, view.norms, k);
  return m !== null && isTitleKind(m.entry.kind);
}

/** "Secretary-General", "Vice-President": a hyphenated title whose part is a person's title. */
function hyphenatedTitle(lex: Lexicon, word: string): NounMatch | null {
  if (!word.includes('-')) return null;
  for (const part of word.split('-')) {
    const m = part ? lookupNoun(lex, [part], 0) : null;
    if (m && isTitleKind(m.entry.kind)) return { ...m, length: 1, definite: false };
  }
  return null;
}

/** A definite person title two to four words into the chunk, after bare words (a name). */
function titleAfterName(view: SentenceView, lex: Lexicon, chunk: WordRange): boolean {
  for (let k = chunk.from + 1; k < Math.min(chunk.to, chunk.from + 4); k++) {
    const m = lookupNoun(lex, view.norms, k);
    if (m) return m.definite && (m.entry.kind === 'person' || m.entry.kind === 'generic' || m.entry.kind === 'rank');
  }
  return false;
}

function quotedOrShort(view: SentenceView, chunk: WordRange): boolean {
  return chunk.to - chunk.from <= 5 || view.quoteOpeningAt(chunk.from) !== undefined;
}

function isAnaphoric(view: SentenceView, lex: Lexicon, chunk: WordRange, head: Head): boolean {
  if (!head.match || head.nameFrom !== null || head.match.entry.kind === 'rank' || head.match.entry.name) return false;
  const words = chunk.to - chunk.from;
  // "بحسب الأرقام التي قرأها رئيس اللجنة": a noun its relative clause describes is new, no back-reference.
  const described = chunk.to < view.length && !view.commaBefore(chunk.to) && lex.relativePronouns.has(view.norms[chunk.to]!);
  if (lex.clitics) return head.definite && !described && (words === head.match.length || nisbaAfterGeneric(view, lex, chunk, head));
  return head.definite && words === head.match.length + 1 && lex.definiteMarkers.has(view.norms[chunk.from]!);
}

/** An articled participle (the language's participle prefix, "الم…") with a sound plural ending ("…ون", "…ين"). */
function pluralParticiple(lex: Lexicon, word: string): boolean {
  const w = lex.conjunctions.reduce((x, c) => (x === word && word.startsWith(c) && word.length > c.length + 5 ? word.slice(c.length) : x), word);
  return lex.adjectivePrefixes.some((p) => w.startsWith(p)) && lex.soundPluralEndings.some((e) => w.endsWith(e) && w.length >= e.length + 5);
}

/**
 * An indefinite title heading its chunk, followed by nothing, an indefinite nisba adjective or a
 * preposition ("محامية", "سفير أوروبي", "ممثل عن …"); not a construct ("رئيس البرلمان", "أمير الكويت").
 */
function unnamedTitle(view: SentenceView, lex: Lexicon, chunk: WordRange, head: Head): boolean {
  if (!head.match || head.at !== chunk.from) return false;
  // "رئيسها": a possessive pronoun makes the title definite.
  const written = view.tokens[head.at]!.text;
  if (lex.pronounSuffixes.some((suffix) => written.endsWith(suffix))) return false;
  const next = head.at + head.match.length;
  // "رئيس الوزراء": a listed title whose own last word carries the article is a definite construct.
  if (head.match.length > 1 && lex.articles.some((a) => view.norms[next - 1]!.startsWith(a))) return false;
  if (next >= chunk.to) return true;
  const w = view.norms[next]!;
  if (lex.titleLinkWords.has(w) && w.length > 1) return true;
  return !lex.articles.some((a) => w.startsWith(a)) && !lookupNoun(lex, view.norms, next) && lex.nisbaEndings.some((e) => w.endsWith(e) || lex.feminineEndings.some((f) => w.endsWith(e + f)));
}

/**
 * "المسؤول الإيراني" after "مسئول إيراني": a definite generic head with only definite nisba adjectives after
 * it (no name, no complement) refers back as the bare head does.
 */
function nisbaAfterGeneric(view: SentenceView, lex: Lexicon, chunk: WordRange, head: Head): boolean {
  if (!head.match || !alsoGeneric(lex, head.match.entry) || chunk.from !== head.at) return false;
  for (let k = head.at + head.match.length; k < chunk.to; k++) {
    const w = view.norms[k]!;
    if (!lex.articles.some((a) => w.startsWith(a)) || !lex.nisbaEndings.some((e) => w.endsWith(e))) return false;
  }
  return true;
}

/** The title stated with a person: an apposition chunk, or the words before the name. */
function roleOf(view: SentenceView, chunks: readonly WordRange[], heads: readonly Head[]): { start: number; end: number } | undefined {
  if (chunks.length > 1) {
    // "اللواء أحمد سالم، المتحدث باسم الجيش" / "Jane Moore, a State Department spokesman"
    const k = heads.findIndex((h) => h.match && h.match.entry.kind !== 'rank' && (h.nameFrom === null || h.nameFrom > h.at));
    if (k >= 0) {
      const c = chunks[k]!;
      const nameElsewhere = heads.some((h, i) => i !== k && (!h.match || h.match.entry.kind === 'rank'));
      const to = nameElsewhere ? c.to : heads[k]!.nameFrom ?? c.to;
      return { start: view.start(c.from), end: view.end(to - 1) };
    }
    return undefined;
  }
  const c = chunks[0]!;
  const h = heads[0]!;
  if (!h.match) return undefined;
  // "Senator Jane Doe", "اللواء أحمد سالم": the rank is the role when nothing else is said.
  const to = h.match.entry.kind === 'rank' ? h.at + h.match.length : h.nameFrom ?? c.to;
  if (to <= c.from) return undefined;
  return { start: view.start(c.from), end: view.end(to - 1) };
}

/** For anonymous sources: the words qualifying the head ("مقربة من الرئيس", "Egyptian", "US"). */
function isQualifier(view: SentenceView, lex: Lexicon, k: number): boolean {
  return lex.anonymousQualifiers.has(view.norms[k]!) || lex.determiners.has(view.norms[k]!);
}

/** "ناطق باسم «أفريكوم»", "مسؤول في الوزارة": the affiliation is what the preposition governs. */
function linkWord(view: SentenceView, lex: Lexicon, k: number, to: number): boolean {
  return lex.clitics && k + 1 < to && (lex.adverbialPrepositions.has(view.norms[k]!) || lex.titleLinkWords.has(view.norms[k]!));
}

/** The words from `from` to `to` without qualifiers (and, in clitic scripts, a leading link word), as written. */
function pickAffiliation(view: SentenceView, lex: Lexicon, from: number, to: number): string | undefined {
  while (from < to && (isQualifier(view, lex, from) || linkWord(view, lex, from, to))) from++;
  while (to > from && isQualifier(view, lex, to - 1)) to--;
  if (to <= from) return undefined;
  return view.text.slice(view.start(from), view.end(to - 1)).replace(/[«»“”"]/gu, '').trim() || undefined;
}

function affiliationOf(view: SentenceView, lex: Lexicon, chunk: WordRange, head: Head): string | undefined {
  const headEnd = head.at + (head.match?.length ?? 1);
  if (lex.clitics) return pickAffiliation(view, lex, headEnd, chunk.to);
  // English: premodifiers first ("a senior US official"), then post-modifiers ("sources close to X").
  const before = pickAffiliation(view, lex, chunk.from, head.at);
  if (before) return before;
  let from = headEnd;
  if (from < chunk.to && ['familiar'].includes(view.norms[from]!)) return undefined;
  if (from < chunk.to && ['at', 'in', 'from', 'with', 'within', 'inside'].includes(view.norms[from]!)) from++;
  return pickAffiliation(view, lex, from, chunk.to) === undefined ? undefined : view.text.slice(view.start(from), view.end(chunk.to - 1));
}
