import { nanoid } from '@reduxjs/toolkit';
import { useId, useState } from 'react';
import { toCsv } from '../../core/export/csv.ts';
import type { CaseAnalysis } from '../../core/types.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { nameOf, selectArticleNames } from '../../model/outlets.ts';
import { caseLoaded, selectCaseId, selectCaseSnapshot } from '../../model/caseSlice.ts';
import { selectCorrections } from '../../model/correctionsSlice.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { noticeShown, viewChanged } from '../../model/uiSlice.ts';
import { download, fileSlug } from './download.ts';
import { CASE_FORMAT_VERSION, parseCaseFile, serializeCase, type CaseFileRefusal } from './exchange.ts';
import { caseImported, savedCaseDeleted, savedCaseOpened, selectSavedCases } from '../../model/librarySlice.ts';

const PROBLEM_KEYS = {
  empty: 'library.problem.empty',
  truncated: 'library.problem.truncated',
  'not-json': 'library.problem.notJson',
  'not-a-case': 'library.problem.notACase',
  'future-version': 'library.problem.futureVersion',
  invalid: 'library.problem.invalid',
} as const;

/** Why a case file was refused, in the interface language (field paths stay as the file has them). */
function refusalText(t: ReturnType<typeof useT>, refusal: CaseFileRefusal): string {
  return t(PROBLEM_KEYS[refusal.code], { detail: refusal.reason, version: refusal.version ?? 0, supported: CASE_FORMAT_VERSION });
}

/** Saved cases, the example case, import and export. */
export function LibraryPanel() {
  const t = useT();
  const language = useLocale();
  const id = useId();
  const dispatch = useAppDispatch();
  const saved = useAppSelector(selectSavedCases);
  const currentId = useAppSelector(selectCaseId);
  const snapshot = useAppSelector(selectCaseSnapshot);
  const corrections = useAppSelector(selectCorrections);
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const names = useAppSelector(selectArticleNames);
  const others = saved.filter((c) => c.id !== currentId);
  const [chosen, setChosen] = useState('');
  const pick = others.some((c) => c.id === chosen) ? chosen : (others[0]?.id ?? '');

  const importFile = async (file: File) => {
    const parsed = parseCaseFile(await file.text());
    if (!parsed.ok) {
      dispatch(noticeShown({ level: 'error', message: t('library.importRefused', { name: file.name, reason: refusalText(t, parsed) }) }));
      return;
    }
    // Opened as a copy where the id is taken (the listener asks storage: the store's list can lag behind it).
    dispatch(caseImported({ ...parsed.data, notice: { level: 'info', message: t('library.imported', { name: parsed.data.snapshot.name || file.name }), undoable: true } }));
  };

  const exportCsv = () => {
    if (!analysis) return;
    // Each article's outlet as every view names it (a file name, "Article N"), not its bare id.
    const articles = analysis.articles.map((a) => ({ ...a, outlet: nameOf(names, a) }));
    const plain: CaseAnalysis = { articles, rows: analysis.rows, actors: analysis.actors, diagnostics: analysis.diagnostics };
    download(`${fileSlug(snapshot.name)}.csv`, toCsv(plain), 'text/csv;charset=utf-8');
  };

  return (
    <div className="library">
      {others.length > 0 ? (
        <div className="editor-row">
          <label htmlFor={`${id}-saved`}>{t('library.saved')}</label>
          <select id={`${id}-saved`} value={pick} onChange={(e) => setChosen(e.target.value)}>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {t('library.savedItem', { name: c.name || t('case.untitled'), count: c.articleCount })}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => pick && dispatch(savedCaseOpened(pick))}>
            {t('library.open')}
          </button>
          <button type="button" onClick={() => pick && dispatch(savedCaseDeleted(pick))}>
            {t('library.delete')}
          </button>
        </div>
      ) : null}
      <div className="editor-buttons">
        <button
          type="button"
          onClick={async () => {
            // Its own chunk, fetched when asked for. A fresh copy every time: an edited example (saved
            // under its own id) is never written over.
            const { exampleCase } = await import('./exampleCase.ts');
            dispatch(caseLoaded({ snapshot: { ...exampleCase(language), id: `example-${nanoid(8)}` } }));
            dispatch(noticeShown({ level: 'info', message: t('case.exampleLoaded'), undoable: true }));
          }}
        >
          {t('library.example')}
        </button>
        <button
          type="button"
          onClick={() => download(`${fileSlug(snapshot.name)}.parallax.json`, serializeCase(snapshot, corrections, null), 'application/json')}
        >
          {t('library.exportJson')}
        </button>
        <button type="button" onClick={exportCsv} disabled={!analysis}>
          {t('library.exportCsv')}
        </button>
        <button type="button" onClick={() => dispatch(viewChanged('report'))}>
          {t('library.report')}
        </button>
        <label htmlFor={`${id}-import`} className="file-button">
          {t('library.importJson')}
        </label>
        <input
          id={`${id}-import`}
          className="file-input"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
