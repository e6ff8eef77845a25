/**
 * One sentence: its cues, and for each the subject, via and where the content lies. Sources are
 * resolved against earlier sentences later (index.ts), so this stage only looks inside the sentence.
 */
import { PARTICIPLE_CLAUSE_RULE } from './clauses.ts';
import { findCues, type CueHit } from './cues.ts';
import { hedgeAfter } from './hedges.ts';
import { possessiveReport } from './possessive.ts';
import { objectSpeaks, passiveRelay, type SpeakingObject } from './object-speaks.ts';
import { innerReportStart } from './inner-clause.ts';
import { listLabelSubject } from './list-label.ts';
import { listedAdverb, lookupNoun, pastForm, plainCue, sourceNounWithin, type CueEntry, type Lexicon } from './lexicon.ts';
import { analyzeSource, datelineEnd, headKindOf, type WordRange } from './source.ts';
import { adjectiveLike, bareNpEnd, channelAt, contentAfterAddressee, possessedAfterDefinite, relativeClauseEnd, scanAfter, scanBefore, scanInverted, scanPrepositionalObject, type CueMap, type Subject } from './subject.ts';
import { isTitleKind, peoplePlural, personalWord, personSingular, trailingName } from './names.ts';
import { nameBefore, progressiveBefore, shortClauseAfter } from './tense.ts';
import { clauseSubjectOpensAt } from './stance.ts';
import { capitalLabel, openingDateline, transcriptLine } from './transcript.ts';
import type { SentenceView } from './view.ts';
import { recurringNameAt } from './recurring-name.ts';
import { resumptivePossessor } from './resumptive-possessor.ts';
import { subjectScanFrom } from './as-resumptive.ts';
import { creditBeforeRelative, publisherOfCredit } from './credit-relative.ts';
import { documentBeforeCue } from './document-before.ts';
import { contentAfterAdverbial, contentAfterCognate } from './content-opening.ts';
import { disagreesInGender, insideConditional, predicateAfterObjectPronoun, prepositionalObject, relativeAgreement } from './clause-guards.ts';
import { markClosingRelays } from './closing-relay.ts';
import { phraseEnd } from './phrase-end.ts';
import { mainAfterRelative } from './relative-aside.ts';
import { firstAnswer, type Hook } from './hooks.ts';
import { issuedStatementSpeaker } from './issued-statement.ts';
import { unspecifiedPassive } from './unspecified-passive.ts';
import { compoundSubjectBefore, conjoinedSecondReport, describedObject, insideCompoundSubject, namesInSubjects, reportedInside, verbFirstMainSubject, verbOpenedName } from './verb-first-main.ts';
import { namesSpeaker, relayingAfterSubject } from './relaying-aside.ts';
import { verbShaped } from './verb-shape.ts';

export interface Draft {
  hit: CueHit;
  subject: Subject;
  via?: WordRange;
  /** "…, X quoted him as saying, Reuters reported": the outlet relaying the whole relay (first in the chain). */
  outerVia?: WordRange;
  /** Where the reported content lies relative to the cue. */
  contentSide: 'before' | 'after';
  /** Word where the content starts (side "after"). */
  contentFrom: number | null;
  /** Word where this attribution's clause starts (for splitting a sentence that reports two sources). */
  clauseFrom: number;
  /** The cue introduces its own content (إن/أن/that, a colon or a quotation follows it). */
  ownContent?: boolean;
  /** Nothing but the subject, time words or a channel follows the cue: it reports the whole sentence before it. */
  closing?: boolean;
  /** A report inside a clause ("…، في خطوة وصفتها المعارضة بأنها …"): the words before `clauseFrom` are another clause. */
  innerReport?: boolean;
  /** "…, said A, who stressed that …": a relative after a comma opening a report of its own (relativeReport). */
  relativeClause?: boolean;
  /** "A, who said …, told …", "Citing X, A accused …": the main verb after a relative clause's report (relative-aside.ts) or an opening participle's. */
  afterRelative?: boolean;
  /** "attacked X for claiming …, calling X reckless": the host clause's subject, which a later participle clause goes on with. */
  reasonHost?: Subject;
  /** Words up to here belong to this cue's subject region (a cue inside it, "حسب بيان", is not another attribution). */
  consumedTo: number;
  /** «وقيل إن …»: the source the cue word itself stands for (unspecified-passive.ts), muted for later continuations. */
  ownSource?: { text: string; start: number; end: number; kind: 'anonymous' };
  rule: string;
}

/**
 * The attributions of one sentence, left to right, before cross-sentence resolution.
 * @example parseSentence(view, lexiconFor('en')!)[0]?.rule // 'subject-verb'
 */
export function parseSentence(view: SentenceView, lex: Lexicon): Draft[] {
  const hits = namesInSubjects(view, lex, findCues(view, lex));
  const cues: CueMap = new Map(hits.map((h) => [h.from, h.entry.form]));
  const drafts: Draft[] = [];
  let consumed = 0;
  // Where each draft's subject scan could reach back to.
  const floors = new Map<Draft, number>();
  // Some cue so far has content of its own (إن/أن/that, a colon, a quotation).
  let reported = false;
  for (const hit of hits) {
    if (hit.from < consumed) continue;
    // A cue inside a closed quotation is quoted speech, not the article's attribution.
    const around = view.quoteAround(hit.from);
    if (around?.closed) continue;
    // "… if parliament demands it", "إذا طالب البرلمان …": a condition, not a report.
    if (hit.entry.form !== 'prep' && insideConditional(view, lex, hit.from)) continue;
    // "وكان قائد الجيش بارك … قد أصدر": a cue word inside a compound past's subject is part of it.
    if (hit.entry.form !== 'prep' && insideCompoundSubject(view, lex, hit.from)) continue;
    const draft: Draft | null = hit.entry.form === 'prep' ? prepositional(view, lex, hit, cues, hits) : verbal(view, lex, hit, cues, consumed, drafts.length, reported);
    if (!draft) continue;
    // "X was defensive about not paying an architect who said …, saying, “…”": a participle after a
    // restrictive relative's report hangs on the main clause, whose opening subject speaks.
    if (draft.rule === PARTICIPLE_CLAUSE_RULE && draft.subject.type === 'none' && drafts.length > 0 && restrictiveRelative(view, lex, drafts[drafts.length - 1]!)) {
      const main = mainSubjectCased(view, lex, hit, { ...draft });
      if (main.subject.type !== 'none') draft.subject = main.subject;
    }
    // "…، بحسب المحامي، الذي أشار إلى أن …": a credit closing a clause, then its source's own report.
    const credit = hit.entry.form === 'prep' ? creditBeforeRelative(view, hit, draft) : null;
    if (credit) drafts.push(credit);
    // "وتابع المتحدث أن القوات تؤكد …": a cue opening the content clause of the report before it is reported speech.
    if (drafts.length > 0 && reportedInside(view, lex, drafts[drafts.length - 1]!, draft)) continue;
    // "Authorities announced X and said Y": a coordinated cue with content of its own reports on its own.
    if (drafts.length > 0 && (coordinated(view, lex, draft) || conjoinedSecondReport(view, lex, draft, reported))) draft.ownContent = true;
    floors.set(draft, consumed);
    consumed = Math.max(consumed, draft.consumedTo);
    reported ||= draft.ownContent === true || directObjectReport(view, lex, draft);
    // Same source as the earlier cue: merged ("…, مؤكدا أن"), unless a verb opens its own reported clause
    // ("…، لفت إلى أنه «…»", "…، وأكد: «…»"), which the claim builder may split off.
    // "…, said Lars Kamin, who stressed that …": a relative after a comma reports a clause of its own.
    if (drafts.length > 0 && relativeReport(view, lex, draft)) draft.ownContent = draft.relativeClause = true;
    // "The mayor, who said …, told reporters …": the main verb speaks for the relative's antecedent.
    const mainFrom = drafts.length > 0 ? mainAfterRelative(view, lex, drafts[drafts.length - 1]!, draft) : -1;
    if (mainFrom >= 0) {
      const previous = drafts[drafts.length - 1]!;
      // After a participle aside the subject stands before its opening comma ("The mayor, citing …, said").
      draft.subject = previous.subject.type === 'none' ? { type: 'phrase', chunks: [{ from: Math.max(floors.get(previous) ?? 0, view.chunkStartBefore(previous.hit.from)), to: previous.hit.from }], anonymityMarked: false, side: 'before' } : previous.subject;
      draft.clauseFrom = mainFrom;
      draft.afterRelative = true;
      drafts.push(draft);
      continue;
    }
    // "Citing a report, the governor accused …": the main verb after an opening participle's report reports too.
    const openingFrom = drafts.length === 1 ? mainAfterOpening(view, drafts[0]!, draft) : -1;
    if (openingFrom >= 0) {
      draft.subject = drafts[0]!.subject;
      draft.clauseFrom = openingFrom;
      draft.afterRelative = true;
      drafts.push(draft);
      continue;
    }
    if (drafts.length > 0 && !explicit(draft.subject) && !(draft.ownContent && draft.hit.entry.form !== 'prep') && !pronounClause(view, lex, draft)) continue;
    // ", in which he said …": the report's clause opens at the preposition.
    if (drafts.length > 0 && draft.subject.type === 'pronoun' && prepositionalRelativeBefore(view, lex, draft.subject.range.from) >= 0) draft.clauseFrom = prepositionalRelativeBefore(view, lex, draft.subject.range.from);
    drafts.push(draft);
  }
  // "the mayor's claim that …": a noun cue with a possessor, when no verb reports in the sentence.
  if (drafts.length === 0) {
    const possessive = possessiveReport(view, lex);
    if (possessive) drafts.push(possessive);
  }
  // "WALLACE: I want to ask you …": a speaker's label before a colon speaks the whole line, whatever
  // cues the line itself holds.
  // A transcript's label in capitals ("WALLACE: …") speaks the line whatever it holds.
  const colon = drafts.length === 0 || drafts.every((d) => d.hit.entry.attitude.size > 0 || d.subject.type === 'pronoun') || (!lex.clitics && transcriptLine(view)) ? colonAttribution(view, lex) : null;
  if (colon && drafts.every((d) => d.hit.from > colon.hit.to)) return [colon];
  markClosingRelays(view, lex, drafts);
  return drafts;
}

const COLON: CueEntry = plainCue({ lemma: ':', stance: 'neutral', form: 'verb', words: [':'] });

/** "Pence: Flowers won't be at the debate", "المتحدث: «…»": a short source, a colon, then what it said. */
function colonAttribution(view: SentenceView, lex: Lexicon): Draft | null {
  let c = 1;
  while (c < Math.min(view.length, 7) && !view.colonBefore(c)) c++;
  if (c >= Math.min(view.length, 7) || view.length - c < 2) return null;
  if (lex.colonNonSources.matchAt(view.norms, 0) > 0 || (view.quoteAround(0)?.closed && !capitalLabel(view, c))) return null;
  const quoted = view.quoteOpeningAt(c) !== undefined;
  // "CITY: Part of the market burned …" opening the article: a place in capitals is its dateline.
  if (!lex.clitics && openingDateline(view, lex) > 0) return null;
  const head = lookupNoun(lex, view.norms, 0);
  // "إيلاف من القاهرة:", "Reuters from Cairo:": an outlet and the place it files from is a dateline.
  if (head?.entry.kind === 'media' && view.norms.slice(1, c).some((w) => lex.residencePrepositions.has(w))) return null;
  let ok = head !== null && head.entry.kind !== 'document' ? true : quoted && c <= 4;
  if (!lex.clitics && !ok) {
    // A name ("Pence:", "Pat Caddell:"), not a title-case headline ("The Latest:", "Little Relief for Refugees:").
    ok = c <= 3;
    for (let k = 0; k < c && ok; k++) {
      const w = view.norms[k]!;
      ok = view.capitalized(k) && !lex.definiteMarkers.has(w) && !lex.postModifiers.has(w) && !lex.adverbialPrepositions.has(w) && !lex.npStoppers.has(w);
    }
  }
  if (!ok) return null;
  const gap = view.gapBefore(c);
  const at = view.end(c - 1) + gap.indexOf(':');
  return {
    hit: { from: c - 1, to: c, entry: COLON, gluedPreposition: false, chars: { start: at, end: at + 1 } },
    subject: { type: 'phrase', chunks: [{ from: 0, to: c }], anonymityMarked: false, side: 'before' },
    contentSide: 'after',
    contentFrom: c,
    clauseFrom: 0,
    consumedTo: c,
    rule: 'colon',
  };
}

/**
 * "أكدت الغرفة العثور على …، مؤكدة سيطرة …": where the language data says so, a report whose content is a
 * direct object has content enough for a participle after it to report on its own; a prepositional
 * object ("ندد بالهجوم، مؤكدا دعمه") is what the report is about, and the participle goes on with it.
 */
function directObjectReport(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  if (!lex.participleObjectContent || draft.contentSide !== 'after' || draft.contentFrom === null || draft.contentFrom >= view.length) return false;
  const first = view.norms[draft.contentFrom]!;
  if (lex.separatePrepositions.has(first) || lex.complementPrepositions.has(first)) return false;
  return !lex.prepositionArticles.some((p) => first.startsWith(p)) && !lex.complementPrefixes.some((p) => lex.articles.some((article) => first.startsWith(p + article)));
}

/** "…, though she noted X", "…, but he said X": a pronoun subject opening a coordinated clause reports on its own. */
function pronounClause(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  if (draft.subject.type !== 'pronoun' || draft.hit.entry.form !== 'verb' || draft.contentSide !== 'after') return false;
  const from = draft.subject.range.from;
  return from > 0 && from < draft.hit.from && !lex.continuingPronounForms.has(view.norms[from]!) && draft.contentFrom !== null && draft.contentFrom < view.length && (view.commaBefore(from) || lex.clauseStarters.matchAt(view.norms, from - 1) > 0 || lex.clauseStarters.has(view.norms[from - 1]!) || prepositionalRelativeBefore(view, lex, from) >= 0);
}

