// View-model types the presentational components take as props (selectors build them; stories fake them).
import type { CueStance, SourceKind } from '../core/types.ts';
import type { CellCorrespondence } from './crossLanguageModel.ts';

export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface OutletColumn {
  articleId: string;
  label: string;
  language: string;
  dir: 'rtl' | 'ltr' | 'auto';
}

export interface CellClaim {
  id: string;
  articleId: string;
  text: string;
  /** Word diff against the reference column's claim; null: shown as is (the reference itself, or no reference). */
  parts: DiffSegment[] | null;
  /** In another language than the reference claim: what corresponds, instead of a diff (parts is then null). */
  correspondence?: CellCorrespondence | null;
  source: { text: string; kind: SourceKind; affiliation?: string; role?: string } | null;
  cue: { text: string; stance: CueStance } | null;
  edited: boolean;
  /** The article's headline, shown as its outlet's version of the row: it has no corrections (it is not a claim). */
  headline?: boolean;
  /** Its figures, negation or dates contradict the row's other claims. */
  disagrees?: boolean;
}

export interface CompareCell {
  articleId: string;
  isReference: boolean;
  /** Empty: the outlet does not report this row's claim. */
  claims: CellClaim[];
}

export interface CompareRow {
  id: string;
  /** 1-based number shown to users (stable while filtering). */
  number: number;
  coverage: number;
  edited: boolean;
  cells: CompareCell[];
  /** The one origin every claim of the row is relayed from (an agency, an outlet of the case), when they share one. */
  origin?: string;
}
