import { createAction, type Reducer, type UnknownAction } from '@reduxjs/toolkit';
import type { CaseAnalysis } from '../core/types.ts';
import type { CaseState } from './caseSlice.ts';
import type { CorrectionsState } from './correctionsSlice.ts';
import { reanchor, withAnchors } from './anchors.ts';

/** What undo restores: the case's articles and the user's corrections, together. */
export interface HistoryEntry {
  case: CaseState;
  corrections: CorrectionsState;
}

export interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const undone = createAction('history/undone');
export const redone = createAction('history/redone');
/** Steps kept; older ones drop off (each is only references to immutable state, so cheap). */
export const HISTORY_LIMIT = 100;

/** Actions that change the content of a case (what undo steps over). */
const isContentChange = (action: UnknownAction): boolean => action.type.startsWith('case/') || action.type.startsWith('corrections/');

interface ModelState {
  case: CaseState;
  corrections: CorrectionsState;
  analysis: { result: CaseAnalysis | null; status: string };
  library: { open: { caseId: string; revision: number | null } | null };
  history: HistoryState;
}

const emptyHistory: HistoryState = { past: [], future: [] };

/**
 * Wraps the root reducer with undo/redo over the case and its corrections, and keeps corrections
 * anchored: a new correction records its claim's text and offsets, a fresh analysis re-attaches them by
 * those anchors (see anchors.ts). Example: store.dispatch(articleRemoved('a1')); store.dispatch(undone())
 */
export function withHistory<S extends Omit<ModelState, 'history'>>(
  reducer: Reducer<S, UnknownAction, Partial<S>>,
): Reducer<S & { history: HistoryState }, UnknownAction, Partial<S & { history: HistoryState }>> {
  return (partial, action) => {
    // A preloaded state may lack slices (tests); the inner reducer fills them in.
    const state = partial && 'case' in partial && 'analysis' in partial && 'library' in partial ? (partial as S & { history?: HistoryState }) : undefined;
    if (partial && !state) {
      const { history: _ignored, ...rest } = partial;
      return { ...reducer(rest as Partial<S>, action), history: emptyHistory };
    }
    const history = state?.history ?? emptyHistory;
    if (state && (undone.match(action) || redone.match(action))) {
      const from = undone.match(action) ? history.past : history.future;
      const target = from[from.length - 1];
      if (!target) return { ...state, history };
      const here: HistoryEntry = { case: state.case, corrections: state.corrections };
      const nextHistory = undone.match(action)
        ? { past: history.past.slice(0, -1), future: [...history.future, here] }
        : { past: [...history.past, here], future: history.future.slice(0, -1) };
      const { result } = state.analysis;
      const corrections = result && target.case.articles === state.case.articles ? reanchor(target.corrections, result) : target.corrections;
      const library = state.library.open?.caseId === target.case.id ? state.library : { ...state.library, open: { caseId: target.case.id, revision: null } };
      // Back to another case: its analysis is not the one on screen.
      const analysis = target.case.id === state.case.id ? state.analysis : { ...state.analysis, result: null, status: 'idle' };
      return { ...state, case: target.case, corrections, library, analysis, history: nextHistory };
    }
    const { history: _h, ...inner } = (state ?? {}) as S & { history?: HistoryState };
    let next = reducer(state ? (inner as unknown as S) : undefined, action);
    if (action.type.startsWith('corrections/') && next.corrections !== inner.corrections) {
      // Anchored to the analysis the user saw when correcting.
      next = { ...next, corrections: withAnchors(next.corrections, next.analysis.result) };
    }
    if ((action.type === 'analysis/analysisCompleted' || action.type === 'case/caseLoaded') && next.analysis.result && next.analysis.result !== inner.analysis?.result) {
      const corrections = reanchor(next.corrections, next.analysis.result);
      if (corrections !== next.corrections) next = { ...next, corrections };
    }
    let nextHistory = history;
    if (state && isContentChange(action) && (next.case !== inner.case || next.corrections !== inner.corrections) && inner.case.id !== 'case-initial') {
      nextHistory = { past: [...history.past, { case: inner.case, corrections: inner.corrections }].slice(-HISTORY_LIMIT), future: [] };
    }
    return { ...next, history: nextHistory };
  };
}

type WithHistory = { history: HistoryState };
export const selectCanUndo = (state: WithHistory): boolean => state.history.past.length > 0;
export const selectCanRedo = (state: WithHistory): boolean => state.history.future.length > 0;
