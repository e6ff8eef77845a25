/**
 * Where the source of a cue is: after it (Arabic verb–subject order, English "said Smith"), before it
 * ("Smith said", "مصادر مصرية أكدت"), or nowhere (continuing the previous source). Works on word
 * indexes with a bounded window, so each cue costs a few dozen lookups at most.
 */
import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';
import type { CueForm } from './lexicon.ts';

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
function bare(lex: Lexicon, word: string): string {
  if (!lex.clitics) return word;
  for (const c of lex.conjunctions) if (word.length > c.length + 1 && word.startsWith(c)) return word.slice(c.length);
  return word;
}

function isRelative(lex: Lexicon, word: string): boolean {
  return lex.relativePronouns.has(word) || lex.relativePronouns.has(bare(lex, word));
}

/** Whether word i starts a via phrase ("لـ«الشرق الأوسط»", "لصحيفة", "told Reuters"). */
function viaAt(view: SentenceView, lex: Lexicon, i: number): number {
  const word = view.norms[i]!;
  if (lex.viaPrepositions.has(word) && i + 1 < view.length) return 1;
  const pattern = lex.viaPatterns.matchAt(view.norms, i);
  if (pattern) return pattern;
  if (lex.clitics && lex.viaPrepositions.size > 0) {
    for (const p of lex.viaPrepositions) {
      if (word.length > p.length + 2 && word.startsWith(p)) {
        const match = lookupNoun(lex, view.norms, i);
        if (match?.entry.kind === 'media') return 1;
      }
    }
  }
  return 0;
}

