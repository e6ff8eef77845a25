import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { directionOf, useLocale, useT } from '../i18n/index.tsx';
import { ClaimMeta, EditedMark } from './ClaimMeta.tsx';
import { CrossLanguageText } from './CrossLanguageText.tsx';
import { DiffText } from './DiffText.tsx';
import type { CompareCell, CompareRow, OutletColumn } from './model.ts';
import { useWindowedList } from './useWindowedList.ts';
import { remPx, useWindowedColumns } from './useWindowedColumns.ts';

export interface CompareTableProps {
  columns: OutletColumn[];
  rowIds: readonly string[];
  /** Builds a row's cells on demand (only rows in view are built). */
  getRow: (rowId: string) => CompareRow | undefined;
  /** Direction the columns run in (right to left for a case in Arabic). */
  dir: 'ltr' | 'rtl';
  /** A row to bring into view and focus (e.g. coming from the Article view). */
  focusRowId?: string | null;
  onFocusHandled?: () => void;
  selectedClaimId?: string | null;
  onEditClaim: (claimId: string) => void;
  onShowInArticle: (claimId: string, articleId: string) => void;
  onEditRow: (rowId: string) => void;
  /** Puts the row in the address, to share it. */
  onLinkRow?: (rowId: string) => void;
  /** Shown instead of the grid when there is no row; defaults to "No row matches these filters." */
  emptyMessage?: string;
  /** How many outlets the case has (columns may show fewer); defaults to the columns shown. */
  outletTotal?: number;
}

interface Active {
  row: number;
  col: number;
}

const ROW_ESTIMATE = 150;
/** Column widths in rem, as styles.css sets them (.compare-row): a windowed grid's columns have exactly these. */
const ROW_HEAD_REM = 7.5;
const COLUMN_REM = 15;

/**
 * The Compare grid: one row per aligned claim, one column per outlet, word diffs against the reference
 * column. Arrow keys move between cells (a WAI-ARIA grid); long lists render only the rows in view.
 */
