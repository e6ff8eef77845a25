/**
 * The data model of the Parallax pipeline. Every stage reads and writes these types; the CLI's JSON,
 * the dashboard and the exports all serialise `CaseAnalysis`.
 *
 * Offsets are UTF-16 code-unit indexes into the article's cleaned `text` (`text.slice(start, end)` is
 * the span's text), so they work with JavaScript strings directly.
 */

/** A BCP-47 primary language subtag ("ar", "en", …) or "und" when undetermined. */
export type LanguageCode = string;

/** Expected failures are values, not exceptions. */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

/** A piece of an article's cleaned text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------- input and ingest

import type { ArticleFormat, CueStance, LabelStance, SourceKind } from './vocabulary.ts';

export type { ArticleFormat, CueStance, LabelStance, SourceKind };

/** What a user (or the CLI) hands the pipeline: one article, raw. */
export interface ArticleInput {
  id: string;
  raw: string;
  /** Omitted: sniffed from the content (and `fileName`, if given). */
  format?: ArticleFormat;
  fileName?: string;
  /** Metadata the user states wins over what the page states. */
  title?: string;
  outlet?: string;
  date?: string;
  byline?: string;
  /** Omitted or "auto": detected. */
  language?: LanguageCode | 'auto';
}

/** Why a line of page furniture was dropped (shown to users so nothing disappears silently). */
export interface RemovedLine {
  /** The line as it stood in the input after conversion to text (not an offset into `text`). */
  text: string;
  reason:
    | 'comment-form'
    | 'cookie-notice'
    | 'share-buttons'
    | 'related-links'
    | 'subscription'
    | 'navigation'
    | 'dateline'
    | 'byline'
    /** "Source: X news agency" closing a wire copy: whom the article relays (kept as metadata, not a claim). */
    | 'credit'
    | 'outlet-name'
    | 'title'
    /** A photo caption (<figcaption> of a saved page). */
    | 'caption'
    | 'boilerplate';
}

/** Stage 1 output: the article body as clean text, plus metadata found on the page. */
export interface IngestedArticle {
  id: string;
  format: ArticleFormat;
  text: string;
  title?: string;
  /** Where the headline stands in `text`, when it was kept there (its line above the body). */
  titleSpan?: { start: number; end: number };
  outlet?: string;
  date?: string;
  byline?: string;
  removed: RemovedLine[];
  warnings: string[];
}

// ---------------------------------------------------------------- sentences and claims

export interface Sentence extends Span {
  index: number;
  /** Paragraph number in the cleaned text (blank-line or line-break separated). */
  paragraph: number;
}

/** A sentence by its offsets alone (its text is `article.text.slice(start, end)`). */
export interface SentenceBounds {
  start: number;
  end: number;
  paragraph: number;
}

export interface AttributedSource extends Span {
  kind: SourceKind;
  /** For anonymous sources: the stated affiliation or nationality ("close to Suleiman", "Egyptian"). */
  affiliation?: string;
  /** Role or title stated with the source ("spokesman of the army"). */
  role?: string;
  /** Set when the source was carried over from an earlier sentence ("He added", "وأضاف"). */
  continued?: boolean;
  /** Who the source is, as a screen groups sources; only when asked (`AnalyzeOptions.forScreen`). */
  speaker?: SpeakerIdentity;
}

/** A stated source's speaker: the name sources of one speaker share, and the key they group by. */
export interface SpeakerIdentity {
  /** A person's name without title or apposition; empty for other kinds or a bare title. */
  name: string;
  /** The wording shown: the name, else the source's text cleaned of quotation marks. */
  text: string;
  /** Kind and folded wording: sources with one key are one speaker. */
  key: string;
  /** The stated affiliation (anonymous sources) or role (persons), cleaned. */
  stated?: string;
  /** Further speakers of a joint statement ("A and his counterpart B said"): the claim is each one's too. */
  others?: SpeakerIdentity[];
}

export interface ReportingCue extends Span {
  stance: CueStance;
  /** Normalised dictionary form of the cue, from the language's cue lexicon. */
  lemma: string;
}

/** The outlet or channel a source spoke to ("told Reuters", "لـ«الشرق الأوسط»"). */
export interface Via extends Span {
  kind: SourceKind;
}

/** One link of a relay chain as the text states it: outlet → relayed outlet or agency → source. */
export interface RelayLink {
  text: string;
  kind: SourceKind;
  /** Set when the relayed outlet is itself an article of the case. */
  articleId?: string;
  /** The name as a screen shows it (quotation marks dropped); only when asked (`AnalyzeOptions.forScreen`). */
  shown?: string;
}

