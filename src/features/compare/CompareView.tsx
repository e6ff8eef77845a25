import { useCallback, useEffect, useState } from 'react';
import { CompareTable } from '../../components/CompareTable.tsx';
import { CrossLanguageLegend } from '../../components/CrossLanguageText.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { OutletChooser } from '../../components/OutletChooser.tsx';
import { useSlots } from '../../components/slots.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import {
  claimShownInArticle,
  filtersChanged,
  filtersCleared,
  referenceColumnChosen,
  rowFocusHandled,
  missingWordsToggled,
  rowSortChanged,
  selectFilters,
  selectShowMissingWords,
  selectFocusedRowId,
  selectRowSort,
  selectSelectedClaimId,
  selectHiddenOutlets,
  outletToggled,
  outletMoved,
  outletsReset,
  rowLinked,
} from '../../model/uiSlice.ts';
import { selectHasCrossLanguageColumns, selectNeedsCorrespondence } from './crossLanguageSelectors.ts';
import { correspondenceRequested } from '../../model/crossLanguageSlice.ts';
import { selectCompareDirection, selectOrderedColumns, selectShownColumns, selectReferenceColumnId, selectRowBuilder, selectVisibleRowIds } from '../../model/columns.ts';

type Editing = { type: 'claim'; id: string } | { type: 'row'; id: string } | null;

/** The main view: aligned claims side by side across outlets. */
export function CompareView() {
  const t = useT();
  const { ClaimEditor, RowEditor } = useSlots();
  const dispatch = useAppDispatch();
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const allColumns = useAppSelector(selectOrderedColumns);
  const columns = useAppSelector(selectShownColumns);
  const hidden = useAppSelector(selectHiddenOutlets);
  const rowIds = useAppSelector(selectVisibleRowIds);
  const getRow = useAppSelector(selectRowBuilder);
  const referenceId = useAppSelector(selectReferenceColumnId);
  const dir = useAppSelector(selectCompareDirection);
  const filters = useAppSelector(selectFilters);
  const sort = useAppSelector(selectRowSort);
  const focusRowId = useAppSelector(selectFocusedRowId);
  const selectedClaimId = useAppSelector(selectSelectedClaimId);
  const showMissingWords = useAppSelector(selectShowMissingWords);
  const crossLanguage = useAppSelector(selectHasCrossLanguageColumns);
  const needsCorrespondence = useAppSelector(selectNeedsCorrespondence);
  useEffect(() => {
    if (needsCorrespondence) void dispatch(correspondenceRequested());
  }, [needsCorrespondence, dispatch]);
  const [editing, setEditing] = useState<Editing>(null);
  const onFocusHandled = useCallback(() => dispatch(rowFocusHandled()), [dispatch]);
  // Stable callbacks keep the memoised Compare rows from re-rendering while scrolling.
  const onEditClaim = useCallback((id: string) => setEditing({ type: 'claim', id }), []);
  const onEditRow = useCallback((id: string) => setEditing({ type: 'row', id }), []);
  const onLinkRow = useCallback((id: string) => dispatch(rowLinked(id)), [dispatch]);
  const onShowInArticle = useCallback(
    (claimId: string, articleId: string) => dispatch(claimShownInArticle({ claimId, articleId })),
    [dispatch],
  );

  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  if (allColumns.length === 0) return <p>{t('compare.empty')}</p>;
  return (
    <div className={editing ? 'with-panel' : undefined}>
      <div>
        <FilterBar
          values={filters}
          sort={sort}
          actors={analysis.actors.map((a) => ({ id: a.id, name: a.name }))}
          columns={allColumns}
          referenceId={referenceId}
          shown={rowIds.length}
          total={analysis.rows.length}
          onChange={(changes) => dispatch(filtersChanged(changes))}
          onSortChange={(s) => dispatch(rowSortChanged(s))}
          onReferenceChange={(id) => dispatch(referenceColumnChosen(id))}
          onClear={() => dispatch(filtersCleared())}
          showMissingWords={showMissingWords}
          onToggleMissingWords={() => dispatch(missingWordsToggled())}
        />
        <OutletChooser
          columns={allColumns}
          hidden={hidden}
          onToggle={(id) => dispatch(outletToggled(id))}
          onMove={(articleId, by) => dispatch(outletMoved({ articleId, by, order: allColumns.map((c) => c.articleId) }))}
          onReset={() => dispatch(outletsReset())}
        />
        <p className="legend">
          {t('compare.legend')} <ins className="diff-ins">{t('diff.inserted')}</ins> <del className="diff-del">{t('diff.deleted')}</del>
        </p>
        {crossLanguage ? <CrossLanguageLegend /> : null}
        {rowIds.length === 0 ? (
          <p>{t('compare.noRows')}</p>
        ) : (
          <CompareTable
            columns={columns}
            outletTotal={allColumns.length}
            rowIds={rowIds}
            getRow={getRow}
            dir={dir}
            focusRowId={focusRowId}
            onFocusHandled={onFocusHandled}
            selectedClaimId={selectedClaimId}
            onEditClaim={onEditClaim}
            onEditRow={onEditRow}
            onLinkRow={onLinkRow}
            onShowInArticle={onShowInArticle}
          />
        )}
      </div>
      {editing?.type === 'claim' ? <ClaimEditor claimId={editing.id} onClose={() => setEditing(null)} /> : null}
      {editing?.type === 'row' ? <RowEditor rowId={editing.id} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