/** ", in which he said …", ", during which she argued …": the preposition opening the relative before word `from`, or -1. */
function prepositionalRelativeBefore(view: SentenceView, lex: Lexicon, from: number): number {
  if (lex.clitics || from < 3 || !lex.relativePronouns.has(view.norms[from - 1]!) || !lex.adverbialPrepositions.has(view.norms[from - 2]!)) return -1;
  return view.commaBefore(from - 2) ? from - 2 : -1;
}

/**
 * "…, said A, who stressed that …", "praised B, who said the port would reopen": "who" after a comma, then
 * the cue and its content, in a cased script: the relative's antecedent reports that clause on its own.
 */
export function relativeReport(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  if (lex.clitics || draft.subject.type !== 'relative' || draft.hit.entry.form !== 'verb' || draft.contentSide !== 'after') return false;
  const at = draft.subject.range.from;
  return lex.pronouns.get(view.norms[at]!) === 'relative' && view.commaBefore(at) && draft.contentFrom !== null && draft.contentFrom < view.length - 1;
}

/** A cue whose subject is a relative pronoun with no comma before it ("an architect who said …"). */
function restrictiveRelative(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  return !lex.clitics && draft.subject.type === 'relative' && draft.subject.range.from > 0 && !view.commaBefore(draft.subject.range.from);
}

function coordinated(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  if (draft.subject.type !== 'none' || draft.hit.entry.form !== 'verb' || draft.contentSide !== 'after' || draft.contentFrom === null) return false;
  // "and vowed to challenge …": an infinitive states an intention, not a report.
  if (draft.contentFrom >= view.length - 2 || lex.npStoppers.has(view.norms[draft.contentFrom]!)) return false;
  let k = draft.hit.from - 1;
  while (k > 0 && lex.auxiliaries.has(view.norms[k]!)) k--;
  return k > 0 && lex.clauseStarters.has(view.norms[k]!) && !view.commaBefore(k + 1);
}

function explicit(subject: Subject): boolean {
  return subject.type === 'phrase' && subject.chunks.length > 0;
}

function prepositional(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap, hits: readonly CueHit[]): Draft | null {
  // "…، وفق زعمها": a hedge on the outlet's own voice names no source.
  const hedge = hedgeAfter(view, lex, hit);
  if (hedge === 'hedge') return null;
  // "وفقا لمزاعم الجيش": the source stands behind a noun of claiming, at a distance.
  if (hedge === 'noun') hit = { ...hit, entry: { ...hit.entry, stance: 'distancing' } };
  // "وفق قول محافظ البنك": the noun of saying is not the source, the one who says is.
  const from = hedge === 'noun' || lex.reportNouns.has(view.norms[hit.to] ?? '') ? hit.to + 1 : hit.to;
  const scanned = scanPrepositionalObject(view, lex, from, cues);
  if (!scanned) return null;
  // «وفقا للنتائج التي نشرتها الوكالة»: the body that published the document is the source.
  const object = publisherOfCredit(view, lex, scanned, (range) => documentPhrase(view, lex, [range])) ?? scanned;
  // «بحسب شهود عيان تحدثوا للجزيرة، …»: a verb of speaking after the object opens a relative clause with no
  // pronoun, about the source; the outlet it names is the via.
  const spoke = spokeToAfter(view, lex, object);
  // "according to Lena Holm, who heads the commission": a relative set off after the object is about it;
  // it is neither part of the name nor what was said.
  const relativeAfter = spoke !== null || (object.to < view.length && view.commaBefore(object.to) && lex.relativePronouns.has(view.norms[object.to]!));
  // "…, وفق محافظ البنك، حسن عبد الله.": a short name closing the sentence is the object's apposition.
  if (object.to < view.length && view.commaBefore(object.to) && view.length - object.to <= 4 && hit.from > 1 && !relativeAfter) {
    let k = object.to;
    while (k < view.length && !view.commaBefore(k + 1) && !cues.has(k)) k++;
    if (k === view.length - 1 || k === view.length) object.to = view.length;
  }
  const clauseFrom = clauseStartOf(view, lex, hit.from);
  // "وفقا للمتحدث …، الذي قال إن …": the relative clause's verb reports its own content from that source.
  const relative = view.norms[object.to];
  const verb = hits.find((h) => h.from === object.to + 1 && h.entry.form === 'verb');
  if (relative !== undefined && lex.relativePronouns.has(relative) && verb) {
    for (let k = verb.to; k < Math.min(view.length, verb.to + 4); k++) {
      if (!lex.complementizers.has(view.norms[k]!) && !view.colonBefore(k)) continue;
      const contentFrom = lex.complementizers.has(view.norms[k]!) ? k + 1 : k;
      return {
        hit: verb,
        subject: { type: 'phrase', chunks: [object], anonymityMarked: false, side: 'after' },
        contentSide: 'after',
        contentFrom,
        clauseFrom,
        consumedTo: contentFrom,
        ownContent: true,
        rule: 'prepositional-relative',
      };
    }
  }
  // "Y, according to X" reports what precedes; "According to X, Y" what follows.
  const before = hit.from > 1;
  let contentFrom = object.to;
  if (relativeAfter) while (contentFrom < view.length && (contentFrom === object.to || !view.commaBefore(contentFrom))) contentFrom++;
  // «وحسب المصدر نفسه، فإن …»: a word or two after the object, then a comma and the complementizer: the content opens after it.
  for (let k = contentFrom + 1; !relativeAfter && k <= contentFrom + 2 && k < view.length; k++) {
    if (!view.commaBefore(k)) continue;
    if (lex.complementizers.has(view.norms[k]!)) contentFrom = k;
    break;
  }
  // «…، فإن القصف استمر»: the clause after the aside opens with its complementizer.
  if (lex.complementizers.has(view.norms[contentFrom] ?? '')) contentFrom++;
  return {
    hit,
    subject: { type: 'phrase', chunks: [object], anonymityMarked: false, side: 'after' },
    contentSide: before ? 'before' : 'after',
    contentFrom: before ? null : contentFrom < view.length ? contentFrom : null,
    clauseFrom: before ? 0 : clauseFrom,
    consumedTo: spoke?.via ? spoke.via.to : object.to,
    rule: 'prepositional',
    ...(spoke?.via ? { via: spoke.via } : {}),
  };
}

/**
 * A verb of speaking (data spokeToVerbs) inside a credit's object cuts it there («مصادر عسكرية تحدثت …»), the
 * object shortened in place; the outlet spoken to right after it («للجزيرة», «لـ"العربي الجديد"») is returned
 * as the via. Null when the object holds no such verb.
 */
function spokeToAfter(view: SentenceView, lex: Lexicon, object: WordRange): { via: WordRange | null } | null {
  let k = object.from + 1;
  while (k < Math.min(view.length, object.to + 1) && !lex.spokeToVerbs.has(view.norms[k]!)) k++;
  if (k >= Math.min(view.length, object.to + 1)) return null;
  object.to = k;
  const told = k + 1 < view.length && !view.commaBefore(k + 1) ? viaObject(view, lex, k + 1) : null;
  if (!told) return { via: null };
  // «للجزيرة» or «لـ"…"»: the glued or separate preposition of address comes off.
  const w = view.norms[k + 1]!;
  const glued = [...lex.viaPrepositions].find((p) => w.startsWith(p) && w.length > p.length);
  const from = lex.viaPrepositions.has(w) ? k + 2 : k + 1;
  return glued !== undefined || from === k + 2 ? { via: { from, to: told.to } } : { via: null };
}

function verbal(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap, floor: number, earlier: number, firstHasContent = false): Draft | null {
  // A participle ("مؤكدا أن", "adding that") shares the subject of the clause's main verb.
  // Only as an adjunct (", saying …", "، مؤكدا …") or opening the sentence: "stopped short of calling for" is no report.
  // "The senator is warning that …": after "is/was" an -ing form is the clause's verb, not an adjunct.
  const progressive = hit.entry.form === 'participle' && hit.from > 0 && (lex.progressiveAuxiliaries.has(view.norms[hit.from - 1]!) || (!lex.clitics && progressiveBefore(view, lex, hit.from) >= 0));
  if (hit.entry.form === 'participle' && !progressive) {
    // "…, with a new poll showing …": a participle listed for document subjects reports only in an absolute
    // construction naming one ("…, showing signs of fatigue", "a video showing troops" stay silent).
    if (hit.entry.documentSubject) {
      const absolute = lex.subjectSearch[0] !== 'after' ? absoluteSubject(view, lex, hit) : null;
      return absolute && absoluteDraft(view, lex, hit, participle(view, lex, hit), absolute);
    }
    // Verb-first: a preposition the participle governs marks it too ("في خطاب متلفز مشيرا إلى ضرورة …").
    const governs = lex.subjectSearch[0] === 'after' && lex.complementPrepositions.has(view.norms[hit.to] ?? '');
    // "responded by saying …", "aside from saying …": a gerund after a preposition of manner or time is the subject's.
    // Alone in its sentence only a listed verb of saying with a clause after it ("by encouraging saving" is no report).
    const gerund = hit.from > 1 && !view.commaBefore(hit.from) && lex.reportingGerundPrepositions.has(view.norms[hit.from - 1]!) && (earlier > 0 || (hit.entry.candidate === undefined && !hit.objectFrame && hit.entry.stance === 'neutral' && view.length - hit.to >= 3));
    // "بأنها خيانة متعهدا بالرد …": a masculine participle written with its accusative alef, governing its
    // complement, is an adjunct with no comma before it (a feminine one may be an adjective: "معلومات مؤكدة").
    const next = view.norms[hit.to] ?? '';
    const accusative = lex.clitics && lex.accusativeAlef !== '' && hit.from > 0 && view.norms[hit.from]!.endsWith(lex.accusativeAlef) && (lex.complementPrepositions.has(next) || lex.complementizers.has(next) || lex.complementPrefixes.some((p) => next.startsWith(p) && next.length > p.length + 2));
    // ", also saying …", ", even suggesting …": an adverb after the comma keeps the participle an adjunct.
    // ", and calling for …": a coordinator after the comma too.
    const adverbAfterComma = !lex.clitics && hit.from > 1 && !view.commaBefore(hit.from) && view.commaBefore(hit.from - 1) && (listedAdverb(lex, view.norms[hit.from - 1]!) || lex.infinitiveCoordinators.has(view.norms[hit.from - 1]!));
    // "issued a statement asserting …", "posted a video claiming …": a participle right after a channel noun reports.
    // A determiner opens the channel's phrase ("a brief statement"; "told reporters asking …" is no channel of the speaker's).
    const afterChannel = !lex.clitics && hit.from > 1 && !view.commaBefore(hit.from) && lex.channelNouns.has(view.norms[hit.from - 1]!) && hit.entry.candidate === undefined && channelPhraseOpens(view, lex, hit.from - 1);
    const adjunct = hit.from === 0 || view.commaBefore(hit.from) || adverbAfterComma || afterChannel || accusative || governs || gerund || lex.complementizers.has(view.norms[hit.to] ?? '') || view.colonBefore(hit.to) || view.quoteOpeningAt(hit.to) !== undefined;
    // "a statement by the ministry warning that …": the agent of a channel or document the participle follows speaks.
    const agent = !adjunct || !view.commaBefore(hit.from) ? channelAgentBefore(view, lex, hit) : null;
    if (agent) return { ...participle(view, lex, hit), subject: { type: 'phrase', chunks: [agent], anonymityMarked: false, side: 'before' }, rule: 'participle-name' };
    if (!adjunct) {
      // "…, with news agencies confirming the footage": an absolute construction names its own speaker.
      const absolute = lex.subjectSearch[0] !== 'after' ? absoluteSubject(view, lex, hit) : null;
      return absolute && absoluteDraft(view, lex, hit, participle(view, lex, hit), absolute);
    }
    if (gerund && earlier > 0 && !lex.clitics) {
      const second = secondClause(view, lex, hit, firstHasContent);
      // "…, aside from saying": one word between the comma and the preposition opens the clause with it.
      return second && { ...second, clauseFrom: hit.from > 2 && view.commaBefore(hit.from - 2) ? hit.from - 2 : hit.from - 1 };
    }
    // "X said A, adding that B", "…، مضيفا أن …": the same speaker goes on. The clause stays in the first
    // claim unless the language data asks for it on its own (splitting joins unrelated rows across outlets).
    // A participle with its own conjunction ("، ومؤكدا أن") opens a clause of its own in any case.
    // "…, with one of them, Yann Morvan, saying …": an absolute construction names a speaker of its own.
    const absolute = earlier > 0 && lex.subjectSearch[0] !== 'after' ? absoluteSubject(view, lex, hit) : null;
    if (absolute) return absoluteDraft(view, lex, hit, participle(view, lex, hit), absolute);
    // "…, prompting X to issue a statement, saying …": the one made to speak speaks.
    const caused = earlier > 0 ? causedSubject(view, lex, hit) : null;
    if (caused) return { ...participle(view, lex, hit), subject: caused, rule: 'participle-caused' };
    // "…, accusing A of B while warning that …": a participle after a clause starter goes on as after a comma.
    if (earlier > 0 && lex.splitParticipleClauses && !lex.clitics && !view.commaBefore(hit.from) && hit.from > 1 && lex.clauseStarters.has(view.norms[hit.from - 1]!)) {
      const second = secondClause(view, lex, hit, firstHasContent);
      return second && { ...second, clauseFrom: hit.from - 1 };
    }
    // "…,” Smith said adding, “…”": a participle right after the cue verb goes on as after a comma.
    const afterCue = hit.from > 0 && cues.get(hit.from - 1) === 'verb';
    if (earlier > 0 && adverbAfterComma && lex.splitParticipleClauses) {
      const second = secondClause(view, lex, hit, firstHasContent);
      return second && { ...second, clauseFrom: hit.from - 1 };
    }
    if (earlier > 0) return (lex.splitParticipleClauses || hit.entry.conjoined === true) && (view.commaBefore(hit.from) || accusative || afterCue) ? secondClause(view, lex, hit, firstHasContent) : null;
    const adjunctDraft = participle(view, lex, hit);
    // "…, lauding the engineers": a stance participle is taken by the main clause's person or body.
    return hit.objectFrame && !stanceSubject(view, lex, adjunctDraft.subject) ? null : adjunctDraft;
  }
  // "will be heard by 10 judges": a verb listed for some subjects reports in the active only.
  if (hit.entry.subjectHeads && hit.from > 0 && lex.progressiveAuxiliaries.has(view.norms[hit.from - 1]!)) return null;
  // «وقيل إن …», «وذُكر أن …»: a passive naming no speaker.
  const unspecified = unspecifiedPassive(view, lex, hit);
  if (unspecified) return unspecified;
  const passive = passiveRelay(view, lex, hit, cues) ? undefined : passiveAgent(view, lex, hit, cues);
  if (passive !== undefined) return passive;
  const draft = lex.subjectSearch[0] === 'after' ? verbFirst(view, lex, hit, cues, floor) : subjectFirst(view, lex, hit, cues, floor, earlier === 0);
  // "went ahead to state that …": a bare lemma read as an infinitive (cues.ts infinitiveWithClause) reports only
  // for its host clause's subject ("It was a day on which crowds marched to demand that …" names none).
  if (hit.entry.afterModal && hit.from > 0 && lex.infinitiveMarkers.has(view.norms[hit.from - 1]!) && draft.rule !== 'infinitive-host-subject') return null;
  // "It seems that …", "the data suggest": beliefs and intentions are reported of people and bodies only.
  if (hit.entry.attitude.size > 0 && !personalSubject(view, lex, draft.subject)) return null;
  // "The senator lauded the decision": a stance is taken by a person or a body named right before it.
  if (hit.objectFrame && !stanceSubject(view, lex, draft.subject)) return null;
  // "52 percent would choose A": the share itself, figure and all, is the subject ("Prices rose 5 percent back …" is none).
  if (hit.entry.shareSubject && !shareIsSubject(view, lex, draft.subject, hit.from)) return null;
  // "A court heard that …": a verb listed for some subjects only ("The crowd heard the speech" is no report).
  if (hit.entry.subjectHeads && !(draft.subject.type === 'phrase' && draft.subject.side === 'before' && hit.entry.subjectHeads.has(view.norms[draft.subject.chunks[draft.subject.chunks.length - 1]!.to - 1]!))) return null;
  // "A 2019 study by Professor Ortiz found 31 cases": the head, not the last noun, names the document.
  if (hit.entry.documentSubject && !(draft.subject.type === 'phrase' && draft.subject.chunks.length > 0 && (documentPhrase(view, lex, draft.subject.chunks) || headKindOf(view, lex, draft.subject.chunks) === 'document'))) return null;
  if (lex.subjectSearch[0] === 'after') return draft;
  // "The new agreement announced on Wednesday will …": a document does not announce; the verb is a
  // participle modifying it unless a clause follows.
  // "The report claimed the device could …": a clause with no "that" (a short phrase, then its verb) is content too.
  if (hit.entry.needsClause && !draft.ownContent && draft.subject.type === 'phrase' && draft.subject.side === 'before' && documentPhrase(view, lex, draft.subject.chunks) && !bareClauseAt(view, lex, hit.to)) return null;
  return draft;
}

