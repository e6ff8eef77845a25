/**
 * Stages 4 and 5: attribution (who says each claim, through which cue and channel) and source kind /
 * cue stance. One claim per sentence, or per clause when a sentence reports two sources (or one source
 * opens a second reported clause: "…، لفت إلى أنه «…»").
 */
import { definiteHeadBeforeRelative, nameBeforeRelative } from './relative-name.ts';
import { PARTICIPLE_CLAUSE_RULE } from './clauses.ts';
import { agreeingContentSubject } from './agreeing-subject.ts';
import { carryColonLines, creditIntroLines, listedColonLabels } from './colon-lines.ts';
import { laterClauseReport } from './verb-first-main.ts';
import { firstAnswer, type Hook } from './hooks.ts';
import { foldForMatch, wordTokens, type Token } from '../normalize/index.ts';
import type { Attribution, AttributedSource, Claim, LanguageCode, RelayLink, Sentence, Span, Via } from '../types.ts';
import { lexiconFor, lookupNoun, type CueEntry, type Lexicon } from './lexicon.ts';
import { isTitleKind } from './names.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { parseSentence, relativeReport, trailingPreposition, type Draft } from './sentence.ts';
import { openingDateline } from './transcript.ts';
import { analyzeSource, gluedPreposition, spanEnd, type WordRange } from './source.ts';
import { isHeadingLine } from '../segment/headings.ts';
import { firstIndex } from '../util/sorted.ts';
import { scanBefore } from './subject.ts';
import { openingSubordinate } from './concession.ts';
import { openingSpeaker } from './opening-speaker.ts';
import { topicOpening } from './topic-opening.ts';
import { splitSecondContent } from './second-content.ts';
import { asPhraseStart, closesSentence, creditOverMuteDocuments, muteDocument } from './closing-relay.ts';
import { carryOpenQuotations } from './open-quotes.ts';
import { carryParagraphQuotations } from './paragraph-quotes.ts';
import { stanceEnd } from './stance.ts';
import { SentenceView } from './view.ts';
import { verbShaped } from './verb-shape.ts';

export type ClaimDraft = Omit<Claim, 'id' | 'articleId'>;
export { lexiconFor } from './lexicon.ts';

/**
 * Whether a word is a reporting cue on its own, for other stages (rows cut claims at report words): the cue
 * conditions stay here, where the lexicon is. A verb that reports only after a
 * poll's share ("44 percent back X") is not ("back", "support"), nor a bare lemma that reports only after a
 * modal ("would rate it", "will state that": "the lending rate", "the state" are no reports).
 * @example isReportCue('en', 'announced') // true; isReportCue('en', 'rate') // false
 */
export function isReportCue(lang: string, norm: string): boolean {
  // A word opening a phrase cue that needs its clause after it ("set" of "sets out that") reports nothing alone.
  return lexiconFor(lang)?.cues.get(norm)?.some((entry) => !entry.shareSubject && !entry.afterModal && !(entry.words.length > 1 && entry.requiresAfter.size > 0)) ?? false;
}

export { findQuotes } from './quotes.ts';
export { continuesSentenceClaim } from './clauses.ts';

/**
 * A source mentioned earlier in the article, for "وأضاف", "He added", "the sources". Every mention has
 * all fields, in one order (`newMention`): the history's readers see one object shape.
 */
interface Mention {
  source: AttributedSource;
  key: string;
  /** A channel ("لـ«الغد»"): "الصحيفة" may refer to it, "وأضاف" may not. */
  via: boolean | undefined;
  gender: 'm' | 'f' | undefined;
  /** The person's sex where a word states it ("Mrs.", "spokeswoman") or a pronoun already referred to it. */
  sex: 'm' | 'f' | undefined;
  /** The relay chain stated with this source, so "وأضاف" and "he added" keep it. */
  chain: RelayLink[] | undefined;
  /**
   * Named only in a credit closing its sentence ("…, according to X.", "…، بحسب قناة X."): a later
   * "She added" / "وأشارت" goes on with the last subject speaker before it, if one agrees.
   */
  credit: boolean | undefined;
  /** A group of people ("her critics", "opponents"): "he"/"she" does not refer back to it. */
  plural: boolean | undefined;
  /** Footage or figures ("مقطع فيديو", "نتائج"): they show, but a later verb with no subject is not theirs. */
  mute: boolean | undefined;
}

function newMention(source: AttributedSource, key: string, gender: 'm' | 'f' | undefined, via: boolean | undefined): Mention {
  return { source, key, via, gender, sex: undefined, chain: undefined, credit: undefined, plural: undefined, mute: undefined };
}

/**
 * Per history, in a clitic language: whatever source the sentence just before (reporting nothing) opened with,
 * the subject a next verb with none written continues («الوزير سالم كان خارج العاصمة. وأعرب عن …»).
 * Kept apart from `pronounTopics`: the two hold different openings (any source / a titled person) for different
 * readers (a verb without a subject / a "he" or "she"), one per kind of language; one map would need each reader
 * to ask which kind of language set it.
 */
const topics = new WeakMap<Mention[], Mention>();
/**
 * Per history, where subjects are written (no clitics): the titled person the sentence just before
 * (reporting nothing) opened with, whom a "he" / "she" of the next sentence refers to before any earlier
 * speaker ("US President A B welcomed the deal. “…,” he said.").
 */
const pronounTopics = new WeakMap<Mention[], Mention>();

/**
 * Claims of an article with their attributed source, cue, channel and quotation type.
 * @example attributeSentences(text, splitSentences(text, 'en'), 'en')[0]?.attribution?.cue.lemma // 'say'
 */
export function attributeSentences(text: string, sentences: readonly Sentence[], lang: LanguageCode): ClaimDraft[] {
  const lex = lexiconFor(lang) ?? lexiconFor(lang.split('-')[0]!.toLowerCase());
  if (!lex) return sentences.map((s) => ownVoice(s, s.start, s.end));
  const tokens = wordTokens(text, lex.lang);
  const quotes = findQuotes(text);
  const history: Mention[] = [];
  const perSentence: ClaimDraft[][] = [];
  let t = 0;
  let q = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.end <= sentence.end) u++;
    while (q < quotes.length && quotes[q]!.end < sentence.start) q++;
    const local: QuoteSpan[] = [];
    for (let k = q; k < quotes.length && quotes[k]!.open < sentence.end; k++) local.push(quotes[k]!);
    const view = new SentenceView(text, sentence, tokens.slice(t, u) as Token[], local);
    if (!lex.clitics) acronymsAsNames(view, lex);
    t = u;
    const claims = sentenceClaims(view, lex, history);
    perSentence.push(claims);
    const reportsNothing = claims.every((c) => !c.attribution);
    const topic = lex.clitics && reportsNothing ? topicOpening(view, lex) : null;
    if (topic) topics.set(history, topicMention(view, lex, topic));
    else topics.delete(history);
    const person = !lex.clitics && reportsNothing ? namedPersonOpening(view, lex, view.length) : null;
    if (person) {
      const mention = topicMention(view, lex, person);
      mention.sex = sexOf(view, lex, [person]);
      pronounTopics.set(history, mention);
    }
    else pronounTopics.delete(history);
  }
  carryQuotations(sentences, perSentence, quotes, lex);
  carryOpenQuotations(sentences, perSentence, quotes);
  carryParagraphQuotations(text, sentences, perSentence, lex);
  carryColonLines(sentences, perSentence, lex);
  listedColonLabels(sentences, perSentence, lex);
  creditIntroLines(sentences, perSentence, lex);
  attributeBackwards(perSentence, lex);
  dashCredits(text, sentences, perSentence, lex);
  markTeaserLists(text, sentences, perSentence);
  markHeadings(text, sentences, perSentence);
  return perSentence.flat();
}

/** Shortest run of headline-like lines that makes a list of teasers ("Most read", "اقرأ أيضا"). */
const TEASER_RUN = 3;

/**
 * A run of short unclosed lines is a list of other stories' headlines: "Officials say floods displaced
 * thousands" there is no report of this article, so its source is dropped (the lines stay as they are:
 * a list is no section heading).
 */
