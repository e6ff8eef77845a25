/**
 * Compiles a language's attribution data once into folded lookup tables: cue forms generated from
 * lemma + pattern data, phrase sets keyed by their first word, and source nouns by kind.
 */
import { foldForMatch } from '../normalize/index.ts';
import type { CueStance, LanguageCode, SourceKind } from '../types.ts';
import { attributionData, type RawAttributionData, type RawCue } from './data.ts';
import { verbShaped } from './verb-shape.ts';

export type CueForm = 'verb' | 'participle' | 'prep';

/** One surface form of a cue, as a sequence of folded words. */
export interface CueEntry {
  lemma: string;
  stance: CueStance;
  form: CueForm;
  words: string[];
  colonOnly: boolean;
  via: boolean;
  sourceAfter: Set<string>;
  requiresAfter: Set<string>;
  /** How many words after the cue requiresAfter looks at (8 unless set). */
  requiresAfterWithin?: number;
  /** With requiresAfter: the word must open a quoted complement ("mourned X as a 'true friend'"). */
  requiresQuotedAfter?: boolean;
  /** Only a cue right after a share of those polled ("41 percent would back A"). */
  shareSubject?: boolean;
  /** «اتهم الجيش المتمردين بـ…»: the accused object comes before the charge, opened by a glued preposition or these words. */
  objectThenContent?: Set<string>;
  /** "found him guilty": one of these words after the object makes the verb a verdict, no report. */
  verdictComplements?: Set<string>;
  /** "cited the ministry as saying": the object before one of these words speaks, the subject relays. */
  objectSpeaksBefore?: Set<string>;
  notAfter: Set<string>;
  /** Only a cue opening its sentence or a clause after a comma. */
  opensClause?: boolean;
  invertible: boolean;
  requiresColon: boolean;
  clauseAsColon: boolean;
  needsClause: boolean;
  /** A noun phrase right after the cue makes it an act ("added three seats"). */
  nounObjectIsAct?: boolean;
  /** Belief/intention verbs: what must follow the cue (empty: any cue). */
  attitude: ReadonlySet<'clause' | 'infinitive'>;
  /** Only a cue with a document as subject ("the statement read"). */
  documentSubject: boolean;
  /** Only a cue with a subject ending in one of these words ("a court heard"). */
  subjectHeads?: ReadonlySet<string>;
  /** A preposition that may be joined to the word after the cue ("وفقا لـ"). */
  attachedPreposition: string;
  /** Gender the form agrees with, where the language marks it ("وأضافت" → f). */
  gender?: 'm' | 'f';
  /** Written with a conjunction ("وقال"): it opens a clause of its own. */
  conjoined?: boolean;
  /** Carries a plural person suffix ("وقالوا"): its subject is plural. */
  plural?: boolean;
  /** Carries an object pronoun ("وصفتها"): a relative pronoun before it is its object, not its subject. */
  objectSuffix?: boolean;
  /** From the language's candidate list (not hand-checked): a cue only in a strong frame (cues.ts). */
  candidate?: 'communication' | 'cognition' | 'stance';
  /** A form that also spells a noun ("وصفه" / "وصفة"): a cue only right after a relative ("ما وصفه"). */
  relativeOnly?: boolean;
  /** Only a cue inside an "as" clause ("as X put it"). */
  asClauseOnly?: boolean;
  /** The bare lemma of a cue whose listed forms leave it out (a noun too: "a demand"): a cue only after a modal ("will demand"). */
  afterModal?: boolean;
  /** Only a cue when its object is followed by one of these complements ("painted X as a fraud", "attacked X for her vote"). */
  objectComplement?: ReadonlySet<'predicate' | 'personPredicate' | 'reason' | 'barePredicate'>;
}

/** Multi-word phrases keyed by their first folded word, longest first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = foldWords(phrase);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The phrases of both sets (already folded): its matchAt is the larger of theirs. */
  static union(a: PhraseSet, b: PhraseSet): PhraseSet {
    const set = new PhraseSet([]);
    for (const source of [a, b]) {
      for (const [first, list] of source.byFirst) {
        const into = set.byFirst.get(first) ?? [];
        into.push(...list);
        set.byFirst.set(first, into);
      }
    }
    for (const list of set.byFirst.values()) list.sort((x, y) => y.length - x.length);
    return set;
  }

  /** Length in words of the longest phrase starting at `norms[i]` (read as `first`, where given), 0 when none. */
  matchAt(norms: readonly string[], i: number, limit = norms.length, first = norms[i]!): number {
    const list = this.byFirst.get(first);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = norms[i + k] === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((w) => w.length === 1) ?? false;
  }
}

export interface NounEntry {
  kind: SourceKind | 'rank' | 'generic';
  /** Identifies the entry so "المصادر" can find an earlier "مصادر" (same key). */
  key: string;
  words: string[];
  /** A proper name from the gazetteer (never refers back to another mention). */
  name: boolean;
}