/**
 * "It was announced by the ministry that …", "The plan has been criticized by Democrats": a passive cue
 * with its agent; the agent is the source. Content: the clause after the agent, else what came before the cue.
 * Undefined when the cue is no passive with an agent.
 */
function passiveAgent(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap): Draft | null | undefined {
  if (hit.entry.form !== 'verb' || hit.from === 0) return undefined;
  const reduced = reducedRelative(view, lex, hit.from);
  // "was vocally opposed by …": adverbs may stand between the auxiliary and the participle.
  let aux = hit.from - 1;
  // "was first reported by …": so may an adverb the lexicon lists among the auxiliaries (first, later, also).
  while (aux > 0 && !lex.clitics && (/ly$/u.test(view.norms[aux]!) || listedAdverb(lex, view.norms[aux]!)) && !view.capitalized(aux) && view.plainGapBefore(aux + 1)) aux--;
  const objectRelative = !reduced && !lex.progressiveAuxiliaries.has(view.norms[aux]!) ? objectWithPassive(view, lex, hit.from) : false;
  if (!reduced && !objectRelative && !lex.progressiveAuxiliaries.has(view.norms[aux]!)) return undefined;
  let by = hit.to;
  while (by < Math.min(view.length, hit.to + (reduced ? 8 : 4)) && !lex.agentPrepositions.has(view.norms[by]!) && !view.commaBefore(by) && !lex.complementizers.has(view.norms[by]!)) by++;
  if (by >= view.length || !lex.agentPrepositions.has(view.norms[by]!) || (view.commaBefore(by) && by > hit.to)) return undefined;
  // "The claims that were denied by the council spread quickly", "…, which was praised by critics,": a passive
  // relative describes the noun before it; the agent's act has that noun as object and reports no clause.
  if (!lex.clitics && aux > 0 && lex.progressiveAuxiliaries.has(view.norms[aux]!) && (lex.relativePronouns.has(view.norms[aux - 1]!) || (lex.complementizers.has(view.norms[aux - 1]!) && aux > 1 && !lex.pronouns.has(view.norms[aux - 2]!) && !cues.has(aux - 2)))) return null;
  // "voted to lift a law declared Tuesday by the president": a participle after the main verb's object
  // describes that object; the agent's act is no report of this sentence.
  if (objectRelative) return null;
  // From here on the cue is passive: with no personal agent ("called X by locals") it reports nothing.
  const scanned = scanPrepositionalObject(view, lex, by + 1, cues);
  if (!scanned || scanned.to <= scanned.from) return null;
  const agent = gerundCut(view, lex, scanned);
  const chunks = [agent];
  // "by the leader of his own party, Jan Dorn, who …": the name set off after the agent is its apposition.
  const name = appositiveName(view, lex, agent.to);
  if (name) chunks.push(name);
  const subject: Subject = { type: 'phrase', chunks, anonymityMarked: false, side: 'after' };
  if (!personalSubject(view, lex, subject) && !documentPhrase(view, lex, [agent]) && !pluralCommonAgent(view, lex, hit, agent)) return null;
  const last = chunks[chunks.length - 1]!.to;
  const clause = lex.complementizers.has(view.norms[last] ?? '');
  return {
    hit,
    subject,
    contentSide: clause ? 'after' : 'before',
    contentFrom: clause ? last + 1 : null,
    clauseFrom: clause ? clauseStartOf(view, lex, hit.from) : 0,
    ownContent: clause,
    consumedTo: last,
    rule: 'passive-agent',
  };
}

/** "by fellow doctors for promoting cures": the agent ends before a preposition opening a gerund (the reason or time). */
function gerundCut(view: SentenceView, lex: Lexicon, agent: WordRange): WordRange {
  for (let k = agent.from + 1; k < agent.to && k + 1 < view.length; k++) {
    if (lex.gerundOpeners.has(view.norms[k]!) && verbShaped(view.norms[k + 1]!, 'ing') && !lookupNoun(lex, view.norms, k + 1)) return { from: agent.from, to: k };
  }
  return agent;
}

/**
 * "was endorsed by dozens of newspapers", "was criticized by fellow surgeons": a hand-written cue
 * whose agent is a plural common noun (a group of people or bodies the lexicon does not list). Cased
 * scripts; a singular common noun ("by the storm") stays no agent.
 */
function pluralCommonAgent(view: SentenceView, lex: Lexicon, hit: CueHit, agent: WordRange): boolean {
  // "is called the Pearl by locals": a naming verb names, whoever uses the name.
  if (lex.clitics || hit.entry.candidate !== undefined || lex.namingWords.has(view.norms[hit.from]!)) return false;
  // A plural word before any relative or conjunction ("dozens of local newspapers that …", "fellow surgeons").
  for (let k = agent.from; k < agent.to && !lex.npStoppers.has(view.norms[k]!); k++) {
    const w = view.norms[k]!;
    if (!view.capitalized(k) && /[^su]s$/u.test(w) && !lex.timeWords.has(w) && !lex.auxiliaries.has(w)) return true;
  }
  return false;
}

/**
 * "… in a move condemned as a coup by his rivals": a participle right after preposition + determiner + a
 * common noun that names no source is a reduced passive relative; its agent follows further on.
 * @example reducedRelative(view, lex, 3) // "in a move condemned … by …" → true
 */
function reducedRelative(view: SentenceView, lex: Lexicon, at: number): boolean {
  if (lex.clitics || at < 3 || !view.plainGapBefore(at) || !view.plainGapBefore(at - 1)) return false;
  const noun = at - 1;
  const determiner = view.norms[at - 2]!;
  if (!lex.definiteMarkers.has(determiner) && !lex.indefiniteMarkers.has(determiner)) return false;
  return lex.adverbialPrepositions.has(view.norms[at - 3]!) && !view.capitalized(noun) && !lookupNoun(lex, view.norms, noun);
}

/** ", Jan Dorn," / ", Jan Dorn." right after word `at`: a short capitalised name set off by commas (English). */
function appositiveName(view: SentenceView, lex: Lexicon, at: number): WordRange | null {
  if (lex.clitics || at >= view.length || !view.commaBefore(at)) return null;
  let end = at;
  while (end < view.length && end - at < 4 && view.capitalized(end) && !lookupNoun(lex, view.norms, end) && (end === at || !view.commaBefore(end))) end++;
  if (end === at || (end < view.length && !view.commaBefore(end))) return null;
  return { from: at, to: end };
}

/**
 * "… lift a controversial law declared Tuesday by …": a participle after a determiner, a few lower-case
 * modifiers and a common noun, the determiner following a lower-case word that is no preposition (the
 * main verb): a reduced passive relative on the verb's object.
 */
function objectWithPassive(view: SentenceView, lex: Lexicon, at: number): boolean {
  if (lex.clitics || at < 3 || !verbShaped(view.norms[at]!, 'ed')) return false;
  let k = at - 1;
  while (k > 0 && at - k <= 4 && view.plainGapBefore(k + 1)) {
    const w = view.norms[k]!;
    if (lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w)) break;
    if (view.capitalized(k) || lookupNoun(lex, view.norms, k) || lex.npStoppers.has(w) || lex.auxiliaries.has(w)) return false;
    k--;
  }
  const determiner = view.norms[k]!;
  if (k === at - 1 || k === 0 || !(lex.definiteMarkers.has(determiner) || lex.indefiniteMarkers.has(determiner)) || !view.plainGapBefore(k)) return false;
  const before = view.norms[k - 1]!;
  return !view.capitalized(k - 1) && !lex.adverbialPrepositions.has(before) && !lex.npStoppers.has(before) && !lex.determiners.has(before) && !lex.auxiliaries.has(before) && !lookupNoun(lex, view.norms, k - 1);
}

const PERSONAL_KINDS = new Set(['person', 'organization', 'media', 'anonymous']);

/** A subject that can hold a belief or an intention: a person, a body, a name, a personal pronoun ("he", not "it"). */
function personalSubject(view: SentenceView, lex: Lexicon, subject: Subject): boolean {
  if (subject.type === 'pronoun') return subject.pronoun !== 'neuter';
  if (subject.type === 'relative') return !lex.pronouns.has(view.norms[subject.range.from]!) || view.norms[subject.range.from] !== 'which';
  if (subject.type !== 'phrase' || subject.chunks.length === 0) return false;
  for (const chunk of subject.chunks) for (let k = chunk.from; k < chunk.to; k++) if (personalWord(view, lex, k)) return true;
  // "hydrologists worry that …": a lower-case plural noun of people heads the subject.
  const last = subject.chunks[subject.chunks.length - 1]!;
  const head = view.norms[last.to - 1]!;
  if (peoplePlural(lex, head) || (!lex.clitics && personSingular(lex, head) && !view.capitalized(last.to - 1))) return true;
  // "44 percent would back …": a share of those polled.
  if (lex.shareWords.has(head)) return true;
  // "Regulators and environmental groups worry that …": the conjunct before "and" is a plural of people.
  if (!lex.clitics && last.from > 1 && lex.nameConjunctions.has(view.norms[last.from - 1]!) && view.plainGapBefore(last.from - 1) && peoplePlural(lex, view.norms[last.from - 2]!)) return true;
  return lex.clitics && PERSONAL_KINDS.has(analyzeSource(view, lex, subject.chunks, subject.anonymityMarked).kind);
}

/** The subject of a stance (stance.ts): a person or body before the verb, or "he"/"she"/"they". */
function stanceSubject(view: SentenceView, lex: Lexicon, subject: Subject): boolean {
  if (subject.type === 'pronoun') return subject.pronoun === 'masculine' || subject.pronoun === 'feminine' || subject.pronoun === 'plural';
  if (subject.type !== 'phrase' || subject.side !== 'before' || subject.via || subject.chunks.length === 0) return false;
  // "Don't blame …": an imperative has no subject; its auxiliary is none.
  if (lex.finiteAuxiliaries.has(view.norms[subject.chunks[0]!.from]!)) return false;
  return personalSubject(view, lex, subject) && (!documentPhrase(view, lex, subject.chunks) || ownedDocument(view, lex, subject.chunks));
}

/** "a Gazette article", "the Courier editorial": a document a named outlet or body wrote takes its side. */
function ownedDocument(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): boolean {
  const last = chunks[chunks.length - 1]!;
  for (let k = last.from; k < last.to; k++) if (view.capitalized(k) && !lex.determiners.has(view.norms[k]!)) return true;
  return false;
}

function documentPhrase(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): boolean {
  const last = chunks[chunks.length - 1]!;
  let kind: string | undefined;
  for (let k = last.from; k < last.to; k++) kind = lookupNoun(lex, view.norms, k)?.entry.kind ?? kind;
  return kind === 'document';
}

