/**
 * Finding reporting cues in a sentence: one dictionary lookup per word (forms are precompiled), then
 * the few conditions a form carries (a colon must follow, a preposition must follow …).
 */
import { asPhraseBefore } from './closing-relay.ts';
import { foldForMatch } from '../normalize/index.ts';
import { listedAdverb, lookupNoun, pastForm, PhraseSet, type CueEntry, type Lexicon } from './lexicon.ts';
import { clauseSubjectOpensAt, nounObjectAct, objectFrame, quotedComplement } from './stance.ts';
import { nameGoesOn, personSingular } from './names.ts';
import type { SentenceView } from './view.ts';
import { consideredAfterRelative } from './clause-guards.ts';
import { relayingAsideEnd } from './relaying-aside.ts';
import { objectComplementAt, PREDICATE_COMPLEMENT } from './object-complement.ts';
import { verbShaped } from './verb-shape.ts';

export interface CueHit {
  /** First and one-past-last word of the cue. */
  from: number;
  to: number;
  entry: CueEntry;
  /** For "وفقا للمتحدث": the preposition is glued to the next word, which starts the source. */
  gluedPreposition: boolean;
  /** Character span of a cue that is punctuation rather than words ("Pence: …"). */
  chars?: { start: number; end: number };
  /** A candidate verb taken in the stance frame (person or body + verb + noun object, stance.ts). */
  objectFrame?: boolean;
}

/** Non-cue phrases and anonymity markers in one set: its longest match is the longer of the two sets'. */
function blockingPhrasesOf(lex: Lexicon): PhraseSet {
  let set = blockingPhrases.get(lex);
  if (!set) {
    set = PhraseSet.union(lex.nonCuePhrases, lex.anonymityMarkers);
    blockingPhrases.set(lex, set);
  }
  return set;
}

const blockingPhrases = new WeakMap<Lexicon, PhraseSet>();

/**
 * Each first word's cue entries, from the first of the lexicon's four cue maps that has it (the order
 * findCues reads them in): one lookup per word instead of four. The maps are complete once compiled.
 */
function cueFormsOf(lex: Lexicon): ReadonlyMap<string, CueEntry[]> {
  let forms = cueFormsByLexicon.get(lex);
  if (!forms) {
    forms = new Map();
    // A first word several maps share ("has learned", "has been critical of") keeps all their entries, longest first.
    for (const map of [lex.candidateCues, lex.relativeCues, lex.conditionalCues, lex.cues]) {
      for (const [word, entries] of map) {
        const earlier = forms.get(word);
        forms.set(word, earlier ? [...entries, ...earlier].sort((a, b) => b.words.length - a.words.length) : entries);
      }
    }
    cueFormsByLexicon.set(lex, forms);
  }
  return forms;
}

const cueFormsByLexicon = new WeakMap<Lexicon, Map<string, CueEntry[]>>();

/**
 * The reporting cues of a sentence, left to right, longest form first at each word.
 * @example findCues(view, lexiconFor('en')!) // [{ from: 1, to: 2, entry: { lemma: 'say', … } }]
 */
export function findCues(view: SentenceView, lex: Lexicon): CueHit[] {
  const hits: CueHit[] = [];
  const norms = view.norms;
  const cueForms = cueFormsOf(lex);
  // Words of fixed expressions that only look like cues ("يذكر أن", "so to say") are skipped. The set
  // is looked up once per sentence; a word is tried only when a phrase starts with it (PhraseSet keys).
  const blocking = blockingPhrasesOf(lex);
  let blockedUntil = 0;
  for (let i = 0; i < norms.length; i++) {
    const n = blocking.matchAt(norms, i);
    if (n > 0) blockedUntil = Math.max(blockedUntil, i + n);
    if (i < blockedUntil) continue;
    const entries = cueForms.get(norms[i]!);
    if (!entries) continue;
    for (const entry of entries) {
      const to = i + entry.words.length;
      if (to > norms.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length && ok; k++) ok = norms[i + k] === entry.words[k];
      // «وتابع القول:», «وأردف قائلا»: the verb's cognate object is part of the cue (the colon or clause follows it).
      const end = ok && entry.form === 'verb' && to < norms.length && !view.commaBefore(to) && lex.cognateObjects.has(norms[to]!) ? to + 1 : to;
      const holds = ok && conditionsHold(view, lex, entry, i, end);
      if (!holds) continue;
      let glued = false;
      if (entry.attachedPreposition) {
        const next = norms[to];
        if (next === undefined) continue;
        // "وفقا لـ X" (separate) or "وفقا للمتحدث" (glued): the preposition is part of the cue.
        if (next === entry.attachedPreposition) {
          hits.push({ from: i, to: to + 1, entry, gluedPreposition: false });
          i = to;
          break;
        }
        if (!next.startsWith(entry.attachedPreposition) || next.length < 3) continue;
        glued = true;
      }
      // «وتابع الوزير قائلا: …»: the cognate participle after the verb and its subject is part of that cue, no report of its own.
      const last = hits[hits.length - 1];
      if (entry.form === 'participle' && last?.entry.form === 'verb' && cognateAfterSubject(view, lex, last.to) === i) break;
      // «وقال منتقدون إن …»: a participle with the nominative plural ending right after the verb is its subject
      // (a noun of people); the adverbial participle is accusative («…، منتقدين»).
      if (entry.form === 'participle' && last?.entry.form === 'verb' && last.to === i && lex.nominativePluralEndings.some((e) => norms[i]!.endsWith(e))) break;
      hits.push({ from: i, to: end, entry, gluedPreposition: glued, ...(holds === 'object' ? { objectFrame: true } : {}) });
      i = end - 1;
      break;
    }
  }
  return hits;
}

/** Words after a relaying aside's comma in which the cue it relays for must stand ("Axios, citing X, on Monday said"). */
const RELAYED_CUE_WITHIN = 8;

/** A relaying aside opens at word `from` and a cue form stands soon after its closing comma. */
function relayingAsideBeforeCue(view: SentenceView, lex: Lexicon, from: number): boolean {
  const end = relayingAsideEnd(view, lex, from);
  if (end < 0) return false;
  const forms = cueFormsOf(lex);
  for (let k = end + 1; k < view.length && k <= end + RELAYED_CUE_WITHIN; k++) if (forms.has(view.norms[k]!)) return true;
  return false;
}

/** "would call", "will also demand", "she'll stress": a modal (or its contracted ending) before the word, adverbs between (≤ 2). */
function modalBefore(view: SentenceView, lex: Lexicon, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const w = view.norms[k]!;
    if (lex.modalAuxiliaries.has(w) || [...lex.modalAuxiliaries].some((m) => m.startsWith("'") && w.endsWith(m))) return true;
    if (!lex.auxiliaries.has(w) || lex.finiteAuxiliaries.has(w) || view.commaBefore(k + 1)) return false;
  }
  return false;
}

/**
 * "went ahead to state that …", "rose to declare: …": the bare lemma after the infinitive marker is a verb when a
 * clause, a colon or a quotation follows it ("from state to state" and "to state media" stay nouns).
 */
