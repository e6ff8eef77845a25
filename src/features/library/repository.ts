import type { CaseAnalysis } from '../../core/types.ts';
import type { CaseSnapshot } from '../case/caseSlice.ts';
import type { CorrectionsState } from '../corrections/correctionsSlice.ts';

/** A case as it is kept between sessions: what the user gave, and what they corrected. */
export interface SavedCase {
  snapshot: CaseSnapshot;
  corrections: CorrectionsState;
  updatedAt: number;
  /** The last finished analysis, shown at once on reopening while a fresh one runs. */
  analysis?: CaseAnalysis;
}

export interface SavedCaseSummary {
  id: string;
  name: string;
  articleCount: number;
  updatedAt: number;
}

/** Where cases persist (IndexedDB through Dexie in the app; a Map in some tests). */
export interface CaseRepository {
  list(): Promise<SavedCaseSummary[]>;
  load(id: string): Promise<SavedCase | undefined>;
  save(saved: SavedCase): Promise<void>;
  remove(id: string): Promise<void>;
  lastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
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
