import { Fragment, memo, useMemo, useRef } from 'react';
import type { LabelStance } from '../core/types.ts';
import { directionOf, useLocale, useT, type MessageKey } from '../i18n/index.tsx';
import type { OutletColumn } from './model.ts';
import { TablePadRow } from './TablePadRow.tsx';
import { useWindowedList } from './useWindowedList.ts';
import { remPx, useWindowedColumns } from './useWindowedColumns.ts';

export interface ActorChip {
  key: string;
  text: string;
  stance: LabelStance;
  count: number;
  origin: 'lexicon' | 'discovered' | 'user';
}

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
  selected: { actorId: string; articleId: string; key: string } | null;
  onSelect: (selection: { actorId: string; articleId: string; key: string }) => void;
  /** Direction the outlet columns run in, as in Compare (right to left for a case in Arabic). */
  dir?: 'ltr' | 'rtl';
}

const STANCE_SIGN: Record<LabelStance, string> = { positive: '+', negative: '−', neutral: '·' };

/** Widths (rem) of a windowed matrix's columns, as styles.css sets them (.actor-matrix.is-col-windowed). */
const ROW_HEAD_REM = 14;
const COLUMN_REM = 12;
const ROW_ESTIMATE = 48;

/**
 * Actors as rows, outlets as columns: the labels each outlet gives each actor, as chips coloured by stance.
 * A big case (hundreds of actors, 1,000 outlets) renders only the rows and the columns near the viewport.
 */
export function ActorMatrix({ columns, actors, selected, onSelect, dir }: ActorMatrixProps) {
  const t = useT();
  const uiDir = directionOf(useLocale());
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => actors.map((a) => a.id), [actors]);
  // A modest overscan: each row is a screen wide of chips.
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE, overscanPx: 300 });
  const cols = useWindowedColumns({ count: columns.length, container: scroller, width: COLUMN_REM * remPx(), leading: ROW_HEAD_REM * remPx() });
  const windowedRows = list.end - list.start < actors.length;
  const shown = columns.slice(cols.start, cols.end);
  // Stands in for the columns left out (each row needs it, or its cells would shift into its place).
  const pad = (width: number, cell: 'th' | 'td') =>
    width > 0 ? (cell === 'th' ? <th aria-hidden="true" className="table-pad-col" style={{ width }} /> : <td aria-hidden="true" className="table-pad-col" />) : null;
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
              {pad(cols.padBefore, 'th')}
              {shown.map((c, i) => (
                <th scope="col" key={c.articleId} aria-colindex={cols.start + i + 2}>
                  <bdi>{c.label}</bdi>
                </th>
              ))}
              {pad(cols.padAfter, 'th')}
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
  const uiDir = directionOf(useLocale());
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
            cell.chips.map((chip) => {
              const isSelected = selected?.articleId === cell.articleId && selected.key === chip.key;
              return (
                <button
                  type="button"
                  key={chip.key}
                  className={`chip ${chip.stance}${chip.origin === 'user' ? ' user' : ''}`}
                  aria-pressed={isSelected}
                  onClick={() => onSelect({ actorId: actor.id, articleId: cell.articleId, key: chip.key })}
                  title={t(`labelStance.${chip.stance}` as MessageKey)}
                >
                  <span aria-hidden="true">{STANCE_SIGN[chip.stance]}</span>
                  <bdi>{chip.text}</bdi>
                  <span className="sr-only">
                    ({t(`labelStance.${chip.stance}` as MessageKey)}
                    {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''})
                  </span>
                  {chip.origin === 'user' ? <span aria-hidden="true"> ✎</span> : null}
                  {chip.count > 1 ? <span className="chip-count">×{chip.count}</span> : null}
                </button>
              );
            })
          )}
        </td>
      ))}
      {padAfter ? <td aria-hidden="true" className="table-pad-col" /> : null}
    </tr>
  );
});