function infinitiveWithClause(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  return from > 0 && lex.infinitiveMarkers.has(view.norms[from - 1]!) && (lex.complementizers.has(view.norms[to] ?? '') || colonAt(view, to) || view.quoteOpeningAt(to) !== undefined);
}

/** The word before `from` (no comma between) is a lower-case verb form, a determiner or a preposition of a noun. */
function nounAfter(view: SentenceView, lex: Lexicon, from: number): boolean {
  if (from === 0 || view.commaBefore(from) || view.capitalized(from - 1)) return false;
  const w = view.norms[from - 1]!;
  return pastForm(lex, w) || verbShaped(w, 'ing', 1) || (lex.determiners.has(w) && !lex.complementizers.has(w)) || lex.prepositionsBeforeNouns.has(w);
}

/** "has written", "was spoken", "had also sworn": the word before `from` is an auxiliary of any kind (or an adverb listed with them). */
function afterAuxiliary(view: SentenceView, lex: Lexicon, from: number): boolean {
  const w = from > 0 ? view.norms[from - 1]! : '';
  return lex.finiteAuxiliaries.has(w) || lex.progressiveAuxiliaries.has(w) || lex.auxiliaries.has(w);
}

/** "declared a curfew", "أعلن المحافظ حظر التجول": an act object follows the cue before any clause, colon or quotation. */
function announcesAct(view: SentenceView, lex: Lexicon, to: number): boolean {
  // Verb-first: the subject, a title and a name in apposition, may stand between ("أعلن المدير العام للمنظمة، فلان، حالة الطوارئ").
  const reach = lex.subjectSearch[0] === 'after' ? 12 : 6;
  for (let k = to; k < Math.min(view.length, to + reach); k++) {
    // 'declared an "emergency martial law"': a short closed quotation is the act's name, not quoted speech.
    const quote = view.quoteOpeningAt(k);
    const named = quote?.closed === true && view.start(Math.min(view.length - 1, k + QUOTED_NAME_WORDS)) >= quote.close;
    if (lex.complementizers.has(view.norms[k]!) || view.colonBefore(k) || (quote !== undefined && !named)) return false;
    // "dismissed criticism from the prime minister": past "from"/"by" the noun names who, not what is done.
    if (k > to && (lex.residencePrepositions.has(view.norms[k]!) || lex.agentPrepositions.has(view.norms[k]!)) && lex.actObjects.matchAt(view.norms, k) === 0) return false;
    // Past the usual reach, only an object opening the phrase after the subject's closing comma.
    if (lex.actObjects.matchAt(view.norms, k) > 0 && (k < to + 6 || view.commaBefore(k))) return true;
  }
  return false;
}

/** "believes that …", "thinks he …", "wants to …": what an attitude verb takes follows right after it (an adverb may stand between). */
function takesComplement(view: SentenceView, lex: Lexicon, entry: CueEntry, to: number): boolean {
  let k = to;
  while (k < Math.min(view.length, to + 2) && lex.auxiliaries.has(view.norms[k]!) && !view.commaBefore(k)) k++;
  const w = view.norms[k];
  if (w === undefined || (view.commaBefore(k) && k > to)) return false;
  if (entry.attitude.has('infinitive')) {
    if (lex.infinitiveMarkers.has(w)) return true;
    // "expects growth to slow", "wants Congress to act": a short object, then the infinitive.
    for (let m = k + 1; m < Math.min(view.length, k + 4) && !view.commaBefore(m) && !lex.adverbialPrepositions.has(view.norms[m - 1]!); m++) {
      if (lex.infinitiveMarkers.has(view.norms[m]!)) return true;
    }
  }
  if (!entry.attitude.has('clause')) return false;
  if (lex.complementizers.has(w) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined) return true;
  // Verb–subject order ("ويأمل وزير الخارجية أن …"): the subject stands between the verb and its clause.
  if (lex.subjectSearch[0] === 'after') {
    for (let m = k + 1; m < Math.min(view.length, k + 8) && !view.commaBefore(m); m++) if (lex.complementizers.has(view.norms[m]!)) return true;
  }
  // A clause with no "that": its subject (a pronoun or a name) comes first, or a finite verb follows soon.
  if (view.commaBefore(k)) return false;
  if ((lex.subjectPronouns.has(w) || (!lex.clitics && view.capitalized(k) && !lex.pronouns.has(w))) && predicateAfterSubject(view, lex, k)) return true;
  for (let m = k + 1; m < Math.min(view.length, k + 7) && !view.commaBefore(m); m++) {
    if (!lex.finiteAuxiliaries.has(view.norms[m]!)) continue;
    // "felt the tremors and were forced to leave": a verb right after "and" goes on the main subject's predicate.
    return !lex.infinitiveCoordinators.has(view.norms[m - 1]!);
  }
  return false;
}

/**
 * "felt it was wrong", "thinks Vera will win": after the clause's subject (a pronoun or a name) its verb
 * goes on. "felt it, and …", "felt Tuesday's tremors", "felt Marrakech shaking", "felt it in Rabat" hold
 * an object, not a clause (a perception, no report).
 */