function markTeaserLists(text: string, sentences: readonly Sentence[], claims: ClaimDraft[][]): void {
  let runStart = 0;
  for (let i = 0; i <= sentences.length; i++) {
    const listLine = i < sentences.length && claims[i]!.length === 1 && isHeadingLine(text, sentences[i]!);
    if (listLine) continue;
    if (i - runStart >= TEASER_RUN) {
      for (let k = runStart; k < i; k++) claims[k]![0] = { ...claims[k]![0]!, attribution: null };
    }
    runStart = i + 1;
  }
}

/** How body prose closes a sentence; a list of headlines does not. */
const PROSE_CLOSE = /[.!?؟…:"”»)]$/u;

/**
 * Section headings: kept (the Article view shows them) but marked, so they count as no claim. A heading
 * introduces prose: a short line followed by another unclosed line is a list (of headlines, say), not
 * a heading.
 */
function markHeadings(text: string, sentences: readonly Sentence[], claims: ClaimDraft[][]): void {
  const headingLike = sentences.map((sentence, i) => {
    const own = claims[i]!;
    return own.length === 1 && !own[0]!.attribution && !own[0]!.kind && isHeadingLine(text, sentence);
  });
  for (let i = 0; i < sentences.length; i++) {
    if (!headingLike[i] || i + 1 >= sentences.length || headingLike[i + 1] || !PROSE_CLOSE.test(sentences[i + 1]!.text.trim())) continue;
    const own = claims[i]!;
    own[0] = { ...own[0]!, kind: 'heading' };
  }
}

/** The draft's content opens with إن/أن (or that). */
function contentClause(view: SentenceView, lex: Lexicon, draft: Draft): boolean {
  return draft.contentSide === 'after' && draft.contentFrom !== null && draft.contentFrom > 0 && lex.complementizers.has(view.norms[draft.contentFrom - 1] ?? '');
}

function ownVoice(sentence: Sentence, start: number, end: number): ClaimDraft {
  return { sentenceIndex: sentence.index, start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), attribution: null };
}

interface Resolved {
  draft: Draft;
  source: AttributedSource;
  explicit: boolean;
  /** Relayed outlet (or agency) and source, where the text names an outlet between the article and the source. */
  chain: RelayLink[] | undefined;
  /** Word where the content stops short of the sentence end (a closing relay: ", the agency said."). */
  contentTo: number | undefined;
}

/** Every resolved draft has all fields, in one order: the claim builder's readers see one object shape. */
function newResolved(draft: Draft, source: AttributedSource, explicit: boolean, chain: RelayLink[] | undefined): Resolved {
  return { draft, source, explicit, chain, contentTo: undefined };
}

/** Two or more capitals: an acronym, unless its neighbours are capitals too (a shouted heading). */
const CAPITALS = /^\p{Lu}{2,}$/u;

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * "The WHO announced …", "the US said …": an acronym spelt like a pronoun is a name, not the pronoun; its
 * norm keeps the capitals so no pronoun or relative list matches it. (Inside a run of capitals, as in a
 * heading, the words are left as they are.)
 */
function acronymsAsNames(view: SentenceView, lex: Lexicon): void {
  for (let i = 0; i < view.length; i++) {
    const written = view.tokens[i]!.text;
    // Cheap gate before the regex: a lower-case ASCII letter in either of the first two places is no capital.
    if (written.length < 2 || isLowerAscii(written.charCodeAt(0)) || isLowerAscii(written.charCodeAt(1))) continue;
    if (!CAPITALS.test(written) || CAPITALS.test(view.tokens[i - 1]?.text ?? '') || CAPITALS.test(view.tokens[i + 1]?.text ?? '')) continue;
    const norm = view.norms[i]!;
    if (lex.relativePronouns.has(norm) || lex.pronouns.has(norm)) view.norms[i] = written;
  }
}

/**
 * The report a cue in this sentence goes on from: the latest one, except that a participle clause
 * ("praised her for speaking out, calling her brave") skips a gerund after a preposition ("for speaking"),
 * whose subject is the main verb's object, and goes on with the main clause's speaker; after a gerund said by
 * the host verb's object ("attacked the governor for claiming …") it goes on with the host's subject (`hosts`).
 */
function continuedReport(view: SentenceView, lex: Lexicon, draft: Draft, resolved: readonly Resolved[], hosts: ReadonlyMap<Resolved, Resolved> | undefined): Resolved | undefined {
  const last = resolved[resolved.length - 1];
  if (lex.clitics || !last || draft.rule !== PARTICIPLE_CLAUSE_RULE) return last;
  // "attacked the governor for claiming …, calling him reckless": the host clause's subject goes on.
  if (resolved.length < 2) return hosts?.get(last) ?? last;
  const from = last.draft.hit.from;
  const gerund = from > 0 && !view.commaBefore(from) && lex.gerundOpeners.has(view.norms[from - 1]!) && verbShaped(view.norms[from]!, 'ing');
  return gerund ? resolved[resolved.length - 2] : last;
}

