/**
 * Outlet naming and per-outlet statistics, once for the CLI, the Markdown report and the dashboard:
 * claims by source kind and cue stance, the anonymous share, and row coverage (how many rows an outlet
 * reports, and how many of them it shares with another outlet).
 */
import { isClaim } from '../claims.ts';
import type { Claim, CueStance, SourceKind } from '../types.ts';
import { CUE_STANCES, SOURCE_KINDS } from '../vocabulary.ts';

/** What names an article: the metadata the user or the page gave. */
export interface Nameable {
  id: string;
  outlet?: string;
  title?: string;
  fileName?: string;
}

/**
 * The one name of an article everywhere (case list, Compare columns, Article view, reports): its outlet
 * (given by the user, or the page's own, e.g. og:site_name), else its title, else its file name, else
 * `unnamed` (the dashboard's "Article N"), else its id (the CLI's ids are file names). A file name is
 * shown without the extension of its format. A plain-text file's name comes before its title: the user
 * chose it (often the outlet's), while the title is only the first line, a headline that would head a
 * Compare column; a saved page's file name is often "index.html", so its title comes first.
 * @example outletName({ id: 'a1', fileName: 'wire.html', outlet: 'Global Wire' }) // 'Global Wire'
 * @example outletName({ id: 'a-x7' }, 'Article 3') // 'Article 3'
 * @example outletName({ id: 'a2', fileName: 'wire-report.txt', title: 'Storm hits coast' }) // 'wire-report'
 */
export function outletName(article: Nameable, unnamed?: string): string {
  const fileName = withoutFormatExtension(article.fileName?.trim());
  const textFileName = article.fileName && TEXT_EXTENSION.test(article.fileName.trim()) && namesSomething(fileName) ? fileName : undefined;
  return article.outlet?.trim() || textFileName || article.title?.trim() || fileName || unnamed || article.id;
}

const TEXT_EXTENSION = /\.(?:txt|text|md|markdown)$/iu;
// A machine-made name ("000_2427181fa13bf9fd", "12") says less than the headline: a part must be a word.
const namesSomething = (name: string | undefined): boolean =>
  (name ?? '').split(/[\s._-]+/u).some((part) => /\p{L}{2}/u.test(part) && !/^(?=.*\d)[0-9a-f]+$/iu.test(part));

// A reader names "wire-report.txt" by "wire-report", as the CLI's ids do; other dots stay ("Reuters.com").
const FORMAT_EXTENSION = /\.(?:txt|text|md|markdown|html?|xhtml)$/iu;
const withoutFormatExtension = (fileName: string | undefined): string | undefined => fileName?.replace(FORMAT_EXTENSION, '') || fileName;

/** The least of a row statistics need. */
export interface RowLike {
  id: string;
  claimIds: readonly string[];
}

/** The least of an article statistics need (an analysed article, or the dashboard's corrected one). */
export interface StatsArticle extends Nameable {
  claims: readonly Pick<Claim, 'id' | 'kind' | 'attribution'>[];
}

/**
 * The outlets (article ids) a row's claims come from, each once: one outlet may put two claims in a row.
 * @example rowOutlets({ id: 'r', claimIds: ['a:c1', 'a:c2', 'b:c1'] }, (id) => id.split(':')[0]).size // 2
 */
export function rowOutlets(row: RowLike, articleOf: (claimId: string) => string | undefined): Set<string> {
  const outlets = new Set<string>();
  for (const id of row.claimIds) {
    const articleId = articleOf(id);
    if (articleId !== undefined) outlets.add(articleId);
  }
  return outlets;
}

/** A row is shared when two or more outlets report it (one outlet's lone claim is not a shared story). */
export const isSharedRow = (outletCount: number): boolean => outletCount >= 2;

export interface OutletStats {
  articleId: string;
  /** The outlet's name (see outletName). */
  label: string;
  /** Claims, headings and credit lines left out. */
  claims: number;
  ownVoice: number;
  attributed: number;
  byKind: Record<SourceKind, number>;
  byStance: Record<CueStance, number>;
  /** Anonymous sources among attributed claims, 0..1 (0 when nothing is attributed). */
  anonymousShare: number;
  /** Rows of the case with a claim of this outlet. */
  rowsReported: number;
  /** Of those, the rows it shares with at least one other outlet (its coverage of the shared story). */
  rowsShared: number;
}

export interface CaseStats {
  outlets: OutletStats[];
  /** Rows two or more outlets report. */
  sharedRows: number;
  /** Row id → how many outlets report it. */
  rowCoverage: Map<string, number>;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** What an article's own claims say, apart from rows. */
export type ArticleCounts = Omit<OutletStats, 'rowsReported' | 'rowsShared'>;

/** Per article object: a view of a case re-derives only the articles that changed. */
const countsMemo = new WeakMap<StatsArticle, ArticleCounts>();

/**
 * One article's claims by source kind and cue stance (memoised per article object).
 * @example articleCounts(article).anonymousShare // 0.25
 */
export function articleCounts(article: StatsArticle): ArticleCounts {
  const known = countsMemo.get(article);
  if (known) return known;
  const byKind = zero(SOURCE_KINDS);
  const byStance = zero(CUE_STANCES);
  let claims = 0;
  let attributed = 0;
  for (const claim of article.claims) {
    // Headings and credit lines are kept for reading but are no claims of the outlet.
    if (!isClaim(claim)) continue;
    claims++;
    const a = claim.attribution;
    if (!a) continue;
    attributed++;
    byKind[a.source.kind]++;
    byStance[a.cue.stance]++;
  }
  const counts: ArticleCounts = {
    articleId: article.id,
    label: outletName(article),
    claims,
    ownVoice: claims - attributed,
    attributed,
    byKind,
    byStance,
    anonymousShare: attributed ? byKind.anonymous / attributed : 0,
  };
  countsMemo.set(article, counts);
  return counts;
}

/**
 * Per-outlet statistics of a case, with each row's coverage.
 * @example caseStats({ articles, rows }).outlets[0].rowsShared
 */
export function caseStats(
  analysis: { articles: readonly StatsArticle[]; rows: readonly RowLike[] },
  /** Where the caller already knows each claim's article (default: worked out from the articles). */
  articleOf?: (claimId: string) => string | undefined,
): CaseStats {
  if (!articleOf) {
    const articleOfClaim = new Map<string, string>();
    for (const article of analysis.articles) for (const claim of article.claims) articleOfClaim.set(claim.id, article.id);
    articleOf = (claimId: string) => articleOfClaim.get(claimId);
  }
  const reported = new Map<string, number>();
  const shared = new Map<string, number>();
  const rowCoverage = new Map<string, number>();
  let sharedRows = 0;
  for (const row of analysis.rows) {
    const outlets = rowOutlets(row, articleOf);
    rowCoverage.set(row.id, outlets.size);
    const isShared = isSharedRow(outlets.size);
    if (isShared) sharedRows++;
    for (const id of outlets) {
      reported.set(id, (reported.get(id) ?? 0) + 1);
      if (isShared) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  const outlets = analysis.articles.map((article): OutletStats => ({
    ...articleCounts(article),
    rowsReported: reported.get(article.id) ?? 0,
    rowsShared: shared.get(article.id) ?? 0,
  }));
  return { outlets, sharedRows, rowCoverage };
}
