import { useT } from '../i18n/index.tsx';
import type { OutletColumn } from './model.ts';

export interface OutletChooserProps {
  /** Every outlet, in the order the columns run. */
  columns: OutletColumn[];
  hidden: readonly string[];
  onToggle: (articleId: string) => void;
  onMove: (articleId: string, by: -1 | 1) => void;
  onReset: () => void;
}

/** Which outlets Compare shows as columns, and in which order. */
export function OutletChooser({ columns, hidden, onToggle, onMove, onReset }: OutletChooserProps) {
  const t = useT();
  const shown = columns.length - columns.filter((c) => hidden.includes(c.articleId)).length;
  return (
    <details className="outlet-chooser">
      <summary>{t('compare.outletsShown', { shown, total: columns.length })}</summary>
      <ol aria-label={t('compare.outletsLabel')}>
        {columns.map((column, i) => (
          <li key={column.articleId}>
            <label>
              <input type="checkbox" checked={!hidden.includes(column.articleId)} onChange={() => onToggle(column.articleId)} />{' '}
              <bdi>{column.label}</bdi>
            </label>{' '}
            <button type="button" disabled={i === 0} onClick={() => onMove(column.articleId, -1)} aria-label={t('compare.moveEarlier', { name: column.label })}>
              ↑
            </button>
            <button
              type="button"
              disabled={i === columns.length - 1}
              onClick={() => onMove(column.articleId, 1)}
              aria-label={t('compare.moveLater', { name: column.label })}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onReset}>
        {t('compare.outletsReset')}
      </button>
    </details>
  );
}
