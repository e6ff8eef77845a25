import { combineReducers, type Dispatch, type EnhancedStore, type ThunkDispatch, type UnknownAction } from '@reduxjs/toolkit';
import { analysisReducer } from './analysisSlice.ts';
import { caseReducer } from './caseSlice.ts';
import { correctionsReducer } from './correctionsSlice.ts';
import { crossLanguageReducer } from './crossLanguageSlice.ts';
import { isHeadlineCorrection } from './headlineGuard.ts';
import { withHistory } from './history.ts';
import { libraryReducer } from './librarySlice.ts';
import { uiReducer } from './uiSlice.ts';

const slices = combineReducers({
  case: caseReducer,
  analysis: analysisReducer,
  corrections: correctionsReducer,
  ui: uiReducer,
  library: libraryReducer,
  crossLanguage: crossLanguageReducer,
});

/** The whole app state: every slice, with undo/redo around the case and its corrections. */
export const rootReducer = withHistory<ReturnType<typeof slices>>((state, action) =>
  // A correction of a headline is refused: the state stays as it was.
  state?.analysis && isHeadlineCorrection(state.analysis.result, action) ? (state as ReturnType<typeof slices>) : slices(state, action),
);

export type RootState = ReturnType<typeof rootReducer>;
/** The store's dispatch (thunks included); src/app/store.ts checks that makeStore's store has it. */
export type AppDispatch = ThunkDispatch<RootState, undefined, UnknownAction> & Dispatch<UnknownAction>;
export type AppStore = EnhancedStore<RootState, UnknownAction> & { dispatch: AppDispatch };
