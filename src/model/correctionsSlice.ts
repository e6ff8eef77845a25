import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import type { CueStance, LabelLexiconEntry, SourceKind } from '../core/types.ts';
import { caseCreated, caseLoaded } from './caseSlice.ts';

/** What a person changed on one claim; absent fields keep the machine's value. */
export interface ClaimEdit {
  sourceText?: string;
  /** Where the chosen source stands in the article (a span the user selected, maybe outside the claim). */
  sourceStart?: number;
  sourceEnd?: number;
  /** The reporting cue's words, as the user corrected them. */
  cueText?: string;
  kind?: SourceKind;
  stance?: CueStance;
  /** true: not a claim after all; false: explicitly confirmed. */
  notAClaim?: boolean;
}

/** A stretch of an article a person marked as a claim the machine missed. */
export interface AddedClaim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Moves claims between rows. Keyed by claim ids (stable across re-analysis of the same text), not by row
 * ids (which re-alignment may renumber). `into`: a claim whose row receives them; null: a new row of their own.
 */
export interface RowEdit {
  id: string;
  claimIds: string[];
  into: string | null;
}

export interface UserLabel extends LabelLexiconEntry {
  id: string;
}

/** Where a corrected claim stood and what it said: a correction is re-applied only where this still holds. */
export interface ClaimAnchor {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** A correction whose claim a re-analysis no longer finds (text changed or ambiguous): shown, never applied elsewhere. */
export interface ReviewItem {
  id: string;
  anchor: ClaimAnchor;
  edit?: ClaimEdit;
  /** The claim had been moved to another row. */
  rowMove?: boolean;
  /** A claim the user had marked. */
  added?: boolean;
}

export interface CorrectionsState {
  claimEdits: Record<string, ClaimEdit>;
  addedClaims: AddedClaim[];
  rowEdits: RowEdit[];
  extraLabels: UserLabel[];
  /** Claim id → its anchor, for every claim the corrections name (set when the correction is made). */
  anchors?: Record<string, ClaimAnchor>;
  needsReview?: ReviewItem[];
}

export const emptyCorrections: CorrectionsState = { claimEdits: {}, addedClaims: [], rowEdits: [], extraLabels: [] };

function edit(state: CorrectionsState, claimId: string): ClaimEdit {
  state.claimEdits[claimId] ??= {};
  return state.claimEdits[claimId];
}

const correctionsSlice = createSlice({
  name: 'corrections',
  initialState: emptyCorrections,
  reducers: {
    /** `start`/`end`: the span of the article the user selected as the source (absent: found by its words). */
    claimSourceCorrected(state, action: PayloadAction<{ claimId: string; text: string; start?: number; end?: number }>) {
      const e = edit(state, action.payload.claimId);
      e.sourceText = action.payload.text.trim();
      const { start, end } = action.payload;
      if (start !== undefined && end !== undefined && end > start) {
        // The selection may carry spaces around the words: keep the span on the words themselves.
        const lead = action.payload.text.length - action.payload.text.trimStart().length;
        e.sourceStart = start + lead;
        e.sourceEnd = e.sourceStart + e.sourceText.length;
      } else {
        delete e.sourceStart;
        delete e.sourceEnd;
      }
    },
    claimCueCorrected(state, action: PayloadAction<{ claimId: string; text: string }>) {
      edit(state, action.payload.claimId).cueText = action.payload.text.trim();
    },
    claimKindCorrected(state, action: PayloadAction<{ claimId: string; kind: SourceKind }>) {
      edit(state, action.payload.claimId).kind = action.payload.kind;
    },
    claimStanceCorrected(state, action: PayloadAction<{ claimId: string; stance: CueStance }>) {
      edit(state, action.payload.claimId).stance = action.payload.stance;
    },
    claimMarkedNotAClaim(state, action: PayloadAction<{ claimId: string }>) {
      edit(state, action.payload.claimId).notAClaim = true;
    },
    claimMarkedAClaim(state, action: PayloadAction<{ claimId: string }>) {
      const existing = state.claimEdits[action.payload.claimId];
      if (existing) delete existing.notAClaim;
    },
    sentenceMarkedAsClaim: {
      reducer(state, action: PayloadAction<AddedClaim>) {
        state.addedClaims.push(action.payload);
      },
      prepare(input: Omit<AddedClaim, 'id'>) {
        return { payload: { ...input, id: `${input.articleId}:u-${nanoid(6)}` } };
      },
    },
    claimMovedToRow: {
      reducer(state, action: PayloadAction<RowEdit>) {
        state.rowEdits.push(action.payload);
      },
      prepare(input: { claimId: string; into: string | null }) {
        return { payload: { id: nanoid(8), claimIds: [input.claimId], into: input.into } };
      },
    },
    rowsMerged: {
      reducer(state, action: PayloadAction<RowEdit>) {
        state.rowEdits.push(action.payload);
      },
      /** `claimIds`: the claims of the row merged away; `into`: a claim of the row that absorbs them. */
      prepare(input: { claimIds: string[]; into: string }) {
        return { payload: { id: nanoid(8), claimIds: input.claimIds, into: input.into } };
      },
    },
    rowSplit: {
      reducer(state, action: PayloadAction<RowEdit>) {
        state.rowEdits.push(action.payload);
      },
      prepare(input: { claimIds: string[] }) {
        return { payload: { id: nanoid(8), claimIds: input.claimIds, into: null } };
      },
    },
    labelAddedToLexicon: {
      reducer(state, action: PayloadAction<UserLabel>) {
        state.extraLabels.push(action.payload);
      },
      prepare(entry: LabelLexiconEntry) {
        return { payload: { ...entry, id: nanoid(8) } };
      },
    },
    labelRemovedFromLexicon(state, action: PayloadAction<string>) {
      state.extraLabels = state.extraLabels.filter((l) => l.id !== action.payload);
    },
    claimCorrectionsReset(state, action: PayloadAction<{ claimId: string }>) {
      const id = action.payload.claimId;
      Reflect.deleteProperty(state.claimEdits, id);
      state.addedClaims = state.addedClaims.filter((c) => c.id !== id);
      state.rowEdits = state.rowEdits
        .map((e) => ({ ...e, claimIds: e.claimIds.filter((c) => c !== id) }))
        .filter((e) => e.claimIds.length > 0 && e.into !== id);
    },
    rowCorrectionsReset(state, action: PayloadAction<{ claimIds: string[] }>) {
      const ids = new Set(action.payload.claimIds);
      state.rowEdits = state.rowEdits.filter((e) => !e.claimIds.some((c) => ids.has(c)) && !(e.into && ids.has(e.into)));
    },
    /** The user has seen a correction that could not be re-applied and lets it go. */
    reviewDismissed(state, action: PayloadAction<string>) {
      state.needsReview = (state.needsReview ?? []).filter((r) => r.id !== action.payload);
    },
    allCorrectionsReset() {
      return emptyCorrections;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(caseCreated, () => emptyCorrections)
      .addCase(caseLoaded, (_state, action) => action.payload.corrections ?? emptyCorrections);
  },
});

export const {
  claimSourceCorrected,
  claimCueCorrected,
  claimKindCorrected,
  claimStanceCorrected,
  claimMarkedNotAClaim,
  claimMarkedAClaim,
  sentenceMarkedAsClaim,
  claimMovedToRow,
  rowsMerged,
  rowSplit,
  labelAddedToLexicon,
  labelRemovedFromLexicon,
  claimCorrectionsReset,
  rowCorrectionsReset,
  allCorrectionsReset,
  reviewDismissed,
} = correctionsSlice.actions;
export const correctionsReducer = correctionsSlice.reducer;

type WithCorrections = { corrections: CorrectionsState };
export const selectCorrections = (state: WithCorrections): CorrectionsState => state.corrections;
export const selectExtraLabels = (state: WithCorrections): UserLabel[] => state.corrections.extraLabels;
const NO_REVIEW: ReviewItem[] = [];
export const selectNeedsReview = (state: WithCorrections): ReviewItem[] => state.corrections.needsReview ?? NO_REVIEW;