export function CompareTable(props: CompareTableProps) {
  const { columns, rowIds, getRow, dir, focusRowId, onFocusHandled, selectedClaimId } = props;
  const t = useT();
  const uiDir = directionOf(useLocale());
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active>({ row: 0, col: 1 });
  const [pendingFocus, setPendingFocus] = useState(false);
  const [headerHeight, setHeaderHeight] = useState(48);
  // Told by an observer once laid out: reading offsetHeight here forced a layout of the grid just
  // rendered inside the task that rendered it (tens of ms with a big case).
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      if (element.offsetHeight) setHeaderHeight(element.offsetHeight);
      return;
    }
    const ro = new ResizeObserver(() => {
      if (element.offsetHeight) setHeaderHeight(element.offsetHeight);
    });
    ro.observe(element);
    return () => ro.disconnect();
  }, [rowIds.length === 0]);
  const list = useWindowedList({ keys: rowIds, container: scroller, estimate: ROW_ESTIMATE, headerOffset: headerHeight });
  // Many outlets: only the columns in view are rendered (and laid out), as only the rows in view are.
  const cols = useWindowedColumns({ count: columns.length, container: scroller, width: COLUMN_REM * remPx(), leading: ROW_HEAD_REM * remPx() });
  const measured = useOffscreenColumns(scroller, header, columns.length, !cols.windowed);
  const offscreen = cols.windowed ? { before: cols.hiddenBefore, after: cols.hiddenAfter } : measured;
  const activate = useCallback((row: number, col: number) => setActive({ row, col }), []);
  const colCount = columns.length + 1;
  const safeActive = { row: Math.min(active.row, Math.max(0, rowIds.length - 1)), col: Math.min(active.col, colCount - 1) };

  useEffect(() => {
    if (!focusRowId) return;
    const index = rowIds.indexOf(focusRowId);
    if (index >= 0) {
      setActive((a) => ({ row: index, col: a.col }));
      list.scrollToIndex(index);
      setPendingFocus(true);
    }
    onFocusHandled?.();
  }, [focusRowId, rowIds, list, onFocusHandled]);

  useEffect(() => {
    if (!pendingFocus) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${safeActive.row}:${safeActive.col}"]`);
    if (cell) {
      cell.focus({ preventScroll: false });
      setPendingFocus(false);
    }
  });

  const move = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rowIds.length - 1, row)), col: Math.max(0, Math.min(colCount - 1, col)) };
    setActive(next);
    list.scrollToIndex(next.row);
    if (next.col > 0) cols.scrollToColumn(next.col - 1);
    setPendingFocus(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target as HTMLElement).hasAttribute('data-cell')) return;
    const { row, col } = safeActive;
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(row + 1, col),
      ArrowUp: () => move(row - 1, col),
      [forward]: () => move(row, col + 1),
      [back]: () => move(row, col - 1),
      PageDown: () => move(row + 10, col),
      PageUp: () => move(row - 10, col),
      Home: () => (event.ctrlKey ? move(0, col) : move(row, 0)),
      End: () => (event.ctrlKey ? move(rowIds.length - 1, col) : move(row, colCount - 1)),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // No row: a plain message, not an empty scrollable grid with nothing to focus in it.
  if (rowIds.length === 0) return <p className="compare-empty">{props.emptyMessage ?? t('compare.noRows')}</p>;
  const visible = rowIds.slice(list.start, list.end);
  const total = props.outletTotal ?? columns.length;
  return (
    <>
    <p className="more-columns" role="status">
      {offscreen.before + offscreen.after > 0 ? t('compare.moreColumns', { count: offscreen.before + offscreen.after }) : ''}
      {offscreen.after > 0 ? <span aria-hidden="true" className="more-columns-arrow">{dir === 'rtl' ? ' ←' : ' →'}</span> : null}
    </p>
    <div
      ref={scroller}
      className={cols.windowed ? 'compare-scroller is-col-windowed' : 'compare-scroller'}
      role="grid"
      aria-label={t('compare.gridLabel')}
      aria-rowcount={rowIds.length + 1}
      aria-colcount={colCount}
      dir={dir}
      style={{ '--outlets': columns.length } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="compare-head" ref={header}>
        <div role="row" aria-rowindex={1} className="compare-row">
          <div role="columnheader" className="compare-rowhead" dir={uiDir} aria-colindex={1}>
            {t('compare.rowHeader')}
          </div>
          {columns.slice(cols.start, cols.end).map((column, c) => (
            <div
              role="columnheader"
              key={column.articleId}
              className="compare-colhead"
              dir="auto"
              aria-colindex={cols.start + c + 2}
              style={cols.windowed ? { gridColumn: cols.start + c + 2 } : undefined}
            >
              <bdi>{column.label}</bdi>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup">
        {list.padBefore > 0 ? <div aria-hidden="true" style={{ height: list.padBefore }} /> : null}
        {visible.map((rowId, offset) => {
          const index = list.start + offset;
          const row = getRow(rowId);
          if (!row) return null;
          return (
            <RowView
              key={rowId}
              row={row}
              index={index}
              columns={columns}
              colStart={cols.windowed ? cols.start : 0}
              colEnd={cols.windowed ? cols.end : columns.length}
              placed={cols.windowed}
              activeCol={safeActive.row === index ? safeActive.col : -1}
              selectedClaimId={selectedClaimId ?? null}
              measureRef={list.measure(rowId)}
              onActivate={activate}
              total={total}
              onEditClaim={props.onEditClaim}
              onShowInArticle={props.onShowInArticle}
              onEditRow={props.onEditRow}
              onLinkRow={props.onLinkRow}
            />
          );
        })}
        {list.padAfter > 0 ? <div aria-hidden="true" style={{ height: list.padAfter }} /> : null}
      </div>
    </div>
    </>
  );
}

/**
 * How many outlet columns lie out of the scroller's view on each side (columns wider than the screen
 * scroll with no sign otherwise).
 */
function useOffscreenColumns(scroller: React.RefObject<HTMLDivElement | null>, header: React.RefObject<HTMLDivElement | null>, count: number, enabled: boolean) {
  const [offscreen, setOffscreen] = useState({ before: 0, after: 0 });
  useEffect(() => {
    const element = scroller.current;
    // A windowed grid counts its columns by arithmetic (measuring each column's box forces a layout).
    if (!element || !enabled) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      if (box.width === 0) return;
      const heads = Array.from(header.current?.querySelectorAll<HTMLElement>('.compare-colhead') ?? []);
      let left = 0;
      let right = 0;
      for (const head of heads) {
        const r = head.getBoundingClientRect();
        if (r.right <= box.left + 1 || r.left < box.left - r.width / 2) left += 1;
        else if (r.left >= box.right - 1 || r.right > box.right + r.width / 2) right += 1;
      }
      const rtl = element.getAttribute('dir') === 'rtl';
      const next = rtl ? { before: right, after: left } : { before: left, after: right };
      setOffscreen((o) => (o.before === next.before && o.after === next.after ? o : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, [scroller, header, count, enabled]);
  return offscreen;
}

interface RowViewProps {
  row: CompareRow;
  index: number;
  columns: OutletColumn[];
  /** The columns rendered (all but a wide grid's off-screen ones). */
  colStart: number;
  colEnd: number;
  /** Cells are placed in their grid column explicitly (a windowed grid skips the others). */
  placed: boolean;
  /** The column of this row holding the grid's focus stop; -1: none. */
  activeCol: number;
  /** Outlets in the case (for "n of N outlets"). */
  total: number;
  selectedClaimId: string | null;
  measureRef: (element: HTMLElement | null) => void;
  onActivate: (row: number, col: number) => void;
  onEditClaim: (claimId: string) => void;
  onShowInArticle: (claimId: string, articleId: string) => void;
  onEditRow: (rowId: string) => void;
  onLinkRow?: ((rowId: string) => void) | undefined;
}

// Memoised: scrolling re-renders the table, but a row only when its own data or focus changes.
const RowView = memo(function RowView({ row, index, columns, colStart, colEnd, placed, activeCol, total, selectedClaimId, measureRef, onActivate, ...events }: RowViewProps) {
  const t = useT();
  const uiDir = directionOf(useLocale());
  return (
    <div role="row" aria-rowindex={index + 2} className="compare-row" ref={measureRef}>
      <div
        role="rowheader"
        aria-colindex={1}
        dir={uiDir}
        className="compare-rowhead"
        data-cell={`${index}:0`}
        tabIndex={activeCol === 0 ? 0 : -1}
        onFocus={() => onActivate(index, 0)}
      >
        <span className="row-number">{t('compare.rowNumber', { n: row.number })}</span>{' '}
        <span className="row-coverage">{t('compare.coverage', { n: row.coverage, total })}</span>{' '}
        {row.edited ? <EditedMark /> : null}{' '}
        {row.origin ? (
          <span className="row-origin">
            {t('compare.oneOrigin', { origin: row.origin })}
          </span>
        ) : null}
        <button
          type="button"
          className="link-button"
          tabIndex={activeCol === 0 ? 0 : -1}
          onClick={() => events.onEditRow(row.id)}
          aria-label={t('compare.editRowLabel', { n: row.number })}
        >
          {t('compare.editRow')}
        </button>
        {events.onLinkRow ? (
          <button
            type="button"
            className="link-button"
            tabIndex={activeCol === 0 ? 0 : -1}
            onClick={() => events.onLinkRow?.(row.id)}
            aria-label={t('compare.linkRowLabel', { n: row.number })}
          >
            {t('compare.linkRow')}
          </button>
        ) : null}
      </div>
      {row.cells.slice(colStart, colEnd).map((cell, offset) => {
        const c = colStart + offset;
        return (
        <Cell
          key={cell.articleId}
          cell={cell}
          column={columns[c]!}
          index={index}
          col={c + 1}
          placed={placed}
          active={activeCol === c + 1}
          selectedClaimId={selectedClaimId}
          onFocus={() => onActivate(index, c + 1)}
          onEditClaim={events.onEditClaim}
          onShowInArticle={events.onShowInArticle}
        />
        );
      })}
    </div>
  );
});

interface CellProps {
  cell: CompareCell;
  column: OutletColumn;
  index: number;
  col: number;
  /** Placed in its grid column explicitly (see RowViewProps.placed). */
  placed: boolean;
  active: boolean;
  selectedClaimId: string | null;
  onFocus: () => void;
  onEditClaim: (claimId: string) => void;
  onShowInArticle: (claimId: string, articleId: string) => void;
}

function Cell({ cell, column, index, col, placed, active, selectedClaimId, onFocus, onEditClaim, onShowInArticle }: CellProps) {
  const t = useT();
  const uiDir = directionOf(useLocale());
  const className = ['compare-cell', cell.isReference ? 'is-reference' : '', cell.claims.length === 0 ? 'is-missing' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="gridcell"
      className={className}
      data-cell={`${index}:${col}`}
      aria-colindex={col + 1}
      style={placed ? { gridColumn: col + 1 } : undefined}
      tabIndex={active ? 0 : -1}
      onFocus={onFocus}
      aria-label={cell.claims.length === 0 ? `${column.label}: ${t('compare.notReported')}` : undefined}
    >
      {cell.claims.length === 0 ? (
        <p className="not-reported" dir={uiDir}>{t('compare.notReported')}</p>
      ) : (
        cell.claims.map((claim) => (
          <article key={claim.id} className={claim.id === selectedClaimId ? 'cell-claim is-selected' : 'cell-claim'}>
            {claim.correspondence ? (
              <CrossLanguageText correspondence={claim.correspondence} language={column.language} dir={column.dir} />
            ) : (
              <p className="claim-text" dir={column.dir} lang={column.language}>
                {claim.parts ? <DiffText parts={claim.parts} /> : claim.text}
              </p>
            )}
            {claim.disagrees ? (
              <span className="badge disagrees" role="note" aria-label={t('compare.disagreesLabel')} title={t('compare.disagreesLabel')}>
                <span aria-hidden="true">≠ </span>
                {t('compare.disagrees')}
              </span>
            ) : null}
            <ClaimMeta source={claim.source} cue={claim.cue} />
            <div className="cell-actions" dir={uiDir}>
              {claim.edited ? <EditedMark /> : null}
              {claim.headline ? (
                <span className="badge headline">{t('compare.headline')}</span>
              ) : (
                <button type="button" className="link-button" tabIndex={active ? 0 : -1} onClick={() => onEditClaim(claim.id)}>
                  {t('compare.editClaim')}
                </button>
              )}
              <button
                type="button"
                className="link-button"
                tabIndex={active ? 0 : -1}
                onClick={() => onShowInArticle(claim.id, claim.articleId)}
              >
                {t('compare.readInArticle')}
              </button>
            </div>
          </article>
        ))
      )}
    </div>
  );
}