function sentenceClaims(view: SentenceView, lex: Lexicon, history: Mention[]): ClaimDraft[] {
  const s = view.sentence;
  const drafts = parseSentence(view, lex);
  const resolved: Resolved[] = [];
  let hosts: Map<Resolved, Resolved> | undefined;
  for (const draft of drafts) {
    const r = resolve(view, lex, draft, history, continuedReport(view, lex, draft, resolved, hosts));
    if (r) resolved.push(r);
    // "The senator attacked the governor for claiming …": the host clause's subject, mentioned after the
    // object that claimed, stays the latest mention for a later "he" (as it was before the object spoke).
    if (r && draft.reasonHost) {
      const { reasonHost, ...hostDraft } = draft;
      const host = resolve(view, lex, { ...hostDraft, subject: reasonHost, rule: 'participle-host-subject' }, history, undefined);
      if (host) (hosts ??= new Map()).set(r, host);
    }
  }
  // "CITY: …", "CITY (Agency) - …": the article's first sentence starts after its dateline.
  const dateline = openingDateline(view, lex);
  if (resolved.length === 0) return [ownVoice(s, dateline > 0 ? view.start(dateline) : s.start, s.end)];
  // A later cue starts its own claim only when it names another source at the start of a clause.
  const kept: Resolved[] = [resolved[0]!];
  for (const r of resolved.slice(1)) {
    // "X rejected the results as a fraud, according to the channel.": the credit reports the act or stance;
    // «وتشير التوقعات إلى …، وفق المنظمين»: the credit stands behind figures that cannot speak.
    if (creditReportsStance(view, lex, kept, r) || creditOverMuteDocuments(view, lex, kept, r)) {
      kept[0] = r;
      continue;
    }
    // «قال الوزير إن …، بحسب وكالة الأنباء»: a credit closing a report that has content of its own relays it.
    const creditRelayed = closingCreditRelay(view, lex, kept, r);
    if (creditRelayed) {
      kept[0] = creditRelayed;
      continue;
    }
    // «…، حيث "…"، بحسب ما أعلن المجلس»: an "as" credit closing the sentence right after a quotation in a
    // later clause than the report before credits that quotation only, as a prepositional credit does.
    // "According to state radio, the minister said …": an opening credit with no words of its own relays the
    // report after it; the reporter speaks, the credit is the via.
    const relayed = openingCreditRelay(view, lex, kept, r);
    if (relayed) {
      kept[0] = relayed;
      continue;
    }
    // "Mr A said during the hearing, B had stated that …": the report after the adverbial is what A said.
    if (nestedAfterAdverbial(view, lex, kept, r)) continue;
    const asQuoted = asCreditedQuotation(view, lex, r, kept[kept.length - 1]!);
    if (asQuoted >= 0) {
      kept.push({ ...r, draft: { ...r.draft, closing: true, contentSide: 'before', contentFrom: null, clauseFrom: asQuoted, ownContent: false, innerReport: false } });
      continue;
    }
    // "X called for Y, sources said.": a closing "…, X said" reports everything before it.
    if (r.explicit && r.draft.closing && r.draft.contentSide === 'before' && r.draft.hit.entry.form !== 'prep') {
      // "The army said that A, the agency said.": a report with content of its own keeps its speaker; the
      // closing reporter relays it.
      const relayed = closingRelayOf(view, lex, kept, r);
      if (relayed) {
        kept[0] = relayed;
        continue;
      }
      kept.length = 0;
      kept.push(r);
      continue;
    }
    const previous = kept[kept.length - 1]!;
    const sameSource = r.source.start === previous.source.start && r.source.end === previous.source.end;
    const from = r.draft.clauseFrom;
    // "… بأنه «…» وقال إنها …": a cue verb written with its conjunction opens a clause of its own.
    // "… by saying …": a gerund of saying opens its clause at its preposition (sentence.ts verbal).
    const clauseInitial = from >= previous.draft.hit.to && (view.commaBefore(from) || view.breakBefore(from) || lex.clauseStarters.matchAt(view.norms, from) > 0 || (from === r.draft.hit.from && r.draft.hit.entry.conjoined) || (r.draft.rule === PARTICIPLE_CLAUSE_RULE && (lex.reportingGerundPrepositions.has(view.norms[from]!) || from === r.draft.hit.from)) || r.draft.innerReport === true);
    // "…, according to X" after a reporting verb qualifies that verb's claim rather than starting one.
    const secondary = r.draft.hit.entry.form === 'prep';
    // The same source opening a new reported clause gets its own claim too ("…، وأكد: «…»").
    // "…, though she noted X": a pronoun opening a coordinated clause is a new report by the same source.
    // "وأشاد الوزير بالنتائج، وقال إن …": a coordinated verb sharing the first verb's subject, with content of its own.
    const sharedSubject = r.draft.rule === 'main-clause-subject' && r.draft.ownContent === true;
    // "…، في تطور وصفته القوات بأنه …": a report inside a clause with content of its own, whoever its source.
    const inner = r.draft.innerReport === true && r.draft.ownContent === true;
    // "…, said A, who stressed that …": the relative's clause is a report of its own, even by the same source.
    const relative = r.draft.relativeClause === true;
    // "نفى الوزير …، وقال الوزير، في تصريح، إن …": the same source named again by a conjoined verb with إن/أن.
    const namedAgain = r.explicit && sameSource && from === r.draft.hit.from && r.draft.hit.entry.conjoined && contentClause(view, lex, r.draft);
    // "…، وذلك بعد «…»، بحسب لغة البيان": a closing credit right after a quotation in a later clause than the
    // report before it credits that quotation only (the report before keeps its own claim).
    const credited = secondary && r.explicit && !sameSource && r.draft.contentSide === 'before' ? creditedQuotation(view, lex, r.draft.hit.from, previous.draft) : -1;
    if (credited >= 0) {
      kept.push({ ...r, draft: { ...r.draft, clauseFrom: credited } });
      continue;
    }
    // "The mayor, who said …, told reporters …": the main verb after the relative's report.
    const afterRelative = r.draft.afterRelative === true;
    const newClause = (r.explicit && !sameSource) || sharedSubject || inner || relative || namedAgain || afterRelative || (!r.explicit && (r.draft.ownContent === true || r.draft.subject.type === 'pronoun'));
    if (newClause && clauseInitial && !secondary) kept.push(r);
  }
  const claims: ClaimDraft[] = [];
  // "The pound fell after the central bank said …": the main clause before a subordinate report is the
  // outlet's own voice; the report, from its subordinator on, is the claim.
  // "وارتفعت الأسعار، في خطوة وصفها الخبراء بـ…": likewise before a report inside a clause.
  const inner = firstAnswer(INNER_REPORT_HOOKS, view, lex, kept[0]!) ?? semicolonClause(view, lex, kept[0]!.draft);
  if (inner !== null) {
    const end = trimEnd(view.text, s.start, view.start(inner));
    claims.push({ sentenceIndex: s.index, start: s.start, end, text: view.text.slice(s.start, end), attribution: null });
  }
  // «رويترز: …» may be a source and its colon: the dateline goes only where the source stands after it.
  const afterDateline = dateline > 0 && kept[0]!.source.start >= view.start(dateline);
  for (let i = 0; i < kept.length; i++) {
    const start = i === 0 ? (inner !== null ? view.start(inner) : afterDateline ? view.start(dateline) : s.start) : clauseStart(view, kept[i]!.draft.clauseFrom);
    const rawEnd = i + 1 < kept.length ? clauseStart(view, kept[i + 1]!.draft.clauseFrom) : s.end;
    // "X thanked voters … after results gave him 58%": the stance ends where the outlet's narrative goes on.
    const narrative = kept[i]!.draft.hit.objectFrame ? stanceEnd(view, lex, kept[i]!.draft.hit.to) : null;
    const cut = narrative !== null && view.start(narrative) < rawEnd ? view.start(narrative) : null;
    const end = trimEnd(view.text, start, cut ?? rawEnd);
    claims.push({
      sentenceIndex: s.index,
      start,
      end,
      text: view.text.slice(start, end),
      attribution: attributionOf(view, lex, kept[i]!, start, end),
    });
    if (cut !== null) {
      const restEnd = trimEnd(view.text, cut, rawEnd);
      claims.push({ sentenceIndex: s.index, start: cut, end: restEnd, text: view.text.slice(cut, restEnd), attribution: null });
    }
  }
  return splitSecondContent(view, lex, claims);
}

/**
 * "X has rejected the results as “fabricated”, according to a TV channel.": a closing "according to Y" after
 * one report that is a stance or act on a noun object (no verb of saying that inverts, no content clause of
 * its own) names who reports it, so Y is the sentence's source. A document credit ("according to a
 * statement") is the stance-taker's own channel and leaves the report as it is.
 */
function creditReportsStance(view: SentenceView, lex: Lexicon, kept: readonly Resolved[], credit: Resolved): boolean {
  if (kept.length !== 1 || !credit.explicit || credit.draft.hit.entry.form !== 'prep' || credit.draft.contentSide !== 'before' || credit.source.kind === 'document') return false;
  const d = kept[0]!.draft;
  if (!kept[0]!.explicit || d.hit.entry.form !== 'verb' || d.hit.entry.invertible || d.hit.entry.attitude.size > 0 || d.ownContent || d.contentSide !== 'after' || d.via) return false;
  if (kept[0]!.source.start === credit.source.start) return false;
  const next = d.hit.to < view.length ? view.norms[d.hit.to]! : '';
  return lex.determiners.has(next) || view.capitalized(d.hit.to);
}

/**
 * "The army also said that A, the agency said.": one report before, by a named speaker with content of its own
 * (after "that" or a colon), and a closing "X said" naming someone else: the speaker stays, X relays.
 */
function closingRelayOf(view: SentenceView, lex: Lexicon, kept: readonly Resolved[], closing: Resolved, contentTo?: number): Resolved | null {
  if (kept.length !== 1 || closing.draft.subject.type !== 'phrase' || closing.draft.subject.chunks.length !== 1) return null;
  const first = kept[0]!;
  const d = first.draft;
  if (!first.explicit || d.via || d.hit.entry.form !== 'verb' || d.hit.entry.candidate || d.hit.entry.attitude.size > 0 || d.hit.objectFrame || d.contentSide !== 'after' || !d.ownContent) return null;
  // Content opened by "that" or a colon: a quoted object ("found “serious flaws” …, its statement said") is
  // no report of its own, so the closing statement speaks.
  const opener = d.contentFrom === null ? -1 : d.contentFrom - 1;
  if (opener < 0 || !(lex.complementizers.has(view.norms[opener]!) || view.colonBefore(d.contentFrom!))) return null;
  if (first.source.start === closing.source.start) return null;
  const range = closing.draft.subject.chunks[0]!;
  const via = viaMention(view, lex, range);
  return { ...first, draft: { ...d, via: range }, contentTo: contentTo ?? range.from, chain: [{ text: via.text, kind: via.kind }, { text: first.source.text, kind: first.source.kind }] };
}