export interface Lexicon {
  lang: LanguageCode;
  subjectSearch: ('after' | 'before')[];
  /** Reporting cues by first folded word (what other stages may take for a report on sight). */
  cues: Map<string, CueEntry[]>;
  /**
   * Cues that report only in context: belief and intention verbs ("wants", "يأمل": a complement and a
   * personal subject) and verbs of documents ("the statement read"): not taken for a report on sight.
   */
  conditionalCues: Map<string, CueEntry[]>;
  /** Forms that also spell a noun ("وصفه" / "وصفة"): cues only right after a relative, kept apart from `cues`. */
  relativeCues: Map<string, CueEntry[]>;
  /** Verbs from a kept resource (WordNet), looked up after the hand-written cues: a cue only in a strong frame. */
  candidateCues: Map<string, CueEntry[]>;
  complementizers: Set<string>;
  namingWords: Set<string>;
  /** A participle clause with content of its own (", adding that …") is a claim of its own. */
  splitParticipleClauses: boolean;
  /** A split participle takes a noun object as its content after any report with content. */
  participleObjectContent: boolean;
  /** A split participle of saying takes what follows as content after any report, not only one with content. */
  participleAnyReport: boolean;
  /** Words opening an embedded question ("why", "whether"). */
  questionWords: Set<string>;
  /** Nouns of saying that report with a possessor and a that-clause ("her claim that …"). */
  possessiveReportNouns: Set<string>;
  /** "her view is that …": copulas between a possessive report noun and its that-clause. */
  possessiveCopulas: Set<string>;
  /** "will", "would": a bare verb after one of these (adverbs between) is finite ("would call", CueEntry.afterModal). */
  modalAuxiliaries: Set<string>;
  /** Endings of plural nouns of people ("-ists", "-ers"). */
  personPluralEndings: string[];
  personSingularEndings: string[];
  /** After a past participle these mark the passive ("accused of", "criticised by"). */
  passivePrepositions: Set<string>;
  /** Prepositions written as separate words ("من", "في"): after a definite noun they end a subject. */
  separatePrepositions: Set<string>;
  /** Written forms that are names, never the function word they fold onto ("علي"). */
  nameSpellings: Set<string>;
  /** Words opening a subordinate clause ("after", "when"): a coordinated verb after them shares that clause's subject. */
  subordinators: Set<string>;
  /** Concessive subordinators ("although"): an opening clause they start is the outlet's own voice. */
  concessives: Set<string>;
  /** "with X saying …": prepositions whose object is a participle's subject. */
  absolutePrepositions: Set<string>;
  /** "prompting X to issue a statement, saying": verbs whose object is the infinitive's subject. */
  causativeVerbs: Set<string>;
  bareInfinitiveHeads: Set<string>;
  actObjects: PhraseSet;
  /** Words after a stance verb that open no object of it ("advocates such as"). */
  stanceNonObjects: Set<string>;
  personalBodyNouns: Set<string>;
  prepositionalBlockers: Set<string>;
  complementPrepositions: Set<string>;
  reportNouns: Set<string>;
  /** Nouns of claiming with a pronoun after a prepositional cue: a hedge, no source. */
  hedgeWords: Set<string>;
  /** Nouns of claiming before a named source after a prepositional cue. */
  hedgeNouns: Set<string>;
  /** Words opening a subordinate clause before the main one: that clause is the outlet's voice. */
  openingSubordinators: Set<string>;
  /** "وكان … قد قال": auxiliaries opening a compound past and the particle before its verb (empty: none). */
  compoundPast: { auxiliaries: Set<string>; particles: Set<string> };
  /** Indefinite endings as written (tanween), unfolded. */
  indefiniteEndings: string[];
  /** A colon label speaks every sentence of its line. */
  colonLineGoesOn: boolean;
  /** "حسبما", "وفق ما": "as" before a report that closes a sentence. */
  asRelatives: PhraseSet;
  /** "as": opens the clause of a cue marked asClauseOnly ("as X put it"). */
  asClauseOpeners: Set<string>;
  /** "who", "whom": relatives used of people only. */
  personalRelatives: Set<string>;
  /** "for": "attacked X for claiming …" — X is the one who claimed. */
  reasonPrepositions: Set<string>;
  /** "as": opens a characterizing predicate after a verb's object. */
  characterizingWords: Set<string>;
  /** "a", "an": open a noun predicate after a characterizing word. */
  predicateOpeners: Set<string>;
  /** "his", "not": make a reason preposition the reason of a stance. */
  reasonOpeners: Set<string>;
  /** Written spellings that are never cues. */
  rawNonCues: Set<string>;
  /** Present forms that, with إن/أن right after and no subject noun right before, are a passive formula naming no one. */
  impersonalPassives: Set<string>;
  /** Past passives naming no speaker, as written with damma only (data.ts unspecifiedPassives). */
  unspecifiedPassives: Set<string>;
  /** Written first letters of a verb ("أ") and of its verbal noun ("إ"), if the script tells them apart. */
  verbalNounInitial?: { verb: string; noun: string };
  /** "لم يكن": negates a cue right after it. */
  negatingPhrases: PhraseSet;
  /** Negation particles: a cue right after one reports nothing ("لم يعلن الجيش"). */
  negations: Set<string>;
  /** "declined to", "refused to": verbs whose infinitive of saying is a refusal to say (data.ts refusalVerbs). */
  refusalVerbs: Set<string>;
  /** "obtained", "seen by": a reduced relative of getting hold of a document; its agent is no author (data.ts documentAccessForms). */
  documentAccessForms: Set<string>;
  /** "Survey": a document noun that heads a body's name when capitalised inside it (data.ts bodyNameDocumentHeads). */
  bodyNameDocumentHeads: Set<string>;
  /** "amid", "on": a cue form right after one is a noun (data.ts prepositionsBeforeNouns). */
  prepositionsBeforeNouns: Set<string>;
  /** "written", "spoken": reports only after an auxiliary (data.ts participleOnlyForms). */
  participleOnlyForms: Set<string>;
  /** Demonstratives opening a noun phrase: after a subject they start the verb's object. */
  demonstratives: Set<string>;
  relativePronouns: Set<string>;
  clauseStarters: PhraseSet;
  sequenceStarters: Set<string>;
  genitiveLink: string;
  discourseMarkers: PhraseSet;
  auxiliaries: Set<string>;
  /** Auxiliaries that make a following participle the clause's verb ("is warning"). */
  progressiveAuxiliaries: Set<string>;
  /** Prepositions of a residence apposition ("Johnnie Wilson, of Springfield, Va., said"). */
  residencePrepositions: Set<string>;
  adverbialPrepositions: Set<string>;
  channelNouns: Set<string>;
  /** Verbs of a relative clause on a channel noun (data.ts channelRelativeVerbs). */
  channelRelativeVerbs: Set<string>;
  /** Whom words are told: ends a speaker's phrase (data.ts addresseeNouns). */
  addresseeNouns: Set<string>;
  viaPrepositions: Set<string>;
  viaPatterns: PhraseSet;
  npStoppers: Set<string>;
  timeWords: Set<string>;
  /** Several-word adverbials ("once more") that are neither a subject nor part of one. */
  adverbialPhrases: PhraseSet;
  /** Words opening an aside about the source set off by commas («، ومقره لندن،»). */
  sourceAsides: Set<string>;
  /** "A statement from X" in an opening phrase names the speaker of a verb with no subject. */
  statementFromPrepositions: Set<string>;
  /** «بيان صادر عن X»: the words between a statement noun and its issuer. */
  issuedByPatterns: PhraseSet;
  /** "، وأن …": words opening a second "that" clause of the same report. */
  secondContentOpeners: Set<string>;
  nonCuePhrases: PhraseSet;
  ambiguousForms: Set<string>;
  anonymityMarkers: PhraseSet;
  anonymousQualifiers: Set<string>;
  /** Words taking one or some of a group («أحد»، «إحدى»): an unnamed member of it. */
  partitiveHeads: Set<string>;
  continuingPronounForms: Set<string>;
  determiners: Set<string>;
  definiteMarkers: Set<string>;
  indefiniteMarkers: Set<string>;
  postModifiers: Set<string>;
  /** "and" inside "Ministry of Trade and Industry" (attribute/name-conjunction.ts). */
  nameConjunctions: Set<string>;
  postModifierHeads: Set<string>;
  titleLinkWords: Set<string>;
  colonNonSources: PhraseSet;
  feminineEndings: string[];
  feminineNouns: Set<string>;
  /** Folded word → the sex it states ("mrs." → f). */
  genderedWords: Map<string, 'm' | 'f'>;
  adjectives: Set<string>;
  adjectiveEndings: string[];
  adjectivePrefixes: string[];
  /** Word shapes of adjectives (regular expressions on folded words). */
  adjectiveShapes: RegExp[];
  /** Words after which an -ing word is a gerund ("upon learning"), not a participle after a noun. */
  gerundOpeners: Set<string>;
  comparisonAsides: Set<string>;
  cognateObjects: Set<string>;
  allegianceAsides: PhraseSet;
  /** Adverbs that make up a whole aside between commas before a cue ("Hale, too, said"). */
  asideAdverbs: PhraseSet;
  /** Written openings that fold to the article but are not it («ألكسندر»). */
  writtenNotArticle: string[];
  /** Words floated between a subject and its cue ("they all said", "the UK too announced"). */
  floatingQuantifiers: Set<string>;
  /** Participles opening an aside that names whom the cue's subject relays ("X, citing Y, said"). */
  relayingAsides: PhraseSet;
  /** Group of a media head key ("media:broadcaster" → 1); keys in no group are absent. */
  mediaHeadGroup: Map<string, number>;
  infinitiveCoordinators: Set<string>;
  shareWords: Set<string>;
  reportingGerundPrepositions: Set<string>;
  /** A participle of saying after a main clause that reports nothing is a claim of its own, the act before it the outlet's voice. */
  participleSplitsAct: boolean;
  prepositionGoverning: Set<string>;
  /** Source nouns by first word (clitics stripped); entries longest first. */
  nouns: Map<string, NounEntry[]>;
  pronouns: Map<string, string>;
  /** Pronouns that can only be subjects ("he", "they"; not "her", "them"). */
  subjectPronouns: Set<string>;
  /** Words an utterance opens with, a quoted name never (data.ts speechOpeners). */
  speechOpeners: Set<string>;
  /** «ـون» (data.ts nominativePluralEndings). */
  nominativePluralEndings: string[];
  /** «تحدث» and its forms (data.ts spokeToVerbs). */
  spokeToVerbs: Set<string>;
  /** Possessive/object pronoun suffixes ("بيانها", "كلمته"), longest first. */
  pronounSuffixes: string[];
  /** "فيه", "فيها" after a cue: it describes a statement of the main clause's subject. */
  resumptivePronouns: Set<string>;
  /** "به", "عنه" after a cue opened by "حسبما / وفق ما": it points back to ما; the source follows it. */
  asResumptives: Set<string>;
  /** Prepositions naming a passive cue's agent ("by"). */
  agentPrepositions: Set<string>;
  /** Words that open an infinitive ("to"). */
  infinitiveMarkers: Set<string>;
  /** Auxiliaries that show a clause ("will", "is"). */
  finiteAuxiliaries: Set<string>;
  /** Irregular past and participle forms ("went", "held"): a verb no "-ed" shows. */
  irregularPasts: Set<string>;
  nounPrefixes: string[];
  articles: string[];
  /** Folded words that look definite but are not (data.ts articleLookalikes). */
  articleLookalikes: Set<string>;
  nounSuffixes: string[];
  conjunctions: string[];
  /** How a feminine ending is written before a pronoun suffix ("كلمته"); empty when the language has none. */
  suffixedFeminineEnding: string;
  /** Article spellings carrying a preposition ("للجيش"). */
  prepositionArticles: string[];
  /** Joined prepositions opening a verb's complement after its subject. */
  complementPrefixes: string[];
  /** Joined letters that let a word go on an institution's name. */
  namePrefixes: string[];
  /** Nouns of an event told: after a definite subject the verb's object opens at one («وفاة», «مقتل»). */
  eventObjectNouns: Set<string>;
  /** Folded elative shape (prefix, maximum length), if the language has one. */
  elative: { prefix: string; maxLength: number } | null;
  /** Prepositions of a time span that end a subject. */
  periodPrepositions: Set<string>;
  /** Verbal-noun shapes of an indefinite word (a report's object after a channel phrase). */
  masdarShapes: RegExp[];
  /** Verbal-noun shapes no given name takes (an object after a definite subject, not a name after a title). */
  unnamedMasdarShapes: RegExp[];
  /** Verbal-noun shapes starting with a root letter that is also a glued preposition («بطلان»، «لزوم»). */
  gluedLetterMasdarShapes: RegExp[];
  /** First words of a compound given name ("عبد"). */
  compoundNameHeads: Set<string>;
  /** Endings of a compound name written as one word («عبدالله»): no pronoun suffix. */
  joinedNameEndings: string[];
  /** «وهم», «وهو» + a verb: a circumstantial clause, which ends a noun phrase. */
  circumstantialOpeners: Set<string>;
  /** Folded stems of documents that show but never speak. */
  muteDocuments: Set<string>;
  /** The article letter dropped after a joined preposition. */
  articleAlef: string;
  /** The alef an indefinite object is written with. */
  accusativeAlef: string;
  /** Endings of sound masculine plurals. */
  soundPluralEndings: string[];
  /** Endings of a transliterated acronym with the article. */
  transliteratedEndings: string[];
  /** Endings of a relational adjective (a surname's usual shape). */
  nisbaEndings: string[];
  /** Folded [older, usual] spellings of a hamza's seat inside a source noun. */
  seatSpellings: [string, string][];
  /** Whether words carry clitics (Arabic) that lookups must strip. */
  clitics: boolean;
  /** Memoised clitic-stripped stems per word (the same words recur across articles). */
  stemCache: Map<string, readonly { stem: string; definite: boolean }[]>;
  /** Memoised per word: its stems that are source nouns, with their entries (most words have none). */
  nounHitCache: Map<string, readonly NounHit[]>;
}

