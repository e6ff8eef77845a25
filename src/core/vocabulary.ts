/**
 * The closed vocabularies of the analysis, each spelled once: the TypeScript types (src/core/types.ts),
 * the case file's zod schemas, the dashboard's pickers, filters, tables and charts all derive from these.
 */

/** Who a claim's stated source is. Example: SOURCE_KINDS.includes('media') === true */
export const SOURCE_KINDS = ['person', 'organization', 'media', 'anonymous', 'document', 'unknown'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a reporting cue presents what it reports: *said*, *confirmed*, *claimed*. Example: CUE_STANCES[0] === 'neutral' */
export const CUE_STANCES = ['neutral', 'endorsing', 'distancing'] as const;
export type CueStance = (typeof CUE_STANCES)[number];

/** How a label presents an actor ("legitimate government" / "militias"), neutral in the middle. Example: LABEL_STANCES[1] === 'neutral' */
export const LABEL_STANCES = ['positive', 'neutral', 'negative'] as const;
export type LabelStance = (typeof LABEL_STANCES)[number];

/** What an article's raw input is. Example: ARTICLE_FORMATS.includes('html') === true */
export const ARTICLE_FORMATS = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];