/**
 * «قال الوزير إن العجز سيتراجع، بحسب وكالة الأنباء الرسمية»: a prepositional credit (not a document, which is the
 * speaker's own channel) closing the sentence after a comma, after one report by another named speaker with
 * content of its own, relays that report as a closing "X said" does (closingRelayOf); the content ends before it.
 */
function closingCreditRelay(view: SentenceView, lex: Lexicon, kept: readonly Resolved[], credit: Resolved): Resolved | null {
  const c = credit.draft;
  if (!credit.explicit || c.hit.entry.form !== 'prep' || c.contentSide !== 'before' || credit.source.kind === 'document') return null;
  if (c.hit.from < 1 || !view.commaBefore(c.hit.from) || !closesSentence(view, lex, c.consumedTo)) return null;
  return closingRelayOf(view, lex, kept, credit, c.hit.from);
}

/**
 * "According to state radio, the minister said …", «وبحسب الإذاعة، قال الوزير إن …»: a prepositional credit
 * opening the sentence, whose content would be only time words before the next report's clause, relays that
 * report of another named speaker: the speaker stays, the credit (an outlet, a statement) is the via.
 */
function openingCreditRelay(view: SentenceView, lex: Lexicon, kept: readonly Resolved[], r: Resolved): Resolved | null {
  if (kept.length !== 1 || !r.explicit || r.draft.via || r.draft.hit.entry.form === 'prep' || r.draft.subject.type !== 'phrase') return null;
  const credit = kept[0]!;
  const c = credit.draft;
  if (!credit.explicit || c.hit.entry.form !== 'prep' || c.contentSide !== 'after' || c.subject.type !== 'phrase' || c.subject.chunks.length !== 1) return null;
  // "According to the health chief, the province reported 31 cases": a person credited speaks; the report
  // after the credit is nested in theirs, one claim (only an outlet or a statement relays another's report).
  if (credit.source.kind === 'person') return credit;
  // Only conjunctions or discourse words may stand before the credit.
  if (c.hit.from > 1 || r.draft.clauseFrom < c.consumedTo || !view.commaBefore(r.draft.clauseFrom)) return null;
  for (let k = c.consumedTo; k < r.draft.clauseFrom; k++) if (!lex.timeWords.has(view.norms[k]!)) return null;
  if (r.source.start === credit.source.start) return null;
  const range = c.subject.chunks[0]!;
  const via = viaMention(view, lex, range);
  return { ...r, draft: { ...r.draft, via: range, clauseFrom: 0 }, chain: [{ text: via.text, kind: via.kind }, { text: r.source.text, kind: r.source.kind }] };
}

/**
 * "Mr A said during the hearing, B had stated that …": a reporting verb whose clause would be only an
 * adverbial phrase ("during the hearing", "on Monday") before a comma and another speaker's report has that
 * report as its content (no "that"); the inner report is nested in the outer one, one claim. Only a report
 * opening the sentence (not one inside a "before …" clause). Cased scripts.
 */
function nestedAfterAdverbial(view: SentenceView, lex: Lexicon, kept: readonly Resolved[], r: Resolved): boolean {
  if (lex.clitics || kept.length !== 1 || !r.explicit || r.draft.subject.type !== 'phrase' || r.draft.subject.side !== 'before') return false;
  const outer = kept[0]!.draft;
  if (!kept[0]!.explicit || outer.hit.entry.form !== 'verb' || outer.contentSide !== 'after' || outer.subject.type !== 'phrase' || outer.subject.side !== 'before') return false;
  // The outer report opens the sentence ("… before officials had weighed in with any answer, X said …" is a subordinate clause's).
  if (outer.subject.chunks[0]!.from !== 0) return false;
  const from = outer.hit.to;
  const to = r.draft.clauseFrom;
  if (to - from < 2 || to - from > 6 || !view.commaBefore(to) || !view.plainGapBefore(from)) return false;
  const first = view.norms[from]!;
  if (!lex.adverbialPrepositions.has(first) && !lex.timeWords.has(first)) return false;
  for (let k = from + 1; k < to; k++) if (lex.complementizers.has(view.norms[k]!) || view.commaBefore(k)) return false;
  return true;
}

/**
 * "Court fines A; the mayor says he will appeal": a report whose clause opens after a semicolon
 * leaves the clause before it in the outlet's own voice (cased scripts). The clause's first word, or null.
 */
function semicolonClause(view: SentenceView, lex: Lexicon, draft: Draft): number | null {
  if (lex.clitics || draft.contentSide !== 'after' || draft.clauseFrom < 2 || !view.gapBefore(draft.clauseFrom).includes(';')) return null;
  return draft.clauseFrom;
}

/**
 * The first word of the closed quotation ending right before a closing credit's comma, when it stands in a
 * clause of its own after the report before ("…, after “…”", «…، وذلك بعد "…"»: a comma, then words with no
 * complementizer or colon before the quotation); -1 otherwise (the quotation is that report's content).
 * @example creditedQuotation(view, lex, credit.hit.from, report) // «…، وذلك بعد "اشتباكات …"، بحسب البيان» → the word after the opening mark
 */
function creditedQuotation(view: SentenceView, lex: Lexicon, at: number, before: Draft): number {
  if (at < 2 || !view.commaBefore(at) || !view.contentQuoteClosesBefore(at) || before.contentFrom === null || before.hit.to >= at) return -1;
  for (let k = at - 1; k > before.hit.to; k--) {
    const q = view.quoteOpeningAt(k);
    if (!q) continue;
    if (!q.closed || view.quoteAround(at - 1) !== q || view.colonBefore(k)) return -1;
    for (let c = k - 1; c > before.hit.to; c--) {
      if (lex.complementizers.has(view.norms[c]!) || view.colonBefore(c) || view.quoteClosesBefore(c + 1)) return -1;
      if (view.commaBefore(c)) return k;
    }
    return -1;
  }
  return -1;
}

/**
 * The quotation an "as" credit closing the sentence («…، حيث "…"، بحسب ما أعلن المجلس») credits, as
 * `creditedQuotation` finds it after the phrase's comma; -1 when the credit is no "as" phrase that ends
 * the sentence, or names the report's own source.
 */
function asCreditedQuotation(view: SentenceView, lex: Lexicon, r: Resolved, before: Resolved): number {
  const d = r.draft;
  if (!r.explicit || d.closing || d.hit.entry.form !== 'verb' || d.subject.type !== 'phrase' || d.subject.side !== 'after' || r.source.start === before.source.start) return -1;
  const from = asPhraseStart(view, lex, d.hit.from, true);
  return from >= 0 && closesSentence(view, lex, d.consumedTo) ? creditedQuotation(view, lex, from, before.draft) : -1;
}

/**
 * Where the sentence's first report starts inside it, the words before being the outlet's own voice: the
 * first hook that answers wins ("after the bank said …", "في خطوة وصفتها …", "رغم أن …", a verb-first
 * report after an own-voice clause).
 */
const INNER_REPORT_HOOKS: readonly Hook<[SentenceView, Lexicon, Resolved], number>[] = [
  (view, lex, r) => subordinateReport(view, lex, r),
  (_view, _lex, r) => (r.draft.innerReport ? r.draft.clauseFrom : null),
  (view, lex, r) => openingSubordinate(view, lex, r.draft),
  (view, lex, r) => laterClauseReport(view, lex, r.draft),
  (view, lex, r) => participleAfterAct(view, lex, r.draft),
];

/**
 * "وصل الوزير إلى القاهرة، مؤكدا أن …", "The minister arrived in Cairo, stating that …": a participle of
 * saying after a comma, whose speaker is the main clause's subject, opens the report; the main clause
 * before it (no cue in it, or it would be the first report) is the outlet's own account of the act.
 * Per language (`participleSplitsAct`).
 */
function participleAfterAct(view: SentenceView, lex: Lexicon, d: Draft): number | null {
  if (!lex.participleSplitsAct || d.rule !== 'participle-main-subject' || d.hit.entry.form !== 'participle' || d.contentSide !== 'after') return null;
  return d.hit.from > 2 && view.commaBefore(d.hit.from) ? d.hit.from : null;
}