/** "قال المتحدث" → ["قال", "المتحدث"]: a phrase folded for matching, word by word. */
export function foldWords(phrase: string): string[] {
  return foldForMatch(phrase)
    .split(/[\s\u0640]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean);
}

function foldSet(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).map((w) => foldForMatch(w)));
}

/** Regular English inflections of a one-word lemma: -s, -ed, -ing. */
function englishForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const past = consonantY ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : lemma + 'ed';
  const ing = lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying' : lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  return [lemma, third, past, ing];
}

/** Surface forms of a cue from its stems and the language's affix patterns (Arabic), or regular English morphology. */
type CueFormOut = { form: CueForm; text: string; gender?: 'm' | 'f'; plural?: boolean; objectSuffix?: boolean; relativeOnly?: boolean; afterModal?: boolean };

function cueForms(cue: RawCue, raw: RawAttributionData): CueFormOut[] {
  const m = raw.morphology;
  const g = m.gender ?? {};
  const out: CueFormOut[] = [];
  const objects = m.objectSuffixes ?? [''];
  for (const stem of cue.past ?? []) {
    for (const suffix of m.pastSuffixes ?? ['']) {
      // A bare stem + ه would fold onto feminine nouns (أضاف+ه = إضافة once ة is folded to ه): only after ت.
      const allowed = suffix === raw.grammar?.objectTakingPastSuffix ? objects : suffix === '' ? objects.filter((o) => o.length > 1 || o === '') : [''];
      const gender = g.past?.[suffix];
      const plural = m.plural?.past?.includes(suffix) ?? false;
      for (const object of allowed) out.push({ form: 'verb', text: stem + suffix + object, ...(gender ? { gender } : {}), ...(plural ? { plural } : {}), ...(object ? { objectSuffix: true } : {}) });
      // The bare stem with a one-letter pronoun ("وصفه", "أكده") only after a relative ("ما وصفه").
      if (suffix === '') for (const object of objects.filter((o) => o.length === 1)) out.push({ form: 'verb', text: stem + object, ...(gender ? { gender } : {}), objectSuffix: true, relativeOnly: true });
    }
  }
  for (const text of cue.relativeForms ?? []) out.push({ form: 'verb', text, objectSuffix: true, relativeOnly: true });
  for (const stem of cue.present ?? []) {
    for (const prefix of m.presentPrefixes ?? ['']) {
      for (const suffix of m.presentSuffixes ?? ['']) {
        const gender = suffix === '' ? g.present?.[prefix] : undefined;
        const plural = m.plural?.present?.includes(suffix) ?? false;
        out.push({ form: 'verb', text: prefix + stem + suffix, ...(gender ? { gender } : {}), ...(plural ? { plural } : {}) });
      }
    }
  }
  for (const stem of cue.participle ?? []) {
    for (const suffix of m.participleSuffixes ?? ['']) {
      const gender = g.participle?.[suffix];
      out.push({ form: 'participle', text: stem + suffix, ...(gender ? { gender } : {}) });
    }
  }
  for (const form of cue.participleForms ?? []) out.push({ form: 'participle', text: form });
  for (const form of cue.forms ?? []) out.push({ form: cue.prepositional ? 'prep' : verbShaped(form, 'ing') && m.regular ? 'participle' : 'verb', text: form });
  // "would call", "will demand": after a modal the bare lemma the listed forms leave out is the verb.
  if (cue.forms && m.regular && !cue.prepositional && !/\s/u.test(cue.lemma) && !cue.forms.includes(cue.lemma) && cue.forms.some((f) => !/\s/u.test(f))) {
    out.push({ form: 'verb', text: cue.lemma, afterModal: true });
  }
  if (!cue.forms && m.regular && !cue.past) {
    for (const form of englishForms(cue.lemma)) out.push({ form: verbShaped(form, 'ing') ? 'participle' : 'verb', text: form });
  }
  return out;
}

