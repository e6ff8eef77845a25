import { createEntityAdapter, createSelector, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import type { ArticleInput, CaseAnalysis, LanguageCode } from '../core/types.ts';
import type { CorrectionsState } from './correctionsSlice.ts';

/** One article of the case as the user handed it over (raw text kept so re-analysis is possible). */
export type CaseArticle = ArticleInput;

/** The metadata a user may edit; an empty string clears the field. */
export interface ArticleMetadataChanges {
  outlet?: string;
  title?: string;
  date?: string;
  language?: LanguageCode | 'auto';
  /** The article's text as given (a correction of a pasted text, say); empty is refused. */
  raw?: string;
}

/** A whole case as stored and exchanged (articles in case order). */
export interface CaseSnapshot {
  id: string;
  name: string;
  articles: CaseArticle[];
}

const articlesAdapter = createEntityAdapter<CaseArticle>();

export interface CaseState {
  id: string;
  name: string;
  articles: ReturnType<typeof articlesAdapter.getInitialState>;
}

const initialState: CaseState = { id: 'case-initial', name: '', articles: articlesAdapter.getInitialState() };

/** Sets or deletes optional string fields (exactOptionalPropertyTypes: never store undefined). */
function applyMetadata(article: CaseArticle, changes: ArticleMetadataChanges): void {
  for (const key of ['outlet', 'title', 'date', 'language'] as const) {
    if (!(key in changes)) continue;
    const value = changes[key]?.trim() ?? '';
    if (value === '') Reflect.deleteProperty(article, key);
    else article[key] = value;
  }
}

/** What adding an article carries: the pipeline's input without the id (the case gives it) or a byline. */
export type ArticleAddedPayload = Omit<ArticleInput, 'id' | 'byline'>;

function toArticle(input: ArticleAddedPayload): CaseArticle {
  const article: CaseArticle = { id: `a-${nanoid(8)}`, raw: input.raw };
  if (input.format) article.format = input.format;
  if (input.fileName) article.fileName = input.fileName;
  applyMetadata(article, input);
  return article;
}

const caseSlice = createSlice({
  name: 'case',
  initialState,
  reducers: {
    caseCreated: {
      reducer(state, action: PayloadAction<{ id: string; name: string }>) {
        state.id = action.payload.id;
        state.name = action.payload.name;
        articlesAdapter.removeAll(state.articles);
      },
      prepare(name = '') {
        return { payload: { id: `case-${nanoid(8)}`, name } };
      },
    },
    /**
     * A case opened, in one event. `revision`: the stored revision it was read from (absent: an import or
     * the example case); `analysis`: the analysis stored with that very revision (shown as is, not re-run).
     */
    caseLoaded(state, action: PayloadAction<{ snapshot: CaseSnapshot; corrections?: CorrectionsState; revision?: number; analysis?: CaseAnalysis }>) {
      state.id = action.payload.snapshot.id;
      state.name = action.payload.snapshot.name;
      articlesAdapter.setAll(state.articles, action.payload.snapshot.articles);
    },
    caseRenamed(state, action: PayloadAction<string>) {
      state.name = action.payload;
    },
    articleAdded: {
      reducer(state, action: PayloadAction<CaseArticle>) {
        articlesAdapter.addOne(state.articles, action.payload);
      },
      prepare(input: ArticleAddedPayload) {
        return { payload: toArticle(input) };
      },
    },
    /** Several articles at once (files chosen or dropped together): one change, one re-analysis. */
    articlesAdded: {
      reducer(state, action: PayloadAction<CaseArticle[]>) {
        articlesAdapter.addMany(state.articles, action.payload);
      },
      prepare(inputs: ArticleAddedPayload[]) {
        return { payload: inputs.map(toArticle) };
      },
    },
    articleRemoved(state, action: PayloadAction<string>) {
      articlesAdapter.removeOne(state.articles, action.payload);
    },
    articleMetadataEdited(state, action: PayloadAction<{ id: string; changes: ArticleMetadataChanges }>) {
      const article = state.articles.entities[action.payload.id];
      if (!article) return;
      const { raw, ...metadata } = action.payload.changes;
      applyMetadata(article, metadata);
      if (raw !== undefined && raw.trim() !== '') article.raw = raw;
    },
  },
});

export const { caseCreated, caseLoaded, caseRenamed, articleAdded, articlesAdded, articleRemoved, articleMetadataEdited } =
  caseSlice.actions;
export const caseReducer = caseSlice.reducer;

type WithCase = { case: CaseState };

export const {
  selectAll: selectAllArticles,
  selectById: selectArticleById,
  selectIds: selectArticleIds,
  selectTotal: selectArticleCount,
} = articlesAdapter.getSelectors((state: WithCase) => state.case.articles);

export const selectCaseId = (state: WithCase): string => state.case.id;
export const selectCaseName = (state: WithCase): string => state.case.name;

/** The case as a plain snapshot (for saving and exporting). */
export const selectCaseSnapshot = createSelector(
  [selectCaseId, selectCaseName, selectAllArticles],
  (id, name, articles): CaseSnapshot => ({ id, name, articles }),
);