function predicateAfterSubject(view: SentenceView, lex: Lexicon, k: number): boolean {
  let m = k + 1;
  if (!lex.subjectPronouns.has(view.norms[k]!)) while (m < view.length && view.capitalized(m) && view.plainGapBefore(m)) m++;
  if (/['’]s$/u.test(view.norms[m - 1]!) || m >= view.length || view.commaBefore(m) || view.breakBefore(m)) return false;
  const next = view.norms[m]!;
  return !verbShaped(next, 'ing', 2, true) && !lex.adverbialPrepositions.has(next);
}

/**
 * A verb from the candidate list reports only where the frame says so: "that" (or a colon, or a
 * quotation) right after it, an adverb at most between; a verb of saying also after a closing quotation
 * ("“…,” she grumbled").
 */
function strongFrame(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean {
  let k = to;
  while (k < Math.min(view.length, to + 2) && lex.auxiliaries.has(view.norms[k]!) && !view.commaBefore(k)) k++;
  const w = view.norms[k];
  if (w !== undefined && lex.complementizers.has(w) && !(view.commaBefore(k) && k > to)) return true;
  // Verb–subject order ("وأخبر الوزير الصحفيين أن …"): the subject and an object stand between the verb and its clause.
  if (lex.subjectSearch[0] === 'after') {
    for (let m = to; m < Math.min(view.length, to + 8) && !(m > to && view.commaBefore(m)); m++) if (lex.complementizers.has(view.norms[m]!)) return true;
  }
  if (entry.candidate === 'cognition') return false;
  // "The film documented how …", "the essay discussed why …": an embedded question after a verb of saying is
  // its content ("discussed how to …", an infinitive, is a topic; "helped to justify why …" an intention).
  if (entry.candidate === 'communication' && w !== undefined && k === to && lex.questionWords.has(w) && !lex.infinitiveMarkers.has(view.norms[from - 1] ?? '') && !view.commaBefore(k) && !lex.infinitiveMarkers.has(view.norms[k + 1] ?? '')) return true;
  // "portrayed the budget as a giveaway": a characterizing predicate after the object.
  if (objectComplementAt(view, lex, PREDICATE_COMPLEMENT, to)) return true;
  // "…: «arrest him» and faced off with police": a verb coordinated after a quotation goes on with the
  // clause; only a verb tagging the quotation ("“…,” she grumbled") takes it as its content.
  const coordinatedAfterQuote = from > 0 && lex.clauseStarters.has(view.norms[from - 1]!);
  return view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined || (closesQuote(view, from) && !coordinatedAfterQuote && !subordinateAfterQuote(view, lex, from));
}

/** "…,” as supporters booed": a subordinator between the closing quotation and the verb opens a clause of its own, no tag of the quotation. */
function subordinateAfterQuote(view: SentenceView, lex: Lexicon, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    if (lex.subordinators.has(view.norms[k]!)) return true;
    if (view.contentQuoteClosesBefore(k)) return false;
  }
  return false;
}

/** Word i is written in capitals (three letters or more). */
function shouted(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]?.text;
  return t !== undefined && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(t) && t === t.toUpperCase();
}

/** After a passive cue: "that", a colon or a quotation, or its agent ("by …") follows right after it. */
function passiveReport(view: SentenceView, lex: Lexicon, to: number, from = to - 1): boolean {
  const w = view.norms[to];
  // "…, it was reported." closes a report; "until a ceasefire in Gaza is declared." names what is declared, not who.
  if (w === undefined) return from < 2 || lex.pronouns.get(view.norms[from - 2]!) === 'neuter' || view.commaBefore(from - 1);
  if (view.commaBefore(to)) return false;
  return lex.complementizers.has(w) || lex.agentPrepositions.has(w) || lex.passivePrepositions.has(w) || view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined || agentFollows(view, lex, to);
}

/**
 * "was on Monday declared the winner", "was later declared": "be" before the participle with a time
 * phrase or an -ly adverb between (no comma) is still a passive.
 */
function auxiliaryBeforeAdverbial(view: SentenceView, lex: Lexicon, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    if (view.commaBefore(k + 1)) return false;
    const w = view.norms[k]!;
    if (k < from - 1 && lex.progressiveAuxiliaries.has(w)) return true;
    // "was first reported", "was later declared": adverbs the lexicon lists among the auxiliaries too.
    if (!lex.timeWords.has(w) && !lex.adverbialPrepositions.has(w) && !/^[a-z]{3,}ly$/u.test(w) && !listedAdverb(lex, w)) return false;
  }
  return false;
}

/** Word `from` is a past form right after a subordinator opening the sentence or a clause after a comma ("When asked", ", if pressed"). */
function reducedPassiveClause(view: SentenceView, lex: Lexicon, from: number): boolean {
  // "Asked to describe the device, X said …": an infinitive after an opening -ed participle is what was asked.
  if (from >= 2 && lex.infinitiveMarkers.has(view.norms[from - 1]!) && verbShaped(view.norms[from - 2]!, 'ed', 3, true) && view.plainGapBefore(from) && view.plainGapBefore(from - 1) && opensClause(view, lex, from - 2)) return true;
  if (from === 0 || !lex.subordinators.has(view.norms[from - 1]!) || view.norms[from] === undefined || verbShaped(view.norms[from]!, 'ing')) return false;
  return opensClause(view, lex, from - 1) && view.plainGapBefore(from);
}

/** Word `k` opens the sentence or a clause after a comma, a dash or a quotation mark; or follows a subordinator that does ("When asked"). */
function opensClause(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (k === 0 || view.commaBefore(k) || view.breakBefore(k) || view.quoteOpeningAt(k) !== undefined) return true;
  return k === 1 && lex.subordinators.has(view.norms[0]!);
}

/** Every longer word capitalised: a title-case headline. */
function titleCase(view: SentenceView): boolean {
  let long = 0;
  let capital = 0;
  for (let k = 0; k < view.length; k++) {
    if (view.norms[k]!.length <= 3) continue;
    long++;
    if (view.capitalized(k)) capital++;
  }
  return long >= 4 && capital === long;
}

/** "… by the ministry" within a few words of a passive cue. */
function agentFollows(view: SentenceView, lex: Lexicon, to: number): boolean {
  for (let k = to; k < Math.min(view.length - 1, to + 4); k++) {
    if (k > to && view.commaBefore(k)) return false;
    if (lex.agentPrepositions.has(view.norms[k]!)) return true;
  }
  return false;
}

/**
 * "يُذكر أن …", "عبارات يُعتقد أنها …": a listed present form with إن/أن right after it is the passive
 * formula ("it is mentioned / believed that"), unless a source noun or a definite word stands right
 * before it as its subject ("الخبير يعتقد أن …").
 */
function impersonalPassive(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  if (!lex.impersonalPassives.has(view.norms[from]!) || !lex.complementizers.has(view.norms[to] ?? '')) return false;
  if (from === 0 || view.commaBefore(from)) return true;
  const before = view.norms[from - 1]!;
  return lookupNoun(lex, view.norms, from - 1) === null && !lex.articles.some((a) => before.startsWith(a));
}

/** The word without one joined conjunction ("وما" → "ما"). */
function bareWord(lex: Lexicon, word: string): string {
  for (const c of lex.conjunctions) if (word.length > c.length && word.startsWith(c)) return word.slice(c.length);
  return word;
}

/** The written word is no cue though its folded form is: a listed spelling, or a verbal noun's initial hamza where the verb has another. */
function writtenAsNoCue(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number): boolean {
  const written = view.tokens[from]!.text;
  if (lex.rawNonCues.has(written)) return true;
  const initial = lex.verbalNounInitial;
  if (!initial || entry.form !== 'verb' || !entry.lemma.startsWith(initial.verb)) return false;
  // After a joined conjunction or preposition too ("وإدانته", "بإدانته").
  return written.startsWith(initial.noun) || (written.length > 2 && written[1] === initial.noun);
}

/** Shortest quotation taken as quoted words rather than a quoted name. */
const QUOTED_WORDS_MIN = 4;

/** A quotation of a few words opens right before word k (not a quoted name like «النهضة»). */
function wordsQuotedAt(view: SentenceView, k: number): boolean {
  const q = view.quoteOpeningAt(k);
  if (!q) return false;
  let words = 0;
  for (let m = k; m < view.length && view.end(m) <= q.end && words < QUOTED_WORDS_MIN; m++) words++;
  return words >= QUOTED_WORDS_MIN;
}

/** "وتابع:", "وتابع قائلا:", "وتابع قوله:" — a participle or noun of saying may stand between the cue and its colon. */
function saying(view: SentenceView, lex: Lexicon, i: number): boolean {
  const w = view.norms[i] ?? '';
  return (lex.cues.get(w)?.some(isParticiple) ?? false) || lex.reportNouns.has(w);
}

function isParticiple(e: CueEntry): boolean {
  return e.form === 'participle';
}

function colonAt(view: SentenceView, i: number): boolean {
  return view.colonBefore(i) || view.quoteOpeningAt(i) !== undefined;
}