/** ", adding that …", "، مشيرة إلى أن …": a participle with content of its own (else null: it only qualifies). */
function secondClause(view: SentenceView, lex: Lexicon, hit: CueHit, firstHasContent: boolean): Draft | null {
  let k = hit.to;
  // "لافتا إلى ضرورة …", "مشيرا إلى أن …": the preposition the participle governs opens its content,
  // which is content of its own whatever the report before it held.
  const governed = k < view.length && lex.complementPrepositions.has(view.norms[k]!);
  if (governed) k++;
  let contentFrom: number;
  if (lex.complementizers.has(view.norms[k] ?? '')) contentFrom = k + 1;
  else if (k < view.length && (view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined)) contentFrom = k;
  // "أعلنت أن …، معلنة البدء في تلقي الطعون": after a report with content of its own, an object of two
  // words or more is content too ("dismissed the allegation, saying …" stays one report, unless the
  // language data says a participle of saying reports after any report: "…, saying it was rigged").
  else if (lex.participleAnyReport && hit.entry.candidate === undefined && view.length - k >= 2 && (!lex.npStoppers.has(view.norms[k]!) || lex.questionWords.has(view.norms[k]!))) contentFrom = k;
  else if ((firstHasContent || governed) && view.length - k >= 2 && !lex.npStoppers.has(view.norms[k]!) && !lex.pronouns.has(view.norms[k]!)) contentFrom = k;
  else return null;
  if (contentFrom >= view.length) return null;
  return { hit, subject: { type: 'none' }, contentSide: 'after', contentFrom, clauseFrom: hit.from, consumedTo: contentFrom, ownContent: true, rule: PARTICIPLE_CLAUSE_RULE };
}

/** Words looked back from a participle for a causative verb, and from that verb for the infinitive marker. */
const CAUSED_WINDOW = 16;
const CAUSED_OBJECT_WORDS = 5;

/**
 * "…, prompting the mayor to issue a statement, saying …": a participle after a comma whose clause holds a
 * causative verb with an object and an infinitive; the object (the infinitive's subject) speaks, or null.
 */
function causedSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (lex.causativeVerbs.size === 0 || !view.commaBefore(hit.from)) return null;
  for (let m = hit.from - 3; m >= Math.max(0, hit.from - CAUSED_WINDOW); m--) {
    if (!lex.causativeVerbs.has(view.norms[m]!)) continue;
    for (let k = m + 2; k <= Math.min(hit.from - 2, m + 1 + CAUSED_OBJECT_WORDS); k++) {
      if (view.commaBefore(k)) return null;
      if (lex.infinitiveMarkers.has(view.norms[k]!)) return { type: 'phrase', chunks: [{ from: m + 1, to: k }], anonymityMarked: false, side: 'before' };
    }
    return null;
  }
  return null;
}

/**
 * A determiner opens the phrase of the channel noun at `k` within three words before it, with no comma
 * between ("a statement", "a brief statement", "a recent news conference").
 */
function channelPhraseOpens(view: SentenceView, lex: Lexicon, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    if (lex.determiners.has(view.norms[m]!)) return true;
    if (view.commaBefore(m + 1) || view.capitalized(m) || lex.npStoppers.has(view.norms[m]!)) return false;
  }
  return false;
}

/**
 * The host verb of a channel noun at `k` ("held a news conference", "spoke at a briefing"): the lower-case
 * word before the determiner that opens the channel's phrase, or before a preposition there; -1 if none.
 */
function channelVerb(view: SentenceView, lex: Lexicon, k: number): number {
  if (k < 2 || !lex.channelNouns.has(view.norms[k]!) || !channelPhraseOpens(view, lex, k)) return -1;
  let m = k - 1;
  while (m > 0 && !lex.determiners.has(view.norms[m]!)) m--;
  let v = m - 1;
  if (v > 0 && lex.adverbialPrepositions.has(view.norms[v]!)) v--;
  const w = view.norms[v] ?? '';
  return v > 0 && !view.capitalized(v) && !view.commaBefore(v + 1) && !lookupNoun(lex, view.norms, v) && !lex.npStoppers.has(w) && !lex.determiners.has(w) && !lex.adverbialPrepositions.has(w) ? v : -1;
}

/**
 * "…, with one of them, Lina Park, saying …", "With the governor insisting that …, …": the phrase after "with"
 * (a comma before it, or opening the sentence), or null.
 */
function absoluteSubject(view: SentenceView, lex: Lexicon, hit: CueHit): (Subject & { type: 'phrase' }) | null {
  for (let m = hit.from - 2; m >= Math.max(0, hit.from - 12); m--) {
    if (!lex.absolutePrepositions.has(view.norms[m]!) || (m > 0 && !view.commaBefore(m))) continue;
    const chunks: WordRange[] = [];
    let from = m + 1;
    for (let k = m + 2; k <= hit.from; k++) {
      if (k === hit.from || view.commaBefore(k)) {
        if (k > from) chunks.push({ from, to: k });
        from = k;
      }
    }
    if (chunks.length === 0 || chunks.length > 2) return null;
    return { type: 'phrase', chunks, anonymityMarked: false, side: 'before' };
  }
  return null;
}

/**
 * The report of an absolute construction: its clause opens at "with" (so a report before it keeps its own
 * claim: "The council rejected the plan, with the mayor arguing that …"). A verb listed for document subjects
 * ("with a new poll showing …") needs one.
 */
function absoluteDraft(view: SentenceView, lex: Lexicon, hit: CueHit, draft: Draft, absolute: Subject & { type: 'phrase' }): Draft | null {
  if (hit.entry.documentSubject && !documentPhrase(view, lex, absolute.chunks) && headKindOf(view, lex, absolute.chunks) !== 'document') return null;
  return { ...draft, subject: absolute, clauseFrom: absolute.chunks[0]!.from - 1, rule: 'participle-absolute' };
}

/** A clause with no complementizer opens at `k`: no preposition there, a short phrase, then a finite verb (stance.ts). */
function bareClauseAt(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k];
  return w !== undefined && !lex.adverbialPrepositions.has(w) && !lex.postModifiers.has(w) && !lex.npStoppers.has(w) && !view.commaBefore(k) && clauseSubjectOpensAt(view, lex, k);
}

/** Words of the agent phrase between "by" and a participle ("by the foreign ministry of Norland"). */
const CHANNEL_AGENT_WORDS = 5;

/**
 * "a statement by Lena Holm assuring the public that …", "a tweet by the senator claiming that …": a participle
 * of saying right after "<channel or document> by <phrase>" (no comma, no verb between), with "that", a colon or
 * a quotation close after it, is said by that phrase. Cased scripts.
 */
function channelAgentBefore(view: SentenceView, lex: Lexicon, hit: CueHit): WordRange | null {
  if (lex.clitics || hit.entry.candidate !== undefined || hit.from < 3) return null;
  let content = false;
  for (let k = hit.to; k < Math.min(view.length, hit.to + 4) && !content; k++) content = lex.complementizers.has(view.norms[k]!) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined;
  if (!content) return null;
  for (let m = hit.from - 1; m >= Math.max(1, hit.from - 1 - CHANNEL_AGENT_WORDS); m--) {
    if (view.commaBefore(m + 1) || lex.auxiliaries.has(view.norms[m]!) || lex.relativePronouns.has(view.norms[m]!)) return null;
    if (!lex.agentPrepositions.has(view.norms[m]!)) continue;
    const noun = view.norms[m - 1]!;
    const channel = lex.channelNouns.has(noun) || lookupNoun(lex, view.norms, m - 1)?.entry.kind === 'document';
    return channel && m + 1 < hit.from && !view.commaBefore(m) ? { from: m + 1, to: hit.from } : null;
  }
  return null;
}

/**
 * A participle opening the sentence's only attribution: its subject is the main verb's
 * ("ونشرت «كتيبة …»، …، مشيرة إلى أن"), else the previous source carries on.
 */
function participle(view: SentenceView, lex: Lexicon, hit: CueHit): Draft {
  const draft: Draft = { hit, subject: { type: 'none' }, contentSide: 'after', contentFrom: hit.to, clauseFrom: hit.from, consumedTo: hit.to, rule: 'participle' };
  for (let k = hit.to; k < Math.min(view.length, hit.to + 3); k++) {
    if (lex.complementizers.has(view.norms[k]!)) {
      draft.contentFrom = k + 1;
      break;
    }
  }
  // "Citing a report, the governor accused …": a participle opening the sentence is its main clause's subject's.
  if (hit.from === 0 && lex.subjectSearch[0] !== 'after') {
    const opening = openingParticipleSubject(view, lex, hit);
    if (opening) {
      draft.subject = opening;
      draft.rule = 'participle-main-subject';
    }
    return draft;
  }
  if (hit.from < 3) return draft;
  // "footage of Ana Ruiz asking, “…”": a participle right after a name (no comma between) is that person's.
  const named = nameBefore(view, lex, hit.from);
  if (named) {
    draft.subject = { type: 'phrase', chunks: [named], anonymityMarked: false, side: 'before' };
    draft.rule = 'participle-name';
    return draft;
  }
  if (lex.subjectSearch[0] !== 'after') {
    // "…, with one of them, Lina Park, saying …": the phrase after "with" speaks.
    const absolute = absoluteSubject(view, lex, hit);
    if (absolute) return absoluteDraft(view, lex, hit, draft, absolute) ?? draft;
    const caused = causedSubject(view, lex, hit);
    if (caused) {
      draft.subject = caused;
      draft.rule = 'participle-caused';
      return draft;
    }
    // "… while hundreds of protesters gathered outside chanting: «…»": with no comma the participle
    // hangs on the clause right before it, whose subject speaks.
    const host = view.commaBefore(hit.from) ? null : hostClauseSubject(view, lex, hit.from, channelVerb(view, lex, hit.from - 1));
    // "The senator attacked the governor for claiming …": the person blamed for the words said them.
    const blamed = host && reasonObject(view, lex, hit, host);
    if (blamed) {
      draft.subject = blamed;
      draft.reasonHost = host;
      draft.rule = 'participle-reason-object';
      return draft;
    }
    if (host) {
      draft.subject = host;
      draft.rule = 'participle-host-subject';
      return draft;
    }
    return mainSubjectCased(view, lex, hit, draft);
  }
  let end = 2;
  while (end < hit.from && !view.commaBefore(end)) end++;
  const main: WordRange = { from: 1, to: end };
  if (end - 1 > 6 || !(lookupNoun(lex, view.norms, 1) || view.quoteOpeningAt(1))) {
    // "في البداية، أصدر الوزير قرارا …، مشيرا إلى أن …", "وكان الرئيس قد أعلن … مشيرا إلى …".
    const subject = verbFirstMainSubject(view, lex, hit.from);
    if (subject) {
      draft.subject = subject;
      draft.rule = 'participle-main-subject';
      draft.clauseFrom = 0;
    }
    return draft;
  }
  // "وأصدر الوزير قرارا بإغلاق الطريق، مؤكدا": the main verb's object or complement ends its subject.
  main.to = bareNpEnd(view, lex, main);
  const name = main.to === end ? appositionName(view, lex, end, hit.from) : null;
  draft.subject = { type: 'phrase', chunks: name ? [main, name] : [main], anonymityMarked: false, side: 'after' };
  draft.rule = 'participle-main-subject';
  draft.clauseFrom = 0;
  return draft;
}

/**
 * "طلب زعيم الحزب، فلان الفلاني، من أنصاره …": a short name between commas right after the title is its
 * apposition (no source noun, preposition, time word or figure in it); null otherwise.
 */
function appositionName(view: SentenceView, lex: Lexicon, from: number, before: number): WordRange | null {
  let to = from + 1;
  while (to < before && to - from < 4 && !view.commaBefore(to)) to++;
  if (to >= before || !view.commaBefore(to)) return null;
  for (let k = from; k < to; k++) {
    const w = view.norms[k]!;
    if (lookupNoun(lex, view.norms, k) || lex.separatePrepositions.has(w) || lex.adverbialPrepositions.has(w) || lex.timeWords.has(w) || /\d/u.test(w) || view.quoteOpeningAt(k)) return null;
  }
  return { from, to };
}

/**
 * The subject of the clause a participle hangs on with no comma ("protesters gathered outside chanting"):
 * from the clause's start (the sentence, a comma, a subordinator or "and") to its first finite verb (a
 * regular past form, an irregular one the language data lists, or an auxiliary), a short phrase with a noun or a personal pronoun.
 */
function hostClauseSubject(view: SentenceView, lex: Lexicon, at: number, verbHint = -1): Subject | null {
  let start = at - 1;
  while (start > 0 && !view.commaBefore(start) && !view.breakBefore(start) && !lex.subordinators.has(view.norms[start - 1]!) && !lex.clauseStarters.has(view.norms[start - 1]!)) start--;
  while (start < at && (lex.timeWords.has(view.norms[start]!) || lex.auxiliaries.has(view.norms[start]!))) start++;
  let verb = start + 1;
  while (verb < at && !(lex.finiteAuxiliaries.has(view.norms[verb]!) || (pastForm(lex, view.norms[verb]!) && !view.capitalized(verb) && !lookupNoun(lex, view.norms, verb)))) verb++;
  // An irregular past ("held a conference", "spoke at a briefing"): the word before the channel's phrase.
  if (verbHint > start && verbHint < verb) verb = verbHint;
  if (verb >= at || verb - start > 6) return null;
  // "The mayor later apologized": an adverb before the verb is no part of its subject.
  while (verb - 1 > start && lex.auxiliaries.has(view.norms[verb - 1]!)) verb--;
  const pronoun = verb - start === 1 ? lex.pronouns.get(view.norms[start]!) : undefined;
  if (pronoun && pronoun !== 'relative' && pronoun !== 'neuter') return { type: 'pronoun', range: { from: start, to: verb }, pronoun };
  // "It was a day on which …": a neuter pronoun names nobody (capitalised, it would pass for a name below).
  if (pronoun === 'neuter') return null;
  let named = false;
  for (let k = start; k < verb && !named; k++) named = lookupNoun(lex, view.norms, k) !== null || view.capitalized(k) || lex.postModifierHeads.has(view.norms[k]!);
  // "hundreds of farmers": a group of people named by a plural noun.
  named ||= verb - start >= 2 && /[a-z]{3,}s$/u.test(view.norms[verb - 1]!) && !lex.npStoppers.has(view.norms[verb - 1]!);
  if (!named || lex.npStoppers.has(view.norms[start]!) || lex.adverbialPrepositions.has(view.norms[start]!)) return null;
  return { type: 'phrase', chunks: [{ from: start, to: verb }], anonymityMarked: false, side: 'before' };
}