function addCue(map: Map<string, CueEntry[]>, entry: CueEntry): void {
  const list = map.get(entry.words[0]!) ?? [];
  // A form listed again with an object complement is tried after the first when that one's conditions fail
  // ("call" after a modal, else "call them “…”").
  if (list.some((e) => e.words.join(' ') === entry.words.join(' ') && !(entry.objectComplement && !e.objectComplement))) return;
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(entry.words[0]!, list);
}

/** A cue with no conditions: the fields a hand-listed cue may set, at their plain values. */
export function plainCue(entry: Pick<CueEntry, 'lemma' | 'stance' | 'form' | 'words'> & Partial<CueEntry>): CueEntry {
  return {
    colonOnly: false,
    via: false,
    sourceAfter: new Set(),
    requiresAfter: new Set(),
    notAfter: new Set(),
    invertible: false,
    requiresColon: false,
    clauseAsColon: false,
    needsClause: false,
    attitude: new Set(),
    documentSubject: false,
    attachedPreposition: '',
    ...entry,
  };
}

function compile(raw: RawAttributionData): Lexicon {
  const cues = new Map<string, CueEntry[]>();
  const conditionalCues = new Map<string, CueEntry[]>();
  const relativeCues = new Map<string, CueEntry[]>();
  const conjunctions = raw.morphology.conjunctions ?? [];
  for (const cue of raw.cues) {
    for (const { form, text, gender, plural, objectSuffix, relativeOnly, afterModal } of cueForms(cue, raw)) {
      for (const conj of ['', ...conjunctions]) {
        const words = foldWords(conj + text);
        if (words.length === 0) continue;
        addCue(relativeOnly ? relativeCues : cue.attitude?.length || cue.documentSubject || cue.subjectHeads ? conditionalCues : cues, {
          lemma: cue.lemma,
          stance: cue.stance,
          form,
          words,
          colonOnly: cue.colonOnly ?? false,
          via: cue.via ?? false,
          sourceAfter: foldSet(cue.sourceAfter),
          requiresAfter: foldSet(cue.requiresAfter),
          ...(cue.requiresAfterWithin ? { requiresAfterWithin: cue.requiresAfterWithin } : {}),
          ...(cue.requiresQuotedAfter ? { requiresQuotedAfter: true } : {}),
          ...(cue.shareSubject ? { shareSubject: true } : {}),
          ...(cue.objectThenContent ? { objectThenContent: foldSet(cue.objectThenContent) } : {}),
          ...(cue.verdictComplements ? { verdictComplements: foldSet(cue.verdictComplements) } : {}),
          ...(cue.objectSpeaksBefore ? { objectSpeaksBefore: foldSet(cue.objectSpeaksBefore) } : {}),
          notAfter: foldSet(cue.notAfter),
          ...(cue.opensClause ? { opensClause: true } : {}),
          invertible: cue.invertible ?? false,
          requiresColon: cue.requiresColon ?? false,
          clauseAsColon: cue.clauseAsColon ?? false,
          needsClause: cue.needsClause ?? false,
          ...(cue.nounObjectIsAct ? { nounObjectIsAct: true } : {}),
          ...(cue.asClauseOnly ? { asClauseOnly: true } : {}),
          ...(cue.objectComplement?.length ? { objectComplement: new Set(cue.objectComplement) } : {}),
          attitude: new Set(cue.attitude ?? []),
          documentSubject: cue.documentSubject ?? false,
          ...(cue.subjectHeads ? { subjectHeads: foldSet(cue.subjectHeads) } : {}),
          attachedPreposition: '',
          ...(gender ? { gender } : {}),
          ...(plural ? { plural } : {}),
          ...(conj ? { conjoined: true } : {}),
          ...(objectSuffix ? { objectSuffix: true } : {}),
          ...(relativeOnly ? { relativeOnly: true } : {}),
          ...(afterModal ? { afterModal: true } : {}),
        });
      }
    }
  }
  for (const cue of raw.prepositionalCues ?? []) {
    for (const text of cue.forms) {
      const words = foldWords(text);
      if (words.length === 0) continue;
      addCue(
        cues,
        plainCue({
          lemma: cue.lemma,
          stance: cue.stance,
          form: 'prep',
          words,
          attachedPreposition: cue.attachedPreposition ? foldForMatch(cue.attachedPreposition) : '',
        }),
      );
    }
  }

  const candidateCues = new Map<string, CueEntry[]>();
  // Stance verbs first: a verb in both lists takes the stance frame too (stance.ts).
  for (const group of ['stance', 'communication', 'cognition'] as const) {
    for (const [lemma, ...listed] of raw.candidateCues?.[group] ?? []) {
      // A language with affix patterns lists past stems; its forms come from the patterns as for hand cues.
      const forms: { text: string; gender?: 'm' | 'f'; plural?: boolean; conjoined?: boolean; objectSuffix?: boolean }[] = raw.morphology.pastSuffixes
        ? cueForms({ lemma: lemma!, stance: 'neutral', past: listed }, raw).flatMap((f) => [f, ...conjunctions.map((c) => ({ ...f, text: c + f.text, conjoined: true }))])
        : listed.map((text) => ({ text }));
      for (const { text, gender, plural, conjoined, objectSuffix } of forms) {
        const words = foldWords(text);
        if (words.length === 0 || cues.has(words[0]!) || conditionalCues.has(words[0]!)) continue;
        addCue(
          candidateCues,
          plainCue({
            lemma: lemma!,
            stance: 'neutral',
            form: verbShaped(text, 'ing') && raw.morphology.regular ? 'participle' : 'verb',
            words,
            invertible: group !== 'cognition',
            // A belief is reported of people and bodies only (sentence.ts checks the subject as for "believe").
            attitude: new Set(group === 'cognition' ? ['clause'] : []),
            ...(gender ? { gender } : {}),
            ...(plural ? { plural } : {}),
            ...(conjoined ? { conjoined } : {}),
            ...(objectSuffix ? { objectSuffix } : {}),
            candidate: group,
          }),
        );
      }
    }
  }

  const clitics = (raw.morphology.nounPrefixes ?? []).length > 0;
  const articles = (raw.morphology.article ?? []).map(foldForMatch);
  const nouns = new Map<string, NounEntry[]>();
  const addNoun = (kind: NounEntry['kind'], text: string, name = false): void => {
    const words = foldWords(text);
    if (words.length === 0) return;
    // Keys drop the article so "الصحيفة" and "صحيفة" meet; singular and plural share the kind.
    words[0] = stripArticle(words[0]!, articles);
    const list = nouns.get(words[0]!) ?? [];
    list.push({ kind, key: nounKey(kind, text, articles), words, name });
    list.sort((a, b) => b.words.length - a.words.length || rankKind(a.kind) - rankKind(b.kind));
    nouns.set(words[0]!, list);
  };
  const kinds = ['anonymous', 'media', 'document', 'organization', 'person', 'rank'] as const;
  for (const kind of kinds) for (const noun of raw.sourceNouns[kind]) addNoun(kind, noun);
  for (const noun of raw.genericPersonNouns) addNoun('generic', noun);
  for (const [kind, list] of Object.entries(raw.names ?? {})) for (const noun of list ?? []) addNoun(kind as SourceKind, noun, true);

  const pronouns = new Map<string, string>();
  for (const [kind, list] of Object.entries(raw.pronouns)) for (const p of list ?? []) pronouns.set(foldForMatch(p), kind);

  return {
    lang: raw.language,
    subjectSearch: raw.subjectSearch,
    cues,
    conditionalCues,
    relativeCues,
    candidateCues,
    complementizers: foldSet(raw.complementizers),
    namingWords: foldSet(raw.namingWords),
    subordinators: foldSet(raw.subordinators),
    concessives: foldSet(raw.concessives),
    nameSpellings: new Set(raw.nameSpellings ?? []),
    separatePrepositions: foldSet(raw.separatePrepositions),
    passivePrepositions: foldSet(raw.passivePrepositions),
    splitParticipleClauses: raw.splitParticipleClauses ?? false,
    participleObjectContent: raw.participleObjectContent ?? false,
    participleAnyReport: raw.participleAnyReport ?? false,
    questionWords: new Set((raw.questionWords ?? []).map(foldForMatch)),
    possessiveReportNouns: new Set((raw.possessiveReportNouns ?? []).map(foldForMatch)),
    possessiveCopulas: foldSet(raw.possessiveCopulas),
    modalAuxiliaries: foldSet(raw.modalAuxiliaries),
    personPluralEndings: raw.personPluralEndings ?? [],
    personSingularEndings: raw.personSingularEndings ?? [],
    absolutePrepositions: foldSet(raw.absolutePrepositions),
    causativeVerbs: foldSet(raw.causativeVerbs),
    bareInfinitiveHeads: foldSet(raw.bareInfinitiveHeads),
    actObjects: new PhraseSet(raw.actObjects ?? []),
    stanceNonObjects: foldSet(raw.stanceNonObjects),
    personalBodyNouns: foldSet(raw.personalBodyNouns),
    prepositionalBlockers: foldSet(raw.prepositionalBlockers),
    complementPrepositions: foldSet(raw.complementPrepositions),
    reportNouns: foldSet(raw.reportNouns),
    hedgeWords: foldSet(raw.hedgeWords),
    hedgeNouns: foldSet(raw.hedgeNouns),
    openingSubordinators: foldSet(raw.openingSubordinators),
    compoundPast: { auxiliaries: foldSet(raw.compoundPast?.auxiliaries), particles: foldSet(raw.compoundPast?.particles) },
    indefiniteEndings: raw.indefiniteEndings ?? [],
    colonLineGoesOn: raw.colonLineGoesOn === true,
    asRelatives: new PhraseSet(raw.asRelatives ?? []),
    asClauseOpeners: foldSet(raw.asClauseOpeners),
    personalRelatives: foldSet(raw.personalRelatives),
    reasonPrepositions: foldSet(raw.reasonPrepositions),
    characterizingWords: foldSet(raw.characterizingWords),
    predicateOpeners: foldSet(raw.predicateOpeners),
    reasonOpeners: foldSet(raw.reasonOpeners),
    rawNonCues: new Set(raw.rawNonCues ?? []),
    impersonalPassives: foldSet(raw.impersonalPassives),
    unspecifiedPassives: new Set((raw.unspecifiedPassives ?? []).map(dammaOnly)),
    ...(raw.verbalNounInitial ? { verbalNounInitial: raw.verbalNounInitial } : {}),
    negatingPhrases: new PhraseSet(raw.negatingPhrases ?? []),
    demonstratives: foldSet(raw.demonstratives),
    negations: foldSet(raw.negations),
    refusalVerbs: foldSet(raw.refusalVerbs),
    documentAccessForms: foldSet(raw.documentAccessForms),
    bodyNameDocumentHeads: foldSet(raw.bodyNameDocumentHeads),
    prepositionsBeforeNouns: foldSet(raw.prepositionsBeforeNouns),
    participleOnlyForms: foldSet(raw.participleOnlyForms),
    relativePronouns: foldSet(raw.relativePronouns),
    clauseStarters: new PhraseSet(raw.clauseStarters),
    sequenceStarters: foldSet(raw.sequenceStarters),
    genitiveLink: foldForMatch(raw.genitiveLink ?? ''),
    discourseMarkers: new PhraseSet(raw.discourseMarkers),
    auxiliaries: foldSet(raw.auxiliaries),
    progressiveAuxiliaries: foldSet(raw.progressiveAuxiliaries),
    residencePrepositions: foldSet(raw.residencePrepositions),
    adverbialPrepositions: foldSet(raw.adverbialPrepositions),
    channelNouns: foldSet(raw.channelNouns),
    channelRelativeVerbs: foldSet(raw.channelRelativeVerbs),
    addresseeNouns: foldSet(raw.addresseeNouns),
    viaPrepositions: foldSet(raw.viaPrepositions),
    viaPatterns: new PhraseSet(raw.viaPatterns ?? []),
    npStoppers: foldSet(raw.npStoppers),
    timeWords: foldSet(raw.timeWords),
    adverbialPhrases: new PhraseSet(raw.adverbialPhrases ?? []),
    sourceAsides: foldSet(raw.sourceAsides),
    statementFromPrepositions: foldSet(raw.statementFromPrepositions),
    issuedByPatterns: new PhraseSet(raw.issuedByPatterns ?? []),
    secondContentOpeners: foldSet(raw.secondContentOpeners),
    nonCuePhrases: new PhraseSet(raw.nonCuePhrases),
    ambiguousForms: foldSet(raw.ambiguousForms),
    anonymityMarkers: new PhraseSet(raw.anonymityMarkers),
    anonymousQualifiers: foldSet(raw.anonymousQualifiers),
    partitiveHeads: foldSet(raw.partitiveHeads),
    continuingPronounForms: foldSet(raw.continuingPronounForms),
    determiners: foldSet(raw.determiners),
    definiteMarkers: foldSet(raw.definiteMarkers),
    indefiniteMarkers: foldSet(raw.indefiniteMarkers),
    postModifiers: foldSet(raw.postModifiers),
    nameConjunctions: foldSet(raw.nameConjunctions),
    postModifierHeads: foldSet(raw.postModifierHeads),
    titleLinkWords: foldSet(raw.titleLinkWords),
    colonNonSources: new PhraseSet(raw.colonNonSources ?? []),
    feminineEndings: (raw.feminineEndings ?? []).map(foldForMatch),
    feminineNouns: foldSet(raw.feminineNouns),
    genderedWords: new Map(Object.entries(raw.genderedWords ?? {}).flatMap(([g, list]) => (list ?? []).map((w) => [foldForMatch(w), g as 'm' | 'f'] as const))),
    adjectives: foldSet(raw.adjectives),
    adjectiveEndings: (raw.adjectiveEndings ?? []).map(foldForMatch),
    adjectivePrefixes: (raw.adjectivePrefixes ?? []).map(foldForMatch),
    adjectiveShapes: (raw.adjectiveShapes ?? []).map((shape) => new RegExp(shape, 'u')),
    gerundOpeners: foldSet(raw.gerundOpeners),
    comparisonAsides: foldSet(raw.comparisonAsides),
    cognateObjects: foldSet(raw.cognateObjects),
    allegianceAsides: new PhraseSet(raw.allegianceAsides ?? []),
    asideAdverbs: new PhraseSet(raw.asideAdverbs ?? []),
    writtenNotArticle: raw.writtenNotArticle ?? [],
    floatingQuantifiers: foldSet(raw.floatingQuantifiers),
    relayingAsides: new PhraseSet(raw.relayingAsides ?? []),
    mediaHeadGroup: new Map((raw.mediaHeadGroups ?? []).flatMap((group, i) => group.map((head) => [nounKey('media', head, articles), i] as const))),
    infinitiveCoordinators: foldSet(raw.infinitiveCoordinators),
    shareWords: foldSet(raw.shareWords),
    reportingGerundPrepositions: foldSet(raw.reportingGerundPrepositions),
    participleSplitsAct: raw.participleSplitsAct ?? false,
    prepositionGoverning: foldSet(raw.prepositionGoverning),
    nouns,
    pronouns,
    subjectPronouns: foldSet(raw.subjectPronouns),
    speechOpeners: foldSet(raw.speechOpeners),
    nominativePluralEndings: (raw.nominativePluralEndings ?? []).map(foldForMatch),
    spokeToVerbs: foldSet(raw.spokeToVerbs),
    infinitiveMarkers: foldSet(raw.infinitiveMarkers),
    agentPrepositions: foldSet(raw.agentPrepositions),
    resumptivePronouns: foldSet(raw.resumptivePronouns),
    asResumptives: foldSet(raw.asResumptives),
    pronounSuffixes: (raw.morphology.objectSuffixes ?? []).filter(Boolean).map(foldForMatch).sort((a, b) => b.length - a.length),
    finiteAuxiliaries: foldSet(raw.finiteAuxiliaries),
    irregularPasts: foldSet(raw.irregularPasts),
    nounPrefixes: (raw.morphology.nounPrefixes ?? []).map(foldForMatch).sort((a, b) => b.length - a.length),
    articles,
    articleLookalikes: foldSet(raw.morphology.articleLookalikes),
    nounSuffixes: (raw.morphology.nounSuffixes ?? []).map(foldForMatch),
    conjunctions: conjunctions.map(foldForMatch),
    suffixedFeminineEnding: foldForMatch(raw.grammar?.suffixedFeminineEnding ?? ''),
    prepositionArticles: (raw.grammar?.prepositionArticles ?? []).map(foldForMatch),
    complementPrefixes: (raw.grammar?.complementPrepositions ?? []).map(foldForMatch),
    namePrefixes: (raw.grammar?.namePrefixes ?? []).map(foldForMatch),
    eventObjectNouns: foldSet(raw.grammar?.eventObjectNouns),
    elative: raw.grammar?.elative ? { prefix: foldForMatch(raw.grammar.elative.prefix), maxLength: raw.grammar.elative.maxLength } : null,
    periodPrepositions: foldSet(raw.grammar?.periodPrepositions),
    masdarShapes: (raw.grammar?.masdarShapes ?? []).map((shape) => new RegExp(shape, 'u')),
    unnamedMasdarShapes: (raw.grammar?.unnamedMasdarShapes ?? []).map((shape) => new RegExp(shape, 'u')),
    gluedLetterMasdarShapes: (raw.grammar?.gluedLetterMasdarShapes ?? []).map((shape) => new RegExp(shape, 'u')),
    compoundNameHeads: foldSet(raw.grammar?.compoundNameHeads),
    joinedNameEndings: (raw.grammar?.joinedNameEndings ?? []).map(foldForMatch),
    circumstantialOpeners: foldSet(raw.grammar?.circumstantialOpeners),
    muteDocuments: foldSet(raw.grammar?.muteDocuments),
    articleAlef: foldForMatch(raw.grammar?.articleAlef ?? ''),
    accusativeAlef: foldForMatch(raw.grammar?.accusativeAlef ?? ''),
    soundPluralEndings: (raw.grammar?.soundPluralEndings ?? []).map(foldForMatch),
    transliteratedEndings: (raw.grammar?.transliteratedEndings ?? []).map(foldForMatch),
    nisbaEndings: (raw.grammar?.nisbaEndings ?? []).map(foldForMatch),
    seatSpellings: (raw.grammar?.seatSpellings ?? []).map(([older, usual]) => [foldForMatch(older), foldForMatch(usual)]),
    clitics,
    stemCache: new Map(),
    nounHitCache: new Map(),
  };
}

