import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { CueStance, SourceKind } from '../core/types.ts';
import { articleRemoved, caseCreated, caseLoaded } from './caseSlice.ts';

export const VIEW_NAMES = ['case', 'compare', 'article', 'actors', 'sources', 'charts', 'report'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
export type UiLanguage = 'en' | 'ar';
export type CoverageFilter = 'all' | 'single' | 'shared' | 'everyone';
export type RowSort = 'position' | 'coverage-desc' | 'coverage-asc' | 'score';
/** 'none': the outlet's own voice (no stated source). */
export type KindFilter = SourceKind | 'none' | 'all';

export interface RowFilters {
  actorId: string | null;
  kind: KindFilter;
  stance: CueStance | 'all';
  coverage: CoverageFilter;
  search: string;
  /** Blindspots of one outlet (article id): the rows others share that it leaves out. */
  leftOutBy: string | null;
}

export interface Notice {
  level: 'info' | 'error';
  message: string;
  /** Offer "Undo" next to the message (after a removal, say). */
  undoable?: boolean;
}

export interface UiState {
  view: ViewName;
  language: UiLanguage;
  /** The article whose claims the others are diffed against; null: the first article. */
  referenceArticleId: string | null;
  filters: RowFilters;
  sort: RowSort;
  selectedArticleId: string | null;
  selectedClaimId: string | null;
  /** The Compare row to bring into view (set when coming from another view). */
  focusedRowId: string | null;
  /** The row the address (URL) names, so it can be shared and Back returns to it. */
  linkedRowId: string | null;
  notice: Notice | null;
  /** Show the reference's words another outlet leaves out (struck through) in Compare cells. */
  showMissingWords: boolean;
  /** Compare's outlet columns in the user's order (article ids; others follow in case order); null: case order. */
  outletOrder: string[] | null;
  /** Outlets the user took out of Compare's columns. */
  hiddenOutlets: string[];
}

export const defaultFilters: RowFilters = { actorId: null, kind: 'all', stance: 'all', coverage: 'all', search: '', leftOutBy: null };

const initialState: UiState = {
  view: 'compare',
  language: 'en',
  referenceArticleId: null,
  filters: defaultFilters,
  sort: 'position',
  selectedArticleId: null,
  selectedClaimId: null,
  focusedRowId: null,
  linkedRowId: null,
  notice: null,
  showMissingWords: true,
  outletOrder: null,
  hiddenOutlets: [],
};

const uiSlice = createSlice({
  name: 'ui',
  initialState,
  reducers: {
    viewChanged(state, action: PayloadAction<ViewName>) {
      if (state.view !== action.payload && state.notice?.level === 'info') state.notice = null;
      state.view = action.payload;
    },
    languageChanged(state, action: PayloadAction<UiLanguage>) {
      state.language = action.payload;
    },
    referenceColumnChosen(state, action: PayloadAction<string | null>) {
      state.referenceArticleId = action.payload;
    },
    filtersChanged(state, action: PayloadAction<Partial<RowFilters>>) {
      state.filters = { ...state.filters, ...action.payload };
    },
    filtersCleared(state) {
      state.filters = defaultFilters;
    },
    rowSortChanged(state, action: PayloadAction<RowSort>) {
      state.sort = action.payload;
    },
    articleSelected(state, action: PayloadAction<string | null>) {
      state.selectedArticleId = action.payload;
      state.selectedClaimId = null;
    },
    claimSelected(state, action: PayloadAction<{ claimId: string | null; articleId?: string }>) {
      state.selectedClaimId = action.payload.claimId;
      if (action.payload.articleId) state.selectedArticleId = action.payload.articleId;
    },
    /** A user asked to see a claim's row in Compare (from Article, Actors or Sources). */
    rowShown(state, action: PayloadAction<{ rowId: string; claimId?: string }>) {
      state.view = 'compare';
      state.focusedRowId = action.payload.rowId;
      state.linkedRowId = action.payload.rowId;
      state.filters = defaultFilters;
      if (action.payload.claimId) state.selectedClaimId = action.payload.claimId;
    },
    /** A user asked to read a claim in its article. */
    claimShownInArticle(state, action: PayloadAction<{ claimId: string; articleId: string }>) {
      state.view = 'article';
      state.selectedArticleId = action.payload.articleId;
      state.selectedClaimId = action.payload.claimId;
    },
    /** The user asked for a link to a row (the address names it). */
    rowLinked(state, action: PayloadAction<string | null>) {
      state.linkedRowId = action.payload;
    },
    /** The address changed (Back, Forward, a shared link): the view, article and row it names. */
    locationChanged(state, action: PayloadAction<{ view?: ViewName; articleId?: string | null; rowId?: string | null }>) {
      const { view, articleId, rowId } = action.payload;
      if (view) state.view = view;
      if (articleId !== undefined && articleId !== state.selectedArticleId) {
        state.selectedArticleId = articleId;
        state.selectedClaimId = null;
      }
      if (rowId !== undefined) {
        state.linkedRowId = rowId;
        state.focusedRowId = rowId;
      }
    },
    rowFocusHandled(state) {
      state.focusedRowId = null;
    },
    missingWordsToggled(state) {
      state.showMissingWords = !state.showMissingWords;
    },
    /** Shows or hides one outlet's column in Compare. */
    outletToggled(state, action: PayloadAction<string>) {
      const id = action.payload;
      state.hiddenOutlets = state.hiddenOutlets.includes(id) ? state.hiddenOutlets.filter((x) => x !== id) : [...state.hiddenOutlets, id];
    },
    /** Moves an outlet's column one place earlier (-1) or later (+1); `order`: the columns as shown now. */
    outletMoved(state, action: PayloadAction<{ articleId: string; by: -1 | 1; order: string[] }>) {
      const order = [...action.payload.order];
      const from = order.indexOf(action.payload.articleId);
      const to = from + action.payload.by;
      if (from < 0 || to < 0 || to >= order.length) return;
      [order[from], order[to]] = [order[to]!, order[from]!];
      state.outletOrder = order;
    },
    outletsReset(state) {
      state.outletOrder = null;
      state.hiddenOutlets = [];
    },
    noticeShown(state, action: PayloadAction<Notice>) {
      state.notice = action.payload;
    },
    noticeDismissed(state) {
      state.notice = null;
    },
  },
  extraReducers: (builder) => {
    const resetCaseUi = (state: UiState) => {
      state.referenceArticleId = null;
      state.filters = defaultFilters;
      state.selectedArticleId = null;
      state.selectedClaimId = null;
      state.focusedRowId = null;
      state.linkedRowId = null;
      state.outletOrder = null;
      state.hiddenOutlets = [];
    };
    builder
      .addCase(caseCreated, (state) => {
        resetCaseUi(state);
        state.view = 'case';
      })
      .addCase(caseLoaded, resetCaseUi)
      .addCase(articleRemoved, (state, action) => {
        if (state.referenceArticleId === action.payload) state.referenceArticleId = null;
        if (state.selectedArticleId === action.payload) {
          state.selectedArticleId = null;
          state.selectedClaimId = null;
        }
      });
  },
});

export const {
  viewChanged,
  languageChanged,
  referenceColumnChosen,
  filtersChanged,
  filtersCleared,
  rowSortChanged,
  articleSelected,
  claimSelected,
  rowShown,
  claimShownInArticle,
  rowFocusHandled,
  noticeShown,
  noticeDismissed,
  missingWordsToggled,
  outletToggled,
  outletMoved,
  outletsReset,
  rowLinked,
  locationChanged,
} = uiSlice.actions;
export const uiReducer = uiSlice.reducer;

type WithUi = { ui: UiState };
export const selectView = (state: WithUi): ViewName => state.ui.view;
export const selectUiLanguage = (state: WithUi): UiLanguage => state.ui.language;
export const selectReferenceArticleId = (state: WithUi): string | null => state.ui.referenceArticleId;
export const selectFilters = (state: WithUi): RowFilters => state.ui.filters;
export const selectRowSort = (state: WithUi): RowSort => state.ui.sort;
export const selectSelectedArticleId = (state: WithUi): string | null => state.ui.selectedArticleId;
export const selectSelectedClaimId = (state: WithUi): string | null => state.ui.selectedClaimId;
export const selectFocusedRowId = (state: WithUi): string | null => state.ui.focusedRowId;
export const selectNotice = (state: WithUi): Notice | null => state.ui.notice;
export const selectShowMissingWords = (state: WithUi): boolean => state.ui.showMissingWords;
export const selectOutletOrder = (state: WithUi): string[] | null => state.ui.outletOrder;
export const selectHiddenOutlets = (state: WithUi): string[] => state.ui.hiddenOutlets;