/**
 * "attacked the governor for claiming …", "thanked them for warning …": a gerund of saying after a reason
 * preposition ("for") is said by the host verb's object when that object is a person or a body ("won praise
 * for saying" keeps the host's subject). Null when no such object stands between the verb and the preposition.
 */
function reasonObject(view: SentenceView, lex: Lexicon, hit: CueHit, host: Subject): Subject | null {
  const p = hit.from - 1;
  if (!lex.reasonPrepositions.has(view.norms[p]!)) return null;
  const verb = host.type === 'pronoun' ? host.range.to : host.type === 'phrase' ? host.chunks[host.chunks.length - 1]!.to : -1;
  // The host verb with its auxiliaries and adverbs ("has repeatedly attacked"), then the object.
  let from = verb;
  while (from < p && lex.auxiliaries.has(view.norms[from]!)) from++;
  from++;
  if (from >= p || p - from > 6 || lex.npStoppers.has(view.norms[from]!)) return null;
  for (let k = from + 1; k < p; k++) if (view.commaBefore(k) || lex.npStoppers.has(view.norms[k]!) && !lex.postModifiers.has(view.norms[k]!)) return null;
  const pronoun = p - from === 1 ? lex.pronouns.get(view.norms[from]!) : undefined;
  const object: Subject = pronoun ? { type: 'pronoun', range: { from, to: p }, pronoun } : { type: 'phrase', chunks: [{ from, to: p }], anonymityMarked: false, side: 'before' };
  return stanceSubject(view, lex, object) ? object : null;
}

/** Words an opening phrase set off by a comma may have before the subject ("In August, …"). */
const OPENER_WORDS = 12;

/** "Jane Doe is defending her remarks, saying …": the sentence's opening noun phrase is the subject. */
function mainSubjectCased(view: SentenceView, lex: Lexicon, hit: CueHit, draft: Draft, coordinated = false, start = 0): Draft {
  if (!coordinated && !view.commaBefore(hit.from) && !(hit.from > 1 && view.commaBefore(hit.from - 1) && adjunctOpener(lex, view.norms[hit.from - 1]!))) return draft;
  let from = start;
  // "3:25 p.m. Senator Vale …": a time stamp before the sentence is no part of it.
  // "LIMA: The president …": a dateline neither.
  if (start === 0) from = datelineEnd(view, 0, hit.from);
  if (start === 0) while (from < hit.from - 1 && (/^\d/.test(view.norms[from]!) || lex.timeWords.has(view.norms[from]!)) && !view.commaBefore(from + 1)) from++;
  // "In August, …", "On Thursday, however, …": the subject comes after the opening phrases.
  for (let openers = 0; openers < 2 && (start === 0 || openers > 0); openers++) {
    const first = view.norms[from]!;
    if (!(lex.discourseMarkers.matchAt(view.norms, from) || lex.adverbialPrepositions.has(first) || lex.timeWords.has(first))) break;
    // "But China, the world's …, has refused …": a conjunction opening the clause with no comma of its own
    // is one word; the comma after the next words closes an apposition, not an opener.
    if (lex.clauseStarters.has(first) && !view.commaBefore(from + 1)) {
      from++;
      continue;
    }
    let k = from + 1;
    // "In what is being called a “sad day for the town,” …": an opener may run to a dozen words.
    while (k < Math.min(hit.from, from + OPENER_WORDS) && !view.commaBefore(k)) k++;
    if (!view.commaBefore(k)) return draft;
    from = k;
  }
  const subject = subjectPhraseAt(view, lex, from, hit.from);
  if (!subject) return draft;
  draft.subject = subject;
  draft.rule = 'participle-main-subject';
  return draft;
}

/**
 * The subject after the phrase of a participle opening the sentence ("Lamenting the result, farmers often
 * say …"): a noun phrase right after the phrase's comma (within a dozen words), with no comma after it, so an
 * opening aside ("Citing the report, a spokesman, who …") is left alone.
 */
function openingParticipleSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  let comma = hit.to;
  while (comma < Math.min(view.length, hit.to + OPENER_WORDS) && !view.commaBefore(comma)) comma++;
  if (comma >= view.length || !view.commaBefore(comma) || view.quoteOpeningAt(comma) !== undefined) return null;
  const subject = subjectPhraseAt(view, lex, comma, view.length);
  const end = subject?.type === 'phrase' ? subject.chunks[0]!.to : subject?.type === 'pronoun' ? subject.range.to : -1;
  return subject && end < view.length && !view.commaBefore(end) ? subject : null;
}

/**
 * Where the main clause starts when `draft` is its verb right after the subject an opening participle
 * (`first`, "Lamenting the result, farmers often say …") took; -1 otherwise.
 */
function mainAfterOpening(view: SentenceView, first: Draft, draft: Draft): number {
  if (first.hit.from !== 0 || first.rule !== 'participle-main-subject' || draft.hit.entry.form !== 'verb') return -1;
  const range = first.subject.type === 'phrase' ? first.subject.chunks[0]! : first.subject.type === 'pronoun' ? first.subject.range : null;
  if (!range || draft.hit.from < range.to || draft.hit.from - range.to > 3) return -1;
  for (let k = range.to; k <= draft.hit.from; k++) if (view.commaBefore(k)) return -1;
  return range.from;
}

/**
 * ", and calling …", ", perhaps recognizing …", ", despite admitting …": one word between the comma and an
 * adjunct participle (a coordinator, a listed adverb, a preposition opening a gerund of saying) keeps it the
 * main clause's.
 */
function adjunctOpener(lex: Lexicon, word: string): boolean {
  return lex.infinitiveCoordinators.has(word) || listedAdverb(lex, word) || lex.gerundOpeners.has(word);
}

/**
 * The noun phrase opening a clause at word `from` and ending before `limit`: capitalised words, listed nouns,
 * a determiner or a quantity ("two Democratic speechwriters", "several environmental groups") or a personal
 * pronoun; null when it has no head or runs into `limit`.
 */
function subjectPhraseAt(view: SentenceView, lex: Lexicon, from: number, limit: number): Subject | null {
  if (from >= limit || ((verbShaped(view.norms[from]!, 'ed') || verbShaped(view.norms[from]!, 'ing')) && !lookupNoun(lex, view.norms, from))) return null;
  let end = from;
  let head = false;
  // "several environmental groups granted …": a quantified phrase of common nouns runs to its verb.
  const quantified = lex.indefiniteMarkers.has(view.norms[from]!) && !view.capitalized(from + 1);
  let linkedAt = -1;
  while (end < limit && end - from < (linkedAt >= 0 ? 8 : 6)) {
    const w = view.norms[end]!;
    const noun = lookupNoun(lex, view.norms, end) !== null;
    const common = quantified && end > from && !verbShaped(w, 'ed') && !lex.npStoppers.has(w) && !lex.auxiliaries.has(w) && !lex.adverbialPrepositions.has(w);
    // "Democratic senators": a lower-case plural of people closes a capitalised phrase.
    const people = end > from && view.capitalized(end - 1) && peoplePlural(lex, w);
    // "Head of the Dawn Alliance A B objected …": "of" between a title and a capitalised name goes on.
    // ("Head of the Union Alliance A B": "the" right after it too.)
    const article = end + 1 < limit && lex.definiteMarkers.has(view.norms[end + 1]!) ? 1 : 0;
    const linked = end > from && lex.genitiveLink !== '' && w === lex.genitiveLink && lookupNoun(lex, view.norms, end - 1) !== null && view.capitalized(end + 1 + article) && !view.commaBefore(end + 1);
    if (linked) linkedAt = end;
    const linkedArticle = linkedAt >= 0 && end === linkedAt + 1 && lex.definiteMarkers.has(w);
    if (!(view.capitalized(end) || noun || common || people || linked || linkedArticle || (end === from && (lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w))) || w.endsWith("'s"))) break;
    if (end > from && view.commaBefore(end)) break;
    head ||= noun || people || (common && end > from + 1) || (view.capitalized(end) && !lex.definiteMarkers.has(w) && !lex.indefiniteMarkers.has(w));
    end++;
  }
  const pronoun = end === from ? lex.pronouns.get(view.norms[from]!) : undefined;
  if (pronoun && pronoun !== 'relative') return { type: 'pronoun', range: { from, to: from + 1 }, pronoun };
  if (!head || end === from || end >= limit || lex.timeWords.has(view.norms[end - 1]!)) return null;
  return { type: 'phrase', chunks: [{ from, to: end }], anonymityMarked: false, side: 'before' };
}


/** Word `k` opens its clause: the sentence start, or right after a clause starter ("لكن", "فيما"). */
function clauseOpening(view: SentenceView, lex: Lexicon, k: number, floor: number): boolean {
  return k === floor || k === 0 || lex.clauseStarters.has(view.norms[k - 1]!) || lex.discourseMarkers.has(view.norms[k - 1]!);
}

/** A lone preposition before a quotation ("بـ«…»") names nobody. */
function lonePreposition(view: SentenceView, lex: Lexicon, range: WordRange): boolean {
  return range.to - range.from === 1 && (lex.separatePrepositions.has(view.norms[range.from]!) || lex.complementPrefixes.includes(view.norms[range.from]!));
}

