import { Fragment, memo, useMemo, useRef } from 'react';
import { LabelChip, type ActorChip } from './LabelChip.tsx';
import { directionOf, formatNumber, useLocale, useT, type MessageKey } from '../i18n/index.tsx';
import type { OutletColumn } from './model.ts';
import { TablePadRow } from './TablePadRow.tsx';
import { useWindowedList } from './useWindowedList.ts';
import { remPx, useWindowedColumns } from './useWindowedColumns.ts';

export type { ActorChip };

export interface ActorMatrixRow {
  id: string;
  name: string;
  aliases: string[];
  total: number;
  cells: { articleId: string; chips: ActorChip[]; total: number }[];
}

export interface ActorMatrixProps {
  columns: OutletColumn[];
  actors: ActorMatrixRow[];
  selected?: { actorId: string; articleId: string; key: string } | null;
  /** Makes each chip a button that shows the sentences behind it; absent (the printed report): plain text. */
  onSelect?: (selection: { actorId: string; articleId: string; key: string }) => void;
  /** Direction the outlet columns run in, as in Compare (right to left for a case in Arabic). */
  dir?: 'ltr' | 'rtl';
}

/** Widths (rem) of a windowed matrix's columns, as styles.css sets them (.actor-matrix.is-col-windowed). */
const ROW_HEAD_REM = 14;
const COLUMN_REM = 12;
const ROW_ESTIMATE = 48;

/**
 * Actors as rows, outlets as columns: the labels each outlet gives each actor, as chips coloured by stance
 * (the Actors view) or, without `onSelect`, as text for print (the report): one table, one markup. On
 * screen a big case (hundreds of actors, 1,000 outlets) renders only the rows and columns near the
 * viewport; the printed report has them all.
 */
export function ActorMatrix({ columns, actors, selected = null, onSelect, dir }: ActorMatrixProps) {
  const t = useT();
  const uiDir = directionOf(useLocale());
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => actors.map((a) => a.id), [actors]);
  const onScreen = onSelect !== undefined;
  // A modest overscan: each row is a screen wide of chips.
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE, overscanPx: 300, ...(onScreen ? {} : { threshold: Infinity }) });
  const cols = useWindowedColumns({
    count: columns.length,
    container: scroller,
    width: COLUMN_REM * remPx(),
    leading: ROW_HEAD_REM * remPx(),
    ...(onScreen ? {} : { threshold: Infinity }),
  });
  const windowedRows = list.end - list.start < actors.length;
  const shown = columns.slice(cols.start, cols.end);
  // Stands in for the columns left out (each row needs it, or its cells would shift into its place).
  const padHead = (width: number) => (width > 0 ? <th aria-hidden="true" className="table-pad-col" style={{ width }} /> : null);
  const className = ['table-wrap', windowedRows || cols.windowed ? 'is-windowed' : ''].filter(Boolean).join(' ');
  // The wrapper is always rendered, so the windowing hooks have their scroll container from the start.
  return (
    <div ref={scroller} className={className}>
      {actors.length === 0 ? (
        <p>{t('actors.none')}</p>
      ) : (
        <table
          className={cols.windowed ? 'actor-matrix is-col-windowed' : 'actor-matrix'}
          dir={dir ?? uiDir}
          aria-rowcount={actors.length + 1}
          aria-colcount={columns.length + 1}
          style={cols.windowed ? { width: (ROW_HEAD_REM + columns.length * COLUMN_REM) * remPx() } : undefined}
        >
          <caption className="sr-only" dir={uiDir}>
            {t('actors.caption')}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" dir={uiDir} aria-colindex={1}>
                {t('actors.actor')}
              </th>
              {padHead(cols.padBefore)}
              {shown.map((c, i) => (
                <th scope="col" key={c.articleId} aria-colindex={cols.start + i + 2}>
                  <bdi>{c.label}</bdi>
                </th>
              ))}
              {padHead(cols.padAfter)}
            </tr>
          </thead>
          <tbody>
            <TablePadRow height={list.padBefore} columns={shown.length + 3} />
            {actors.slice(list.start, list.end).map((actor, i) => (
              <MatrixRow
                key={actor.id}
                actor={actor}
                rowIndex={list.start + i + 2}
                columns={columns}
                start={cols.start}
                end={cols.end}
                padBefore={cols.padBefore > 0}
                padAfter={cols.padAfter > 0}
                selected={selected?.actorId === actor.id ? selected : null}
                onSelect={onSelect}
                measureRef={list.measure(actor.id)}
              />
            ))}
            <TablePadRow height={list.padAfter} columns={shown.length + 3} />
          </tbody>
        </table>
      )}
    </div>
  );
}

interface MatrixRowProps {
  actor: ActorMatrixRow;
  rowIndex: number;
  columns: OutletColumn[];
  /** The columns rendered. */
  start: number;
  end: number;
  padBefore: boolean;
  padAfter: boolean;
  /** The selected chip when it is this actor's. */
  selected: ActorMatrixProps['selected'];
  onSelect: ActorMatrixProps['onSelect'];
  measureRef: (element: HTMLElement | null) => void;
}

// Memoised: scrolling re-renders the matrix, but a row only when its columns or its selection change.
const MatrixRow = memo(function MatrixRow({ actor, rowIndex, columns, start, end, padBefore, padAfter, selected, onSelect, measureRef }: MatrixRowProps) {
  const t = useT();
  const locale = useLocale();
  const uiDir = directionOf(locale);
  return (
    <tr aria-rowindex={rowIndex} ref={measureRef}>
      <th scope="row" dir="auto" aria-colindex={1}>
        {actor.name}
        {/* An actor merged across scripts has names in both: each keeps its own direction. */}
        {actor.aliases.length ? (
          <div className="hint">
            {actor.aliases.map((alias, i) => (
              <Fragment key={alias}>
                {i > 0 ? ' · ' : null}
                <bdi>{alias}</bdi>
              </Fragment>
            ))}
          </div>
        ) : null}
      </th>
      {padBefore ? <td aria-hidden="true" className="table-pad-col" /> : null}
      {actor.cells.slice(start, end).map((cell, i) => (
        <td key={cell.articleId} dir={columns[start + i]?.dir ?? 'auto'} aria-colindex={start + i + 2}>
          {cell.chips.length === 0 ? (
            <span className="hint" dir={uiDir}>
              {t('actors.noLabel')}
            </span>
          ) : (
            cell.chips.map((chip, k) => {
              if (!onSelect) {
                const stance = t(`labelStance.${chip.stance}` as MessageKey);
                return (
                  <span key={chip.key} className="chip-text">
                    {k > 0 ? t('list.separator') : null}
                    <bdi>{chip.text}</bdi> ({stance}
                    {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''}
                    {chip.count > 1 ? ` ×${formatNumber(locale, chip.count)}` : ''})
                  </span>
                );
              }
              return (
                <LabelChip
                  key={chip.key}
                  chip={chip}
                  pressed={selected?.articleId === cell.articleId && selected.key === chip.key}
                  onClick={() => onSelect({ actorId: actor.id, articleId: cell.articleId, key: chip.key })}
                />
              );
            })
          )}
        </td>
      ))}
      {padAfter ? <td aria-hidden="true" className="table-pad-col" /> : null}
    </tr>
  );
});
