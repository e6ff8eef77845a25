/**
 * Hard limits, stated to users in the CLI's help and the dashboard, so hostile or accidental input
 * (a 50 MB dump, a folder of thousands of files) gets a clear message instead of a hang.
 */
export const LIMITS = {
  /** Characters of one article after conversion to text (about 150,000 words). */
  maxArticleChars: 1_000_000,
  /** Raw bytes of one input before conversion (HTML pages carry a lot of markup). */
  maxRawChars: 5_000_000,
  /** Articles in one case. */
  maxArticles: 5_000,
} as const;