/** Verb–subject languages (Arabic): look after the cue first, then before it. */
function verbFirst(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap, floor: number): Draft {
  // "نقلت الصحيفة عن مصادر … أن": the newspaper is the channel, the phrase after عن the source.
  const direct = relayed(view, lex, hit, cues);
  const plain = direct ? undefined : scanAfter(view, lex, subjectScanFrom(view, lex, hit), cues, true, hit.entry.via && lex.clitics, hit.entry.objectThenContent);
  // «وقالت القناة، نقلا عن مصدر أمني، إن …»: likewise, the phrase the relaying words name after the subject.
  const relay = direct ?? (plain ? citedAfterSubject(view, lex, plain, cues) : null);
  const scan = relay?.scan ?? plain!;
  let subject = scan.subject;
  let via: WordRange | undefined = relay?.via ?? (subject.type === 'phrase' ? subject.via : undefined);
  let contentFrom = scan.contentFrom;
  let rule = relay ? 'relayed-source' : 'verb-subject';
  // "وأبلغ مسؤول وكالة الأنباء أن": the object of a verb of telling, right after its subject, is the via.
  if (!relay && !via && hit.entry.via && lex.clitics && subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length > 0) {
    const told = viaObject(view, lex, subject.chunks[subject.chunks.length - 1]!.to);
    if (told && told.to > told.from && isChannel(view, lex, told)) via = told;
  }
  // "والتقى الوزير السفير الذي أكد دعم بلاده": after a relative agreeing with the cue, a word that is no
  // source noun, with no إن/أن clause after it, is the verb's object; the relative's antecedent speaks.
  if (!relay && subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length > 0 && !hit.entry.objectSuffix && !lookupNoun(lex, view.norms, subject.chunks[0]!.from) && !lex.complementizers.has(view.norms[scan.regionEnd] ?? '') && relativeAgreement(view, lex, hit.entry, hit.from) === 'agrees') {
    subject = { type: 'relative', range: { from: hit.from - 1, to: hit.from } };
    via = undefined;
    contentFrom = hit.to;
  }
  const compound = relay ? null : compoundSubjectBefore(view, lex, hit.from);
  if (compound && (subject.type === 'none' || (subject.type === 'phrase' && subject.side === 'after'))) {
    if (subject.type === 'phrase' || contentFrom === null) contentFrom = hit.to;
    subject = { type: 'phrase', chunks: [compound], anonymityMarked: false, side: 'before' };
    via = undefined;
    rule = 'subject-verb';
  }
  // "وفي وقت سابق، أعلن دان فو لي فرض …": a bare name the article writes elsewhere, then the verb's object.
  // Only when nothing before the verb is its subject ("وكان زعيم المعارضة، قد قال قبل قليل").
  // "…، فيما تعهد مقتدى فلان بمكافحة …": so too when the verb opens a clause of its own after a comma or a starter.
  const opensClause = hit.from > 0 && (view.commaBefore(hit.from) || lex.clauseStarters.has(view.norms[hit.from - 1]!) || (hit.from > 1 && lex.clauseStarters.matchAt(view.norms, hit.from - 2) === 2));
  // scanBefore(view, lex, hit.from, floor, cues), read up to three times below: computed once.
  let scannedBefore: Subject | undefined;
  if (!relay && subject.type === 'none' && (opensClause || (scannedBefore ??= scanBefore(view, lex, hit.from, floor, cues)).type === 'none')) {
    const name = recurringNameAt(view, lex, hit.to);
    if (name) {
      subject = { type: 'phrase', chunks: [name], anonymityMarked: false, side: 'after' };
      if (contentFrom === null || contentFrom <= name.from) contentFrom = name.to;
    }
  }
  // "ودعت المواطنين إلى …" (a feminine verb, a masculine plural), "يطالب برفع الحظر": the verb's object, no subject.
  // "ودعت النقابة المواطنين": a masculine plural after a feminine head is the verb's object, no adjective of it.
  if (!relay && subject.type === 'phrase' && subject.chunks.length > 0) {
    const first = subject.chunks[0]!;
    for (let k = first.from + 1; k < first.to; k++) {
      // After a definite word (no construct goes on from one: "وزارة شؤون المواطنين" stays whole).
      // The plural object is definite too ("المواطنين"); a bare word ending so is a name ("مارين", "نسرين").
      if (!lex.articles.some((a) => view.norms[k - 1]!.startsWith(a)) || !lex.articles.some((a) => view.norms[k]!.startsWith(a)) || !disagreesInGender(view, lex, hit.entry, { from: k, to: k + 1 })) continue;
      subject = { ...subject, chunks: [{ from: first.from, to: k }] };
      contentFrom = k;
      break;
    }
  }
  if (!relay && subject.type === 'phrase' && subject.chunks.length > 0 && (disagreesInGender(view, lex, hit.entry, subject.chunks[0]!) || prepositionalObject(view, lex, hit.entry, subject.chunks[0]!.from) || predicateAfterObjectPronoun(view, lex, hit.entry, subject.chunks[0]!.from))) {
    subject = { type: 'none' };
    via = undefined;
    contentFrom = hit.to;
  }
  // "وتشير الصور التي نقلتها وكالات الأنباء إلى …": an outlet as the agent of a relative clause on the
  // subject is what it came through.
  if (!relay && !via && lex.clitics && subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length === 1) {
    const { from, to } = subject.chunks[0]!;
    const rel = to - 1 > from && lex.relativePronouns.has(view.norms[to - 1]!) ? to - 1 : to;
    if (rel + 2 < view.length && lex.relativePronouns.has(view.norms[rel]!) && lookupNoun(lex, view.norms, rel + 2)?.entry.kind === 'media') {
      const end = relativeClauseEnd(view, lex, rel, view.length);
      if (end > rel + 2) via = { from: rel + 2, to: end };
    }
  }
  // "…، ووصف المرحلة المقبلة «…»", "… ووصف المرحلة المقبلة بأنها …": the coordinated verb's object; the
  // clause's first verb has the subject.
  if (!relay && hit.entry.conjoined === true && hit.from > 1 && subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length === 1 && describedObject(view, lex, subject.chunks[0]!)) {
    const main = verbFirstMainSubject(view, lex, hit.from);
    subject = main ?? { type: 'none' };
    via = undefined;
    contentFrom = hit.to;
    if (main) rule = 'main-clause-subject';
  } else if (!relay && hit.entry.conjoined === true && subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length === 1) {
    // "ووصف الوزير المرحلة المقبلة بأنها …": a definite title, then the object.
    const c = subject.chunks[0]!;
    const title = lookupNoun(lex, view.norms, c.from);
    const titleEnd = c.from + (title?.length ?? 0);
    if (title && isTitleKind(title.entry.kind) && lex.articles.some((a) => view.norms[c.from]!.startsWith(a)) && c.to - titleEnd === 2 && describedObject(view, lex, { from: titleEnd, to: c.to })) {
      subject = { ...subject, chunks: [{ from: c.from, to: titleEnd }] };
    }
  }
  // Headlines and subject-first clauses ("الفصائل المسلحة … تدعي السيطرة على المدينة"): a source noun right
  // before the verb beats words after it that no إن/أن marks as a subject.
  // After إن/أن the noun comes first and the verb after it ("فإن المحللين يرون …"): that noun is the subject.
  if (!relay && subject.type === 'phrase' && subject.chunks.length && hit.from > floor) {
    const before = (scannedBefore ??= scanBefore(view, lex, hit.from, floor, cues));
    const opensWithComplementizer = before.type === 'phrase' && before.chunks.length === 1 && before.chunks[0]!.from > 0 && lex.complementizers.has(view.norms[before.chunks[0]!.from - 1]!);
    const noClauseAfter = !lex.complementizers.has(view.norms[scan.regionEnd] ?? '');
    // "لكن مستشار الوزير فلان، أعلن الاتفاق …": a titled subject opening its clause, set off by a comma,
    // beats words after the verb that hold no source noun.
    const titledOpening = before.type === 'phrase' && view.commaBefore(hit.from) && clauseOpening(view, lex, before.chunks[0]!.from, floor) && isTitleKind(lookupNoun(lex, view.norms, before.chunks[0]!.from)?.entry.kind) && !subject.chunks.some((c) => sourceNounWithin(lex, view.norms, c.from, c.to));
    if ((noClauseAfter || opensWithComplementizer) && before.type === 'phrase' && lookupNoun(lex, view.norms, before.chunks[0]!.from) && (!view.commaBefore(hit.from) || titledOpening)) {
      subject = before;
      rule = 'subject-verb';
      contentFrom = hit.to;
    }
  }
  // "… «تاريخي» وقال …": a verb written with its conjunction right after a quotation opens a clause; the
  // quoted words before it are no subject.
  if ((subject.type !== 'phrase' || subject.chunks.length === 0) && !(hit.entry.conjoined && hit.from > 0 && view.quoteClosesBefore(hit.from))) {
    const before = scannedBefore ?? scanBefore(view, lex, hit.from, floor, cues);
    subject = before.type === 'phrase' && !acceptableBefore(view, lex, before.chunks) ? { type: 'none' } : before;
    // "وهاجم الوزير الصحيفة التي قال إنها …": a relative the cue disagrees with in gender is its object's.
    if (subject.type === 'relative' && relativeAgreement(view, lex, hit.entry, hit.from) === 'disagrees') {
      const main = verbFirstMainSubject(view, lex, hit.from - 1);
      subject = main ?? { type: 'none' };
      if (main) rule = 'main-clause-subject';
    }
    if (subject.type !== 'none') rule = 'subject-verb';
    else if (hit.entry.form === 'participle') rule = 'participle';
    if (subject.type === 'phrase' && !via) via = subject.via;
    // "أمر وزير الدفاع … بعقد اجتماع … ودعا إلى …": a coordinated verb shares the subject of the verb
    // that opens the clause before it, not that whole clause.
    const shared = hit.entry.conjoined === true && !view.commaBefore(hit.from) ? verbOpenedSubject(view, lex, subject, hit.from) : null;
    if (shared) {
      subject = shared;
      rule = 'coordinated-main-subject';
    }
  }
  // "وصل وزير الخارجية إلى القاهرة، وقال": a clause opening with a verb before the comma is no subject;
  // its own subject (the noun after that verb) is.
  // A verb written with its conjunction right after a comma ("…، وقال") opens a coordinated clause: the
  // phrase before the comma ends the clause before it and is not its subject.
  const coordinatedVerb = hit.entry.conjoined === true && view.commaBefore(hit.from);
  // «وأحمد سالم، المتحدث باسم …، قال»: a bare name with a title in apposition is a subject, not a clause.
  const namedWithTitle = subject.type === 'phrase' && subject.chunks.length > 1 && isTitleKind(lookupNoun(lex, view.norms, subject.chunks[1]!.from)?.entry.kind);
  const clauseAsSubject = subject.type === 'phrase' && subject.side === 'before' && ((subject.chunks[0]!.from <= 1 && !lookupNoun(lex, view.norms, subject.chunks[0]!.from) && !namedWithTitle) || coordinatedVerb);
  if ((subject.type === 'none' || clauseAsSubject) && hit.entry.form === 'verb') {
    const main = firstAnswer(MAIN_SUBJECT_HOOKS, view, lex, hit);
    if (main) {
      subject = main;
      rule = 'main-clause-subject';
    } else if (coordinatedVerb && subject.type === 'phrase') {
      // No subject of its own: it goes on with the clause's speaker (resolved later).
      subject = { type: 'none' };
      rule = 'verb-subject';
    }
  }
  // "وطلبت الوزارة من المواطنين البقاء …": the word the cue requires opens its complement, not the subject.
  // "…، وطلبت من العائلات …": the required word right after the cue, so the verb names no subject of its own.
  if (!relay && hit.entry.requiresAfter.size > 0 && subject.type === 'phrase' && subject.side === 'after' && hit.entry.requiresAfter.has(view.norms[hit.to] ?? '')) {
    if (contentFrom === null || contentFrom > hit.to) contentFrom = hit.to;
    subject = mainClauseSubject(view, lex, hit) ?? { type: 'none' };
  }
  if (hit.entry.requiresAfter.size > 0 && subject.type === 'phrase' && subject.side === 'after') {
    const chunks: WordRange[] = [];
    for (const chunk of subject.chunks) {
      let m = chunk.from + 1;
      while (m < chunk.to && !hit.entry.requiresAfter.has(view.norms[m]!)) m++;
      chunks.push({ from: chunk.from, to: m });
      if (m < chunk.to) {
        if (contentFrom === null || contentFrom > m) contentFrom = m;
        break;
      }
    }
    subject = { ...subject, chunks };
  }
  if (contentFrom !== null && hit.entry.form === 'verb') contentFrom = contentAfterAdverbial(view, lex, contentAfterCognate(view, lex, contentFrom));
  // "وتم نشر مقطع فيديو يظهر …": the indefinite document right before the verb is what shows, not the words after it.
  const shown = relay ? null : documentBeforeCue(view, lex, hit);
  if (shown) {
    subject = { type: 'phrase', chunks: [shown], anonymityMarked: false, side: 'before' };
    via = undefined;
    contentFrom = hit.to;
    rule = 'document-before';
  }
  const owner = resumptivePossessor(view, lex, hit);
  if (owner) {
    subject = owner;
    via = undefined;
    contentFrom = hit.to + 1;
    rule = 'main-clause-subject';
  }
  // "الوزير قال للصحفيين إن …": no subject after the verb, so the addressee opens no content.
  const toldFrom = subject.type !== 'phrase' || subject.side === 'before' ? contentAfterAddressee(view, lex, hit.to, cues) : -1;
  if (toldFrom > 0 && (contentFrom === null || contentFrom <= hit.to)) contentFrom = toldFrom;
  const found = innerReportStart(view, lex, hit);
  const namedAfter = subject.type === 'phrase' && subject.side === 'after' && subject.chunks.length > 0 && !(subject.chunks.length === 1 && lonePreposition(view, lex, subject.chunks[0]!));
  // "…، إلى جانب ما وصفته بـ«…»": with no subject of its own, the sentence's speaker describes.
  const inner = found && (namedAfter || found.relative) ? found.start : null;
  if (inner !== null && !namedAfter) {
    subject = { type: 'none' };
    contentFrom = hit.to;
    rule = 'inner-relative';
  }
  const draft: Draft = {
    hit,
    subject,
    contentSide: 'after',
    contentFrom,
    // A subject shared with the sentence's first verb is no part of this verb's clause, which opens at the verb.
    clauseFrom: inner ?? clauseStartOf(view, lex, subject.type === 'phrase' && subject.side === 'before' && rule !== 'main-clause-subject' ? subject.chunks[0]!.from : hit.from),
    ...(inner !== null ? { innerReport: true } : {}),
    consumedTo: Math.max(hit.to, Math.min(scan.regionEnd, scan.contentFrom ?? scan.regionEnd)),
    rule,
  };
  const c = toldFrom > 0 && contentFrom === toldFrom ? toldFrom : scan.contentFrom;
  if (c !== null && c >= hit.to && c < view.length) {
    const before = view.norms[c - 1]!;
    draft.ownContent = lex.complementizers.has(before) || lex.complementPrepositions.has(before) || view.colonBefore(c) || view.quoteOpeningAt(c) !== undefined;
  }
  // "…، اتهم فيها المدعون X بتدبير …": an inner report naming its speaker has content in what follows it too.
  if (inner !== null && (!namedAfter || !draft.ownContent)) draft.ownContent = contentFrom !== null && contentFrom < view.length;
  if (via && via.to > via.from) draft.via = via;
  if (direct?.outerVia && draft.via) draft.outerVia = direct.outerVia;
  return draft;
}

/**
 * A phrase before a coordinated verb that opens with a verb and a source noun after it ("أمر وزير الدفاع
 * … بعقد …"): the subject is that noun phrase, up to where its verb's complement starts.
 */
function verbOpenedSubject(view: SentenceView, lex: Lexicon, subject: Subject, cueFrom: number): Subject | null {
  if (subject.type !== 'phrase' || subject.side !== 'before' || subject.chunks.length !== 1) return null;
  const { from } = subject.chunks[0]!;
  if (lookupNoun(lex, view.norms, from) || lex.auxiliaries.has(view.norms[from]!)) return null;
  const head = from + 1;
  const noun = lookupNoun(lex, view.norms, head);
  if (!noun) return verbOpenedName(view, lex, from, cueFrom);
  if (noun.entry.kind === 'rank' || noun.entry.kind === 'document' || head >= cueFrom) return null;
  const end = bareNpEnd(view, lex, { from: head, to: cueFrom });
  if (end >= cueFrom || end <= head) return null;
  return { type: 'phrase', chunks: [{ from: head, to: end }], anonymityMarked: false, side: 'before' };
}

/**
 * "ولم يرد ناطق باسم «أفريكوم» على أسئلة …، ورد عبر البريد الإلكتروني بأنه …": a coordinated verb after a
 * comma with no subject of its own shares the subject of the sentence's first verb (a source noun).
 */
/** A verb with no subject of its own takes the main clause's: the first hook that answers wins. */
const MAIN_SUBJECT_HOOKS: readonly Hook<[SentenceView, Lexicon, CueHit], Subject>[] = [
  // «- الهند: رفضت الخطة وقالت إن …»: a list line's label before its colon acts.
  (view, lex, hit) => listLabelSubject(view, lex, hit),
  (view, lex, hit) => issuedStatementSpeaker(view, lex, hit),
  (view, lex, hit) => mainClauseSubject(view, lex, hit),
  (view, lex, hit) => resumptiveSubject(view, lex, hit),
  (view, lex, hit) => setOffDocumentSubject(view, lex, hit),
  // "وتظاهر آلاف الطلاب أمام الوزارة، وأكدوا أن …": a plural verb going on from the clause before it shares
  // the subject named after that clause's verb, source noun or not ("المتظاهرون", "آلاف الطلاب").
  (view, lex, hit) => (hit.entry.plural && hit.entry.conjoined ? pluralMainSubject(view, lex, hit) : null),
];

