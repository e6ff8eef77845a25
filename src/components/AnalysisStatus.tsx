import { useT } from '../i18n/index.tsx';

export interface AnalysisStatusProps {
  status: 'idle' | 'running' | 'done' | 'error';
  progress: number;
  stage: string;
  error: string | null;
  diagnostics: number;
}

/** Progress of the analysis running in the worker (the page stays usable meanwhile). */
export function AnalysisStatus({ status, progress, stage, error, diagnostics }: AnalysisStatusProps) {
  const t = useT();
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
      </div>
    );
  }
  if (status === 'error') {
    return (
      <p className="analysis-status error-text" role="alert">
        {t('analysis.failed', { reason: error ?? '' })}
      </p>
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
