import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { caseCreated, caseLoaded, type CaseSnapshot } from './caseSlice.ts';
import type { CorrectionsState } from './correctionsSlice.ts';
import type { CaseChange, SavedCaseSummary } from './repository.ts';
import type { Notice } from './uiSlice.ts';

/** Why the last save did not land: the browser's storage is full, or something else went wrong. */
export interface SaveError {
  kind: 'quota' | 'other';
  message: string;
}

export interface LibraryState {
  saved: SavedCaseSummary[];
  /** The open case and the stored revision its content matches (null: not tied to one; the next save overwrites). */
  open: { caseId: string; revision: number | null } | null;
  /** Another tab saved the open case: saving here waits until the user chooses whose version to keep. */
  conflict: CaseChange | null;
  saveError: SaveError | null;
}

const initialState: LibraryState = { saved: [], open: null, conflict: null, saveError: null };

const librarySlice = createSlice({
  name: 'library',
  initialState,
  reducers: {
    /** The app opened: reopen the last case, or the example case on a first visit (`example`, else StoreDeps.loadExample). */
    appStarted(_state, _action: PayloadAction<{ example?: CaseSnapshot }>) {},
    savedCasesListed(state, action: PayloadAction<SavedCaseSummary[]>) {
      state.saved = action.payload;
    },
    /** A user asked to open a saved case (the listener loads it). */
    savedCaseOpened(_state, _action: PayloadAction<string>) {},
    /**
     * A user imported a case file (the listener opens it, as a copy where its id is taken, then shows `notice`).
     * Example: dispatch(caseImported({ snapshot, corrections, notice: { level: 'info', message: 'Imported X.' } }))
     */
    caseImported(_state, _action: PayloadAction<{ snapshot: CaseSnapshot; corrections: CorrectionsState; notice: Notice }>) {},
    /** A user deleted a saved case. */
    savedCaseDeleted(state, action: PayloadAction<string>) {
      state.saved = state.saved.filter((c) => c.id !== action.payload);
    },
    /** The open case's content reached storage at `revision`. */
    caseSaved(state, action: PayloadAction<CaseChange>) {
      if (state.open?.caseId === action.payload.caseId) state.open.revision = action.payload.revision;
      state.saveError = null;
    },
    /** A save found a newer revision than the one this tab started from (another tab saved meanwhile). */
    saveConflicted(state, action: PayloadAction<CaseChange>) {
      if (state.open?.caseId === action.payload.caseId) state.conflict = action.payload;
    },
    /** Another tab or window saved a case (BroadcastChannel notice). */
    caseChangedElsewhere(state, action: PayloadAction<CaseChange>) {
      const { caseId, revision } = action.payload;
      if (state.open?.caseId === caseId && state.open.revision !== revision) state.conflict = action.payload;
    },
    /** The user chose whose version of a conflicting case to keep (the listener reloads or overwrites). */
    conflictResolved(state, _action: PayloadAction<'theirs' | 'mine'>) {
      state.conflict = null;
    },
    saveFailed(state, action: PayloadAction<SaveError>) {
      state.saveError = action.payload;
    },
    /** The user asked to try saving again (after freeing space, say). */
    saveRetried(state) {
      state.saveError = null;
    },
    /** The page is being hidden or unloaded: save now rather than after the debounce. */
    pageHidden() {},
  },
  extraReducers: (builder) => {
    builder
      .addCase(caseLoaded, (state, action) => {
        state.open = { caseId: action.payload.snapshot.id, revision: action.payload.revision ?? null };
        state.conflict = null;
      })
      .addCase(caseCreated, (state, action) => {
        state.open = { caseId: action.payload.id, revision: 0 };
        state.conflict = null;
      });
  },
});

export const {
  appStarted,
  savedCasesListed,
  savedCaseOpened,
  caseImported,
  savedCaseDeleted,
  caseSaved,
  saveConflicted,
  caseChangedElsewhere,
  conflictResolved,
  saveFailed,
  saveRetried,
  pageHidden,
} = librarySlice.actions;
export const libraryReducer = librarySlice.reducer;
type WithLibrary = { library: LibraryState };
export const selectSavedCases = (state: WithLibrary): SavedCaseSummary[] => state.library.saved;
export const selectSaveConflict = (state: WithLibrary): CaseChange | null => state.library.conflict;
export const selectSaveError = (state: WithLibrary): SaveError | null => state.library.saveError;
