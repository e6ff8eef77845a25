import { memo, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SourceKind } from '../core/types.ts';
import { commaOf } from '../core/lang/profiles.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { KindBadge } from './ClaimMeta.tsx';
import { TablePadRow } from './TablePadRow.tsx';
import { useWindowedList } from './useWindowedList.ts';

/** Rough height of one row (px) until measured. */
const ROW_ESTIMATE = 40;

/** Outlets named in a source's row; a source a whole 1,000-outlet case cites says how many more. */
const OUTLETS_SHOWN = 20;

export interface SourceRow {
  key: string;
  text: string;
  kind: SourceKind;
  affiliations: string[];
  outlets: string[];
  claims: { id: string; articleId: string; text: string }[];
}

type SortKey = 'text' | 'kind' | 'outlets' | 'claims';

/** Every stated source: sortable by clicking a column heading (the sort is announced with aria-sort). */
export function SourcesTable({
  sources,
  onShowClaim,
  outletDir,
}: {
  sources: SourceRow[];
  onShowClaim: (claimId: string, articleId: string) => void;
  /** Direction outlets run in, as Compare's columns (a source's outlets are listed in column order). */
  outletDir?: 'ltr' | 'rtl';
}) {
  const t = useT();
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'claims', asc: false });
  const sorted = useMemo(() => {
    const value = (s: SourceRow) =>
      sort.key === 'text' ? s.text : sort.key === 'kind' ? t(`kind.${s.kind}` as MessageKey) : sort.key === 'outlets' ? s.outlets.length : s.claims.length;
    // One collator for the whole sort (localeCompare builds one per call: slow over thousands of sources).
    const compare = new Intl.Collator().compare;
    return [...sources].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y));
      return (sort.asc ? order : -order) || compare(a.text, b.text);
    });
  }, [sources, sort, t]);
  // A case of 1,000 articles has thousands of sources: only the rows near the viewport are rendered.
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => sorted.map((s) => s.key), [sorted]);
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE });
  const windowed = list.end - list.start < sorted.length;
  const header = (key: SortKey, label: MessageKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, asc: sort.key === key ? !sort.asc : key === 'text' || key === 'kind' })}>
        {t(label)} {sort.key === key ? (sort.asc ? '▲' : '▼') : ''}
      </button>
    </th>
  );
  // The wrapper is always rendered, so the windowing hook has its scroll container from the start.
  return (
    <div ref={scroller} className={windowed ? 'table-wrap is-windowed' : 'table-wrap'}>
      {sources.length === 0 ? (
        <p>{t('sources.none')}</p>
      ) : (
        <table aria-rowcount={sorted.length + 1}>
          <caption className="sr-only">{t('sources.caption')}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {header('text', 'sources.source')}
              {header('kind', 'sources.kind')}
              <th scope="col">{t('sources.affiliation')}</th>
              {header('outlets', 'sources.outlets')}
              {header('claims', 'sources.claims')}
            </tr>
          </thead>
          <tbody>
            <TablePadRow height={list.padBefore} columns={5} />
            {sorted.slice(list.start, list.end).map((source, i) => (
              <SourceTableRow
                key={source.key}
                source={source}
                rowIndex={list.start + i + 2}
                outletDir={outletDir}
                measureRef={list.measure(source.key)}
                onShowClaim={onShowClaim}
              />
            ))}
            <TablePadRow height={list.padAfter} columns={5} />
          </tbody>
        </table>
      )}
    </div>
  );
}

interface SourceTableRowProps {
  source: SourceRow;
  rowIndex: number;
  outletDir: 'ltr' | 'rtl' | undefined;
  measureRef: (element: HTMLElement | null) => void;
  onShowClaim: (claimId: string, articleId: string) => void;
}

const SourceTableRow = memo(function SourceTableRow({ source, rowIndex, outletDir, measureRef, onShowClaim }: SourceTableRowProps) {
  const t = useT();
  // The claim list is built when opened: closed, it is a summary only (most stay closed).
  const [open, setOpen] = useState(false);
  return (
    <tr ref={measureRef} aria-rowindex={rowIndex}>
      <th scope="row" dir="auto">
        {source.text}
      </th>
      <td>
        <KindBadge kind={source.kind} />
      </td>
      <td dir="auto">{source.affiliations.join(t('list.separator'))}</td>
      <td>
        <span className="outlet-list" {...(outletDir ? { dir: outletDir } : {})}>
          {source.outlets.slice(0, OUTLETS_SHOWN).flatMap((o, i): ReactNode[] => {
            const name = (
              <bdi key={o} className="outlet-name">
                {o}
              </bdi>
            );
            return i ? [`${commaOf(outletDir ?? 'ltr')} `, name] : [name];
          })}
          {source.outlets.length > OUTLETS_SHOWN ? ` ${t('sources.moreOutlets', { count: source.outlets.length - OUTLETS_SHOWN })}` : null}
        </span>
      </td>
      <td>
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('sources.claimCount', { count: source.claims.length })}</summary>
          {open ? (
            <ul>
              {source.claims.map((c) => (
                <li key={c.id}>
                  <span dir="auto">{c.text}</span>{' '}
                  <button type="button" className="link-button" onClick={() => onShowClaim(c.id, c.articleId)}>
                    {t('compare.readInArticle')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      </td>
    </tr>
  );
});