/** Word where a report subordinate to an own-voice main clause starts ("after", "that" + its subject), or null. */
function subordinateReport(view: SentenceView, lex: Lexicon, r: Resolved): number | null {
  const d = r.draft;
  if (d.contentSide !== 'after' || d.subject.type === 'none') return null;
  const anchor = d.subject.type === 'phrase' ? (d.subject.side === 'before' ? d.subject.chunks[0]?.from : undefined) : d.subject.range.from;
  if (anchor === undefined || anchor < 4 || anchor > d.hit.from) return null;
  const before = view.norms[anchor - 1]!;
  if (!lex.subordinators.has(before) && !lex.relativePronouns.has(before) && !lex.complementizers.has(before)) return null;
  // The main clause must be a clause of its own, not the opening of the subject ("Officials who …").
  if (view.commaBefore(anchor - 1) || lex.relativePronouns.has(before)) return null;
  return anchor - 1;
}

/** Where a later claim opening at word `k` starts: an opening quotation mark right before it is its own. */
function clauseStart(view: SentenceView, k: number): number {
  let at = view.start(k);
  while (at > view.sentence.start && /[«“„"]/u.test(view.text[at - 1]!)) at--;
  return at;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,،;؛]/u.test(text[end - 1]!)) end--;
  return end;
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/**
 * A title and a capitalised name opening the sentence ("Rebel spokesperson Omar Dell shared …"), before word
 * `before`, in a cased script; null otherwise.
 * @example namedPersonOpening(view, lex, 9) // "Militia spokesperson Omar Dell shared …" → { from: 0, to: 4 }
 */
function namedPersonOpening(view: SentenceView, lex: Lexicon, before: number): WordRange | null {
  if (lex.clitics) return null;
  let title = -1;
  let end = 0;
  while (end < Math.min(before, 8) && !view.commaBefore(end + 1)) {
    const kind = lookupNoun(lex, view.norms, end)?.entry.kind;
    if (isTitleKind(kind)) title = end;
    else if (!view.capitalized(end) && !(end === 0 && lex.definiteMarkers.has(view.norms[0]!))) break;
    end++;
  }
  if (title < 0 || end <= title + 1 || end > title + 4) return null;
  for (let k = title + 1; k < end; k++) if (!view.capitalized(k) || lookupNoun(lex, view.norms, k)) return null;
  return { from: 0, to: end };
}

/**
 * In a cased script without clitics, a lower-case head ending in "s" ("critics", "opponents"): a group.
 * @example headIsPlural(view, lex, 11) // "Her critics" → true; "Mr. Jones" → false
 */
function headIsPlural(view: SentenceView, lex: Lexicon, end: number): boolean {
  if (lex.clitics) return false;
  // The head: the last word starting before `end` (found by bisection: a sentence may be very long).
  const k = firstIndex(view.length, (i) => view.start(i) >= end) - 1;
  if (k < 0) return false;
  const w = view.norms[k]!;
  // "Critics said" opening a sentence: a capital on a listed common noun is no name.
  return (!view.capitalized(k) || lookupNoun(lex, view.norms, k) !== null) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us');
}

/** Turns a draft's subject into a source, resolving pronouns, bare "the sources" and missing subjects. */
function resolve(view: SentenceView, lex: Lexicon, draft: Draft, history: Mention[], previousInSentence: Resolved | undefined): Resolved | null {
  // "وذكرت الوكالة أن الرئيس …، مؤكدا أن …": a second cue disagreeing in gender with the first speaks for the noun its report opens with.
  const inherits = draft.rule === PARTICIPLE_CLAUSE_RULE || draft.rule === 'main-clause-subject' || (draft.subject.type === 'none' && draft.rule === 'verb-subject');
  const agreeing = inherits && previousInSentence ? agreeingContentSubject(view, lex, draft, previousInSentence.draft) : null;
  if (agreeing) return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [agreeing], anonymityMarked: false, side: 'before' } }, history, undefined);
  const subject = draft.subject;
  let result: Resolved | null = null;
  // The mention this source continues, or the one it adds to the history.
  let mentioned: Mention | undefined;
  // Defensive: a phrase reduced to nothing (only time words, say) is no subject at all.
  const chunks = subject.type === 'phrase' ? subject.chunks.filter((c) => c.to > c.from && c.from >= 0 && c.to <= view.length) : [];
  if (subject.type === 'phrase' && chunks.length > 0) {
    // The cue's gender, for a verb right before its subject ("وقالت X"): a feminine verb for a lone name tells a body.
    const info = analyzeSource(view, lex, chunks, subject.anonymityMarked, subject.side === 'after' && draft.hit.entry.form === 'verb' ? draft.hit.entry.gender : undefined);
    const mention = newMention(draft.ownSource ?? { ...span(view.text, info.start, info.end), kind: info.kind }, info.key, info.gender, undefined);
    if (info.role) mention.source.role = view.text.slice(info.role.start, info.role.end);
    else if (info.kind === 'person' && findEarlier(history, titledPerson)) {
      // "سالم" after "اللواء أحمد سالم، المتحدث باسم الجيش": the title stated earlier still applies.
      const name = foldForMatch(mention.source.text).replace(/[^\p{L}\p{N}\s]/gu, '').trim();
      const earlier = name.length > 2 ? findEarlier(history, (m) => m.source.kind === 'person' && m.source.role !== undefined && foldedText(m.source).includes(name)) : undefined;
      if (earlier?.source.role) mention.source.role = earlier.source.role;
    }
    if (info.affiliation) mention.source.affiliation = info.affiliation;
    if ((info.kind === 'document' && muteDocument(view, lex, chunks)) || draft.ownSource) mention.mute = true;
    const sex = info.kind === 'person' ? sexOf(view, lex, chunks) : undefined;
    if (sex) mention.sex = sex;
    else if ((info.kind === 'person' || info.kind === 'anonymous') && headIsPlural(view, lex, info.end)) mention.plural = true;
    // "المصادر" / "the newspaper" / "البيان" refer back to the latest mention of that kind; a bare
    // "the government" only to an earlier "government".
    const byKind = info.kind === 'anonymous' || info.kind === 'media' || info.kind === 'document';
    const earlier = info.anaphoric
      ? findEarlier(history, (m) => m.key === info.key) ?? (byKind ? findEarlier(history, (m) => m.source.kind === info.kind && (!m.via || info.kind === 'media') && sameMediumKind(lex, m.key, info.key)) : undefined)
      : undefined;
    mentioned = earlier ?? mention;
    if (earlier) result = newResolved(draft, { ...earlier.source, continued: true }, true, undefined);
    else {
      if (draft.hit.entry.form === 'prep' && draft.contentSide === 'before') mention.credit = true;
      history.push(mention);
      result = newResolved(draft, mention.source, true, undefined);
    }
  } else if (subject.type === 'pronoun' && !previousInSentence && (subject.pronoun === 'masculine' || subject.pronoun === 'feminine') && namedPersonOpening(view, lex, subject.range.from)) {
    // "Spokesperson A B shared footage …, in what he described as …": "he" is the person this sentence opens with.
    const opening = namedPersonOpening(view, lex, subject.range.from)!;
    return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [opening], anonymityMarked: false, side: 'before' } }, history, undefined);
  } else if (subject.type === 'pronoun') {
    const wanted = subject.pronoun;
    // "she" skips "Mr. Smith" for the latest person not known to be male, and teaches that person's sex.
    const sex = wanted === 'masculine' ? 'm' : wanted === 'feminine' ? 'f' : undefined;
    const topic = sex !== undefined && !previousInSentence ? pronounTopics.get(history) : undefined;
    if (topic && topic.source.kind === 'person' && (topic.sex ?? sex) === sex) {
      pronounTopics.delete(history);
      history.push(topic);
    }
    const earlier =
      sex !== undefined
        ? findSpeaker(history, (m) => !m.via && m.source.kind === 'person' && !m.plural && (m.sex ?? sex) === sex) ?? findEarlier(history, (m) => !m.via && m.source.kind !== 'person' && !m.plural)
        : wanted === 'neuter'
          ? findEarlier(history, (m) => !m.via && m.source.kind !== 'person' && m.source.kind !== 'anonymous')
          : wanted === 'speaker'
            ? undefined
            : wanted === 'plural'
              ? findEarlier(history, (m) => !m.via && m.sex === undefined)
              : findEarlier(history, (m) => !m.via);
    if (earlier && sex && earlier.source.kind === 'person') earlier.sex ??= sex;
    mentioned = earlier;
    if (earlier) result = newResolved(draft, { ...earlier.source, continued: true }, false, undefined);
    else {
      const r = subject.range;
      const source: AttributedSource = { ...span(view.text, view.start(r.from), view.end(r.to - 1)), kind: wanted === 'neuter' ? 'unknown' : 'person' };
      history.push(newMention(source, `pronoun:${view.norms[r.from]}`, undefined, undefined));
      result = newResolved(draft, source, true, undefined);
    }
  } else if (subject.type === 'relative' && draft.hit.entry.objectSuffix) {
    // "المعارك التي وصفتها بالضارية": the relative is the verb's object; its subject is the one before.
  } else if (subject.type === 'relative' && draft.afterRelative && previousInSentence) {
    // "The mayor, who said …, told …": the main verb speaks for the one the relative's report did.
    return newResolved(draft, { ...previousInSentence.source, continued: true }, false, previousInSentence.chain);
  } else if (subject.type === 'relative') {
    // "…, said A, who stressed that …": a relative after a comma is resolved even after another report.
    if (previousInSentence && !relativeReport(view, lex, draft)) return null;
    // "بيان سفارتها … والتي حذرت": the nearest source noun before the relative pronoun.
    // "The union endorsed Marta Diaz, who …": the antecedent follows another cue of the sentence, never
    // a noun before that cue (both the walk and the phrase scan stop at it).
    const floor = previousInSentence ? previousInSentence.draft.hit.to : 0;
    // «… المزارعين الذين كانوا يطالبون …»: a restrictive relative hangs on the definite phrase right before it.
    const head = definiteHeadBeforeRelative(view, lex, subject.range.from, floor);
    if (head) return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [head], anonymityMarked: false, side: 'before' } }, history, undefined);
    for (let k = subject.range.from - 1; k >= Math.max(floor, subject.range.from - 8); k--) {
      if (view.commaBefore(k + 1) && k < subject.range.from - 1) break;
      const m = lookupNoun(lex, view.norms, k);
      // A rank heads the name after it ("السفير خالد ناصر الذي") or stands alone ("بالسفير الذي"); in a
      // cased script a lower-case rank before a name is no antecedent of its own.
      if (m && (m.entry.kind !== 'rank' || lex.clitics)) return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [{ from: k, to: subject.range.from }], anonymityMarked: false, side: 'before' } }, history, undefined);
    }
    // "… أن يصبح فلان الفلاني البالغ 44 عاما، والذي قال …": the bare name ending the clause before it.
    const name = previousInSentence ? null : nameBeforeRelative(view, lex, subject.range.from);
    if (name) return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [name], anonymityMarked: false, side: 'before' } }, history, undefined);
    const antecedent = scanBefore(view, lex, subject.range.from, floor, new Map());
    // "…, most of whom said": the phrase takes its relative ("most of whom"), not a bare "of" at its end.
    const chunks = antecedent.type === 'phrase' && antecedent.chunks.length === 1 ? [trailingPreposition(view, lex, antecedent.chunks[0]!, subject.range.to)] : undefined;
    if (antecedent.type === 'phrase') return resolve(view, lex, { ...draft, subject: chunks ? { ...antecedent, chunks } : antecedent }, history, undefined);
  }
  if (!result) {
    // "…، لفت إلى أنه …": a second clause of the same source in this sentence.
    if (previousInSentence) return draft.ownContent ? newResolved(draft, { ...previousInSentence.source, continued: true }, false, previousInSentence.chain) : null;
    const opening = openingSpeaker(view, lex, draft.hit.from);
    if (opening) return resolve(view, lex, { ...draft, subject: { type: 'phrase', chunks: [opening], anonymityMarked: false, side: 'before' } }, history, undefined);
    // "وأضافت" continues the latest feminine source ("الوزارة"), "وأضاف" the latest masculine one.
    const gender = draft.hit.entry.gender;
    // "الوزير سالم كان خارج العاصمة. وأعرب عن …": the person the sentence before was about.
    const topic = topics.get(history);
    if (topic && (!gender || !topic.gender || topic.gender === gender)) {
      topics.delete(history);
      history.push(topic);
      mentioned = topic;
      result = newResolved(draft, { ...topic.source, continued: true }, false, undefined);
    } else {
      // Footage and figures show what they show; they do not go on speaking.
      const speaks = (m: Mention): boolean => !m.via && !m.mute;
      const earlier = (gender ? findSpeaker(history, (m) => speaks(m) && m.gender === gender) : undefined) ?? findSpeaker(history, speaks);
      if (!earlier) return null;
      mentioned = earlier;
      result = newResolved(draft, { ...earlier.source, continued: true }, false, undefined);
    }
  }
  const chain: RelayLink[] = [];
  // "…, X quoted him as saying, Reuters reported": the outer outlet first.
  if (draft.outerVia && draft.via) chain.push({ text: viaMention(view, lex, draft.outerVia).text, kind: 'media' });
  if (draft.via) {
    const via = viaMention(view, lex, draft.via);
    // "نقلت الصحيفة عن …", "told the agency": a bare outlet noun is the outlet named before.
    // Only to an outlet of its kind ("the newspaper" is no agency named before), as a source's back reference,
    // and never to this claim's own source («ونقلت الوكالة عن صحيفة …»).
    const viaInfo = via.kind === 'media' ? analyzeSource(view, lex, [draft.via], false) : undefined;
    const earlier = viaInfo?.anaphoric ? findEarlier(history, (m) => m !== mentioned && m.source.kind === 'media' && sameMediumKind(lex, m.key, viaInfo.key)) : undefined;
    if (via.kind === 'media' && namesOutlet(view, lex, draft.via)) chain.push({ text: earlier?.source.text ?? via.text, kind: 'media' });
    // A via outlet keeps its head noun's key as its kind (a later "the agency" finds it only by that kind).
    history.push(earlier ? { ...earlier, via: true } : newMention({ ...via, kind: via.kind }, `via:${viaInfo?.key ?? via.text}`, undefined, true));
  }
  if (chain.length > 0 || result.source.kind === 'media') chain.push({ text: result.source.text, kind: result.source.kind });
  if (chain.length > 0) {
    result.chain = chain;
    if (mentioned && !result.source.continued) mentioned.chain = chain;
  } else if (mentioned?.chain) result.chain = mentioned.chain;
  return result;
}

