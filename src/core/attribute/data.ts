/**
 * The shape of a language's attribution data file (src/core/lang/<code>/attribution.json) and the
 * registry of the languages that have one. Adding a language = a data file + one line below.
 */
import type { CueStance, LanguageCode } from '../types.ts';
import { LANGUAGES } from '../lang/registry.ts';

/** A reporting verb (or phrase) and how to generate its surface forms. */
export interface RawCue {
  lemma: string;
  stance: CueStance;
  /** Past-tense stems (Arabic pattern data: suffixes, conjunctions and object pronouns are added). */
  past?: string[];
  /** Imperfect stems without the person prefix (يـ/تـ/نـ are added). */
  present?: string[];
  /** Participle stems (ا/ة/ين endings are added). */
  participle?: string[];
  /** Surface forms listed as they are (still get conjunction prefixes where the language has them). */
  forms?: string[];
  /** Participles listed as they are ("داعيا"): they share the subject of the clause's main verb. */
  participleForms?: string[];
  /** Only a cue when a colon or quotation follows ("وتابع:", "He continued:"). */
  colonOnly?: boolean;
  /** Forms written with an object pronoun that are cues only after a relative ("ما نفاه", "الذي نفته"): weak verbs whose forms are listed as written. */
  relativeForms?: string[];
  /** The object of the verb is the channel spoken to ("told Reuters"). */
  via?: boolean;
  /** The source follows the cue as its object ("according to X"). */
  prepositional?: boolean;
  /** A preposition after the cue introduces the real source ("نقلت الصحيفة عن مصادر"). */
  sourceAfter?: string[];
  /** Only a cue when a colon or a quotation follows within a few words ("وكتب … في تغريدة: «…»"). */
  requiresColon?: boolean;
  /** With requiresColon: إن/أن soon after the cue, before any comma, does as well as a colon ("وكتب الوزير في تغريدة أن …"). */
  clauseAsColon?: boolean;
  /** Only a cue when one of these words follows within a few words. */
  requiresAfter?: string[];
  /** With requiresAfter: how many words after the cue may hold it (8 unless said; "ruled Friday that", not "ruled against A in a case that"). */
  requiresAfterWithin?: number;
  /** With requiresAfter: only when a quotation follows that word, one determiner between at most ("mourned X as a 'true friend'", not "mourned X as they …"). */
  requiresQuotedAfter?: boolean;
  /** Only a cue right after a share of those polled, a modal between at most ("41 percent would back A"): a poll's preference. */
  shareSubject?: boolean;
  /**
   * A verb of accusing or blaming («اتهم»، «حمّل»): the object (the accused) comes before the charge, which opens
   * with the language's glued complement preposition or one of these words («مسؤولية»); the subject ends before the object.
   */
  objectThenContent?: string[];
  /** A verdict, no report, when one of these words ends the object before any clause ("found him guilty", "was found liable"). */
  verdictComplements?: string[];
  /** The verb's object speaks and its subject relays it, when one of these words and a cue follow the object ("cited the ministry as saying"). */
  objectSpeaksBefore?: string[];
  /** Not a cue right after these words ("is called", "so-called"). */
  notAfter?: string[];
  /** Only a cue opening its sentence or a clause after a comma («وبين» is also "and between" inside a phrase). */
  opensClause?: boolean;
  /** The subject may follow the cue after a quotation or a comma ("…,” said Smith"). */
  invertible?: boolean;
  /**
   * With an act as its object the verb performs it rather than reports ("declared a curfew", "أعلن حظر
   * التجول"): not a cue when one of the language's actObjects follows before any clause, colon or quotation.
   */
  needsClause?: boolean;
  /** "added three seats", "posted videos": a noun phrase right after the cue is what was done, no report (attribute/stance.ts). */
  nounObjectIsAct?: boolean;
  /**
   * A verb of belief, wish or intention ("believe", "want", "يعتقد"): a cue only when what it takes follows
   * right after it ("clause": that/إن/أن or a clause opening with a pronoun or a name; "infinitive": "to …")
   * and its subject is a person, an organisation or a personal pronoun ("It seems", "the data suggest" are not).
   */
  attitude?: ('clause' | 'infinitive')[];
  /** Only a cue when its subject is a document ("the statement read: …", "…, the letter reads."). */
  documentSubject?: boolean;
  /** Only a cue when its subject's last word is one of these ("a court heard", "the jury heard": "court", "jury"). */
  subjectHeads?: string[];
  /** Only a cue inside an "as" clause ("as the mayor put it"): alone the phrase is mostly an act ("put it away"). */
  asClauseOnly?: boolean;
  /**
   * Only a cue when its object is followed by one of these complements (object-complement.ts): "predicate", a
   * characterizing word opening a noun or adjective ("painted the rally as a success", not "painted it as it
   * dried"); "personPredicate", the same after a person or body only ("attacked her rival as a fraud", not "attacked
   * the town as a warning"); "reason", a reason preposition opening a possessive or a gerund ("attacked the mayor
   * for her vote", not "attacked the base for three hours").
   */
  objectComplement?: ('predicate' | 'personPredicate' | 'reason' | 'barePredicate')[];
}