// Specific kinds win when one word is listed twice (مسؤول: generic before person; اللواء: rank before brigade).
function rankKind(kind: NounEntry['kind']): number {
  return ['anonymous', 'media', 'document', 'generic', 'rank', 'organization', 'person', 'unknown'].indexOf(kind);
}

/** The key of a source noun: its kind and folded words, the first without its article ("الصحيفة" and "صحيفة" meet). */
function nounKey(kind: string, text: string, articles: readonly string[]): string {
  const words = foldWords(text);
  if (words.length > 0) words[0] = stripArticle(words[0]!, articles);
  return `${kind}:${words.join(' ')}`;
}

function stripArticle(word: string, articles: readonly string[]): string {
  for (const article of articles) {
    if (word.length > article.length + 1 && word.startsWith(article)) return word.slice(article.length);
  }
  return word;
}

const compiled = new Map<LanguageCode, Lexicon | null>();

/**
 * The compiled attribution lexicon of a language (built once, then cached), or null when none exists.
 * @example lexiconFor('ar')?.cues.get('وقال')?.[0]?.lemma // 'قال'
 */
export function lexiconFor(lang: LanguageCode): Lexicon | null {
  let lexicon = compiled.get(lang);
  if (lexicon === undefined) {
    const raw = attributionData(lang);
    lexicon = raw ? compile(raw) : null;
    compiled.set(lang, lexicon);
  }
  return lexicon;
}