/** A mention built from a topic opening (no cue: kind, key and gender as a subject's). */
function topicMention(view: SentenceView, lex: Lexicon, range: WordRange): Mention {
  const info = analyzeSource(view, lex, [range], false);
  return newMention({ ...span(view.text, info.start, info.end), kind: info.kind }, info.key, info.gender, undefined);
}

/** "لـ«الغد»", "told Reuters", "للصحيفة": an outlet named or referred to, not the press at large ("told reporters"). */
function namesOutlet(view: SentenceView, lex: Lexicon, range: WordRange): boolean {
  for (let k = range.from; k < range.to; k++) {
    if (lookupNoun(lex, view.norms, k)?.entry.kind === 'media' || view.quoteOpeningAt(k) || (!lex.clitics && view.capitalized(k))) return true;
  }
  return false;
}

function sexOf(view: SentenceView, lex: Lexicon, chunks: readonly WordRange[]): 'm' | 'f' | undefined {
  for (const c of chunks) {
    for (let k = c.from; k < c.to; k++) {
      const sex = lex.genderedWords.get(view.norms[k]!);
      if (sex) return sex;
    }
  }
  return undefined;
}

/** The latest mention passing `test`, a subject speaker before a sentence-final credit (Mention.credit). */
function findSpeaker(history: readonly Mention[], test: (m: Mention) => boolean): Mention | undefined {
  return findEarlier(history, (m) => !m.credit && test(m)) ?? findEarlier(history, test);
}