export interface RawPrepositionalCue {
  lemma: string;
  stance: CueStance;
  forms: string[];
  /** A preposition that may be written joined to the next word ("وفقا للمتحدث"). */
  attachedPreposition?: string;
}

/** Grammar letters the generic rules need (see lang/ar/attribution.json, its "why" for each field). */
export interface RawGrammar {
  why?: Record<string, string>;
  /** The past-tense person suffix after which an object pronoun may be added ("ت": "وصفتها"). */
  objectTakingPastSuffix?: string;
  /** How a feminine noun's ending is written before a pronoun suffix ("ت": "كلمته"). */
  suffixedFeminineEnding?: string;
  /** Article spellings that carry a preposition ("لل"). */
  prepositionArticles?: string[];
  /** Joined prepositions that open a verb's complement after its subject ("ب"). */
  complementPrepositions?: string[];
  /** Joined letters (prepositions, conjunctions) that let a word go on an institution's name. */
  namePrefixes?: string[];
  /** Nouns of an event told («وفاة», «مقتل», «إصابة»): after a definite subject they open the verb's object («أعلنت الحكومة وفاة …»). */
  eventObjectNouns?: string[];
  /** Folded shape of elatives: a prefix and a maximum length ("الا", 6). */
  elative?: { prefix: string; maxLength: number };
  /** Prepositions of a time span ("خلال") that end a subject. */
  periodPrepositions?: string[];
  /** Regular expressions on folded indefinite words matching verbal-noun shapes ("^ت..ي[^اوي]$" for tafʿīl). */
  masdarShapes?: string[];
  /** The verbal-noun shapes no given name takes: after a definite subject such a word opens the object. */
  unnamedMasdarShapes?: string[];
  /** Verbal-noun shapes whose first root letter is also a glued preposition («بطلان»، «لزوم»، «كفاية»): such a word is no preposition and its noun. */
  gluedLetterMasdarShapes?: string[];
  /** First words of a compound given name ("عبد"): the name goes on past the next word. */
  compoundNameHeads?: string[];
  /** Endings of a compound name written as one word («عبدالله»، «نصرالله»): their last letter is no pronoun suffix. */
  joinedNameEndings?: string[];
  circumstantialOpeners?: string[];
  /** Documents that show but never speak (footage, figures): a subjectless verb does not go on with them. */
  muteDocuments?: string[];
  /** The article's letter dropped after a joined preposition ("ا"). */
  articleAlef?: string;
  /** The alef an indefinite object is written with ("بيانا"). */
  accusativeAlef?: string;
  /** Endings of sound masculine plurals ("ون"): a definite one takes no name after it. */
  soundPluralEndings?: string[];
  /** Endings of a transliterated acronym written with the article ("…و", "…يف"), rare on a native surname. */
  transliteratedEndings?: string[];
  /** Endings of a relational adjective (nisba, "…ي"): a surname with the article often ends so. */
  nisbaEndings?: string[];
  /** Older spellings of a hamza's seat, as [older, usual] ("مسئول" for "مسؤول"): a source noun is looked up in both. */
  seatSpellings?: [string, string][];
}

