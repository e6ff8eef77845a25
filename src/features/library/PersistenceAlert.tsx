import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { selectCaseSnapshot } from '../../model/caseSlice.ts';
import { selectCorrections } from '../../model/correctionsSlice.ts';
import { download, fileSlug } from './download.ts';
import { serializeCase } from './exchange.ts';
import { conflictResolved, saveRetried, selectSaveConflict, selectSaveError } from '../../model/librarySlice.ts';

/**
 * Tells the user when their work is not reaching storage: another tab saved the same case (choose whose
 * version to keep), or the browser's storage is full (the case stays open here; export it).
 */
export function PersistenceAlert() {
  const t = useT();
  const dispatch = useAppDispatch();
  const conflict = useAppSelector(selectSaveConflict);
  const saveError = useAppSelector(selectSaveError);
  const snapshot = useAppSelector(selectCaseSnapshot);
  const corrections = useAppSelector(selectCorrections);
  if (!conflict && !saveError) return null;
  const exportJson = () => download(`${fileSlug(snapshot.name)}.parallax.json`, serializeCase(snapshot, corrections, null), 'application/json');
  return (
    <div className="notice notice-error persistence-alert" role="alert">
      {conflict ? (
        <>
          <p>{t('persist.conflict')}</p>
          <p className="editor-buttons">
            <button type="button" onClick={() => dispatch(conflictResolved('theirs'))}>
              {t('persist.reloadTheirs')}
            </button>
            <button type="button" onClick={() => dispatch(conflictResolved('mine'))}>
              {t('persist.keepMine')}
            </button>
          </p>
        </>
      ) : null}
      {saveError ? (
        <>
          <p>{t(saveError.kind === 'quota' ? 'persist.quota' : 'persist.failed', { reason: saveError.message })}</p>
          <p className="editor-buttons">
            <button type="button" onClick={exportJson}>
              {t('library.exportJson')}
            </button>
            <button type="button" onClick={() => dispatch(saveRetried())}>
              {t('persist.retry')}
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
