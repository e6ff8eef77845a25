import { createSelector } from '@reduxjs/toolkit';
import { canCorrespond, isCrossLanguagePair } from './crossLanguage.ts';
import { selectColumns, selectReferenceColumnId } from './selectors.ts';

/**
 * Whether some outlet is compared with the reference column across languages (its cells then show
 * correspondences, not a diff), so Compare's legend explains the marks.
 * Example: selectHasCrossLanguageColumns(state) === true for an English reference beside an Arabic outlet
 */
export const selectHasCrossLanguageColumns = createSelector([selectColumns, selectReferenceColumnId], (columns, referenceId): boolean => {
  const reference = columns.find((c) => c.articleId === referenceId);
  return reference !== undefined && columns.some((c) => isCrossLanguagePair(reference.language, c.language) && canCorrespond(reference.language, c.language));
});
