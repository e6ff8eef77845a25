import { findActors } from './actors/index.ts';
import { resolveEntities } from './entities/index.ts';
import { alignClaims } from './align/index.ts';
import { linkAcrossLanguages } from './crosslang/align.ts';
import { attributeSentences } from './attribute/index.ts';
import { linkRelays } from './attribute/relay.ts';
import { withTitle } from './attribute/title.ts';
import { isCrossLanguageReady, isLanguageReady, needsCrossLanguage, sealLanguages } from './lang/registry.ts';
import { LIMITS } from './limits.ts';
import { prepareArticle } from './prepare.ts';
import { splitSentences } from './segment/index.ts';
import { cleanSourceText, speakerIdentity } from './stats/speakers.ts';
import { relayedOutletName } from './stats/outlets.ts';
import type {
  AnalyzedArticle,
  AnalyzeOptions,
  ArticleInput,
  CaseAnalysis,
  Claim,
  Diagnostic,
  LanguageCode,
  Result,
} from './types.ts';

// Every stage above built its tables from the languages registered by now: loading more later would go unseen.
sealLanguages('the analysis core');

/** Why an article in a language whose data is not loaded is not analysed (instead of a silently poorer result). */
function languageNotLoaded(lang: LanguageCode): string {
  return `the data of its language ('${lang}') is not loaded; load it (loadLanguages(['${lang}'])) before the analysis code is imported`;
}

const CROSS_LANGUAGE_NOT_LOADED =
  'Rows and actors could not be built: the case mixes languages but the data between them is not loaded (loadLanguages(codes, { crossLanguage: true }) before the analysis code is imported)';

/**
 * Stages 1–5 for one article: ingest, language, sentences, claims with attributions (and, asked for
 * with `{ forScreen: true }`, the sentences' offsets and each source's speaker).
 * @example analyzeArticle({ id: 'a', raw: 'The minister said the talks failed.' })
 */
export function analyzeArticle(input: ArticleInput, language: LanguageCode | 'auto' = 'auto', options: Pick<AnalyzeOptions, 'forScreen'> = {}): Result<AnalyzedArticle> {
  const prepared = prepareArticle(input, language);
  if (!prepared.ok) return prepared;
  const { ingested, language: lang } = prepared.data;
  if (!isLanguageReady(lang)) return { ok: false, reason: languageNotLoaded(lang) };
  const { text } = ingested;
  const sentences = splitSentences(text, lang);
  const claims: Claim[] = withTitle(sentences, ingested.titleSpan, (body) => attributeSentences(text, body, lang)).map((draft, n) => ({
    ...draft,
    id: `${input.id}:c${n + 1}`,
    articleId: input.id,
  }));
  // Ingest already merged the user's metadata over the page's, as plain text.
  const { id, format, title, outlet, date, byline, removed, warnings } = ingested;
  const article: AnalyzedArticle = { id, format, language: lang, text, claims, removed, warnings };
  if (title) article.title = title;
  if (outlet) article.outlet = outlet;
  if (date) article.date = date;
  if (byline) article.byline = byline;
  // A report names a plain-text article by its file name before its headline (see outletName).
  if (input.fileName) article.fileName = input.fileName;
  if (options.forScreen) {
    article.sentences = sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
    for (const claim of claims) if (claim.attribution) claim.attribution.source.speaker = speakerIdentity(claim.attribution.source, lang);
  }
  return { ok: true, data: article };
}

/**
 * The whole pipeline over a case: every article to claims, then rows across outlets and actor labels.
 * Articles that cannot be used are reported in `diagnostics`; the rest of the case is still analysed.
 * @example analyzeCase([{ id: 'a', raw: '…' }, { id: 'b', raw: '…' }]).rows
 */