/** A person mention with a title stated (gates the folding of a name to look one up). */
function titledPerson(m: Mention): boolean {
  return m.source.kind === 'person' && m.source.role !== undefined;
}

/** A source's text folded for matching, once per source (the history is searched for every person named). */
function foldedText(source: AttributedSource): string {
  let folded = foldedTexts.get(source);
  if (folded === undefined) {
    folded = foldForMatch(source.text);
    foldedTexts.set(source, folded);
  }
  return folded;
}

const foldedTexts = new WeakMap<AttributedSource, string>();

/** "the broadcaster" after "the news agency" is another medium: both heads in kinds of media, and the kinds differ. */
function sameMediumKind(lex: Lexicon, earlier: string, key: string): boolean {
  const a = lex.mediaHeadGroup.get(earlier.startsWith('via:') ? earlier.slice(4) : earlier);
  const b = lex.mediaHeadGroup.get(key);
  return a === undefined || b === undefined || a === b;
}

function findEarlier(history: readonly Mention[], test: (m: Mention) => boolean): Mention | undefined {
  for (let i = history.length - 1; i >= 0 && i >= history.length - 40; i--) if (test(history[i]!)) return history[i];
  return undefined;
}

function viaMention(view: SentenceView, lex: Lexicon, range: WordRange): Via {
  // The first source noun decides: "بيان لها" / "a statement" is a document, "وكالة رويترز" media;
  // a channel word ("كلمة ألقاها أمام البرلمان", "an interview") decides alone.
  let kind: AttributedSource['kind'] = 'media';
  const firstIsChannel = lex.channelNouns.has(view.norms[range.from]!) || (range.to - range.from > 1 && lex.channelNouns.has(view.norms[range.from + 1]!));
  for (let k = range.from; k < (firstIsChannel ? Math.min(range.to, range.from + 2) : range.to); k++) {
    const m = lookupNoun(lex, view.norms, k);
    if (m && m.entry.kind !== 'rank' && m.entry.kind !== 'anonymous') {
      kind = m.entry.kind === 'generic' ? 'person' : m.entry.kind;
      break;
    }
  }
  const start = view.start(range.from) + gluedPreposition(view, lex, range.from);
  return { ...span(view.text, start, spanEnd(view, range.to - 1, start)), kind };
}

function attributionOf(view: SentenceView, lex: Lexicon, r: Resolved, claimStart: number, claimEnd: number): Attribution {
  const { draft } = r;
  const hit = draft.hit;
  const cueStart = hit.chars?.start ?? view.start(hit.from);
  const cueEnd = hit.chars?.end ?? view.end(hit.to - 1);
  const attribution: Attribution = {
    source: r.source,
    cue: { ...span(view.text, cueStart, cueEnd), stance: hit.entry.stance, lemma: hit.entry.lemma },
    quote: 'indirect',
    rule: r.explicit || r.source.continued ? draft.rule + (r.source.continued ? '+continued' : '') : draft.rule,
  };
  if (draft.via) attribution.via = viaMention(view, lex, draft.via);
  if (r.chain) attribution.chain = r.chain;
  const content = contentOf(view, lex, draft, r, claimStart, claimEnd);
  if (content) {
    const q = directQuote(view, content.start, content.end);
    if (q) {
      attribution.quote = 'direct';
      let { start, end } = q;
      while (start < end && EDGE.test(view.text[start]!)) start++;
      while (end > start && /[\s,،;؛:]/u.test(view.text[end - 1]!)) end--;
      attribution.content = span(view.text, start, end);
    } else attribution.content = span(view.text, content.start, content.end);
  }
  return attribution;
}

const EDGE = /[\s,،;؛:.!?؟\-–—]/u;

