import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { CaseSnapshot } from '../case/caseSlice.ts';
import type { SavedCaseSummary } from './repository.ts';

export interface LibraryState {
  saved: SavedCaseSummary[];
}

const librarySlice = createSlice({
  name: 'library',
  initialState: { saved: [] } as LibraryState,
  reducers: {
    /** The app opened: reopen the last case, or the example case on a first visit. */
    appStarted(_state, _action: PayloadAction<{ example: CaseSnapshot }>) {},
    savedCasesListed(state, action: PayloadAction<SavedCaseSummary[]>) {
      state.saved = action.payload;
    },
    /** A user asked to open a saved case (the listener loads it). */
    savedCaseOpened(_state, _action: PayloadAction<string>) {},
    /** A user deleted a saved case. */
    savedCaseDeleted(state, action: PayloadAction<string>) {
      state.saved = state.saved.filter((c) => c.id !== action.payload);
    },
  },
});

export const { appStarted, savedCasesListed, savedCaseOpened, savedCaseDeleted } = librarySlice.actions;
export const libraryReducer = librarySlice.reducer;
export const selectSavedCases = (state: { library: LibraryState }): SavedCaseSummary[] => state.library.saved;