export interface RawAttributionData {
  language: LanguageCode;
  /** Words that say what kind of outlet relays a claim ("the agency", "صحيفة"), not which one. */
  outletWords?: string[];
  /** Where to look for the subject first: after the cue (VSO) or before it (SVO). */
  subjectSearch: ('after' | 'before')[];
  morphology: {
    regular?: boolean;
    conjunctions?: string[];
    pastSuffixes?: string[];
    presentPrefixes?: string[];
    presentSuffixes?: string[];
    participleSuffixes?: string[];
    objectSuffixes?: string[];
    nounPrefixes?: string[];
    article?: string[];
    /** Words that begin as the article does once folded but have none (آلاف، آلية: آ folds to ا). */
    articleLookalikes?: string[];
    nounSuffixes?: string[];
    /** Grammatical gender a generated form marks, by affix ("قالت" feminine, "يقول" masculine). */
    gender?: { past?: Record<string, 'm' | 'f'>; present?: Record<string, 'm' | 'f'>; participle?: Record<string, 'm' | 'f'> };
    /** Person suffixes of the plural ("قالوا", "يقولون"): such a form has a plural subject. */
    plural?: { past?: string[]; present?: string[] };
  };
  /** Letters and affixes of the language's grammar that rules test for (Arabic); "why" says what each is for. */
  grammar?: RawGrammar;
  cues: RawCue[];
  /**
   * Verbs of saying and of belief from a kept resource (English: WordNet's verb.communication and
   * verb.cognition, lang/en/cue-candidates.json), each as [lemma, ...forms]. Cues only in a strong frame:
   * a "that" clause, a quotation or a colon right after them, or a quotation closing just before.
   */
  candidateCues?: { stance?: string[][]; communication?: string[][]; cognition?: string[][] };
  prepositionalCues?: RawPrepositionalCue[];
  /** Words after a prepositional cue that hand over to a verb ("بحسب ما نقلته …"): not a cue then. */
  prepositionalBlockers?: string[];
  complementizers: string[];
  /** A participle clause with content of its own (", adding that …", "، مؤكدا أن …") is a claim of its own (default: it stays in the first claim). */
  splitParticipleClauses?: boolean;
  /** A split participle takes a noun object as its content ("…، مؤكدة سيطرة القوات"), after any report with content (default: only after one with a that-clause, colon or quotation). */
  participleObjectContent?: boolean;
  /** A split participle of saying takes what follows it as content after any report ("…, saying the vote was rigged"; default: only after a report with content of its own). */
  participleAnyReport?: boolean;
  /** Words opening an embedded question ("why", "whether"): after a participle of saying they open its content (", emphasizing why …"). */
  questionWords?: string[];
  /** Nouns of saying that report with a possessor and a that-clause ("her claim that …", possessive.ts). */
  possessiveReportNouns?: string[];
  /** "her view is that …": a copula that may stand between such a noun and its that-clause. */
  possessiveCopulas?: string[];
  /** Modal auxiliaries ("would", "will"): a cue's bare lemma its forms leave out (a noun too) is a verb after one ("would call"). */
  modalAuxiliaries?: string[];
  /** Endings of plural nouns of people ("hydrologists", "farmers"): such a head can hold a belief or take a stance. */
  personPluralEndings?: string[];
  /** "the engineer believes …", "…, the farmer claims.": endings of a singular noun of a person the lists lack. */
  personSingularEndings?: string[];
  /** After a past participle these mark the passive ("accused of", "criticised by"). */
  passivePrepositions?: string[];
  /** Prepositions written as separate words ("من", "في"): after a definite noun they end a subject. */
  separatePrepositions?: string[];
  /** Words that, written exactly so, are names and never the function word they fold onto ("علي", not "على"). */
  nameSpellings?: string[];
  /** Words opening a subordinate clause ("after", "when"): a coordinated verb after them shares that clause's subject. */
  subordinators?: string[];
  /** Concessive subordinators ("although"): a clause they open before the report is the outlet's own voice (attribute/concession.ts). */
  concessives?: string[];
  /** "with X saying …": prepositions whose object is a participle's subject. */
  absolutePrepositions?: string[];
  /** "…, prompting X to issue a statement, saying …": verbs whose object is the subject of the infinitive after it (that subject speaks). */
  causativeVerbs?: string[];
  /** Verbs taking a bare infinitive ("helped confirm the finding"): a cue's base form right after one is no report. */
  bareInfinitiveHeads?: string[];
  /** Objects that make a needsClause cue an act ("a curfew", "his candidacy", "حظر التجول"). */
  actObjects?: string[];
  /** Words after a stance verb that open no object of it ("advocates such as …"): see attribute/stance.ts. */
  stanceNonObjects?: string[];
  /** Bodies named after a person ("the Vale campaign", "administration"): using a name so says nothing about it naming a body. */
  personalBodyNouns?: string[];
  /** Participles that name rather than report ("known as", "dubbed"): the phrase goes on after them. */
  namingWords?: string[];
  complementPrepositions?: string[];
  /** Nouns of saying that end a relayed subject ("نقلت … عن دبلوماسي قوله إن"). */
  reportNouns?: string[];
  /** Nouns of claiming with a pronoun after a prepositional cue ("وفق زعمها", "حسب ادعائه"): a hedge on the outlet's voice, no source. */
  hedgeWords?: string[];
  /** Nouns of claiming before a named source ("وفقا لمزاعم الجيش"): skipped, and the report keeps its distance. */
  hedgeNouns?: string[];
  /** Words opening a subordinate clause before the main one ("وبينما لم يصدر …، فإن المراقبين يرون"): that clause is the outlet's voice. */
  openingSubordinators?: string[];
  /** Compound past of verb-first languages ("وكان الوزير … قد قال"): the auxiliaries that open it and the particle before its verb; the words between are the subject. */
  compoundPast?: { auxiliaries: string[]; particles: string[] };
  /** Marks of an indefinite ending as written ("قراراً"): a word with one after a definite subject opens the verb's object. */
  indefiniteEndings?: string[];
  /** A speaker's label and colon speaks its whole line ("- رئيس الهيئة: A.. B.. C"), every sentence of it. */
  colonLineGoesOn?: boolean;
  /** Phrases of "as" that introduce a report closing a sentence ("، حسبما ذكرت القناة"). */
  asRelatives?: string[];
  /** Words opening an "as" clause of report ("as X put it, …"): the cues marked asClauseOnly need one. */
  asClauseOpeners?: string[];
  /** Relative pronouns used of people only ("who"): the noun before one names someone, listed or not. */
  personalRelatives?: string[];
  /** Prepositions of a reason before a gerund of saying: "attacked the governor for claiming …" — the host verb's object claimed. */
  reasonPrepositions?: string[];
  /** Words opening a characterizing predicate after a verb's object ("portrayed the budget as a giveaway"). */
  characterizingWords?: string[];
  /** Words that open a noun predicate after a characterizing word ("as a", "as an"); a quotation or one closing word does too. */
  predicateOpeners?: string[];
  /** Words after a reason preposition that make it the reason of a stance ("for her vote", "for not acting"); a gerund does too. */
  reasonOpeners?: string[];
  /** Spellings, as written, that look like a cue once folded but never are one ("تُدعى" is "is called", not "claims"). */
  rawNonCues?: string[];
  /**
   * Past passives of reporting verbs as written (a damma where the unvowelled form is active: «ذُكر», «أُعلن»;
   * none where the form is passive anyway: «قيل», «أفيد»): with إن/أن after them the report has a speaker
   * left unsaid, so the cue itself stands as an anonymous source that does not go on speaking.
   */
  unspecifiedPassives?: string[];
  /** Passive formulae that name no one ("يُذكر أن" it is mentioned that, "عبارات يُعتقد أنها" words believed to …): folded forms. */
  impersonalPassives?: string[];
  /** First letters, as written, of a verb of this shape and of its verbal noun ("أدانته" she condemned him, "إدانته" his conviction): written so, the noun is no cue. */
  verbalNounInitial?: { verb: string; noun: string };
  /** Phrases that negate a cue right after them ("لم يكن يعتقد"): what was not said or believed is no report. */
  negatingPhrases?: string[];
  /** Negation particles before a verb ("لم يعلن", "did not announce"): a negated cue reports nothing. */
  negations?: string[];
  /** Verbs of refusing ("declined", "refused"): a cue of saying in their infinitive reports nothing ("declined to confirm that …"). */
  refusalVerbs?: string[];
  /**
   * Past participles of getting hold of a document or of adopting an agreement, not of writing or signing it
   * ("obtained", "seen", "adopted"): in a reduced relative on a document ("documents obtained by the newspaper
   * show …", "the accord adopted by 190 states sets out that …") the document speaks; "a letter signed by X" is X's.
   */
  documentAccessForms?: string[];
  /** Document nouns that head a body's name when capitalised inside it ("the U.S. Geological Survey", "the Survey of India"). */
  bodyNameDocumentHeads?: string[];
  /** Prepositions only a noun follows: a cue form right after one is a noun ("amid reports that …", "comment on claims that …"). */
  prepositionsBeforeNouns?: string[];
  /** Cue forms that are past participles only ("written", "spoken"): without an auxiliary before them they modify a noun. */
  participleOnlyForms?: string[];
  /** Demonstratives that open a noun phrase ("هذا التقدم"): after a subject they start the verb's object. */
  demonstratives?: string[];
  relativePronouns: string[];
  clauseStarters: string[];
  /** Clause starters after which a verb with no subject of its own goes on with the clause before ("…، ثم قال"). */
  sequenceStarters?: string[];
  /** The word linking a title to what it heads ("Head of …"), which a capitalised subject may hold. */
  genitiveLink?: string;
  discourseMarkers: string[];
  auxiliaries: string[];
  adverbialPrepositions?: string[];
  channelNouns: string[];
  /** Verbs of a relative clause on a channel noun, with the pronoun that refers back to it («بيان تلقته الصحيفة», «أدلى بها»): their subject belongs to the channel phrase. */
  channelRelativeVerbs?: string[];
  /** Whom words are told ("الصحفيين", "السكان"): after a speaker, with or without a glued preposition, they end the speaker's phrase ("وقال المدير للصحفيين إن …"). */
  addresseeNouns?: string[];
  viaPrepositions?: string[];
  viaPatterns?: string[];
  npStoppers?: string[];
  timeWords: string[];
  /** Several-word adverbials after a verb ("مرة أخرى"): skipped before its subject, they end one. */
  adverbialPhrases?: string[];
  /** «، ومقره لندن،»: words opening an aside that describes the source set off by commas (no part of its name, no content). */
  sourceAsides?: string[];
  /** "تعليق من X": after a statement noun of an opening phrase, the preposition naming its speaker. */
  statementFromPrepositions?: string[];
  /** Who issued a statement, after its noun («بيان صادر عن», «كلمة صدرت عن»): a verb with no subject after such an opening phrase is the issuer's. */
  issuedByPatterns?: string[];
  /** "، وأن …": after a comma inside a report's content, a second claim of the same report. */
  secondContentOpeners?: string[];
  nonCuePhrases: string[];
  /** Cue forms that are also plural nouns ("claims", "reports"): a cue only when a clause follows. */
  ambiguousForms?: string[];
  anonymityMarkers: string[];
  anonymousQualifiers: string[];
  /** «أحد وكلاء الدفاع», «إحدى الناشطات»: a word taking one (or some) of a group; with no name the source is unnamed. */
  partitiveHeads?: string[];
  genericPersonNouns: string[];
  continuingPronounForms?: string[];
  /** Words that make a following verb form a noun ("the reports", "news reports"). */
  determiners: string[];
  definiteMarkers: string[];
  indefiniteMarkers: string[];
  /** Words that end the head of a noun phrase and start its modifiers ("sources close to …"). */
  postModifiers: string[];
  /**
   * "and": inside a body's name between two capitalised words ("Department of Housing and Urban Development",
   * cased scripts), and before the second speaker of a joint statement (a clitic script glues its conjunction
   * on the title instead: its proclitics, lang/<code>/morphology.json).
   */
  nameConjunctions?: string[];
  /** Words after which a post-modifier stays inside the phrase ("close to", "familiar with"). */
  postModifierHeads?: string[];
  /** Endings and nouns that make a source feminine for verb agreement ("الوزارة", "مصادر"). */
  feminineEndings?: string[];
  feminineNouns?: string[];
  /** Auxiliaries after which a participle form is the clause's finite verb ("is warning", "was saying"). */
  progressiveAuxiliaries?: string[];
  /** Prepositions opening a residence apposition between commas ("of Springfield, Va."), skipped like an aside. */
  residencePrepositions?: string[];
  /** Words that state a person's sex ("Mrs.", "spokeswoman"), so "she" does not resolve to "Mr. Smith". */
  genderedWords?: Partial<Record<'m' | 'f', string[]>>;
  /** Adjectives that may follow a definite noun inside one noun phrase (besides the endings/prefixes below). */
  adjectives?: string[];
  /** Folded endings of relational adjectives ("الليبي", "الأميركية"). */
  adjectiveEndings?: string[];
  /** Folded beginnings of participles used as adjectives ("المتحدة", "الموالية"). */
  adjectivePrefixes?: string[];
  /** Regular expressions on folded words matching adjective shapes ("^ال..ي.$" for faʿīl). */
  adjectiveShapes?: string[];
  /** Words after which an -ing word is a gerund ("upon learning", "after meeting"), not a participle after a noun. */
  /** "responded by saying …", "aside from saying …": before a gerund of saying, the subject's own report (not "of"/"for": "accused him of saying"). */
  reportingGerundPrepositions?: string[];
  /** "وصل الوزير …، مؤكدا أن …", "X arrived …, stating that …": a participle of saying after a main clause that reports nothing splits the act (own voice) from the report. */
  participleSplitsAct?: boolean;
  /** "A, like B, said": words opening a comparison set off by commas between a subject and its verb (cased scripts). */
  comparisonAsides?: string[];
  /** «وتابع القول:», «وأردف قائلا»: the verb's own masdar or participle of saying right after it, part of the cue. */
  cognateObjects?: string[];
  /**
   * Kinds of media by their head noun (wires, broadcasters, print): a bare "the broadcaster" / «التلفزيون» refers
   * back to an earlier medium of its own kind (or a bare name), not to an agency named before. Heads in no group
   * ("the outlet", «موقع») refer back to any medium.
   */
  mediaHeadGroups?: string[][];
  /** "The agency, close to the opposition, showed …": an adjective of allegiance and its preposition open an aside between commas. */
  allegianceAsides?: string[];
  /** "Hale, too, said …", "the mayor, of course, said …": adverbs that make up a whole aside between commas before a cue. */
  asideAdverbs?: string[];
  /** Written openings that fold to the article but are a word's own letters (Arabic «أل»: «ألكسندر», «ألمانيا»; the article is written «ال»). */
  writtenNotArticle?: string[];
  /** "Brazil and Peru all said", "The UK too announced": a word floated after the subject, right before the cue, that is not part of it. */
  floatingQuantifiers?: string[];
  /**
   * "Axios, citing two officials, said …", "Citing a source, the agency said …", «وقالت القناة، نقلا عن مصدر، إن …»:
   * words that, opening an aside set off by commas beside a cue's subject, name who that subject relays (the cited
   * speaker is the source).
   */
  relayingAsides?: string[];
  /** "voted to block the decree and call for …": words joining a bare verb to an infinitive before it (an intention, no report). */
  infinitiveCoordinators?: string[];
  /** "60 percent said …": words naming a share of people polled; a figure with one opening its clause speaks. */
  shareWords?: string[];
  gerundOpeners?: string[];
  /** Openings of "X: …" lines that are page furniture, not a source ("Read more:", "اقرأ أيضا:"). */
  colonNonSources?: string[];
  /** Words that link a title to what it governs ("المتحدث باسم الجيش"); never the start of a name. */
  titleLinkWords?: string[];
  /** Words that take a joined preposition inside a noun phrase ("المعنية بالملف"), so it does not end the subject. */
  prepositionGoverning?: string[];
  sourceNouns: {
    person: string[];
    rank: string[];
    organization: string[];
    media: string[];
    anonymous: string[];
    document: string[];
  };
  /** Proper names by kind (outlets, institutions): a kind, but never an anaphor ("The AP" is not "the agency"). */
  names?: Partial<Record<'media' | 'organization' | 'person' | 'document', string[]>>;
  /** Pronouns that can only be subjects ("he", "they"; not "her", "them"). */
  subjectPronouns?: string[];
  /** Words a quoted utterance opens with and a quoted name never does («لا», «نحن», «لقد»): a short quotation after a person's title is then speech. */
  speechOpeners?: string[];
  /** Endings of a nominative sound plural («ـون»): a participle so ending right after a verb is its subject, no adverbial. */
  nominativePluralEndings?: string[];
  /** Verbs of speaking to someone («تحدث»): after a credit's object they open a relative clause on it with no pronoun («بحسب مصادر تحدثت للجزيرة»). */
  spokeToVerbs?: string[];
  /** A preposition with a pronoun after a cue that points back to a statement ("قالت فيه": "said in it"). */
  resumptivePronouns?: string[];
  /** A preposition with a pronoun after a cue that points back to an "as" relative ("حسبما أفاد به X"). */
  asResumptives?: string[];
  /** Prepositions that name the agent of a passive cue ("was announced by the ministry"). */
  agentPrepositions?: string[];
  /** Words that open an infinitive an attitude verb takes ("wants to …"). */
  infinitiveMarkers?: string[];
  /** Auxiliaries that show a clause follows an attitude verb without "that" ("thinks the plan will fail"). */
  finiteAuxiliaries?: string[];
  /** Irregular past and participle forms ("went", "held", "spoke"): a host clause's verb that no "-ed" shows. */
  irregularPasts?: string[];
  pronouns: Partial<Record<'masculine' | 'feminine' | 'plural' | 'neuter' | 'speaker' | 'relative', string[]>>;
}

const registry = new Map<LanguageCode, RawAttributionData>(LANGUAGES.map((l) => [l.code, l.attribution as RawAttributionData]));

/**
 * The raw attribution data of a language, or undefined when Parallax has none for it.
 * @example attributionData('ar')?.cues.length // 36
 */
export function attributionData(lang: LanguageCode): RawAttributionData | undefined {
  return registry.get(lang);
}
