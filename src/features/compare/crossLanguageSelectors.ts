import { createSelector } from '@reduxjs/toolkit';
import { isCrossLanguagePair, primaryLanguage } from '../../model/crossLanguage.ts';
import { selectBridgedLanguages } from '../../model/crossLanguageSlice.ts';
import { selectColumns, selectReferenceColumnId, selectShownColumns } from '../../model/columns.ts';

/** The reference column's language and those of the shown outlets compared with it across languages. */
const selectCrossLanguages = createSelector([selectColumns, selectShownColumns, selectReferenceColumnId], (columns, shown, referenceId): string[] => {
  // The reference column may itself be hidden.
  const reference = columns.find((c) => c.articleId === referenceId);
  if (!reference) return [];
  const others = shown.filter((c) => isCrossLanguagePair(reference.language, c.language)).map((c) => primaryLanguage(c.language));
  return others.length > 0 ? [...new Set([primaryLanguage(reference.language), ...others])] : [];
});

/** Whether Compare needs the correspondence code loaded: some outlet is in another language than the reference. */
export const selectNeedsCorrespondence = createSelector(
  [selectCrossLanguages, selectBridgedLanguages],
  (languages, bridged): boolean => languages.length > 0 && bridged === null,
);

/**
 * Whether some outlet's claims are marked against the reference column across languages, so Compare's
 * legend explains the marks.
 * Example: selectHasCrossLanguageColumns(state) === true for an English reference beside an Arabic outlet
 */
export const selectHasCrossLanguageColumns = createSelector([selectCrossLanguages, selectBridgedLanguages], (languages, bridged): boolean => {
  if (!bridged || languages.length === 0) return false;
  const [reference, ...others] = languages;
  return bridged.includes(reference!) && others.some((l) => bridged.includes(l));
});