function contentOf(view: SentenceView, lex: Lexicon, draft: Draft, r: Resolved, claimStart: number, claimEnd: number): { start: number; end: number } | null {
  let start: number;
  let end: number;
  if (draft.contentSide === 'after') {
    if (draft.contentFrom === null || draft.contentFrom >= view.length) return null;
    start = Math.max(claimStart, view.start(draft.contentFrom));
    // Include an opening quotation mark right before the first word.
    while (start > claimStart && /[«“„"'‘]/u.test(view.text[start - 1]!)) start--;
    end = r.contentTo !== undefined ? Math.min(claimEnd, view.start(r.contentTo)) : claimEnd;
  } else {
    start = claimStart;
    const ownSource = !r.source.continued && r.source.start >= claimStart && r.source.start < claimEnd ? r.source.start : Infinity;
    end = Math.min(view.start(draft.hit.from), ownSource);
    if (draft.subject.type === 'pronoun' || draft.subject.type === 'relative') end = Math.min(end, view.start(draft.subject.range.from));
    // "…، بحسب ما أعلن الجيش": the content ends before the "as" phrase.
    const as = draft.closing ? asPhraseStart(view, lex, draft.hit.from, true) : -1;
    if (as >= 0) end = Math.min(end, view.start(as));
  }
  while (start < end && EDGE.test(view.text[start]!)) start++;
  while (end > start && EDGE.test(view.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The quotation that makes up the content, when it does (content = the words inside the marks). */
function directQuote(view: SentenceView, start: number, end: number): { start: number; end: number } | null {
  const length = end - start;
  // Only the quotations near the content (a long sentence may hold thousands).
  const quotes = quotesNear(view.quotes, start - 2, end + 2);
  for (const q of quotes) {
    if (q.open < start - 1 || q.open >= end) continue;
    const inside = Math.min(q.end, end) - Math.max(q.start, start);
    if (q.open <= start + 1 && (inside >= 0.6 * length || q.closed)) return { start: q.start, end: Math.min(q.end, view.sentence.end) };
    if (q.end >= end - 1 && q.open <= start + 1) return { start: q.start, end: Math.min(q.end, end) };
  }
  // "“…,” he said": the content before the cue ends with a closing mark.
  for (const q of quotes) {
    if (q.close >= end && q.close <= end + 2 && q.start <= start + 1 && q.closed) return { start: Math.max(q.start, view.sentence.start), end: q.end };
  }
  // "إن الجيش “لن يتراجع عن مواقعه”": mostly quoted words are a direct quotation; the content stays whole.
  // Scare quotes of a word or two ("only “isolated irregularities”") do not make a direct quotation.
  let quoted = 0;
  for (const q of quotes) {
    const inside = Math.max(0, Math.min(q.end, end) - Math.max(q.start, start));
    if (q.closed && inside > 0 && view.text.slice(Math.max(q.start, start), Math.min(q.end, end)).trim().split(/\s+/u).length >= 4) quoted += inside;
  }
  return quoted >= 0.65 * length ? { start, end } : null;
}

/** Quotations (in order, non-overlapping) that reach into [from, to]. */
function quotesNear(quotes: readonly QuoteSpan[], from: number, to: number): readonly QuoteSpan[] {
  const lo = firstIndex(quotes.length, (i) => quotes[i]!.close >= from);
  let k = lo;
  while (k < quotes.length && quotes[k]!.open <= to) k++;
  return lo === 0 && k === quotes.length ? quotes : quotes.slice(lo, k);
}

/**
 * Sentences inside a quotation that started (or ends) in an attributed sentence are that source's
 * words too: "قال: «… . …»" and "“… . …,” he said".
 */
function carryQuotations(sentences: readonly Sentence[], claims: ClaimDraft[][], quotes: readonly QuoteSpan[], lex: Lexicon): void {
  let q = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const own = claims[i]!;
    if (own.length !== 1) continue;
    while (q < quotes.length && quotes[q]!.end <= s.start) q++;
    const quote = quotes[q];
    if (!quote) continue;
    // “… . We announce our appeal …”: inside a quotation opened in an earlier sentence, a report by "we"
    // or "I" is the quoted speaker talking on, not a new source.
    if (own[0]!.attribution && !(quote.open < s.start && quote.end > s.start && quote.close > own[0]!.attribution.cue.start && lex.pronouns.get(foldForMatch(own[0]!.attribution.source.text)) === 'speaker')) continue;
    let donor: ClaimDraft | undefined;
    // Inside a quotation that began earlier, or that opens this sentence and runs on into the next
    // ("‘A. B,’ the statement read."): the speaker of that quotation.
    if ((quote.open < s.start && quote.end > s.start) || (quote.open <= s.start + 1 && quote.end > s.end)) donor = findDonor(sentences, claims, i, quote);
    else if (quote.open <= s.start + 1 && quote.end - quote.start >= 0.8 * (s.end - s.start - 2) && i > 0 && sentences[i - 1]!.paragraph >= s.paragraph - 1) {
      // “This is a disaster,” the mayor said. “We need help now.” — a bare quotation after a quoted
      // source's sentence is that source speaking on, in the same paragraph or opening the next one.
      const previous = claims[i - 1]![claims[i - 1]!.length - 1]!;
      // …or after a cue whose content never came in its own sentence ("وقال X، في كلمة متلفزة، اليوم").
      if (previous.attribution?.quote === 'direct' || (previous.attribution && !previous.attribution.content && previous.attribution.rule !== 'prepositional-previous')) donor = previous;
    }
    if (!donor?.attribution) continue;
    let start = Math.max(s.start, quote.start);
    let end = Math.min(quote.end, s.end);
    while (start < end && EDGE.test(s.text[start - s.start]!)) start++;
    while (end > start && /[\s,،;؛:.]/u.test(s.text[end - 1 - s.start]!)) end--;
    const a = donor.attribution;
    own[0] = {
      ...own[0]!,
      attribution: {
        ...a,
        source: { ...a.source, continued: true },
        quote: 'direct',
        content: { text: s.text.slice(start - s.start, end - s.start), start, end },
        rule: 'quote-continues',
      },
    };
  }
}

function findDonor(sentences: readonly Sentence[], claims: ClaimDraft[][], i: number, quote: QuoteSpan): ClaimDraft | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 30 && sentences[k]!.end > quote.open; k--) {
    const last = claims[k]![claims[k]!.length - 1]!;
    const a = last.attribution;
    // The quotation opened inside that claim's reported content ("… تحت شعار 'شعب واحد .. مصير واحد'").
    if (a && (a.quote === 'direct' || (a.content !== undefined && a.content.start <= quote.open && quote.open < last.end))) return last;
  }
  for (let k = i + 1; k < sentences.length && k <= i + 30 && sentences[k]!.start < quote.end; k++) {
    const first = claims[k]![0]!;
    if (first.attribution?.quote === 'direct' && first.attribution.rule !== 'quote-continues') return first;
  }
  return undefined;
}

/** "… وقف إطلاق النار. حسب وكالة الأنباء.": a sentence that is only "according to X" attributes the one before. */
/** "بحسب ما أعلنت المفوضية اليوم.": a sentence opening with a prepositional cue states no content either. */
function opensWithPrep(claim: ClaimDraft, lex: Lexicon): boolean {
  const words = claim.text.trim().split(/\s+/u).slice(0, 6).map((w) => foldForMatch(w).replace(/[^\p{L}\p{N}]/gu, ''));
  // All the cue's words: "In turn, …" does not open with "in the words of". (Where words carry clitics the
  // words after the first may be written joined or inflected, so the first word decides.)
  return lex.cues.get(words[0] ?? '')?.some((e) => isPrepositional(e) && (lex.clitics || e.words.every((w, k) => words[k] === w))) ?? false;
}

function isPrepositional(e: CueEntry): boolean {
  return e.form === 'prep';
}

function attributeBackwards(claims: ClaimDraft[][], lex: Lexicon): void {
  for (let i = 1; i < claims.length; i++) {
    const only = claims[i]!.length === 1 ? claims[i]![0]!.attribution : null;
    // (Its "content" then is at most a time phrase: "اليوم (الإثنين)".)
    const contentless = only !== null && (!only.content || (only.content.text.split(/\s+/u).length <= 3 && opensWithPrep(claims[i]![0]!, lex)));
    if (!only || !contentless || !(only.rule === 'prepositional' || opensWithPrep(claims[i]![0]!, lex))) continue;
    const previous = claims[i - 1]!;
    const target = previous[previous.length - 1]!;
    // "وقال X إن …. بحسب ما أعلنت المفوضية اليوم.": the sentence before has its source; the line still states nothing.
    if (target.attribution) {
      if (only.rule !== 'prepositional' && opensWithPrep(claims[i]![0]!, lex)) claims[i]![0] = { ...claims[i]![0]!, attribution: null, kind: 'credit' };
      continue;
    }
    previous[previous.length - 1] = {
      ...target,
      attribution: { ...only, content: { text: target.text, start: target.start, end: target.end }, rule: 'prepositional-previous' },
    };
    // "حسب وكالة الأنباء." states no proposition of its own once it has attributed the sentence before.
    claims[i]![0] = { ...claims[i]![0]!, attribution: null, kind: 'credit' };
  }
}

// "― Sonya Herridge" / "— أحمد سالم": a dash, then a short name, ending the sentence.
const DASH_CREDIT = /([―—–])\s*([^\s\d.,;:!?«»“”"()]+(?:\s+[^\s\d,;:!?«»“”"()]+){0,4}?)\.?\s*$/u;
const CLOSES_QUOTE = /["”»’]\s*$/u;
const QUOTE_EDGE = /[\s"“”«»‘’]/u;

/**
 * "“… .” ― Sonya Herridge": a dash and a name closing a sentence credits the quotation right before
 * it (in that sentence, or the still unattributed sentences of the paragraph before a bare credit line).
 */
function dashCredits(text: string, sentences: readonly Sentence[], claims: ClaimDraft[][], lex: Lexicon): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const m = DASH_CREDIT.exec(s.text);
    if (!m || claims[i]!.length !== 1 || claims[i]![0]!.attribution) continue;
    let name = m[2]!;
    // "Carla Sanchez." ends the sentence; "Edwin G." keeps an initial's dot.
    if (name.endsWith('.') && !/(^|\s)\p{L}\.$/u.test(name)) name = name.slice(0, -1);
    // Cased scripts: every word of the name is capitalised, so "— and more on that" is no credit.
    if (!lex.clitics && !name.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) continue;
    const before = s.text.slice(0, m.index);
    const bare = before.trim() === '';
    if (bare ? i === 0 || !CLOSES_QUOTE.test(sentences[i - 1]!.text) : !CLOSES_QUOTE.test(before)) continue;
    const dash = s.start + m.index;
    const nameStart = s.start + s.text.indexOf(name, m.index + 1);
    const source: AttributedSource = { ...span(text, nameStart, nameStart + name.length), kind: 'person' };
    const cue = { ...span(text, dash, dash + 1), stance: 'neutral' as const, lemma: '—' };
    const credit = (k: number, end: number, first: boolean): boolean => {
      const own = claims[k]!;
      let start = own[0]!.start;
      while (start < end && QUOTE_EDGE.test(text[start]!)) start++;
      while (end > start && QUOTE_EDGE.test(text[end - 1]!)) end--;
      if (end <= start) return false;
      own[0] = {
        ...own[0]!,
        attribution: { source: first ? source : { ...source, continued: true }, cue, quote: 'direct', content: span(text, start, end), rule: 'dash-credit' },
      };
      // Stop at the sentence that opens the quotation.
      return !/^\s*["“«]/u.test(own[0].text);
    };
    let more = bare ? true : credit(i, dash, true);
    if (!more) continue;
    const paragraph = sentences[bare ? i - 1 : i]!.paragraph;
    for (let k = i - 1; more && k >= 0 && k >= i - 10 && sentences[k]!.paragraph === paragraph; k--) {
      const own = claims[k]!;
      if (own.length !== 1 || (own[0]!.attribution && own[0]!.attribution.rule !== 'quote-continues')) break;
      more = credit(k, own[0]!.end, bare && k === i - 1);
    }
    // A bare "― Name" line only credits the quotation before it.
    if (bare && claims[i - 1]![0]!.attribution?.rule === 'dash-credit') claims[i]![0] = { ...claims[i]![0]!, kind: 'credit' };
  }
}