export interface Attribution {
  source: AttributedSource;
  /** Who relays whom, outermost first (the outlet or agency relayed, then the source), where the text says so. */
  chain?: RelayLink[];
  cue: ReportingCue;
  via?: Via;
  quote: 'direct' | 'indirect';
  /** The reported content, where it can be told apart from source and cue. */
  content?: Span;
  /** Which rule produced it (for debugging and for users asking "why?"). */
  rule: string;
}

export interface Claim extends Span {
  /** Unique across the case: `${articleId}:c${n}`. */
  id: string;
  articleId: string;
  sentenceIndex: number;
  /** null: the outlet's own voice. */
  attribution: Attribution | null;
  /**
   * Set for lines that are not claims but are kept for reading: a section heading, a bare credit line,
   * the article's headline ('title': never attributed, aligned at a stricter score).
   */
  kind?: 'heading' | 'credit' | 'title';
}

export interface AnalyzedArticle {
  id: string;
  /** The file the article came from (its base name, as the input gave it). */
  fileName?: string;
  title?: string;
  outlet?: string;
  date?: string;
  byline?: string;
  language: LanguageCode;
  format: ArticleFormat;
  text: string;
  claims: Claim[];
  removed: RemovedLine[];
  warnings: string[];
  /**
   * Every sentence of `text`, as the pipeline split it; only when asked (`AnalyzeOptions.forScreen`),
   * so a screen that shows them never splits the text again.
   */
  sentences?: SentenceBounds[];
}

// ---------------------------------------------------------------- across outlets

/** Claims of different articles that state one proposition (agreeing or contradicting). */
export interface Row {
  id: string;
  claimIds: string[];
  /** Articles of the case that do not report this row's proposition. */
  missingFrom: string[];
  /** Mean pairwise similarity of the row's claims, 0..1. */
  score?: number;
  /** Claims of the row whose figures, negation or dates contradict the others' (the row's disagreement). */
  disagreeing?: string[];
}

export interface ActorLabel extends Span {
  articleId: string;
  stance: LabelStance;
  /** Where the label came from: an entry of the language's lexicon, or discovered in the case. */
  origin: 'lexicon' | 'discovered' | 'user';
  /** Grammatical role of the label relative to the actor mention. */
  form?: 'title' | 'adjective' | 'apposition' | 'relative-clause' | 'head-noun';
  /** Normalised label, so the same label from two outlets groups together. */
  key?: string;
  /**
   * The label as written on its own, where the text fuses a glued preposition with the article
   * («للجيش الوطني» → «الجيش الوطني»), so no slice of the text reads so; absent otherwise.
   */
  shown?: string;
}

export interface Actor {
  id: string;
  name: string;
  aliases?: string[];
  labels: ActorLabel[];
  /**
   * Where the case names the actor (by any of its names, in either script, its forces, or a head noun
   * standing for it), as offsets into each article's text; only when asked (`AnalyzeOptions.forScreen`).
   */
  mentions?: ActorMention[];
}

/** One place an article names an actor: `text.slice(start, end)` of that article. */
export interface ActorMention {
  articleId: string;
  start: number;
  end: number;
}

/** Something the user should know about the run (an article too big, a file unreadable …). */
export interface Diagnostic {
  articleId?: string;
  level: 'info' | 'warning' | 'error';
  /** In English, for the CLI and as the fallback. */
  message: string;
  /** Stable id of the kind of note (e.g. 'duplicate-id'), so an interface can say it in its language. */
  code?: string;
  /** The values the message names (article, counts), for the translated text. */
  params?: Record<string, string | number>;
}

/** The whole analysis of a case: what the CLI prints as JSON and the dashboard renders. */
export interface CaseAnalysis {
  articles: AnalyzedArticle[];
  rows: Row[];
  actors: Actor[];
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  /** Force a language for every article ("auto" detects per article). */
  language?: LanguageCode | 'auto';
  /** Skip the cross-outlet stages (rows, actors). */
  claimsOnly?: boolean;
  /** Extra label lexicon entries (e.g. added by a user in the dashboard). */
  extraLabels?: LabelLexiconEntry[];
  /**
   * Carry what a screen shows and would otherwise work out on its main thread: each article's sentences
   * (offsets), each stated source's speaker and each actor's mentions.
   */
  forScreen?: boolean;
  /** Called between stages/articles so a worker can report progress (0..1). */
  onProgress?: (fraction: number, stage: string) => void;
}

// ---------------------------------------------------------------- language data (per language, in data files)

export interface LabelLexiconEntry {
  /** Surface forms (written as in text; matching folds them). */
  forms: string[];
  stance: LabelStance;
  /** Actor names/aliases this label applies to; omitted: any actor it is attached to. */
  actors?: string[];
  language: LanguageCode;
}
