import { useMemo, useRef } from 'react';
import { TablePadRow } from '../../components/TablePadRow.tsx';
import { useWindowedList } from '../../components/useWindowedList.ts';
import { formatNumber, useLocale, useT } from '../../i18n/index.tsx';
import type { CitedOutlet } from '../../model/sourceIdentity.ts';

/** Rough height of one row (px) until measured. */
const ROW_ESTIMATE = 32;

const keyOf = (r: CitedOutlet) => `${r.articleId}|${r.cited}`;

/**
 * Who cites whom: each outlet, the outlets and agencies it relays, and how many claims it takes from each.
 * A case of hundreds of outlets renders only the rows near the table's scrolled viewport.
 */
export function CitedOutletsTable({ rows }: { rows: readonly CitedOutlet[] }) {
  const t = useT();
  const locale = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => rows.map(keyOf), [rows]);
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE });
  if (rows.length === 0) return <p>{t('sources.citedNone')}</p>;
  const windowed = list.end - list.start < rows.length;
  return (
    <div ref={scroller} className={windowed ? 'table-wrap is-windowed' : 'table-wrap'}>
      <table aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{t('sources.citedCaption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('sources.outlet')}</th>
            <th scope="col">{t('sources.cites')}</th>
            <th scope="col">{t('sources.claims')}</th>
          </tr>
        </thead>
        <tbody>
          <TablePadRow height={list.padBefore} columns={3} />
          {rows.slice(list.start, list.end).map((r, i) => (
            <tr key={keyOf(r)} ref={list.measure(keyOf(r))} aria-rowindex={list.start + i + 2}>
              <th scope="row">
                <bdi>{r.citing}</bdi>
              </th>
              <td dir="auto">
                <bdi>{r.cited}</bdi>
                {r.citedArticleId !== undefined ? <span className="hint"> ({t('sources.inCase')})</span> : null}
              </td>
              <td>{formatNumber(locale, r.claimIds.length)}</td>
            </tr>
          ))}
          <TablePadRow height={list.padAfter} columns={3} />
        </tbody>
      </table>
    </div>
  );
}
