import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import type { CaseAnalysis } from '../core/types.ts';
import { caseCreated, caseLoaded } from './caseSlice.ts';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface AnalysisState {
  status: AnalysisStatus;
  /** The run whose messages are current; messages of older runs are ignored. */
  requestId: string | null;
  progress: number;
  stage: string;
  result: CaseAnalysis | null;
  error: string | null;
}

const initialState: AnalysisState = {
  status: 'idle',
  requestId: null,
  progress: 0,
  stage: '',
  result: null,
  error: null,
};

const analysisSlice = createSlice({
  name: 'analysis',
  initialState,
  reducers: {
    analysisRequested: {
      reducer(state, action: PayloadAction<{ requestId: string }>) {
        state.status = 'running';
        state.requestId = action.payload.requestId;
        state.progress = 0;
        state.stage = '';
        state.error = null;
      },
      prepare() {
        return { payload: { requestId: nanoid(10) } };
      },
    },
    analysisProgressed(state, action: PayloadAction<{ requestId: string; fraction: number; stage: string }>) {
      if (action.payload.requestId !== state.requestId) return;
      state.progress = Math.max(0, Math.min(1, action.payload.fraction));
      state.stage = action.payload.stage;
    },
    analysisCompleted(state, action: PayloadAction<{ requestId: string; result: CaseAnalysis }>) {
      if (action.payload.requestId !== state.requestId) return;
      state.status = 'done';
      state.progress = 1;
      state.result = action.payload.result;
    },
    /** The user stopped the running analysis (the worker is terminated; the case is untouched). */
    analysisCancelled(state) {
      if (state.status !== 'running') return;
      state.status = 'cancelled';
      // Messages of the stopped run that are still in flight are ignored.
      state.requestId = null;
    },
    /** The user asked to analyse the case again (after cancelling, or after a failure). */
    analysisRerunRequested() {},
    analysisFailed(state, action: PayloadAction<{ requestId: string; reason: string }>) {
      if (action.payload.requestId !== state.requestId) return;
      state.status = 'error';
      state.error = action.payload.reason;
    },
  },
  extraReducers: (builder) => {
    // Another case: the previous case's result must not show under its name.
    const clear = (state: AnalysisState) => {
      state.result = null;
      state.status = 'idle';
    };
    builder.addCase(caseCreated, clear).addCase(caseLoaded, (state, action) => {
      clear(state);
      // Stored with the very content it was computed from: current, so shown as done.
      if (action.payload.analysis) {
        state.result = action.payload.analysis;
        state.status = 'done';
        state.progress = 1;
        state.requestId = null;
      }
    });
  },
});

export const {
  analysisRequested,
  analysisProgressed,
  analysisCompleted,
  analysisFailed,
  analysisCancelled,
  analysisRerunRequested,
} = analysisSlice.actions;
export const analysisReducer = analysisSlice.reducer;

type WithAnalysis = { analysis: AnalysisState };
export const selectAnalysisStatus = (state: WithAnalysis): AnalysisStatus => state.analysis.status;
export const selectAnalysisProgress = (state: WithAnalysis): number => state.analysis.progress;
export const selectAnalysisStage = (state: WithAnalysis): string => state.analysis.stage;
export const selectAnalysisError = (state: WithAnalysis): string | null => state.analysis.error;
export const selectRawAnalysis = (state: WithAnalysis): CaseAnalysis | null => state.analysis.result;