/** The subject after the verb opening the sentence's main clause, for a plural cue going on from it; null when a noun, not a verb, opens that clause. */
function pluralMainSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  const main = verbFirstMainSubject(view, lex, hit.from);
  if (main?.type !== 'phrase' || main.chunks.length === 0) return null;
  const verb = main.chunks[0]!.from - 1;
  // "المتظاهرون تجمعوا …، وقالوا": a subject first, so the word read as the verb is a noun and the "subject" a verb.
  return verb < 0 || lex.articles.some((a) => view.norms[verb]!.startsWith(a)) ? null : main;
}

/**
 * "وقد سبق الإعلان الرسمي، تقديرات أولية نشرت أمس، وكشفت عن …": a document named between two commas
 * right before a coordinated cue, no إن/أن before it, is that cue's subject (it comes after its verb).
 */
const SET_OFF_MAX = 8;
function setOffDocumentSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (!lex.clitics || hit.entry.conjoined !== true || !view.commaBefore(hit.from)) return null;
  // A short opening clause and a short set-off phrase (this also keeps long sentences linear).
  if (hit.from > SET_OFF_MAX * 2) return null;
  let p = hit.from - 1;
  while (p > 0 && !view.commaBefore(p)) p--;
  if (p === 0 || hit.from - p < 2 || hit.from - p > SET_OFF_MAX) return null;
  for (let k = 0; k < p; k++) if (lex.complementizers.has(view.norms[k]!) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined) return null;
  const noun = lookupNoun(lex, view.norms, p);
  if (noun?.entry.kind !== 'document') return null;
  // The noun and its adjectives; a relative verb after them ("نشرت أمس") describes the document.
  let end = p + noun.length;
  while (end < hit.from && adjectiveLike(lex, view.norms[end]!)) end++;
  return end > p ? { type: 'phrase', chunks: [{ from: p, to: end }], anonymityMarked: false, side: 'before' } : null;
}

function mainClauseSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  // "واستقبل الرئيس الوفد، ثم قال إن …": a starter after the comma and before the verb opens its clause.
  const at = hit.from > 1 && lex.sequenceStarters.has(view.norms[hit.from - 1]!) && view.commaBefore(hit.from - 1) ? hit.from - 1 : hit.from;
  if (at < 3 || !view.commaBefore(at)) return null;
  // "…، فيما تعهد X بـ…، وقال": the nearest clause a starter opens after a comma has the subject; when
  // it names none the verb goes on with that clause's speaker (resolved later), not the first clause's.
  const nearer = nearestOpenedClause(view, lex, at);
  return clauseSubjectAt(view, lex, nearer, at);
}

/** How far back the clause a coordinated verb goes on from is looked for (keeps long sentences linear). */
const NEAREST_CLAUSE_WORDS = 30;

/** The verb opening the last clause a starter opens after a comma before `before` ("…، فيما تعهد"), or 0. */
function nearestOpenedClause(view: SentenceView, lex: Lexicon, before: number): number {
  for (let p = before - 3; p > Math.max(0, before - NEAREST_CLAUSE_WORDS); p--) {
    if (!view.commaBefore(p)) continue;
    const starter = lex.clauseStarters.matchAt(view.norms, p);
    if (starter > 0 && p + starter + 2 < before) return p + starter;
  }
  return 0;
}

/** The subject right after the verb at `verb` (its first or second word), up to its object or complement. */
function clauseSubjectAt(view: SentenceView, lex: Lexicon, verb: number, before: number): Subject | null {
  for (let k = verb + 1; k <= verb + 2; k++) {
    const noun = lookupNoun(lex, view.norms, k);
    if (!noun || noun.entry.kind === 'rank') continue;
    let end = k + noun.length;
    // "والتقى الوزير نظيره الفرنسي، وقال": a noun with a possessive pronoun opens the object.
    while (end < before && end - k < 6 && !view.commaBefore(end) && !prepositionalPhraseAt(lex, view.norms[end]!) && !possessedAfterDefinite(view, lex, end, true)) end++;
    // "وتوعد زعيم التيار باستئصال …، وقال": the verb's complement ends the subject.
    const cut = bareNpEnd(view, lex, { from: k, to: Math.min(before, k + 8) });
    if (cut < end) end = cut;
    if (end >= before || !(view.commaBefore(end) || prepositionalPhraseAt(lex, view.norms[end]!) || end === cut || possessedAfterDefinite(view, lex, end, true))) return null;
    return { type: 'phrase', chunks: [{ from: k, to: end }], anonymityMarked: false, side: 'before' };
  }
  return null;
}

/**
 * "ونشرت الوزارة بيانا قالت فيه إن …": a cue with a resumptive pronoun ("فيه", "in it") describes the
 * statement the main clause's subject issued; that subject is the source.
 */
function resumptiveSubject(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (hit.from < 3 || !lex.resumptivePronouns.has(view.norms[hit.to] ?? '')) return null;
  for (let k = 1; k <= 2; k++) {
    const noun = lookupNoun(lex, view.norms, k);
    if (!noun || noun.entry.kind === 'rank' || noun.entry.kind === 'document') continue;
    let end = bareNpEnd(view, lex, { from: k, to: hit.from });
    // "ونشر المتحدث تغريدة قال فيها": the statement issued ends the subject; so does the occasion it was
    // said at ("وعقد الوزير مؤتمرا صحفيا قال فيه": a channel noun, its accusative alef written or not).
    for (let m = k + noun.length; m < end; m++) {
      if (lookupNoun(lex, view.norms, m)?.entry.kind === 'document' || channelNounAt(view, lex, m)) {
        end = m;
        break;
      }
    }
    if (end <= k || end >= hit.from) return null;
    return { type: 'phrase', chunks: [{ from: k, to: end }], anonymityMarked: false, side: 'before' };
  }
  return null;
}

/** Word `m` is a channel noun ("مؤتمر"), or one with the accusative alef of an indefinite object. */
function channelNounAt(view: SentenceView, lex: Lexicon, m: number): boolean {
  const w = view.norms[m]!;
  return lex.channelNouns.has(w) || lex.accusativeAlef !== '' && w.endsWith(lex.accusativeAlef) && lex.channelNouns.has(w.slice(0, -lex.accusativeAlef.length));
}

/** "إلى القاهرة", "بالسفير", "أمس": words that end a noun phrase (a preposition, joined or not, or a time word). */
function prepositionalPhraseAt(lex: Lexicon, w: string): boolean {
  if (lex.adverbialPrepositions.has(w) || lex.complementPrepositions.has(w) || lex.timeWords.has(w)) return true;
  if (!lex.clitics) return false;
  // A one-letter preposition joined to an article ("بالسفير").
  if (!oneLetterPrefixesOf(lex).includes(w[0] ?? '')) return false;
  for (const a of lex.articles) if (w.startsWith(a, 1)) return true;
  return false;
}

/** The lexicon's one-letter via prepositions and complement prefixes, listed once per lexicon. */
function oneLetterPrefixesOf(lex: Lexicon): readonly string[] {
  let prefixes = oneLetterPrefixes.get(lex);
  if (!prefixes) {
    prefixes = [...lex.viaPrepositions, ...lex.complementPrefixes].filter((p) => p.length === 1);
    oneLetterPrefixes.set(lex, prefixes);
  }
  return prefixes;
}

const oneLetterPrefixes = new WeakMap<Lexicon, string[]>();

/** A source relayed by a channel: the scan that names it and the channel's words. */
type Relay = { scan: ReturnType<typeof scanAfter>; via: WordRange; outerVia?: WordRange };

/** The scan after `from` when it names a phrase (the source a relaying word points to), else null. */
function namedAfter(view: SentenceView, lex: Lexicon, from: number, cues: CueMap): ReturnType<typeof scanAfter> | null {
  const scan = scanAfter(view, lex, from, cues, false);
  return scan.subject.type === 'phrase' && scan.subject.chunks.length > 0 ? scan : null;
}

function relayed(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap): Relay | null {
  if (hit.entry.sourceAfter.size === 0) return null;
  // «ونُقل عن مسؤول قوله …»: right after the verb (a passive, or a subject left unsaid) «عن» names the source.
  for (let k = hit.to; k < Math.min(view.length, hit.to + 6); k++) {
    if (!hit.entry.sourceAfter.has(view.norms[k]!)) continue;
    const scan = namedAfter(view, lex, k + 1, cues);
    if (!scan || scan.subject.type !== 'phrase') continue;
    // «نقلت القناة عن وكالة رويترز عن مسؤول …»: an outlet relaying an outlet; the second «عن» names the source.
    const first = scan.subject.chunks[0]!;
    let m = first.from + 1;
    while (m < first.to && !hit.entry.sourceAfter.has(view.norms[m]!)) m++;
    const inner = { from: first.from, to: m };
    const again = m + 1 < first.to && headKindOf(view, lex, [inner]) === 'media' ? namedAfter(view, lex, m + 1, cues) : null;
    if (again) return { scan: again, via: inner, outerVia: { from: hit.to, to: k } };
    return { scan, via: { from: hit.to, to: k } };
  }
  return null;
}

/**
 * «وقالت القناة، نقلا عن مصدر أمني، إن …», «وذكرت الوكالة نقلا عن مسؤولين أن …»: relaying words (data:
 * `relayingAsides`) right after a verb-first cue's subject name the source; the subject is the via.
 */
function citedAfterSubject(view: SentenceView, lex: Lexicon, scan: ReturnType<typeof scanAfter>, cues: CueMap): Relay | null {
  const subject = scan.subject;
  if (subject.type !== 'phrase' || subject.side !== 'after' || subject.chunks.length === 0) return null;
  const first = subject.chunks[0]!.from;
  const relaying = relayingAfterSubject(view, lex, first, Math.max(scan.regionEnd, subject.chunks[subject.chunks.length - 1]!.to + 1));
  if (!relaying) return null;
  const cited = namedAfter(view, lex, relaying.citedFrom, cues);
  if (!cited || cited.subject.type !== 'phrase') return null;
  if (!namesSpeaker(view, lex, relaying.citedFrom, cited.subject.chunks[cited.subject.chunks.length - 1]!.to)) return null;
  return { scan: cited, via: { from: first, to: relaying.at } };
}

function acceptableBefore(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): boolean {
  if (chunks.length === 0) return false;
  const size = chunks.reduce((n, c) => n + c.to - c.from, 0);
  if (size <= 5) return true;
  for (const c of chunks) for (let k = c.from; k < Math.min(c.to, c.from + 3); k++) if (lookupNoun(lex, view.norms, k)) return true;
  return false;
}

/**
 * A subject phrase ending in a preposition: "gave credit to the nurses for speaking out" drops the "for"
 * that governs the cue's gerund; "…, most of whom said" takes the relative the preposition governs.
 */
export function trailingPreposition(view: SentenceView, lex: Lexicon, c: WordRange, cueFrom: number): WordRange {
  const last = c.to - 1;
  if (last <= c.from || !lex.gerundOpeners.has(view.norms[last]!)) return c;
  if (c.to === cueFrom && verbShaped(view.norms[cueFrom]!, 'ing')) return { from: c.from, to: last };
  if (c.to + 1 === cueFrom && lex.personalRelatives.has(view.norms[c.to]!)) return { from: c.from, to: cueFrom };
  return c;
}

/**
 * A short phrase opening the clause, then one aside between commas up to the cue ("The study, published in
 * May, said"); "In X, troops shelled Y, killing 31, said Z" opens with no such phrase.
 */
function asideToCue(view: SentenceView, c: WordRange | undefined, floor: number, cueFrom: number): boolean {
  if (!c || c.from !== floor || c.to - c.from > 6 || c.to >= cueFrom - 1 || !view.commaBefore(c.to) || !view.commaBefore(cueFrom) || view.quoteClosesBefore(cueFrom)) return false;
  for (let k = c.to + 1; k < cueFrom; k++) if (view.commaBefore(k)) return false;
  return true;
}

/** Subject–verb languages (English): look before the cue first, then after it ("…,” said Smith). */
function afterQuote(view: SentenceView, i: number): boolean {
  return i > 0 && view.quoteClosesBefore(i);
}