export function analyzeCase(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): CaseAnalysis {
  const diagnostics: Diagnostic[] = [];
  const articles: AnalyzedArticle[] = [];
  const seen = new Set<string>();
  const report = options.onProgress ?? (() => {});
  const accepted = inputs.slice(0, LIMITS.maxArticles);
  if (inputs.length > accepted.length) {
    diagnostics.push({
      level: 'error',
      message: `The case has ${inputs.length} articles; only the first ${LIMITS.maxArticles} were analysed (the limit per case).`,
    });
  }
  accepted.forEach((input, n) => {
    if (seen.has(input.id)) {
      diagnostics.push({ articleId: input.id, level: 'error', message: `${input.id}: duplicate article id, skipped` });
      return;
    }
    seen.add(input.id);
    const result = guarded(() => analyzeArticle(input, options.language ?? 'auto', options.forScreen ? { forScreen: true } : {}));
    if (result.ok) {
      articles.push(result.data);
      for (const warning of result.data.warnings) diagnostics.push({ articleId: input.id, level: 'warning', message: `${input.id}: ${warning}` });
    } else {
      diagnostics.push({ articleId: input.id, level: 'error', message: `${input.fileName ?? input.id}: ${result.reason}` });
    }
    report(((n + 1) / accepted.length) * 0.7, 'claims');
  });
  // A relayed outlet that is itself an article of the case links the claim to it.
  linkRelays(articles);
  if (options.forScreen) nameRelayedOutlets(articles);
  if (options.claimsOnly) {
    report(1, 'done');
    return { articles, rows: [], actors: [], diagnostics };
  }
  // Rows and names across languages need the bridge: without it they would be silently poorer, so the
  // claims are given without them, and why.
  if (needsCrossLanguage(articles.map((a) => a.language)) && !isCrossLanguageReady()) {
    diagnostics.push({ level: 'error', message: CROSS_LANGUAGE_NOT_LOADED });
    report(1, 'done');
    return { articles, rows: [], actors: [], diagnostics };
  }
  // A failing cross-outlet stage must not cost the user the claims already found.
  const entities = guarded(() => ({ ok: true as const, data: resolveEntities(articles) }));
  if (!entities.ok) diagnostics.push({ level: 'error', message: `Names could not be resolved: ${entities.reason}` });
  const index = entities.ok ? entities.data : undefined;
  const rows = guarded(() => ({ ok: true as const, data: alignClaims(articles, index ? { entities: index } : {}, (rows) => linkAcrossLanguages(articles, rows, {}, index)) }));
  if (!rows.ok) diagnostics.push({ level: 'error', message: `Rows could not be built: ${rows.reason}` });
  report(0.85, 'rows');
  const extra = { ...(options.extraLabels ? { extraLabels: options.extraLabels } : {}), ...(options.forScreen ? { withMentions: true } : {}) };
  const actors = guarded(() => ({ ok: true as const, data: findActors(articles, index ? { ...extra, entities: index } : extra) }));
  if (!actors.ok) diagnostics.push({ level: 'error', message: `Actor labels could not be found: ${actors.reason}` });
  report(1, 'done');
  return { articles, rows: rows.ok ? rows.data : [], actors: actors.ok ? actors.data : [], diagnostics };
}

/** Each relayed outlet's name as a screen shows it, worked out with the rest of the analysis (see RelayLink.shown). */
function nameRelayedOutlets(articles: readonly AnalyzedArticle[]): void {
  for (const article of articles) {
    for (const claim of article.claims) for (const link of claim.attribution?.chain ?? []) link.shown = link.kind === 'media' ? relayedOutletName(link.text, article.language).shown : cleanSourceText(link.text, article.language);
  }
}

/** Prefix of the reason when a stage threw: a bug, reported to the user instead of losing the case. */
export const INTERNAL_ERROR = 'internal error';

/**
 * Runs a stage, turning an exception (a bug, not an expected failure) into a reason, so one bad
 * article or stage does not lose the rest of the case.
 * @example guarded(() => { throw new Error('x') }) // { ok: false, reason: 'internal error (x); please report it' }
 */
export function guarded<T>(run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (error) {
    return { ok: false, reason: `${INTERNAL_ERROR} (${error instanceof Error ? error.message : String(error)}); please report it` };
  }
}
