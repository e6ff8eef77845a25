/**
 * What Compare needs to show claims across languages. Marking correspondences uses the core's bridge
 * dictionary (a few hundred KB), so it is loaded only when a case mixes languages, not with the app:
 * this slice records that it has loaded, which makes the Compare rows rebuild with their marks.
 */
import { createSelector, createSlice, type PayloadAction, type ThunkAction, type UnknownAction } from '@reduxjs/toolkit';
import { loadLanguages } from '../core/lang/registry.ts';

type CorrespondenceModule = typeof import('./correspondence.ts');

export interface CrossLanguageState {
  /** Languages whose claims can be marked against each other; null until the marking code has loaded. */
  bridged: string[] | null;
}

const initialState: CrossLanguageState = { bridged: null };

const crossLanguageSlice = createSlice({
  name: 'crossLanguage',
  initialState,
  reducers: {
    correspondenceLoaded(state, action: PayloadAction<string[]>) {
      state.bridged = action.payload;
    },
  },
});

export const { correspondenceLoaded } = crossLanguageSlice.actions;
export const crossLanguageReducer = crossLanguageSlice.reducer;

// The loaded module itself (functions do not belong in the store); set before the slice says so.
let loaded: CorrespondenceModule | null = null;
let loading: Promise<CorrespondenceModule> | null = null;

type WithCrossLanguage = { crossLanguage: CrossLanguageState };

/**
 * Loads the correspondence code once and records it in the store.
 * Example: await store.dispatch(correspondenceRequested())
 */
export const correspondenceRequested =
  (): ThunkAction<Promise<void>, WithCrossLanguage, unknown, UnknownAction> =>
  async (dispatch, getState) => {
    if (getState().crossLanguage.bridged) return;
    loading ??= loadLanguages([], { crossLanguage: true })
      .then(() => import('./correspondence.ts'))
      .then((module) => (loaded = module));
    const module = await loading;
    if (!getState().crossLanguage.bridged) dispatch(correspondenceLoaded([...module.BRIDGED]));
  };

export const selectBridgedLanguages = (state: WithCrossLanguage): string[] | null => state.crossLanguage.bridged;

/** The function marking a claim against a reference in another language; null until loaded. */
export const selectCellCorrespondence = createSelector([selectBridgedLanguages], (bridged) => (bridged && loaded ? loaded.cellCorrespondence : null));
