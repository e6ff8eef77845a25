/**
 * Shapes the API sends that both the server and the dashboard's team client use. Types only (no Node
 * imports), so the browser bundle can import them.
 */

/** An article as stored: its raw input and the metadata the user stated. */
export interface ArticleRow {
  id: string;
  raw: string;
  outlet: string | null;
  title: string | null;
  date: string | null;
  language: string | null;
}

export interface Conflict {
  path: string;
  /** The value another edit since your base revision set (it stays). */
  theirs: unknown;
  /** Your value (kept in the revision log, not applied). */
  yours: unknown;
  revision: number;
}

export interface EditResult {
  revision: number;
  applied: string[];
  conflicts: Conflict[];
}

export interface Elsewhere {
  caseId: string;
  caseName: string;
  articleId: string;
  claimId: string;
  text: string;
  outlet: string | null;
  /** Band keys shared with the asked claim (of 40): more means more words in common. */
  shared: number;
}
