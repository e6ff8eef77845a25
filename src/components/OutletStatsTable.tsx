import { useMemo, useRef } from 'react';
import { formatNumber, numberLocale, useLocale, useT } from '../i18n/index.tsx';
import { TablePadRow } from './TablePadRow.tsx';
import { useWindowedList } from './useWindowedList.ts';

export interface OutletShare {
  articleId: string;
  label: string;
  attributed: number;
  anonymous: number;
  share: number;
}

/** Rough height of one row (px) until measured. */
const ROW_ESTIMATE = 32;

/**
 * Share of anonymous sources per outlet, as a table. A case of hundreds of outlets renders only the rows
 * near the table's scrolled viewport.
 */
export function AnonymousShareTable({ outlets }: { outlets: OutletShare[] }) {
  const t = useT();
  const locale = useLocale();
  const percent = new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => outlets.map((o) => o.articleId), [outlets]);
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE });
  const windowed = list.end - list.start < outlets.length;
  return (
    <div ref={scroller} className={windowed ? 'table-wrap is-windowed' : 'table-wrap'}>
      <table aria-rowcount={outlets.length + 1}>
        <caption>{t('sources.anonymousCaption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('sources.outlet')}</th>
            <th scope="col">{t('sources.attributed')}</th>
            <th scope="col">{t('sources.anonymous')}</th>
            <th scope="col">{t('sources.share')}</th>
          </tr>
        </thead>
        <tbody>
          <TablePadRow height={list.padBefore} columns={4} />
          {outlets.slice(list.start, list.end).map((o, i) => (
            <tr key={o.articleId} ref={list.measure(o.articleId)} aria-rowindex={list.start + i + 2}>
              <th scope="row">
                <bdi>{o.label}</bdi>
              </th>
              <td>{formatNumber(locale, o.attributed)}</td>
              <td>{formatNumber(locale, o.anonymous)}</td>
              <td>{o.attributed ? percent.format(o.share) : '–'}</td>
            </tr>
          ))}
          <TablePadRow height={list.padAfter} columns={4} />
        </tbody>
      </table>
    </div>
  );
}
