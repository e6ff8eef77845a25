import { useCallback, useEffect, useId, useState } from 'react';
import { ArticleForm } from '../../components/ArticleForm.tsx';
import { ArticleList, type MetadataChanges } from '../../components/ArticleList.tsx';
import type { Diagnostic } from '../../core/types.ts';
import { useSlots } from '../../components/slots.tsx';
import { hasMessage, useT, type MessageKey } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { allCorrectionsReset, selectCorrections } from '../../model/correctionsSlice.ts';
import { articleSelected, noticeShown, viewChanged } from '../../model/uiSlice.ts';
import { articleAdded, articlesAdded, articleMetadataEdited, articleRemoved, caseCreated, caseRenamed, selectAllArticles, selectCaseName } from '../../model/caseSlice.ts';
import { sanitizeHtml } from './sanitize.ts';
import { selectArticleListItems, selectNamedDiagnostics } from './selectors.ts';
import { withoutDuplicates } from './duplicates.ts';
import { selectArticleNames } from '../../model/outlets.ts';

/** A note of the analysis in the interface language when the core gave its code; its English message otherwise. */
function diagnosticText(t: ReturnType<typeof useT>, d: Diagnostic): string {
  const key = d.code ? (`diagnostic.${d.code}` as MessageKey) : null;
  if (!key || !hasMessage(key)) return d.message;
  return t(key, d.params ?? {});
}

/** Build the case: add, edit and remove articles; new, saved, imported and exported cases. */
export function CaseView() {
  const t = useT();
  const { CaseExtras } = useSlots();
  const dispatch = useAppDispatch();
  const id = useId();
  const name = useAppSelector(selectCaseName);
  const articles = useAppSelector(selectArticleListItems);
  const existing = useAppSelector(selectAllArticles);
  const names = useAppSelector(selectArticleNames);
  const diagnostics = useAppSelector(selectNamedDiagnostics);
  const corrections = useAppSelector(selectCorrections);
  const correctionCount =
    Object.keys(corrections.claimEdits).length + corrections.addedClaims.length + corrections.rowEdits.length + corrections.extraLabels.length;
  const [draftName, setDraftName] = useState(name);
  // Stable, so the memoised article items do not re-render on every change of the case.
  const onEdit = useCallback(
    (articleId: string, changes: MetadataChanges) => dispatch(articleMetadataEdited({ id: articleId, changes })),
    [dispatch],
  );
  const onRemove = useCallback(
    (articleId: string, name: string) => {
      dispatch(articleRemoved(articleId));
      // Undoable (the notice's button, the header's Undo, Ctrl+Z) rather than asked about first.
      dispatch(noticeShown({ level: 'info', message: t('case.removed', { name }), undoable: true }));
    },
    [dispatch, t],
  );
  const onOpen = useCallback(
    (articleId: string) => {
      dispatch(articleSelected(articleId));
      dispatch(viewChanged('article'));
    },
    [dispatch],
  );
  useEffect(() => setDraftName(name), [name]);

  return (
    <div className="case-view">
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('case.heading')}</h2>
        <div className="editor-row">
          <label htmlFor={`${id}-name`}>{t('case.name')}</label>
          <input
            id={`${id}-name`}
            dir="auto"
            value={draftName}
            onChange={(e) => setDraftName(e.target.value)}
            onBlur={() => draftName !== name && dispatch(caseRenamed(draftName))}
          />
          <button
            type="button"
            onClick={() => {
              dispatch(caseCreated(t('case.untitled')));
              dispatch(noticeShown({ level: 'info', message: t('case.created'), undoable: true }));
            }}
          >
            {t('case.new')}
          </button>
        </div>
        <CaseExtras />
        {correctionCount > 0 ? (
          <p className="editor-buttons">
            <span className="edited-mark">{t('case.corrections', { count: correctionCount })}</span>
            <button type="button" onClick={() => dispatch(allCorrectionsReset())}>
              {t('case.resetAll')}
            </button>
          </p>
        ) : null}
      </section>
      <ArticleForm
        onAdd={(items, rejected) => {
          const clean = items.map((item) => (item.format === 'html' ? { ...item, raw: sanitizeHtml(item.raw) } : item));
          const { fresh, repeated } = withoutDuplicates(clean, existing, names);
          if (fresh.length > 0) dispatch(fresh.length === 1 ? articleAdded(fresh[0]!) : articlesAdded(fresh));
          const refused = [...repeated.map((r) => t(r.fileName ? 'case.duplicateFile' : 'case.duplicatePaste', { name: r.fileName ?? '', of: r.of })), ...rejected];
          const added = fresh.length > 0 ? [t('case.added', { count: fresh.length })] : [];
          dispatch(noticeShown({ level: refused.length > 0 ? 'error' : 'info', message: [...added, ...refused].join(' ') }));
        }}
        onReject={(messages) => dispatch(noticeShown({ level: 'error', message: messages.join(' ') }))}
      />
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('case.articlesHeading', { count: articles.length })}</h2>
        <ArticleList
          articles={articles}
          onEdit={onEdit}
          onRemove={onRemove}
          onOpen={onOpen}
        />
        {diagnostics.length > 0 ? (
          <details className="diagnostics" open={diagnostics.some((d) => d.level !== 'info')}>
            <summary>{t('case.diagnostics', { count: diagnostics.length })}</summary>
            <ul>
              {diagnostics.map((d, i) => (
                <li key={i} className={d.level === 'error' ? 'error-text' : undefined}>
                  <span className="badge">{t(d.level === 'error' ? 'case.level.error' : d.level === 'warning' ? 'case.level.warning' : 'case.level.info')}</span>{' '}
                  <bdi>{diagnosticText(t, d)}</bdi>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}