/** "“…,” she continued.": a quotation closing just before the cue (and its short subject) counts too. */
function closesQuote(view: SentenceView, from: number): boolean {
  for (let k = from; k >= Math.max(1, from - 3); k--) if (view.contentQuoteClosesBefore(k)) return true;
  return false;
}

/** "وتابع المتحدث أن …": in a verb-first script, a subject and إن/أن with no comma between take the place of the colon. */
function clauseSoon(view: SentenceView, lex: Lexicon, to: number): boolean {
  if (!lex.clitics) return false;
  for (let k = to; k < Math.min(view.length, to + 7); k++) {
    if (k > to && view.commaBefore(k)) return false;
    if (lex.complementizers.has(view.norms[k]!)) return true;
  }
  return false;
}

/**
 * "As the mayor put it, …": an "as" opens the cue's clause, with no comma between it and the cue (≤ 8 words
 * back), not the last word of "as soon as"; the clause ends after the cue or goes on with a preposition or a
 * time ("put it in a letter"), not a particle ("as he put it away").
 */
function asClauseAround(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  const next = view.norms[to];
  const closes = next === undefined || view.commaBefore(to) || view.breakBefore(to) || view.quoteOpeningAt(to) !== undefined || lex.adverbialPrepositions.has(next) || lex.agentPrepositions.has(next) || lex.timeWords.has(next) || addressedTo(view, lex, to);
  if (!closes) return false;
  for (let m = from - 1; m >= Math.max(0, from - 8); m--) {
    if (lex.asClauseOpeners.has(view.norms[m]!)) return !(m > 1 && lex.asClauseOpeners.has(view.norms[m - 2]!));
    if (view.commaBefore(m) || view.breakBefore(m)) return false;
  }
  return false;
}

/** "… put it to reporters", "… to the BBC": "to" before a channel noun, a determiner or a name names the addressee. */
function addressedTo(view: SentenceView, lex: Lexicon, to: number): boolean {
  if (!lex.infinitiveMarkers.has(view.norms[to]!) || view.commaBefore(to + 1) || to + 1 >= view.length) return false;
  const w = view.norms[to + 1]!;
  return lex.channelNouns.has(w) || lex.determiners.has(w) || view.capitalized(to + 1);
}

/** Words an absolute construction's noun phrase may have between "with" and its past participle ("with the new border crossing expected"). */
const ABSOLUTE_PHRASE_WORDS = 4;

/** "with the province expected to …", "with the results announced on Monday": "with", a short noun phrase (no verb, comma or pronoun), then the form at `from`. */
function absolutePassive(view: SentenceView, lex: Lexicon, from: number): boolean {
  for (let m = from - 1; m >= Math.max(0, from - 1 - ABSOLUTE_PHRASE_WORDS); m--) {
    if (view.commaBefore(m + 1) || view.breakBefore(m + 1) || view.quoteAround(m)) return false;
    const w = view.norms[m]!;
    if (lex.absolutePrepositions.has(w)) return m < from - 1;
    if (lex.auxiliaries.has(w) || lex.pronouns.has(w) || lex.complementizers.has(w) || lex.relativePronouns.has(w)) return false;
  }
  return false;
}

/** "52 percent would choose A", "4% favor B": a share of those polled right before the cue, one auxiliary between at most. */
function shareBefore(view: SentenceView, lex: Lexicon, from: number): boolean {
  let k = from - 1;
  if (k > 0 && lex.auxiliaries.has(view.norms[k]!)) k--;
  const w = view.norms[k];
  return w !== undefined && !view.breakBefore(k + 1) && !view.breakBefore(from) && (lex.shareWords.has(w) || (/^\d/u.test(w) && view.text[view.tokens[k]!.end] === '%'));
}

