import { useT } from '../i18n/index.tsx';

export interface AnalysisStatusProps {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  progress: number;
  stage: string;
  error: string | null;
  diagnostics: number;
  /** Stops the running analysis (shown as a Cancel button while it runs). */
  onCancel?: () => void;
  /** Runs the analysis again (shown after a cancel or a failure). */
  onRerun?: () => void;
}

/** Progress of the analysis running in the worker (the page stays usable meanwhile). */
export function AnalysisStatus({ status, progress, stage, error, diagnostics, onCancel, onRerun }: AnalysisStatusProps) {
  const t = useT();
  const rerun = onRerun ? (
    <button type="button" onClick={onRerun}>
      {t('analysis.rerun')}
    </button>
  ) : null;
  if (status === 'running') {
    const percent = Math.round(progress * 100);
    return (
      <div className="analysis-status">
        <label>
          {t('analysis.running', { stage: stage || '…' })}{' '}
          <progress max={100} value={percent} aria-valuetext={`${percent}%`}>
            {percent}%
          </progress>
        </label>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('analysis.cancel')}
          </button>
        ) : null}
      </div>
    );
  }
  if (status === 'cancelled') {
    return (
      <div className="analysis-status">
        <p role="status">{t('analysis.cancelled')}</p>
        {rerun}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="analysis-status">
        <p className="error-text" role="alert">
          {t('analysis.failed', { reason: error ?? '' })}
        </p>
        {rerun}
      </div>
    );
  }
  if (status === 'done') {
    return (
      <p className="analysis-status" role="status">
        {diagnostics > 0 ? t('analysis.doneWithNotes', { count: diagnostics }) : t('analysis.done')}
      </p>
    );
  }
  return null;
}
