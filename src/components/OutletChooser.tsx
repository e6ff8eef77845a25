import { useState } from 'react';
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
  const hiddenSet = new Set(hidden);
  const shown = columns.length - columns.filter((c) => hiddenSet.has(c.articleId)).length;
  // The list is built when opened: a case of 1,000 outlets would otherwise add 3,000 controls to Compare.
  const [open, setOpen] = useState(false);
  return (
    <details className="outlet-chooser" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('compare.outletsShown', { shown, total: columns.length })}</summary>
      {open ? (
      <ol aria-label={t('compare.outletsLabel')}>
        {columns.map((column, i) => (
          <li key={column.articleId}>
            <label>
              <input type="checkbox" checked={!hiddenSet.has(column.articleId)} onChange={() => onToggle(column.articleId)} />{' '}
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
      ) : null}
      <button type="button" onClick={onReset}>
        {t('compare.outletsReset')}
      </button>
    </details>
  );
}