/** A word looked up in the source-noun lexicon, clitics stripped. */
export interface NounMatch {
  entry: NounEntry;
  /** Words the match spans. */
  length: number;
  definite: boolean;
}

/** A lower-case past or participle form: a regular "-ed" one ("arranged") or an irregular one the data lists ("took"). */
export function pastForm(lex: Lexicon, word: string): boolean {
  return verbShaped(word, 'ed', 1) || lex.irregularPasts.has(word);
}

/** "also", "again", "even", "repeatedly": an adverb the lexicon lists among the auxiliaries (not a verb form). */
export function listedAdverb(lex: Lexicon, word: string): boolean {
  return lex.auxiliaries.has(word) && !lex.finiteAuxiliaries.has(word) && !lex.progressiveAuxiliaries.has(word);
}

/** A word as written carrying the definite article: `definite`, unless its written opening only folds to it («ألكسندر»). */
export function writtenDefinite(lex: Lexicon, word: string, written: string): boolean {
  return definite(lex, word) && !lex.writtenNotArticle.some((p) => written.startsWith(p));
}

/** A word carrying the definite article (with more than one letter after it). */
export function definite(lex: Lexicon, word: string): boolean {
  return lex.articles.some((a) => word.startsWith(a) && word.length > a.length + 1) && !lex.articleLookalikes.has(word);
}

