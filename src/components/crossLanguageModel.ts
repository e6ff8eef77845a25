// View-model of a claim compared with a reference claim in another language (selectors build it; stories fake it).

/** A stretch of a claim's text: a word or figure that corresponds to the reference, one only this side has, or text between. */
export interface CorrespondenceSegment {
  text: string;
  mark: 'shared' | 'own' | null;
}

/** What a claim shares with the reference claim of its row when the two are in different languages. */
export interface CellCorrespondence {
  /** The claim's whole text, in order, cut at the words and figures the correspondence marks. */
  segments: CorrespondenceSegment[];
  /** Words and figures of the reference claim with no counterpart in this claim (in the reference's language). */
  referenceOnly: string[];
  referenceLanguage: string;
  referenceDir: 'rtl' | 'ltr' | 'auto';
}