function classify(view: SentenceView, lex: Lexicon, c: WordRange, cues: CueMap): ChunkKind {
  const first = view.norms[c.from]!;
  let allTime = true;
  for (let k = c.from; k < c.to && allTime; k++) allTime = lex.timeWords.has(view.norms[k]!) || isDigit(view.norms[k]!);
  if (allTime) return 'time';
  if (isRelative(lex, first)) return 'relative';
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

/** Whether a quotation opening at word i is reported content rather than a quoted name («الوفاق»). */
function contentQuote(view: SentenceView, i: number): boolean {
  const q = view.quoteOpeningAt(i);
  if (!q) return false;
  let words = 0;
  for (let k = i; k < view.length && view.start(k) < q.end; k++) words++;
  return words >= 4 || q.end >= view.sentence.end - 2;
}

/** Trims time words and cuts an np chunk at an inner via or adverbial ("مسؤول … لـ«الشرق الأوسط»"). */
function trimNp(view: SentenceView, lex: Lexicon, c: WordRange): { np: WordRange; via?: WordRange } {
  let { from, to } = c;
  while (from < to && lex.timeWords.has(view.norms[from]!)) from++;
  let via: WordRange | undefined;
  for (let k = from + 1; k < to; k++) {
    const w = view.norms[k]!;
    const v = viaAt(view, lex, k);
    if (v && (lex.clitics || lex.viaPatterns.matchAt(view.norms, k) > 0)) {
      via = { from: k + (lex.viaPrepositions.has(w) || !lex.clitics ? v : 0), to };
      to = k;
      break;
    }
    const next = view.norms[k + 1];
    if (lex.adverbialPrepositions.has(w) && next !== undefined && (lex.channelNouns.has(bare(lex, next)) || lex.timeWords.has(next))) {
      to = k;
      break;
    }
    if (lex.clitics && (w === 'خلال' || lex.timeWords.has(w))) {
      let allTime = true;
      for (let m = k; m < to && allTime; m++) allTime = lex.timeWords.has(view.norms[m]!) || isDigit(view.norms[m]!);
      if (allTime || w === 'خلال') {
        to = k;
        break;
      }
    }
  }
  while (to > from && lex.timeWords.has(view.norms[to - 1]!)) to--;
  const out: { np: WordRange; via?: WordRange } = { np: { from, to } };
  if (via && via.to > via.from) out.via = via;
  return out;
}

/**
 * Without إن/أن to end it, a subject after the verb ends where a clitic preposition on a bare noun
 * starts the verb's complement ("نقلت … عن مصادر غير رسمية بتقديم الوفد …"), or after a few words.
 */
function bareNpEnd(view: SentenceView, lex: Lexicon, np: WordRange): number {
  if (!lex.clitics) return np.to;
  for (let k = np.from + 1; k < np.to; k++) {
    const w = view.norms[k]!;
    if (k - np.from >= 8) return k;
    if (lex.titleLinkWords.has(w)) continue;
    if (w.startsWith('ب') && w.length > 3 && !lex.prepositionGoverning.has(view.norms[k - 1]!)) return k;
  }
  return np.to;
}

/** Whether a chunk can stand in apposition to the subject ("، المتحدث باسم الجيش", "، ونظيره المصري …", ", a spokesman"). */
function appositive(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  const first = view.norms[c.from]!;
  if (lookupNoun(lex, view.norms, c.from)) return true;
  if (lex.clitics) return lex.articles.some((a) => bare(lex, first).startsWith(a));
  return (lex.definiteMarkers.has(first) || lex.indefiniteMarkers.has(first)) && c.to - c.from <= 10;
}

/** Whether a chunk plausibly names a source on its own. */
function subjectLike(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  if (view.quoteOpeningAt(c.from)) return true;
  const head = lookupNoun(lex, view.norms, c.from);
  if (head) return true;
  if (!lex.clitics) {
    if (lookupNoun(lex, view.norms, Math.min(c.to - 1, c.from + 1)) || lookupNoun(lex, view.norms, Math.min(c.to - 1, c.from + 2))) return true;
    let caps = 0;
    for (let k = c.from; k < c.to; k++) if (view.capitalized(k)) caps++;
    return caps > 0 && c.to - c.from <= 6;
  }
  return c.to - c.from <= 3;
}

function hasAnonymityMarker(view: SentenceView, lex: Lexicon, c: WordRange): boolean {
  for (let k = c.from; k < c.to; k++) if (lex.anonymityMarkers.matchAt(view.norms, k, c.to)) return true;
  return false;
}

/**
 * Verb–subject order: the words after the cue up to إن/أن/that, a colon or a quotation are the subject,
 * its appositions, a via ("لـ«الشرق الأوسط»") and adverbials; the content follows.
 */
export function scanAfter(view: SentenceView, lex: Lexicon, cueTo: number, cues: CueMap, complementPrepositions: boolean): ForwardScan {
  const limit = Math.min(view.length, cueTo + WINDOW);
  let boundary = -1;
  let contentFrom: number | null = null;
  let inRelative = false;
  for (let j = cueTo; j < limit; j++) {
    if (view.commaBefore(j)) inRelative = isRelative(lex, view.norms[j]!);
    else if (j === cueTo && isRelative(lex, view.norms[j]!)) inRelative = true;
    if (view.colonBefore(j)) {
      boundary = j;
      contentFrom = j;
      break;
    }
    if (!inRelative && contentQuote(view, j) && !(j > cueTo && viaAt(view, lex, j - 1))) {
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
    // "إلى أن", "من أنه": a short preposition right before the complementizer belongs to the verb.
    if ((complementPrepositions && lex.complementPrepositions.has(w)) || (w.length <= 3 && lex.complementizers.has(view.norms[j + 1] ?? ''))) {
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
  const subjectChunks: WordRange[] = [];
  let via: WordRange | undefined;
  let anonymityMarked = false;
  let afterSubject: number | null = null;
  for (const c of chunks) {
    if (c.kind === 'relative') {
      if (subjectChunks.length) anonymityMarked ||= hasAnonymityMarker(view, lex, c);
      continue;
    }
    if (c.kind === 'via') {
      via ??= { from: c.from + (lex.viaPrepositions.has(view.norms[c.from]!) ? 1 : 0), to: c.to };
      continue;
    }
    if (c.kind !== 'np') continue;
    if (subjectChunks.length === 0) {
      const trimmed = trimNp(view, lex, c);
      if (trimmed.np.to <= trimmed.np.from) continue;
      // Without إن/أن the words after the verb may be its object ("أكد دعم …"): only a source noun is a subject.
      if (boundary < 0 || !lex.complementizers.has(view.norms[boundary] ?? '')) {
        if (!subjectLike(view, lex, trimmed.np)) {
          afterSubject = c.from;
          break;
        }
      }
      if (boundary < 0 || !lex.complementizers.has(view.norms[boundary] ?? '')) {
        const cut = bareNpEnd(view, lex, trimmed.np);
        if (cut < trimmed.np.to) {
          subjectChunks.push({ from: trimmed.np.from, to: cut });
          afterSubject = cut;
          break;
        }
      }
      subjectChunks.push(trimmed.np);
      if (trimmed.via) via ??= trimmed.via;
      continue;
    }
    const closed = c.to >= view.length || view.commaBefore(c.to) || view.colonBefore(c.to) || (c.to === boundary && lex.complementizers.has(view.norms[boundary] ?? ''));
    if (subjectChunks.length < 3 && closed && appositive(view, lex, c)) {
      const trimmed = trimNp(view, lex, c);
      if (trimmed.np.to > trimmed.np.from) subjectChunks.push(trimmed.np);
      if (trimmed.via) via ??= trimmed.via;
      continue;
    }
    afterSubject = c.from;
    break;
  }
  if (contentFrom === null) contentFrom = afterSubject ?? (subjectChunks.length ? null : cueTo);
  else if (afterSubject !== null && afterSubject < contentFrom) contentFrom = afterSubject;
  if (contentFrom === null) contentFrom = regionEnd < view.length ? regionEnd : null;
  const subject: Subject = subjectChunks.length
    ? { type: 'phrase', chunks: subjectChunks, anonymityMarked, side: 'after', ...(via ? { via } : {}) }
    : { type: 'none' };
  if (subject.type === 'none' && via) return { subject: { type: 'phrase', chunks: [], anonymityMarked, side: 'after', via }, contentFrom, regionEnd };
  return { subject, contentFrom, regionEnd };
}

/** Words that end a backwards search for a subject. */
function hardStop(view: SentenceView, lex: Lexicon, k: number, cues: CueMap): boolean {
  const w = view.norms[k]!;
  if (lex.complementizers.has(w) || verbCue(cues, k) || lex.npStoppers.has(w)) return true;
  if (lex.clauseStarters.matchAt(view.norms, k) > 0 && lex.clitics) return true;
  if (view.breakBefore(k + 1) || view.contentQuoteClosesBefore(k + 1) || view.colonBefore(k + 1)) return true;
  return false;
}

/**
 * Subject–verb order: the noun phrase right before the cue ("Smith said", "X, who …, said",
 * "John Kirby, a spokesman, said", "كانت مصادر مصرية، قد أكدت").
 */
export function scanBefore(view: SentenceView, lex: Lexicon, cueFrom: number, floor: number, cues: CueMap): Subject {
  let j = cueFrom - 1;
  // "X has also said", "X on Monday said", "مصادر … قد أكدت": skip auxiliaries and a short time phrase.
  while (j >= floor && (lex.auxiliaries.has(view.norms[j]!) || (!lex.clitics && lex.timeWords.has(view.norms[j]!)))) j--;
  while (j >= floor && lex.auxiliaries.has(view.norms[j]!)) j--;
  if (j < floor) return { type: 'none' };
  if (view.contentQuoteClosesBefore(j + 1) || view.breakBefore(j + 1)) return { type: 'none' };
  const w = view.norms[j]!;
  const pronoun = lex.pronouns.get(w);
  if (pronoun && pronoun !== 'relative' && (j === floor || hardStop(view, lex, j - 1, cues) || view.commaBefore(j) || lex.clauseStarters.matchAt(view.norms, j - 1) > 0)) {
    return { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun };
  }
  if (isRelative(lex, w)) return { type: 'relative', range: { from: j, to: j + 1 } };
  if (lex.continuingPronounForms.has(w)) return { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun: 'continuing' };
  let s = j;
  while (s - 1 >= floor && !hardStop(view, lex, s - 1, cues) && j - s < WINDOW) s--;
  if (hardStop(view, lex, s, cues)) s++;
  if (s > j) return { type: 'none' };
  // Leading discourse markers and auxiliaries ("من جانبه،", "وكان", "However,") are not part of the subject.
  for (let moved = true; moved && s <= j; ) {
    moved = false;
    const marker = lex.discourseMarkers.matchAt(view.norms, s, j + 1);
    if (marker) {
      s += marker;
      moved = true;
    } else if (lex.auxiliaries.has(view.norms[s]!) || lex.timeWords.has(view.norms[s]!)) {
      s++;
      moved = true;
    }
  }
  if (s > j) return { type: 'none' };
  const chunks = chunksOf(view, lex, s, j + 1, cues);
  let anonymityMarked = false;
  let idx = chunks.length - 1;
  const picked: WordRange[] = [];
  // Walk back over "…, who …," and apposition chunks to the head noun phrase.
  while (idx >= 0 && chunks[idx]!.kind !== 'np') {
    if (chunks[idx]!.kind === 'relative') anonymityMarked ||= hasAnonymityMarker(view, lex, chunks[idx]!);
    else if (chunks[idx]!.kind !== 'time' && chunks[idx]!.kind !== 'adverbial') return { type: 'none' };
    idx--;
  }
  if (idx < 0) return { type: 'none' };
  const trimmedHead = trimNp(view, lex, chunks[idx]!);
  picked.unshift(trimmedHead.np);
  const relativeSkipped = idx < chunks.length - 1;
  // "John Kirby, a State Department spokesman, said": the apposition is last, the name before it.
  while (idx - 1 >= 0 && picked.length < 3) {
    const prev = chunks[idx - 1]!;
    if (prev.kind === 'relative') {
      anonymityMarked ||= hasAnonymityMarker(view, lex, prev);
      idx--;
      continue;
    }
    if (prev.kind !== 'np') break;
    const prevNp = trimNp(view, lex, prev).np;
    if (prevNp.to <= prevNp.from) break;
    const current = picked[0]!;
    if (!(appositive(view, lex, current) || relativeSkipped) || !subjectLike(view, lex, prevNp)) break;
    picked.unshift(prevNp);
    idx--;
  }
  const size = picked.reduce((n, c) => n + c.to - c.from, 0);
  if (size > (lex.clitics ? 14 : 12)) {
    const last = picked[picked.length - 1]!;
    if (last.to - last.from > (lex.clitics ? 8 : 7)) return { type: 'none' };
    picked.splice(0, picked.length - 1);
  }
  return { type: 'phrase', chunks: picked, anonymityMarked, side: 'before', ...(trimmedHead.via ? { via: trimmedHead.via } : {}) };
}

/** English "…,” said Smith, a spokesman." — the subject right after the cue, then the end or an apposition. */
export function scanInverted(view: SentenceView, lex: Lexicon, cueTo: number, cues: CueMap): Subject {
  let j = cueTo;
  while (j < view.length && lex.timeWords.has(view.norms[j]!) && !view.commaBefore(j)) j++;
  if (j >= view.length) return { type: 'none' };
  const w = view.norms[j]!;
  const pronoun = lex.pronouns.get(w);
  if (pronoun && pronoun !== 'relative') return { type: 'pronoun', range: { from: j, to: j + 1 }, pronoun };
  if (!(view.capitalized(j) || lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w) || lookupNoun(lex, view.norms, j))) return { type: 'none' };
  if (lex.complementizers.has(w)) return { type: 'none' };
  let e = j;
  while (e < view.length && e - j < 10 && !(e > j && (view.commaBefore(e) || lex.npStoppers.has(view.norms[e]!) || verbCue(cues, e) || lex.complementizers.has(view.norms[e]!)))) e++;
  const chunks: WordRange[] = [{ from: j, to: e }];
  if (e < view.length && view.commaBefore(e)) {
    let f = e;
    while (f < view.length && f - e < 14 && !(f > e && view.commaBefore(f)) && !verbCue(cues, f)) f++;
    const apposition = { from: e, to: f };
    if (appositive(view, lex, apposition) && (f === view.length || view.commaBefore(f))) chunks.push(apposition);
  }
  return { type: 'phrase', chunks, anonymityMarked: false, side: 'after' };
}

/** The noun phrase after a prepositional cue ("according to X", "حسب الشرق الأوسط"). */
export function scanPrepositionalObject(view: SentenceView, lex: Lexicon, from: number, cues: CueMap): WordRange | null {
  let e = from;
  while (e < view.length && e - from < 12) {
    if (e > from && (view.commaBefore(e) || view.colonBefore(e) || view.breakBefore(e))) break;
    const w = view.norms[e]!;
    if (e > from && (lex.complementizers.has(w) || isRelative(lex, w) || verbCue(cues, e) || (!lex.clitics && lex.npStoppers.has(w)))) break;
    e++;
  }
  if (e <= from) return null;
  return trimNp(view, lex, { from, to: e }).np;
}
