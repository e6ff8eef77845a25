import type { CaseAnalysis } from '../core/types.ts';
import type { CaseSnapshot } from './caseSlice.ts';
import type { CorrectionsState } from './correctionsSlice.ts';

/** A case as it is kept between sessions: what the user gave, and what they corrected. */
export interface SavedCase {
  snapshot: CaseSnapshot;
  corrections: CorrectionsState;
  updatedAt: number;
  /** The last finished analysis, shown at once on reopening while a fresh one runs. */
  analysis?: CaseAnalysis;
  /** Bumped by every save of the case's content; set by the repository on load. */
  revision?: number;
}

export interface SavedCaseSummary {
  id: string;
  name: string;
  articleCount: number;
  updatedAt: number;
}

/** A save either lands (at a new revision) or finds that someone else saved since (another tab). */
export type SaveOutcome = { ok: true; revision: number } | { ok: false; reason: 'conflict'; revision: number };

/** Another tab or window saved a case. */
export interface CaseChange {
  caseId: string;
  revision: number;
}

/** Where cases persist (IndexedDB through Dexie in the app; a Map in some tests). */
export interface CaseRepository {
  list(): Promise<SavedCaseSummary[]>;
  load(id: string): Promise<SavedCase | undefined>;
  /**
   * Saves the case's content if the stored revision is still `expectedRevision` (0: never saved);
   * null overwrites whatever is stored (importing a file, "keep my version"). Rejects on storage errors
   * (a full disk: QuotaExceededError).
   */
  save(saved: SavedCase, expectedRevision: number | null): Promise<SaveOutcome>;
  /** Keeps an analysis with the case, only if the case is still at `revision` (it is derived from that content). */
  saveAnalysis(id: string, revision: number, analysis: CaseAnalysis): Promise<boolean>;
  remove(id: string): Promise<void>;
  lastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
  /** Calls `listener` when another tab saves a case; returns an unsubscribe function. */
  watch?(listener: (change: CaseChange) => void): () => void;
}

/** Summarises a saved case for the case list. Example: summarise(saved).articleCount === 5 */
export function summarise(saved: SavedCase): SavedCaseSummary {
  return {
    id: saved.snapshot.id,
    name: saved.snapshot.name,
    articleCount: saved.snapshot.articles.length,
    updatedAt: saved.updatedAt,
  };
}

/**
 * Whether a storage error means "the disk/quota is full" (Dexie wraps the browser's DOMException).
 * Example: isQuotaError(new DOMException('full', 'QuotaExceededError')) === true
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, code } = e as { name?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || code === 22) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
