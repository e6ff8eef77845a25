/**
 * Verb-first languages (Arabic): the main clause around a participle when the main verb is no report
 * ("أصدر الوزير قرارا بإغلاق الطريق، مشيرا إلى أن …", "وكان الرئيس قد أعلن حالة الطوارئ مشيرا إلى …"),
 * and the subject of a compound past ("وكان قائد الجيش فلان قد أصدر …"), where no word is a cue.
 */
import { definite, lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import { adjectiveLike, bare, bareNpEnd, type Subject } from './subject.ts';
import { objectAfterDefinite } from './joined-words.ts';
import type { Draft } from './sentence.ts';
import type { SentenceView } from './view.ts';

/** Longest opening phrase ("في البداية،", "وفي وقت سابق،") skipped before the main verb. */
const OPENING_MAX = 5;
/** Longest subject of a compound past, from the auxiliary to the particle. */
const COMPOUND_MAX = 12;
/** Longest subject of a main verb read after it. */
const SUBJECT_MAX = 6;

/** Where the main clause starts: after an opening adverbial or time phrase set off by a comma ("في البداية، …"). */
function mainClauseStart(view: SentenceView, lex: Lexicon, before: number): number {
  const first = bare(lex, view.norms[0] ?? '');
  // "وفي ذات السياق هنأ …": a discourse phrase of several words needs no comma to end.
  const marker = lex.discourseMarkers.matchAt(view.norms, 0);
  if (marker > 1 && marker + 1 < before && !view.commaBefore(marker)) return marker;
  if (!(lex.adverbialPrepositions.has(first) || lex.timeWords.has(first) || lex.discourseMarkers.matchAt(view.norms, 0) > 0)) return 0;
  for (let k = 1; k < Math.min(before, OPENING_MAX + 1); k++) if (view.commaBefore(k)) return k;
  return 0;
}

/**
 * "وكان X قد …": the span X between a compound past's auxiliary at `aux` and its particle, or null.
 * @example compoundSubjectAt(view, lex, 0) // "وكان قائد الجيش فلان قد أصدر" → words 1–4
 */
export function compoundSubjectAt(view: SentenceView, lex: Lexicon, aux: number): WordRange | null {
  if (!lex.compoundPast.auxiliaries.has(view.norms[aux] ?? '')) return null;
  for (let q = aux + 2; q < Math.min(view.length - 1, aux + COMPOUND_MAX); q++) {
    const w = view.norms[q]!;
    // A name spelt like a function word once folded ("آن" → "ان") is no complementizer.
    if ((lex.complementizers.has(w) && !lex.nameSpellings.has(view.tokens[q]!.text)) || view.colonBefore(q) || view.quoteOpeningAt(q) !== undefined) return null;
    if (lex.compoundPast.particles.has(w)) return { from: aux + 1, to: q };
  }
  return null;
}

/**
 * "وكان زعيم المعارضة قد وصف الانتخابات بأنها …": a compound past whose particle stands right before the
 * cue names the subject before the verb; the noun after the verb is its object, never its subject.
 * @example compoundSubjectBefore(view, lex, 4) // "وكان زعيم المعارضة قد وصف" → words 1–3
 */
export function compoundSubjectBefore(view: SentenceView, lex: Lexicon, cueFrom: number): WordRange | null {
  if (lex.compoundPast.auxiliaries.size === 0 || cueFrom < 3 || !lex.compoundPast.particles.has(view.norms[cueFrom - 1]!)) return null;
  for (let aux = cueFrom - 3; aux >= Math.max(0, cueFrom - COMPOUND_MAX); aux--) {
    if (view.commaBefore(aux + 1)) return null;
    const span = compoundSubjectAt(view, lex, aux);
    if (!span) continue;
    if (span.to !== cueFrom - 1 || !(lookupNoun(lex, view.norms, span.from) || compoundBareName(view, lex, span))) return null;
    // "وكان الجيش الذي أعلن السيطرة … قد نفى": a relative clause on the subject is no part of its name.
    for (let k = span.from + 1; k < span.to; k++) if (lex.relativePronouns.has(view.norms[k]!)) return { from: span.from, to: k };
    return span;
  }
  return null;
}

/** Longest bare name (no source noun) taken as a compound past's subject ("وكان فلان الفلاني قد وصف"). */
const COMPOUND_NAME_MAX = 3;

/**
 * "كان فلان قد وصف، في وقت سابق، إجراءات محاكمته بأنها …": a short run of words opening with no article, with
 * no pronoun, demonstrative or figure, between the auxiliary and its particle is a bare name, the verb's subject as a source noun
 * would be; the phrase after the verb is its object.
 */
function compoundBareName(view: SentenceView, lex: Lexicon, span: WordRange): boolean {
  if (span.to - span.from > COMPOUND_NAME_MAX || view.commaBefore(span.to)) return false;
  for (let k = span.from; k < span.to; k++) {
    const w = view.norms[k]!;
    // A given name opens it; a family name after it may carry the article ("هدى العلي").
    if ((k === span.from && definite(lex, w)) || lex.pronouns.has(w) || lex.demonstratives.has(w) || /^\p{Nd}/u.test(w) || (k > span.from && view.commaBefore(k))) return false;
  }
  return true;
}

/**
 * A cue word inside a compound past's subject ("وكان قائد الجيش بارك … قد أصدر": a name that spells a
 * verb) is part of the subject, no report of its own.
 * @example insideCompoundSubject(view, lex, 3) // true for "بارك" above
 */
export function insideCompoundSubject(view: SentenceView, lex: Lexicon, at: number): boolean {
  if (lex.compoundPast.auxiliaries.size === 0) return false;
  for (let aux = at - 1; aux >= Math.max(0, at - COMPOUND_MAX + 1); aux--) {
    const span = compoundSubjectAt(view, lex, aux);
    if (span) return at > span.from && at < span.to;
  }
  return false;
}

/**
 * The subject of the main verb a participle at `before` hangs on, when that verb reports nothing: the
 * subject of a compound past, else the phrase right after the clause's first word (the verb).
 * @example verbFirstMainSubject(view, lex, 7) // "أصدر الوزير قرارا بإغلاق الطريق، مشيرا إلى أن …" → الوزير
 */
export function verbFirstMainSubject(view: SentenceView, lex: Lexicon, before: number): Subject | null {
  const start = mainClauseStart(view, lex, before);
  const compound = compoundSubjectAt(view, lex, start);
  if (compound) return compound.to <= before ? { type: 'phrase', chunks: [compound], anonymityMarked: false, side: 'after' } : null;
  if (start + 1 >= before) return null;
  // The verb's subject runs from the word after it to where its object or complement starts.
  const from = start + 1;
  let to = from;
  while (to < before && to - from < SUBJECT_MAX) {
    const w = view.norms[to]!;
    if (to > from && (view.commaBefore(to) || objectAfterDefinite(view, lex, to))) break;
    if (lex.complementizers.has(w) || lex.timeWords.has(w) || lex.separatePrepositions.has(w) || lex.adverbialPrepositions.has(w) || lex.complementPrepositions.has(w) || view.quoteOpeningAt(to)) break;
    // "قراراً", "بفرض …": an indefinite ending or a joined preposition starts the object.
    if (lex.indefiniteEndings.some((e) => view.tokens[to]!.text.endsWith(e))) break;
    if (lex.complementPrefixes.some((p) => w.startsWith(p)) && w.length > 3 && !lookupNoun(lex, view.norms, to)) break;
    to++;
  }
  if (to === from) return null;
  const named = lookupNoun(lex, view.norms, from) !== null;
  if (!named) to = bareNameEnd(view, lex, from, to);
  // With no source noun, only a short run of words may be a bare name ("أصدر فلان قراراً").
  if (!named && to - from > 3) return null;
  const chunk = { from, to: bareNpEnd(view, lex, { from, to }) };
  return { type: 'phrase', chunks: [chunk], anonymityMarked: false, side: 'after' };
}

/** A head noun: no listed adjective, no adjective ending (the prefix «الم» is as common on nouns). */
const headNoun = (lex: Lexicon, word: string): boolean => !lex.adjectives.has(word) && !lex.adjectiveEndings.some((e) => word.endsWith(e));

/**
 * Where a bare name after a verb ends when the verb's object follows with no mark between: at a definite
 * noun that is no adjective followed by a definite adjective ("هنأ فلان الفلاني الشعب المغربي" → the
 * object «الشعب المغربي»). A compound given name ("عبد …") keeps its second word.
 * @example bareNameEnd(view, lex, 1, 5) // 3 for "هنأ سامي الكبيري الشعب المغربي"
 */
export function bareNameEnd(view: SentenceView, lex: Lexicon, from: number, to: number): number {
  const first = lex.compoundNameHeads.has(view.norms[from]!) ? from + 2 : from + 1;
  for (let k = first; k + 1 < to; k++) {
    const w = view.norms[k]!;
    const next = view.norms[k + 1]!;
    if (definite(lex, w) && headNoun(lex, w) && !lookupNoun(lex, view.norms, k) && definite(lex, next) && adjectiveLike(lex, next)) return k;
  }
  return to;
}

/**
 * "شكر فلان الشعب المغربي وأكد …": the bare name right after the verb opening the clause, where the verb's
 * object follows it (see bareNameEnd), is the subject a coordinated cue shares; null otherwise.
 * @example verbOpenedName(view, lex, 0, 4) // "فلان" above
 */
export function verbOpenedName(view: SentenceView, lex: Lexicon, verbAt: number, cueFrom: number): Subject | null {
  if (!lex.clitics) return null;
  const head = verbAt + 1;
  const end = bareNameEnd(view, lex, head, cueFrom);
  if (end <= head || end >= cueFrom || end - head > 3 || lookupNoun(lex, view.norms, head)) return null;
  return { type: 'phrase', chunks: [{ from: head, to: end }], anonymityMarked: false, side: 'before' };
}

/**
 * "…، ووصف المرحلة المقبلة «بصفحة جديدة»": after a coordinated cue, a definite noun and its adjective with
 * no source noun in them is the verb's object, not its subject.
 * @example describedObject(view, lex, { from: 5, to: 7 }) // true for "المرحلة المقبلة"
 */
export function describedObject(view: SentenceView, lex: Lexicon, chunk: WordRange): boolean {
  if (!lex.clitics || chunk.to - chunk.from !== 2) return false;
  const [head, adjective] = [view.norms[chunk.from]!, view.norms[chunk.from + 1]!];
  if (!definite(lex, head) || !headNoun(lex, head) || !definite(lex, adjective) || !adjectiveLike(lex, adjective)) return false;
  return lookupNoun(lex, view.norms, chunk.from) === null && lookupNoun(lex, view.norms, chunk.from + 1) === null;
}

/**
 * "اتهم الرئيس المعارضة بأنها «…» وتعهد باستئصال …": a cue written with its conjunction, with no subject
 * of its own and content after it, after a report with content of its own, is a second report of the
 * same speaker (the English "and vowed" is found by its separate "and").
 * @example conjoinedSecondReport(view, lex, draft, true) // true for "وتعهد" above
 */
export function conjoinedSecondReport(view: SentenceView, lex: Lexicon, draft: Draft, reported: boolean): boolean {
  if (!reported || !lex.clitics || draft.hit.entry.conjoined !== true || draft.hit.entry.form !== 'verb') return false;
  if (draft.subject.type !== 'none' || draft.contentSide !== 'after' || draft.contentFrom === null) return false;
  return draft.contentFrom < view.length - 1 && !view.commaBefore(draft.hit.from);
}

/**
 * "وتابع المتحدث أن القوات تؤكد استمرارها …": a subject and cue opening the content clause of the report
 * before it (right after its إن/أن) are what the first speaker said, no report of their own.
 * @example reportedInside(view, lex, drafts[0], draft) // true for "القوات تؤكد" above
 */
export function reportedInside(view: SentenceView, lex: Lexicon, previous: Draft, draft: Draft): boolean {
  if (lex.subjectSearch[0] !== 'after' || previous.contentSide !== 'after' || previous.contentFrom === null || previous.contentFrom === 0) return false;
  if (!lex.complementizers.has(view.norms[previous.contentFrom - 1]!)) return false;
  return draft.subject.type === 'phrase' && draft.subject.side === 'before' && draft.subject.chunks[0]?.from === previous.contentFrom;
}

/**
 * "لم يصدر أي تعليق من الحكومة، بينما أفادت مصادر …": in a verb-first script a report whose clause opens
 * with a clause starter after a comma leaves the clause before it to the outlet's voice; the word where the
 * report's clause starts, or null.
 * @example laterClauseReport(view, lex, draft) // 9 for "بينما" above
 */
export function laterClauseReport(view: SentenceView, lex: Lexicon, draft: Draft): number | null {
  if (lex.subjectSearch[0] !== 'after' || draft.contentSide !== 'after' || draft.innerReport) return null;
  const from = draft.clauseFrom;
  if (from < 3 || !view.commaBefore(from) || draft.hit.from < from) return null;
  if (lex.clauseStarters.matchAt(view.norms, from) > 0 || lex.clauseStarters.has(bare(lex, view.norms[from]!))) return from;
  return conjoinedNewSpeaker(view, lex, draft) ? from : null;
}

/**
 * "ونشرت صفحات … صورا …، وأعلن مستشار القائد سيطرتهم …": a cue joined by "and" after a comma, naming a
 * speaker after it who is not named in the clause before, opens a report of its own; the clause before is
 * the outlet's. (With no speaker of its own, "وصل الوزير …، وقال إن …", the verb goes on with the first
 * clause's subject: one claim, as before.)
 */
function conjoinedNewSpeaker(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  if (!draft.hit.entry.conjoined || draft.clauseFrom !== draft.hit.from || draft.rule !== 'verb-subject') return false;
  const subject = draft.subject;
  if (subject.type !== 'phrase' || subject.side !== 'after' || subject.chunks.length === 0) return false;
  const first = subject.chunks[0]!;
  // The speaker's head word not named before in the sentence (not "وصل الوزير …، وقال الوزير").
  const head = bare(lex, view.norms[first.from]!);
  for (let k = 0; k < draft.hit.from; k++) if (bare(lex, view.norms[k]!) === head) return false;
  return true;
}

/**
 * "وكشفت الصحفية الفرنسية مارين أميريكاس أن …": in a verb-first script, a word the candidate list reads as a
 * cue ("مارين") right after the definite subject of a listed cue, with no comma or إن/أن between, is part
 * of that subject (a name), no report of its own.
 * @example namesInSubjects(view, lex, hits) // drops the hit on "مارين" above
 */
export function namesInSubjects<H extends { from: number; to: number; entry: Draft['hit']['entry'] }>(view: SentenceView, lex: Lexicon, hits: H[]): H[] {
  if (lex.subjectSearch[0] !== 'after' || !lex.clitics) return hits;
  return hits.filter((hit, i) => {
    if (hit.entry.candidate === undefined || hit.from < 2 || view.commaBefore(hit.from)) return true;
    const previous = hits[i - 1];
    if (!previous || previous.entry.candidate !== undefined || previous.entry.form !== 'verb' || hit.from - previous.to > 4 || hit.from <= previous.to) return true;
    for (let k = previous.to; k < hit.from; k++) if ((k > previous.to && view.commaBefore(k)) || lex.complementizers.has(view.norms[k]!)) return true;
    return !lex.articles.some((a) => view.norms[hit.from - 1]!.startsWith(a));
  });
}