/** Arabic diacritics but the damma, which alone tells a written passive («ذُكر») from the active. */
const NON_DAMMA_MARKS = /[\u064B-\u064E\u0650-\u065F\u0670\u0640]/gu;

/** A written word with its short-vowel marks dropped but the damma (the passive's sign) kept. */
export function dammaOnly(written: string): string {
  return written.normalize('NFC').replace(NON_DAMMA_MARKS, '');
}

/**
 * Finds the source noun (possibly multi-word) starting at `norms[i]`, stripping clitics and the article.
 * @example lookupNoun(lexiconFor('ar')!, ['والمصادر'], 0)?.entry.kind // 'anonymous'
 */
export function lookupNoun(lex: Lexicon, norms: readonly string[], i: number): NounMatch | null {
  for (const { list, definite } of nounHits(lex, norms[i]!)) {
    for (const entry of list) {
      let ok = i + entry.words.length <= norms.length;
      for (let k = 1; k < entry.words.length && ok; k++) ok = norms[i + k] === entry.words[k];
      if (ok) return { entry, length: entry.words.length, definite };
    }
  }
  return null;
}

/**
 * Whether a word of [from, to) is a source noun, of a kind `accept` takes when given.
 * @example sourceNounWithin(lexiconFor('en')!, ['the', 'ministry', 'said'], 0, 2) // true
 */