/** Whether the cue's conditions hold; 'object' for a candidate verb taken only in the stance frame. */
function conditionsHold(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean | 'object' {
  // "Axios, citing two officials, said …": the relaying aside names the source of the cue after it (subject.ts).
  if (relayingAsideBeforeCue(view, lex, from)) return false;
  if (entry.shareSubject && !shareBefore(view, lex, from)) return false;
  if (consideredAfterRelative(view, lex, entry, from, to)) return false;
  // "وهو ما نفاه الوزير", "وفقا لما أكده": a form that also spells a noun reports only after a relative.
  if (entry.relativeOnly && !(from > 0 && lex.relativePronouns.has(bareWord(lex, view.norms[from - 1]!))) && !asPhraseBefore(view, lex, from, false)) return false;
  if (entry.asClauseOnly && !asClauseAround(view, lex, from, to)) return false;
  if (entry.afterModal && !modalBefore(view, lex, from) && !infinitiveWithClause(view, lex, from, to)) return false;
  if (entry.colonOnly && !(colonAt(view, to) || (saying(view, lex, to) && colonAt(view, to + 1)) || closesQuote(view, from) || clauseSoon(view, lex, to) || cognateAfterSubject(view, lex, to) >= 0)) return false;
  if (entry.requiresColon) {
    let found = false;
    // A quoted name («كتيبة …») is no quotation of words: only a colon or a quotation of a few words counts.
    for (let k = to; k <= Math.min(view.length - 1, to + 12) && !found; k++) found = view.colonBefore(k) || wordsQuotedAt(view, k);
    if (!found && !(entry.clauseAsColon && clauseSoon(view, lex, to))) return false;
  }
  // "فيما لم يعلن الجيش أي تأكيد": what was not announced is no report.
  if (from > 0 && lex.negations.has(view.norms[from - 1]!) && entry.form !== 'prep') return false;
  // "declined to confirm that …", "refused to say whether …": what its subject refuses to say is no report.
  if (from > 1 && entry.form !== 'prep' && lex.infinitiveMarkers.has(view.norms[from - 1]!) && lex.refusalVerbs.has(view.norms[from - 2]!)) return false;
  // "refused to confirm reports that …": the refused verb's object is no cue either.
  if (from > 2 && lex.cues.has(view.norms[from - 1]!) && lex.infinitiveMarkers.has(view.norms[from - 2]!) && lex.refusalVerbs.has(view.norms[from - 3]!)) return false;
  // "amid reports that …", "declined to comment on claims that …": right after such a preposition the form is a noun.
  if (entry.form === 'verb' && from > 0 && lex.prepositionsBeforeNouns.has(view.norms[from - 1]!) && view.plainGapBefore(from)) return false;
  // "لم يكن يعتقد": a negated auxiliary before the cue.
  if (from > 1 && entry.form !== 'prep' && (lex.negatingPhrases.matchAt(view.norms, from - 2) === 2 || lex.negatingPhrases.matchAt(view.norms, from - 3) === 3)) return false;
  // "تُدعى" (is called), "إدانته" (his conviction): spellings that fold onto a cue but are none.
  if (writtenAsNoCue(view, lex, entry, from)) return false;
  // "لمدة 3 أشهر": a word from the candidate list right after a figure is a counted noun, not a verb.
  // "في كلمة إن …": right after a separate preposition it is a noun too (no verb follows one).
  if (entry.candidate !== undefined && from > 0 && (/^\p{Nd}/u.test(view.norms[from - 1]!) || lex.separatePrepositions.has(view.norms[from - 1]!))) return false;
  if (impersonalPassive(view, lex, from, to)) return false;
  const stance = entry.candidate !== undefined && !strongFrame(view, lex, entry, from, to);
  if (stance && !objectFrame(view, lex, entry, from, to)) return false;
  // "The increase was explained, among other things, by …": a passive with no "that" after it and no agent
  // right after it reports nothing ("It was reported that …" does; "was criticised by X": passiveAgent).
  if (!lex.clitics && entry.form === 'verb' && verbShaped(view.norms[from]!, 'ed') && from > 0 && (lex.progressiveAuxiliaries.has(view.norms[from - 1]!) || auxiliaryBeforeAdverbial(view, lex, from)) && !passiveReport(view, lex, to, from)) return false;
  // "…, with the region expected to be recognised": a past form after "with" and its short noun phrase is the
  // passive of an absolute construction; nobody in it reports. A "that" clause after the form makes it the
  // main verb ("The man with the dog claimed that he …": "with" was inside the subject; "that night" is no clause).
  if (!lex.clitics && entry.form === 'verb' && verbShaped(view.norms[from]!, 'ed') && absolutePassive(view, lex, from) && !(lex.complementizers.has(view.norms[to] ?? '') && clauseSubjectOpensAt(view, lex, to))) return false;
  // "When asked if …, X said": a past form right after a subordinator that opens its clause has no subject of
  // its own; it is a reduced passive ("when [he was] asked"), the one asked speaks in the main clause.
  if (!lex.clitics && entry.form === 'verb' && reducedPassiveClause(view, lex, from)) return false;
  // "FELLOW DOCTORS DON'T WANT …", "QUESTIONABLE MEDICAL CLAIMS —": a run of capitals is a section heading.
  if (!lex.clitics && shouted(view, from) && (shouted(view, from - 1) || shouted(view, to))) return false;
  // "Say Mexico demanded …", "Now tell us …": a bare verb opening the sentence is an imperative.
  if (!lex.clitics && entry.form === 'verb' && entry.words.length === 1 && view.norms[from] === foldForMatch(entry.lemma) && (from === 0 || (from === 1 && lex.discourseMarkers.matchAt(view.norms, 0) === 1)) && !view.quoteOpeningAt(to) && !view.colonBefore(to)) return false;
  // "were delivered “in secret”": a candidate verb in the passive reports nothing (hand cues name their agent, passiveAgent).
  if (entry.candidate && entry.form === 'verb' && from > 0 && lex.progressiveAuxiliaries.has(view.norms[from - 1]!)) return false;
  if (entry.needsClause && announcesAct(view, lex, to)) return false;
  if (entry.nounObjectIsAct && nounObjectAct(view, lex, to)) return false;
  if (reducedRelativeOnDocument(view, lex, entry, from, to)) return false;
  if (!lex.clitics && entry.form === 'verb' && objectRelative(view, lex, from, to)) return false;
  // "the goal - written into the agreement - of …": a participle-only form with no auxiliary before it is a reduced relative.
  if (to - from === 1 && lex.participleOnlyForms.has(view.norms[from]!) && !afterAuxiliary(view, lex, from)) return false;
  // "a particle detector called Super-K", "a tool named “Atlas”": a naming word right after a thing introduces its name.
  if (!lex.clitics && entry.form === 'verb' && namingAfterThing(view, lex, from, to)) return false;
  // "which helped confirm his discovery": a bare infinitive after "help" is what was helped along, no report.
  if (from > 0 && entry.form === 'verb' && lex.bareInfinitiveHeads.has(view.norms[from - 1]!) && view.norms[from] === foldForMatch(entry.lemma)) return false;
  // "…, he believes.": an attitude closing the sentence after its subject holds what came before.
  if (entry.attitude.size > 0 && !takesComplement(view, lex, entry, to) && !closingCredit(view, lex, from, to)) return false;
  // "a political outsider who wants to remake politics, won": an intention in a relative clause describes
  // the person the clause hangs on; it reports nothing ("who said …", "who understood that …" still do).
  if (!lex.clitics && entry.attitude.has('infinitive') && from > 0 && lex.relativePronouns.has(view.norms[from - 1]!) && lex.infinitiveMarkers.has(view.norms[to] ?? '')) return false;
  if (entry.form === 'prep') {
    // "بحسب ما …", "طبقا لما سرب …" (the preposition glued to the blocker): a clause follows, not a source.
    const next = view.norms[to] ?? '';
    const glued = entry.attachedPreposition && next.startsWith(entry.attachedPreposition) ? next.slice(entry.attachedPreposition.length) : '';
    if (lex.prepositionalBlockers.has(next) || lex.prepositionalBlockers.has(glued)) return false;
  }
  // "وفقا لما نقلته رويترز": after "as", a form carrying its object pronoun relays the sentence; no عن needed.
  // "معلومات نقلتها وسائل إعلام": nor right after an indefinite noun, as a relative clause with no pronoun.
  if (entry.requiresAfter.size > 0 && !(entry.objectSuffix && (asPhraseBefore(view, lex, from, false) || indefiniteHead(view, lex, from)))) {
    let found = false;
    for (let k = to; k < Math.min(view.length, to + (entry.requiresAfterWithin ?? 8)) && !found; k++) found = entry.requiresAfter.has(view.norms[k]!) && (!entry.requiresQuotedAfter || quotedComplement(view, lex, k));
    if (!found) return false;
  }
  // "بين الأحزاب وبين المستقلين": inside a phrase the form is a preposition; as a report it opens its clause.
  if (entry.opensClause && from > 0 && !view.commaBefore(from) && lex.discourseMarkers.matchAt(view.norms, 0) !== from) return false;
  if (entry.objectComplement && !objectComplementAt(view, lex, entry.objectComplement, to)) return false;
  // "found the mayor guilty", "was found liable": a verdict on someone, not a finding reported.
  if (entry.verdictComplements && verdictFollows(view, lex, entry.verdictComplements, to)) return false;
  // "is called" names, "is calling" reports: a progressive auxiliary before an -ing form is no passive.
  if (from > 0 && entry.notAfter.has(view.norms[from - 1]!) && !(lex.progressiveAuxiliaries.has(view.norms[from - 1]!) && (entry.form === 'participle' || agentFollows(view, lex, to)))) return false;
  // "Asked about the report, the spokesman …": an opening participle clause, not the reporting verb.
  if (!lex.clitics && from === 0 && to < view.length && verbShaped(view.norms[0]!, 'ed') && (lex.postModifiers.has(view.norms[to]!) || lex.adverbialPrepositions.has(view.norms[to]!) || view.norms[to] === 'about' || view.norms[to] === 'whether')) return false;
  // "his tax claims." vs "The senator claims that …": the noun reading unless a clause or quotation follows.
  if (to - from === 1 && lex.ambiguousForms.has(view.norms[from]!)) {
    // "United States President …": a capitalised noun form right after a capitalised word ends a name
    // (a title-case headline, "Minister States Talks Failed", is left to the rules below).
    if (nameGoesOn(view, lex, from) && !titleCase(view)) return false;
    const next = view.norms[to];
    const clause =
      next !== undefined &&
      (lex.complementizers.has(next) || view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined || view.capitalized(to) || lex.pronouns.has(next) || lex.definiteMarkers.has(next) || lex.indefiniteMarkers.has(next) ||
        // "Anna Berg hopes to win": an infinitive after an intention verb ("his hopes to win": the determiner rule below).
        (entry.attitude.has('infinitive') && lex.infinitiveMarkers.has(next)) ||
        // "calls people “losers”": the object and its predicate, checked above, make it the verb.
        entry.objectComplement !== undefined ||
        smallClauseAt(view, to));
    if ((!clause || view.commaBefore(to)) && !closingCredit(view, lex, from, to)) return false;
    // "member states that have ratified it", "claims that were denied": a verb right after "that" makes it a relative.
    if (lex.complementizers.has(next!) && relativeVerbAt(view, lex, to + 1)) return false;
    // "several states that …", "two reports": a quantity before it makes it the noun.
    if (from > 0 && lex.indefiniteMarkers.has(view.norms[from - 1]!)) return false;
  }
  // "has prompted calls for …", "renewed calls for", "amid calls on …": after a verb form, a determiner or a
  // preposition the ambiguous first word of a cue is a noun ("The union calls for …" is the verb).
  if (!lex.clitics && to - from > 1 && lex.ambiguousForms.has(view.norms[from]!) && nounAfter(view, lex, from)) return false;
  // "striking over government plans to expand …": right after a lower-case bare noun opened by an adverbial
  // preposition ("of" and the like post-modify a subject: "a group of lawmakers plans to …") the form is
  // that noun's compound, no verb.
  if (!lex.clitics && to - from === 1 && lex.ambiguousForms.has(view.norms[from]!) && compoundAfterPreposition(view, lex, from)) return false;
  // "voted for a motion to block the decree and call for its repeal": a bare verb joined to an infinitive
  // before it is part of the intention, no report.
  if (!lex.clitics && entry.form === 'verb' && coordinatedInfinitive(view, lex, entry, from)) return false;
  // "Prime Minister Omar Said, speaking …": a capitalised cue word inside a name is the name (a title-case
  // headline, "Minister Says Talks Failed", has a capitalised word after it).
  // A title-case headline closing on its cue ("…, Lindsey Graham Says.") is no name, though.
  if (!lex.clitics && from > 0 && view.capitalized(from) && view.capitalized(from - 1) && view.plainGapBefore(from) && (to >= view.length || !view.capitalized(to) || view.commaBefore(to)) && !(to >= view.length && titleCase(view))) return false;
  // "parties accused of links", "criticised by the opposition": a past participle followed by "of" or "by"
  // is passive, no report. Cues that invert ("said by …" never occurs) are left alone.
  // "was criticised by the opposition" names its agent, though: that one reports (sentence.ts, passiveAgent).
  if (!lex.clitics && !entry.invertible && entry.form === 'verb' && verbShaped(view.norms[from]!, 'ed') && lex.passivePrepositions.has(view.norms[to] ?? '') && !(lex.agentPrepositions.has(view.norms[to]!) && from > 0 && lex.progressiveAuxiliaries.has(view.norms[from - 1]!))) return false;
  // "معلومات مؤكدة عن …": a feminine participle agreeing with the indefinite feminine noun right before it is
  // that noun's adjective, no report; a content clause, colon or quotation after it still makes it one.
  if (agreeingAdjective(view, lex, entry, from, to)) return false;
  // "the said report", "news reports", "the agency's reports": a determiner or possessor before a verb form
  // makes it a noun or adjective ("he's said" is a pronoun and "has").
  const previous = view.norms[from - 1];
  const possessor = !lex.clitics && previous !== undefined && previous.endsWith("'s") && !lex.subjectPronouns.has(previous.slice(0, -2));
  if (entry.form === 'verb' && previous !== undefined && (lex.determiners.has(previous) || possessor) && !view.commaBefore(from)) return false;
  // "… something most leaders would disagree with.": a phrase ending in its preposition needs the object after it.
  if (!lex.clitics && entry.words.length > 1 && lex.postModifiers.has(entry.words[entry.words.length - 1]!) && (to >= view.length || view.commaBefore(to))) return false;
  // "an hourlong show that aired", "a reality show", "just for show": a bare verb form after "a"/"an" and
  // its modifiers, or right after a preposition, is a noun.
  if (!lex.clitics && entry.form === 'verb' && view.norms[from] === foldForMatch(entry.lemma) && bareNoun(view, lex, from)) return false;
  // "the earlier announced 37", "the previously reported figure": an adverb between keeps it an adjective.
  if (!lex.clitics && entry.form === 'verb' && from > 1 && lex.auxiliaries.has(previous!) && !lex.finiteAuxiliaries.has(previous!) && lex.definiteMarkers.has(view.norms[from - 2]!) && !view.commaBefore(from) && !view.commaBefore(from - 1)) return false;
  return stance ? 'object' : true;
}

/**
 * A feminine participle (gender from the morphology) right after an indefinite word with a feminine
 * ending, with no comma between and no complementizer, colon or quotation after it: an adjective.
 */
function agreeingAdjective(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean {
  if (entry.form !== 'participle' || entry.gender !== 'f' || from < 1 || view.commaBefore(from) || lex.feminineEndings.length === 0) return false;
  const noun = view.norms[from - 1]!;
  const indefiniteFeminine = (w: string): boolean => !lex.articles.some((a) => w.startsWith(a)) && lex.feminineEndings.some((e) => w.endsWith(e) && w.length > e.length + 1);
  if (!indefiniteFeminine(noun)) return false;
  // "في كلمة مسجلة مشيرة إلى …": after a noun and its adjective the participle is more likely an adjunct.
  if (from > 1 && !view.commaBefore(from - 1) && indefiniteFeminine(view.norms[from - 2]!)) return false;
  const next = view.norms[to];
  return !(next !== undefined && lex.complementizers.has(next)) && !view.colonBefore(to) && view.quoteOpeningAt(to) === undefined;
}

/**
 * Word `from` is a naming word ("called", "named") between a lower-case noun phrase and a name or quotation:
 * after "a"/"an" whatever the noun ("a man called Ali"); after "the" only when the noun names no source
 * and no group of people ("the device called X", not "the minister called X a liar").
 */
function namingAfterThing(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  if (from < 2 || to >= view.length || !lex.namingWords.has(view.norms[from]!) || view.commaBefore(from)) return false;
  if (!view.capitalized(to) && view.quoteOpeningAt(to) === undefined) return false;
  const noun = view.norms[from - 1]!;
  if (view.capitalized(from - 1) || lex.pronouns.has(noun) || lex.determiners.has(noun)) return false;
  for (let k = from - 2; k >= Math.max(0, from - 4); k--) {
    const w = view.norms[k]!;
    if (view.commaBefore(k + 1) || (view.capitalized(k) && !lex.determiners.has(w))) return false;
    if (lex.indefiniteMarkers.has(w) && (w === 'a' || w === 'an')) return true;
    if (lex.determiners.has(w)) return !lex.nouns.has(noun) && !lex.personPluralEndings.some((e) => noun.endsWith(e));
  }
  return false;
}

/** Word `from` follows one lower-case word that an adverbial preposition (not a post-modifier) opens. */
function compoundAfterPreposition(view: SentenceView, lex: Lexicon, from: number): boolean {
  if (from < 2 || view.commaBefore(from) || view.commaBefore(from - 1) || view.capitalized(from - 1)) return false;
  const prep = view.norms[from - 2]!;
  return lex.adverbialPrepositions.has(prep) && !lex.postModifiers.has(prep) && !lex.determiners.has(view.norms[from - 1]!);
}

/** The cue at `from` is its lemma's bare form (no verb of saying) right after "and"/"or", with "to" + a word before it in its clause. */
function coordinatedInfinitive(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number): boolean {
  if (from < 3 || !lex.infinitiveCoordinators.has(view.norms[from - 1]!) || view.commaBefore(from - 1) || view.commaBefore(from)) return false;
  // A verb of saying ("… to cut taxes and say …") more often has the subject's own present tense.
  if (entry.invertible || entry.words.join(' ') !== foldForMatch(entry.lemma)) return false;
  for (let k = from - 3; k >= Math.max(0, from - 12); k--) {
    if (view.commaBefore(k + 1) || lex.complementizers.has(view.norms[k]!) || lex.relativePronouns.has(view.norms[k]!) || view.quoteAround(k)) return false;
    if (lex.infinitiveMarkers.has(view.norms[k]!) && !lex.determiners.has(view.norms[k + 1]!)) return true;
  }
  return false;
}

/** Word `from` follows a preposition, or "a"/"an" and up to two modifiers with no comma, "of" or quantity word between. */
function bareNoun(view: SentenceView, lex: Lexicon, from: number): boolean {
  if (from === 0 || view.commaBefore(from)) return false;
  const prev = view.norms[from - 1]!;
  if ((lex.adverbialPrepositions.has(prev) || lex.postModifiers.has(prev)) && !lex.infinitiveMarkers.has(prev)) return true;
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const w = view.norms[k]!;
    if (w === 'a' || w === 'an') return lex.indefiniteMarkers.has(w);
    if (view.commaBefore(k + 1) || lex.indefiniteMarkers.has(w) || lex.npStoppers.has(w) || lex.postModifiers.has(w) || lex.auxiliaries.has(w) || lex.pronouns.has(w)) return false;
  }
  return false;
}

/** Longest subject of a closing credit ("…, the Harbour Gazette reports."). */
const CREDIT_SUBJECT_WORDS = 5;

/**
 * "“…,” she notes.", "…, the Harbour Gazette reports.": a form that also spells a noun closes the
 * sentence (or its clause, before a comma) right after a short subject set off by a comma or a closing
 * quotation: a pronoun, a source noun or a capitalised name. "his tax claims." has none of these.
 */
function closingCredit(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  if (lex.clitics || from === 0 || (to < view.length && !view.commaBefore(to))) return false;
  const last = view.norms[from - 1]!;
  if (!lex.subjectPronouns.has(last) && !view.capitalized(from - 1) && lookupNoun(lex, view.norms, from - 1) === null && !personSingular(lex, last)) return false;
  for (let k = from - 1; k >= Math.max(1, from - CREDIT_SUBJECT_WORDS); k--) {
    const w = view.norms[k]!;
    // "…, per the X plan, is …": a phrase opened by a preposition is no subject.
    if (/\d/u.test(w) || lex.adverbialPrepositions.has(w) || lex.separatePrepositions.has(w) || lex.postModifiers.has(w)) return false;
    // The subject opens with a determiner, a name, a pronoun or a source noun ("…, per the X plan, is …" does not).
    if (view.commaBefore(k) || view.contentQuoteClosesBefore(k)) return lex.determiners.has(w) || view.capitalized(k) || lex.subjectPronouns.has(w) || lookupNoun(lex, view.norms, k) !== null;
  }
  return false;
}

/** Words after the cue searched for a verdict word (the subject may come first in verb-first scripts). */
const VERDICT_WINDOW = 10;
/** A closed quotation of at most this many words inside the object is a name ("the “hush money” case"). */
const QUOTED_NAME_WORDS = 3;

/** Whether a verdict word ("guilty") closes the cue's object before a clause, a comma or a quotation opens. */
function verdictFollows(view: SentenceView, lex: Lexicon, complements: ReadonlySet<string>, to: number): boolean {
  for (let k = to; k < Math.min(view.length, to + VERDICT_WINDOW); k++) {
    const norm = view.norms[k]!;
    // "in the “hush money” case": a short closed quotation is a name, no quoted speech.
    const quote = view.quoteOpeningAt(k);
    if (quote?.closed && view.start(Math.min(view.length - 1, k + QUOTED_NAME_WORDS)) >= quote.close) continue;
    if (k > to && (view.commaBefore(k) || view.colonBefore(k) || quote !== undefined)) return false;
    if (lex.complementizers.has(norm)) return false;
    if (complements.has(norm)) return true;
  }
  return false;
}

/**
 * Word `from - 1` is an indefinite noun with no comma between (the head of a relative clause with no
 * pronoun), in a phrase opened by a comma at most three words back (the inner reports of inner-clause.ts).
 */
function indefiniteHead(view: SentenceView, lex: Lexicon, from: number): boolean {
  if (from < 2 || view.commaBefore(from) || !lex.clitics) return false;
  if (![from - 1, from - 2, from - 3].some((k) => k > 0 && view.commaBefore(k))) return false;
  const w = view.norms[from - 1]!;
  // "في بيان نقلته الوكالة": a statement relayed by an outlet is a channel (a via), no report of the outlet.
  return w.length > 3 && !lex.channelNouns.has(w) && !lex.articles.some((a) => w.startsWith(a)) && !lex.separatePrepositions.has(w) && !lex.adverbialPrepositions.has(w) && !lex.timeWords.has(w) && !lex.conjunctions.some((c) => w === c);
}

/** How far the subject after a verb may run before its cognate participle («وتابع وزير الخارجية فلان قائلا»). */
const COGNATE_REACH = 6;
/** Words a bare name may take before the cognate participle («وتابع خالد عبد الله الحمدان قائلا»). */
const BARE_NAME_WORDS = 4;

/** «الحمدان»: a family name written with the article, no adjective ending (not «الأمريكي»). */
function familyNameWord(lex: Lexicon, w: string): boolean {
  return lex.articles.some((a) => w.startsWith(a)) && !lex.adjectives.has(w) && !lex.adjectiveEndings.some((e) => w.endsWith(e)) && !lex.cues.has(w);
}

/**
 * Word `at` may open a bare name: no article, no preposition or time word, no written object pronoun
 * («حديثه»), no accusative alef of an adverbial («مبتسما»), no cue.
 */
function bareNameOpens(view: SentenceView, lex: Lexicon, at: number): boolean {
  const w = view.norms[at]!;
  const written = view.tokens[at]!.text;
  if (lex.articles.some((a) => w.startsWith(a)) || lex.separatePrepositions.has(w) || lex.adverbialPrepositions.has(w) || lex.timeWords.has(w) || lex.cues.has(w) || lex.cognateObjects.has(w)) return false;
  if (lex.pronounSuffixes.some((suffix) => written.endsWith(suffix) && w.length >= suffix.length + 3)) return false;
  return !(lex.accusativeAlef !== '' && w.endsWith(lex.accusativeAlef) && w.length > 4);
}

/**
 * «وتابع الوزير قائلا: …», «وأضاف المتحدث باسم الجيش قائلا إن …»: the cognate participle after the verb's
 * subject (a source noun first, no comma between), followed by a colon, a quotation or إن/أن; its word
 * index, else -1.
 */
export function cognateAfterSubject(view: SentenceView, lex: Lexicon, to: number): number {
  // The subject opens with a source noun («الوزير», «المتحدث باسم …») or is a bare name of a few words
  // («وتابع سليم قائلا»); «واختتم حديثه قائلا» has an object there.
  if (lex.cognateObjects.size === 0 || to >= view.length) return -1;
  const head = lookupNoun(lex, view.norms, to);
  // «واختتم حديثه قائلا إن …»: no subject, only the verb's possessed object before the participle.
  const after = to + 2 < view.length ? view.norms[to + 2]! : '';
  if (lex.cognateObjects.has(view.norms[to + 1] ?? '') && (colonAt(view, to + 2) || lex.complementizers.has(after)) && !bareNameOpens(view, lex, to) && !head && lex.pronounSuffixes.some((suffix) => view.tokens[to]!.text.endsWith(suffix))) return to + 1;
  if (head?.entry.kind === 'document') return -1;
  const reach = head ? COGNATE_REACH : BARE_NAME_WORDS + 1;
  if (!head && !bareNameOpens(view, lex, to)) return -1;
  for (let k = to + 1; k < Math.min(view.length - 1, to + reach); k++) {
    // A bare name goes on with name words only (a family name may take the article): «يوسف حديثه» is name and object.
    // «واختتم يوسف حديثه قائلا»: right before the participle a word with its object pronoun is the verb's object.
    const possessedObject = k > to && lex.cognateObjects.has(view.norms[k + 1]!) && !bareNameOpens(view, lex, k) && lex.pronounSuffixes.some((suffix) => view.tokens[k]!.text.endsWith(suffix));
    if (!head && !lex.cognateObjects.has(view.norms[k]!) && !bareNameOpens(view, lex, k) && !(k > to && familyNameWord(lex, view.norms[k]!)) && !possessedObject) return -1;
    if (view.commaBefore(k) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined || lex.complementizers.has(view.norms[k]!)) return -1;
    if (lex.cognateObjects.has(view.norms[k]!)) return colonAt(view, k + 1) || lex.complementizers.has(view.norms[k + 1]!) ? k : -1;
  }
  return -1;
}

/** Words between a reduced relative's verb and the verb of its noun ("posted online on Sunday by a resident"). */
const REDUCED_RELATIVE_WORDS = 8;

/**
 * "A video posted online showed …", "the letter written in March says …": a past form right after a document
 * noun is a reduced relative on it when a cue verb follows in the same clause; the document speaks through
 * that verb, the past form reports nothing. Cased scripts without clitics.
 */
function reducedRelativeOnDocument(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean {
  // Only verbs whose noun object is an act ("posted", "added"): a verb of saying right after a document is its verb ("polls showed").
  // Any form with its agent right after it is a passive, though ("a memo written by the lawyers warns …").
  const agent = lex.agentPrepositions.has(view.norms[to] ?? '');
  if (lex.clitics || !(entry.nounObjectIsAct || agent) || entry.form !== 'verb' || from === 0 || view.commaBefore(from) || !(agent || verbShaped(view.norms[from]!, 'ed'))) return false;
  if (lookupNoun(lex, view.norms, from - 1)?.entry.kind !== 'document') return false;
  for (let k = to; k < Math.min(view.length, to + REDUCED_RELATIVE_WORDS); k++) {
    if (view.breakBefore(k) || view.colonBefore(k) || view.quoteOpeningAt(k) !== undefined) return false;
    const w = view.norms[k]!;
    if (lex.cues.has(w) && !view.commaBefore(k)) return true;
    // "The ministry posted the statement and said …": a clause of its own, or a verb of the sentence.
    if (lex.complementizers.has(w) || lex.relativePronouns.has(w) || lex.finiteAuxiliaries.has(w) || lex.clauseStarters.has(w) || lex.nameConjunctions.has(w)) return false;
  }
  return false;
}

/** Words a relative clause's subject may have between "that" and its verb ("that some developing countries"). */
const RELATIVE_SUBJECT_WORDS = 5;

/**
 * "Footage shows soldiers firing at the crowd": a bare noun and an -ing form after the word are a small clause
 * (what is shown doing what), so the word is the verb; "TV shows featuring …" has no noun between. Cased scripts.
 */
function smallClauseAt(view: SentenceView, k: number): boolean {
  if (k + 1 >= view.length || view.capitalized(k) || view.capitalized(k + 1) || !view.plainGapBefore(k + 1)) return false;
  return /^[a-z]{2,}s$/u.test(view.tokens[k]!.text) && verbShaped(view.tokens[k + 1]!.text, 'ing', 3, true);
}

/**
 * "the $500 billion that some countries demanded during the talks": the cue's object is the noun the
 * clause hangs on, and nothing it says follows (only an adverbial, a comma or the end); a "that" after a
 * cue ("said that officials denied …") opens a content clause instead.
 * @example objectRelative(view, lex, 7, 8) // "… far less than the $500 billion that some countries demanded during …" → true
 */
function objectRelative(view: SentenceView, lex: Lexicon, from: number, to: number): boolean {
  if (to < view.length && !view.commaBefore(to) && !lex.adverbialPrepositions.has(view.norms[to]!)) return false;
  const cueForms = cueFormsOf(lex);
  for (let k = from - 1; k >= 1 && from - k <= RELATIVE_SUBJECT_WORDS + 1; k--) {
    if (view.commaBefore(k + 1)) return false;
    const w = view.norms[k]!;
    if (!(lex.complementizers.has(w) || lex.relativePronouns.has(w))) continue;
    if (k === from - 1 || view.commaBefore(k)) return false;
    // The word before "that" is the clause's noun, not a verb taking a clause ("warned that …").
    const before = view.norms[k - 1]!;
    return !cueForms.has(before) && !lex.auxiliaries.has(before) && !verbShaped(before, 'ed');
  }
  return false;
}

/** Word `k` is a verb opening a relative clause's predicate ("that have …", "that joined …", "that will …"). */
function relativeVerbAt(view: SentenceView, lex: Lexicon, k: number): boolean {
  const w = view.norms[k];
  if (w === undefined || view.capitalized(k)) return false;
  return lex.finiteAuxiliaries.has(w) || lex.progressiveAuxiliaries.has(w) || verbShaped(w, 'ed', 3, true);
}
