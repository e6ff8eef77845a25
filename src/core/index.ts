/** The public face of the analysis core: what the CLI, the worker and the dashboard import. */
export { analyzeArticle, analyzeCase } from './analyze.ts';
export { LIMITS } from './limits.ts';
export { isClaim } from './claims.ts';
export { detectLanguage } from './language/index.ts';
export { foldForMatch } from './normalize/index.ts';
export { splitSentences } from './segment/index.ts';
export { diffClaims } from './diff/index.ts';
export type { DiffPart } from './diff/index.ts';
export { toCsv } from './export/csv.ts';
export { toMarkdown } from './export/markdown.ts';
export { caseStats, outletName, rowOutlets } from './stats/index.ts';
export type { CaseStats, OutletStats } from './stats/index.ts';
export type * from './types.ts';
export { ARTICLE_FORMATS, CUE_STANCES, LABEL_STANCES, SOURCE_KINDS } from './vocabulary.ts';
