import { lazy, Suspense, useEffect, useState } from 'react';
import { AnalysisStatus } from '../components/AnalysisStatus.tsx';
import { Glossary } from '../components/Glossary.tsx';
import { ViewNav } from '../components/ViewNav.tsx';
import { ActorsView } from '../features/actors/ActorsView.tsx';
import {
  analysisCancelled,
  analysisRerunRequested,
  selectAnalysisError,
  selectAnalysisProgress,
  selectAnalysisStage,
  selectAnalysisStatus,
  selectRawAnalysis,
} from '../model/analysisSlice.ts';
import { ArticleView } from '../features/article/ArticleView.tsx';
import { CaseView } from '../features/case/CaseView.tsx';
import { selectCaseName } from '../model/caseSlice.ts';
import { CompareView } from '../features/compare/CompareView.tsx';
import { PersistenceAlert } from '../features/library/PersistenceAlert.tsx';
import { TeamPanel } from '../features/team/TeamPanel.tsx';
import { ReportView } from '../features/report/ReportView.tsx';
import { SourcesView } from '../features/sources/SourcesView.tsx';
import {
  languageChanged,
  noticeDismissed,
  selectNotice,
  selectUiLanguage,
  selectView,
  viewChanged,
  type ViewName,
} from '../model/uiSlice.ts';
import { redone, selectCanRedo, selectCanUndo, undone } from '../model/history.ts';
import { directionOf, I18nProvider, useT } from '../i18n/index.tsx';
import { AppSlots } from './slots.tsx';
import { useAppDispatch, useAppSelector } from '../model/hooks.ts';

// Chart.js is the largest dependency: load it only when Charts is opened.
const ChartsView = lazy(() => import('../features/charts/ChartsView.tsx').then((m) => ({ default: m.ChartsView })));

const VIEWS: readonly ViewName[] = ['case', 'compare', 'article', 'actors', 'sources', 'charts', 'report'];

/** The dashboard: header, navigation and the current view, in the chosen interface language. */
export function App() {
  const language = useAppSelector(selectUiLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return (
    <I18nProvider locale={language}>
      <div className="app" dir={directionOf(language)} lang={language}>
        <AppSlots>
          <Shell />
        </AppSlots>
      </div>
    </I18nProvider>
  );
}

/** Info notices go away on their own; errors stay until dismissed. */
const NOTICE_MS = 10_000;

const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo case edits, except while typing in a field (the field's own undo). */
function useUndoKeys() {
  const dispatch = useAppDispatch();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch(undone());
      else if ((key === 'z' && event.shiftKey) || key === 'y') dispatch(redone());
      else return;
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [dispatch]);
}

function NoticeBar() {
  const t = useT();
  const dispatch = useAppDispatch();
  const notice = useAppSelector(selectNotice);
  useEffect(() => {
    if (!notice || notice.level !== 'info') return;
    const timer = setTimeout(() => dispatch(noticeDismissed()), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dispatch]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
      <span dir="auto">{notice.message}</span>
      {notice.undoable ? (
        <button
          type="button"
          onClick={() => {
            dispatch(undone());
            dispatch(noticeDismissed());
          }}
        >
          {t('history.undo')}
        </button>
      ) : null}
      <button type="button" onClick={() => dispatch(noticeDismissed())} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}

function HistoryButtons() {
  const t = useT();
  const dispatch = useAppDispatch();
  const canUndo = useAppSelector(selectCanUndo);
  const canRedo = useAppSelector(selectCanRedo);
  return (
    <div className="history-buttons" role="group" aria-label={t('history.label')}>
      <button type="button" disabled={!canUndo} onClick={() => dispatch(undone())} aria-keyshortcuts="Control+Z" title={t('history.undoLabel')}>
        {t('history.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => dispatch(redone())} aria-keyshortcuts="Control+Shift+Z" title={t('history.redoLabel')}>
        {t('history.redo')}
      </button>
    </div>
  );
}

function Shell() {
  useUndoKeys();
  const [helpOpen, setHelpOpen] = useState(false);
  const t = useT();
  const dispatch = useAppDispatch();
  const view = useAppSelector(selectView);
  const language = useAppSelector(selectUiLanguage);
  const caseName = useAppSelector(selectCaseName);
  const status = useAppSelector(selectAnalysisStatus);
  const progress = useAppSelector(selectAnalysisProgress);
  const stage = useAppSelector(selectAnalysisStage);
  const error = useAppSelector(selectAnalysisError);
  const diagnostics = useAppSelector(selectRawAnalysis)?.diagnostics.length ?? 0;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          {caseName ? (
            <p className="case-name">
              <bdi>{caseName}</bdi>
            </p>
          ) : null}
        </div>
        <AnalysisStatus
          status={status}
          progress={progress}
          stage={stage}
          error={error}
          diagnostics={diagnostics}
          onCancel={() => dispatch(analysisCancelled())}
          onRerun={() => dispatch(analysisRerunRequested())}
        />
        <HistoryButtons />
        <button type="button" aria-expanded={helpOpen} onClick={() => setHelpOpen((open) => !open)}>
          {t('help.open')}
        </button>
        <button
          type="button"
          className="language-switch"
          lang={language === 'en' ? 'ar' : 'en'}
          onClick={() => dispatch(languageChanged(language === 'en' ? 'ar' : 'en'))}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      <ViewNav views={VIEWS} current={view} onSelect={(v) => dispatch(viewChanged(v))} />
      <PersistenceAlert />
      <TeamPanel />
      <NoticeBar />
      {helpOpen ? <Glossary onClose={() => setHelpOpen(false)} /> : null}
      <main id="main" tabIndex={-1} aria-label={t(`nav.${view}`)}>
        {view === 'case' ? <CaseView /> : null}
        {view === 'compare' ? <CompareView /> : null}
        {view === 'article' ? <ArticleView /> : null}
        {view === 'actors' ? <ActorsView /> : null}
        {view === 'sources' ? <SourcesView /> : null}
        {view === 'charts' ? (
          <Suspense fallback={<p>{t('charts.loading')}</p>}>
            <ChartsView />
          </Suspense>
        ) : null}
        {view === 'report' ? <ReportView /> : null}
      </main>
    </>
  );
}