function subjectFirst(view: SentenceView, lex: Lexicon, hit: CueHit, cues: CueMap, floor: number, first: boolean): Draft {
  // "…, said Luka Mares, a spokesman": after a comma or a quotation the subject follows the cue.
  const invertible = hit.entry.invertible && (hit.from === 0 || view.quoteClosesBefore(hit.from) || (view.commaBefore(hit.from) && !commaClauseBefore(view, lex, hit.from)));
  const inverted = invertible ? scanInverted(view, lex, hit.to, cues) : ({ type: 'none' } as Subject);
  const scanned = scanBefore(view, lex, hit.from, floor, cues);
  // "Upon learning the results al-Najjar urged": the name, not the phrase glued before it.
  const before: Subject = scanned.type === 'phrase' && scanned.chunks.length === 1 ? { ...scanned, chunks: [trailingPreposition(view, lex, trailingName(view, lex, scanned.chunks[0]!), hit.from)] } : scanned;
  // "Jane Doe, the nominee's daughter, noted": a name with its apposition before the cue wins.
  // "The study, published in May, said the site, which …": a subject set off by an aside that ends at the cue too.
  const framed = before.type === 'phrase' && (before.chunks.length > 1 || before.anonymityMarked || asideToCue(view, before.chunks[0]!, floor, hit.from));
  let subject = inverted.type !== 'none' && inverted.type !== 'relative' && !framed ? inverted : before;
  let rule = subject === inverted ? 'verb-subject' : 'subject-verb';
  // "The mayor spoke for an hour and called for calm": a verb coordinated with the main clause's has its subject.
  // "The president received the delegation, then said …": after a comma and "then" too (the phrase before
  // the comma is the first verb's object).
  const sequence = hit.from > 2 && lex.sequenceStarters.has(view.norms[hit.from - 1]!) && view.commaBefore(hit.from - 1);
  if (first && (subject.type === 'none' || sequence) && hit.entry.form === 'verb' && hit.from > 2) {
    let k = hit.from - 1;
    while (k > 0 && lex.auxiliaries.has(view.norms[k]!) && !(sequence && k === hit.from - 1)) k--;
    if (((view.norms[k] === 'and' || view.norms[k] === 'but') && !view.commaBefore(k + 1)) || sequence) {
      // "… after the central bank raised rates and said …": the verb shares the subordinate clause's subject.
      let start = 0;
      // "When X are revealed as …, A and B call them … and describe …": a subordinate clause closed by a
      // comma before the verb is no part of the main clause, which starts after that comma.
      let comma = -1;
      for (let m = k - 1; m >= 0; m--) {
        if (comma < 0 && m + 1 < k && view.commaBefore(m + 1)) comma = m + 1;
        if (!lex.subordinators.has(view.norms[m]!) || (m === 0 && comma < 0)) continue;
        start = comma > m ? comma : m + 1;
        break;
      }
      // Inside the clause the subject runs to its head noun ("the central bank"); else the opening phrase.
      let head = -1;
      for (let m = start; m < Math.min(k, start + 5) && start > 0 && head < 0; m++) if (lookupNoun(lex, view.norms, m)) head = m;
      const main =
        head >= 0
          ? { subject: { type: 'phrase' as const, chunks: [{ from: start, to: head + 1 }], anonymityMarked: false, side: 'before' as const } }
          : mainSubjectCased(view, lex, hit, { hit, subject, contentSide: 'after', contentFrom: hit.to, clauseFrom: 0, consumedTo: hit.to, rule }, true, start);
      if (main.subject.type !== 'none') {
        subject = main.subject;
        rule = 'coordinated-main-subject';
      }
    }
  }
  // "Judge Ortiz walked into the hall to announce, “…”": an infinitive of saying is said by its host clause's subject.
  if (!lex.clitics && hit.entry.form === 'verb' && hit.from > 2 && lex.infinitiveMarkers.has(view.norms[hit.from - 1]!) && !(subject.type === 'phrase' && subject.side === 'after')) {
    const host = hostClauseSubject(view, lex, hit.from - 1);
    if (host) {
      subject = host;
      rule = 'infinitive-host-subject';
    }
  }
  if (subject.type === 'none' && hit.entry.form === 'participle') rule = 'participle';
  // "X cited the ministry as saying …": the object speaks, the subject relays.
  // "X was quoted by the agency as saying …": the passive's subject speaks, the agent relays.
  const relayed = passiveRelay(view, lex, hit, cues);
  const speaking = relayed ? null : objectSpeaks(view, lex, hit, cues);
  if (speaking) return objectSpeaker(view, lex, hit, subject, speaking, cues);
  // What follows the cue (and the subject, when inverted): a via, "that", or nothing (content came first).
  let k = subject.type === 'phrase' && subject.side === 'after' ? subject.chunks[subject.chunks.length - 1]!.to : hit.to;
  let via: WordRange | undefined;
  if (relayed) {
    via = relayed.via;
    k = relayed.after;
  }
  if (hit.entry.via && subject.type !== 'none') {
    const v = viaObject(view, lex, k);
    if (v) {
      if (v.to > v.from && isChannel(view, lex, v)) via = v;
      k = v.to;
    }
  }
  if (!via && subject.type === 'phrase' && subject.via) via = subject.via;
  // "said in a statement", "said on state television": the channel, then the content.
  let channel = channelAt(view, lex, k, Math.min(view.length, k + 4));
  if (!channel) {
    while (k < view.length && lex.timeWords.has(view.norms[k]!)) k++;
    channel = channelAt(view, lex, k, Math.min(view.length, k + 4));
  }
  if (channel) {
    // The channel's own word is taken whatever follows; up to three more.
    const end = phraseEnd(view, lex, channel.from + 1, 3, lex.npStoppers);
    via ??= { from: channel.from, to: end };
    k = end;
  }
  for (let m = k; m < Math.min(view.length, k + 10) && !via; m++) {
    const p = lex.viaPatterns.matchAt(view.norms, m);
    if (p) {
      const v = viaObject(view, lex, m + p);
      if (v && v.to > v.from) via = v;
      if (m === k && v) k = v.to;
    }
  }
  // "…,” the mayor said, adding that …": a cue after the comma opens its own clause.
  while (k < view.length && (lex.timeWords.has(view.norms[k]!) || (view.commaBefore(k) && k === hit.to && !cues.has(k)))) k++;
  if (k === hit.to) k = objectBeforeComplementizer(view, lex, k);
  const rest = view.length - k;
  const closing = rest <= 0;
  let contentSide: 'before' | 'after' = 'after';
  let contentFrom: number | null = k;
  const subjectFrom = subject.type === 'phrase' ? (subject.side === 'before' ? subject.chunks[0]!.from : -1) : subject.type === 'none' ? -1 : subject.range.from;
  // "…,” X said" / "…, sources said." / "…,” said X": the content came first.
  const contentFirst =
    rest <= 0 ||
    (subject.type === 'phrase' && subject.side === 'after' && (view.commaBefore(hit.from) || afterQuote(view, hit.from))) ||
    (subjectFrom > 1 && (afterQuote(view, subjectFrom) || (view.commaBefore(subjectFrom) && ((rest <= 3 && !shortClauseAfter(view, lex, k) && !pronounClauseAfter(view, lex, subject, k)) || view.commaBefore(k)))));
  const ownContent = lex.complementizers.has(view.norms[k] ?? '') || (k < view.length && (view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined));
  if (lex.complementizers.has(view.norms[k] ?? '')) contentFrom = k + 1;
  else if (contentFirst) {
    contentSide = 'before';
    contentFrom = null;
  } else if (view.colonBefore(k) || view.quoteOpeningAt(k)) contentFrom = k;
  const clauseAnchor = subject.type === 'phrase' && subject.side === 'before' ? subject.chunks[0]!.from : subject.type === 'pronoun' || subject.type === 'relative' ? subject.range.from : hit.from;
  const draft: Draft = {
    hit,
    subject,
    contentSide,
    contentFrom,
    clauseFrom: contentSide === 'before' ? 0 : clauseStartOf(view, lex, clauseAnchor),
    closing,
    ownContent: ownContent && contentSide === 'after',
    consumedTo: subject.type === 'phrase' && subject.side === 'after' ? subject.chunks[subject.chunks.length - 1]!.to : hit.to,
    rule,
  };
  if (via) draft.via = via;
  return draft;
}

/** ", who says he is honored": a relative's cue with a subject pronoun and a verb after it reports that clause. */
function pronounClauseAfter(view: SentenceView, lex: Lexicon, subject: Subject, k: number): boolean {
  return subject.type === 'relative' && !lex.clitics && view.length - k >= 2 && lex.subjectPronouns.has(view.norms[k]!) && !view.commaBefore(k) && !view.commaBefore(k + 1);
}

/** ", Reuters reported." closing the sentence from word `k`: the reporter's words, or null. */
function closingReporter(view: SentenceView, k: number, cues: CueMap): WordRange | null {
  for (let c = k + 1; c < Math.min(view.length, k + 5); c++) {
    if (view.commaBefore(c)) return null;
    if (cues.get(c) === 'verb') return c + 1 === view.length ? { from: k, to: c } : null;
  }
  return null;
}

/** The draft of "X cited Y as saying …": Y speaks, X (when named before the cue) is the via. */
function objectSpeaker(view: SentenceView, lex: Lexicon, hit: CueHit, relayer: Subject, speaking: SpeakingObject, cues: CueMap): Draft {
  let k = speaking.after;
  const ownContent = k < view.length && (lex.complementizers.has(view.norms[k]!) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined);
  if (k < view.length && lex.complementizers.has(view.norms[k]!)) k++;
  // "…,” X quoted him as saying, Reuters reported.": a closing report relays the whole relay.
  const outer = k < view.length && view.commaBefore(k) ? closingReporter(view, k, cues) : null;
  const before = k >= view.length || outer !== null;
  const relayFrom = relayer.type === 'phrase' && relayer.side === 'before' && relayer.chunks.length ? relayer.chunks[relayer.chunks.length - 1]!.from : hit.from;
  // "as saying him": an object pronoun speaks as its subject form would.
  const pronoun = speaking.object.to - speaking.object.from === 1 ? lex.pronouns.get(view.norms[speaking.object.from]!) : undefined;
  const draft: Draft = {
    hit,
    subject: pronoun && pronoun !== 'relative' ? { type: 'pronoun', range: speaking.object, pronoun } : { type: 'phrase', chunks: [speaking.object], anonymityMarked: false, side: 'after' },
    contentSide: before ? 'before' : 'after',
    contentFrom: before ? null : k,
    clauseFrom: before ? 0 : clauseStartOf(view, lex, relayFrom),
    closing: before,
    ownContent: ownContent && !before,
    consumedTo: outer ? view.length : speaking.after,
    rule: 'object-speaks',
  };
  if (outer) draft.outerVia = outer;
  // "A, the agency, cited …": the chunk naming an outlet relays; else the one nearest the cue.
  if (relayer.type === 'phrase' && relayer.side === 'before' && relayer.chunks.length) draft.via = relayer.chunks.find((c) => sourceNounWithin(lex, view.norms, c.from, c.to, (kind) => kind === 'media')) ?? relayer.chunks[relayer.chunks.length - 1]!;
  return draft;
}

/**
 * "warned voters that …", "assured them that …": one or two bare object words before "that" are not the
 * content ("said the bill that passed …" keeps its determiner, so "that" there is no complementizer).
 */
function objectBeforeComplementizer(view: SentenceView, lex: Lexicon, k: number): number {
  if (k >= view.length || lex.complementizers.has(view.norms[k]!) || view.commaBefore(k)) return k;
  for (let m = k + 1; m <= Math.min(view.length - 1, k + 2); m++) {
    const w = view.norms[m - 1]!;
    if (view.commaBefore(m) || view.quoteOpeningAt(m - 1) || lex.determiners.has(w) || lex.definiteMarkers.has(w) || lex.indefiniteMarkers.has(w) || lex.npStoppers.has(w)) return k;
    if (lex.complementizers.has(view.norms[m]!)) return m;
  }
  return k;
}

/** "X, who chairs the committee, said": the comma before the cue closes an aside, not the content. */
function commaClauseBefore(view: SentenceView, lex: Lexicon, cueFrom: number): boolean {
  const a = view.chunkStartBefore(cueFrom);
  const first = view.norms[a]!;
  return lex.relativePronouns.has(first) || lex.anonymityMarkers.matchAt(view.norms, a, cueFrom) > 0;
}

/** The object of "told" / "in an interview with": up to "that", a comma or a preposition. */
function viaObject(view: SentenceView, lex: Lexicon, from: number): WordRange | null {
  let e = from;
  while (e < view.length && e - from < 8) {
    const w = view.norms[e]!;
    if (e > from && (view.commaBefore(e) || view.colonBefore(e))) break;
    // "told AFP they heard …": a subject pronoun starts the content.
    if (lex.complementizers.has(w) || (e > from && (lex.npStoppers.has(w) || lex.adverbialPrepositions.has(w) || lex.timeWords.has(w) || lex.subjectPronouns.has(w)))) break;
    e++;
  }
  return e > from ? { from, to: e } : null;
}

/** Media or organisations named as the channel, or the press ("told reporters"); "told him" is not one. */
function isChannel(view: SentenceView, lex: Lexicon, v: WordRange): boolean {
  if (v.to - v.from <= 2 && lex.channelNouns.has(view.norms[v.to - 1]!)) return true;
  // "أبلغ مصدر «الغد» أن": a quoted name told is an outlet (a script without capitals quotes it).
  if (lex.clitics && view.quoteOpeningAt(v.from)) return true;
  for (let k = v.from; k < v.to; k++) {
    const m = lookupNoun(lex, view.norms, k);
    if (m && (m.entry.kind === 'media' || m.entry.kind === 'organization')) return true;
  }
  if (lex.pronouns.has(view.norms[v.from]!)) return false;
  for (let k = v.from; k < v.to; k++) if (view.capitalized(k)) return true;
  return false;
}

/** Extends a clause start back over conjunctions, clause starters and discourse markers ("فيما اعتبرت"). */
function clauseStartOf(view: SentenceView, lex: Lexicon, from: number): number {
  let s = from;
  while (s > 0) {
    const w = view.norms[s - 1]!;
    if (view.commaBefore(s) || view.breakBefore(s)) break;
    // "…, after initial returns showed …": a subordinator opens the clause too.
    // "…، في حين قالت …": a starter of two or three words ending right before the clause counts whole.
    const longer = s > 1 && lex.clauseStarters.matchAt(view.norms, s - 2) === 2 ? 2 : s > 2 && lex.clauseStarters.matchAt(view.norms, s - 3) === 3 ? 3 : 0;
    if (longer > 0) {
      s -= longer;
      continue;
    }
    // "…, which the network cited as …": an object relative after a comma opens its subject's clause.
    const objectRelative = !lex.clitics && lex.pronouns.get(w) === 'relative' && view.commaBefore(s - 1);
    if (lex.clauseStarters.matchAt(view.norms, s - 1) || lex.auxiliaries.has(w) || lex.clauseStarters.has(w) || lex.continuingPronounForms.has(w) || (lex.subordinators.has(w) && view.commaBefore(s - 1)) || objectRelative) {
      s--;
      continue;
    }
    break;
  }
  return s;
}

/** The subject is the share right before the cue alone ("About 44 percent"), up to three words ending in the share word or figure. */
function shareIsSubject(view: SentenceView, lex: Lexicon, subject: Draft['subject'], cueFrom: number): boolean {
  if (subject.type !== 'phrase' || subject.chunks.length !== 1) return false;
  const { from, to } = subject.chunks[0]!;
  const last = view.norms[to - 1] ?? '';
  return to - from <= 3 && to >= cueFrom - 1 && (lex.shareWords.has(last) || /^\d/u.test(last));
}