export function sourceNounWithin(lex: Lexicon, norms: readonly string[], from: number, to: number, accept?: (kind: NounEntry['kind']) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const noun = lookupNoun(lex, norms, k);
    if (noun && (!accept || accept(noun.entry.kind))) return true;
  }
  return false;
}

/** A stem of a word that is a source noun: the noun's entries, and whether the word carried the article. */
interface NounHit {
  list: readonly NounEntry[];
  definite: boolean;
}

const NO_HITS: readonly NounHit[] = [];

/**
 * The stems of a word that are source nouns, in the order of its stems (memoised per word: lookupNoun
 * runs on many words of every sentence, several rules asking about one word, and most words are none).
 */
function nounHits(lex: Lexicon, word: string): readonly NounHit[] {
  let hits = lex.nounHitCache.get(word);
  if (!hits) {
    const found: NounHit[] = [];
    for (const { stem, definite } of nounStems(lex, word)) {
      const list = lex.nouns.get(stem);
      if (list) found.push({ list, definite });
    }
    hits = found.length ? found : NO_HITS;
    if (lex.nounHitCache.size > 100_000) lex.nounHitCache.clear();
    lex.nounHitCache.set(word, hits);
  }
  return hits;
}

/**
 * Candidate stems of a word (memoised): as written, without conjunction/preposition, without article, without plural ending.
 * @example nounStems(lexiconFor('ar')!, 'والمصادر').map((s) => s.stem) // ['والمصادر', 'المصادر', 'مصادر', …]
 */
export function nounStems(lex: Lexicon, word: string): readonly { stem: string; definite: boolean }[] {
  let cached = lex.stemCache.get(word);
  if (!cached) {
    cached = computeStems(lex, word);
    if (lex.stemCache.size > 100_000) lex.stemCache.clear();
    lex.stemCache.set(word, cached);
  }
  return cached;
}

function computeStems(lex: Lexicon, word: string): { stem: string; definite: boolean }[] {
  const out: { stem: string; definite: boolean }[] = [];
  const push = (stem: string, definite: boolean): void => {
    if (stem.length >= 2 && !out.some((o) => o.stem === stem)) out.push({ stem, definite });
  };
  if (!lex.clitics) {
    push(word, false);
    if (word.endsWith("'s")) push(word.slice(0, -2), false);
    return out;
  }
  const bases = [word];
  for (const prefix of lex.nounPrefixes) if (word.length > prefix.length + 2 && word.startsWith(prefix)) bases.push(word.slice(prefix.length));
  for (const base of bases) {
    let definite = false;
    let stem = base;
    for (const article of lex.articles) {
      if (base.length > article.length + 1 && base.startsWith(article)) {
        stem = base.slice(article.length);
        definite = true;
        break;
      }
    }
    push(stem, definite);
    // "مسئول": an older seat of the hamza, looked up as the usual spelling when that is a source noun.
    for (const [older, usual] of lex.seatSpellings) {
      const usualStem = stem.includes(older) ? stem.replace(older, usual) : '';
      if (usualStem && lex.nouns.has(usualStem)) push(usualStem, definite);
    }
    for (const suffix of lex.nounSuffixes) if (stem.length > suffix.length + 2 && stem.endsWith(suffix)) push(stem.slice(0, -suffix.length), definite);
    // Ta marbuta becomes ت before a pronoun suffix ("نظيرته"); folded ة is ه.
  }
  return out;
}
