import { useState, type ReactNode } from 'react';
import type { SourceKind } from '../core/types.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { KindBadge } from './ClaimMeta.tsx';

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
  const value = (s: SourceRow) =>
    sort.key === 'text' ? s.text : sort.key === 'kind' ? t(`kind.${s.kind}` as MessageKey) : sort.key === 'outlets' ? s.outlets.length : s.claims.length;
  const sorted = [...sources].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (sort.asc ? order : -order) || a.text.localeCompare(b.text);
  });
  const header = (key: SortKey, label: MessageKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, asc: sort.key === key ? !sort.asc : key === 'text' || key === 'kind' })}>
        {t(label)} {sort.key === key ? (sort.asc ? '▲' : '▼') : ''}
      </button>
    </th>
  );
  if (sources.length === 0) return <p>{t('sources.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{t('sources.caption')}</caption>
        <thead>
          <tr>
            {header('text', 'sources.source')}
            {header('kind', 'sources.kind')}
            <th scope="col">{t('sources.affiliation')}</th>
            {header('outlets', 'sources.outlets')}
            {header('claims', 'sources.claims')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((source) => (
            <tr key={source.key}>
              <th scope="row" dir="auto">
                {source.text}
              </th>
              <td>
                <KindBadge kind={source.kind} />
              </td>
              <td dir="auto">{source.affiliations.join('، ')}</td>
              <td>
                <span className="outlet-list" {...(outletDir ? { dir: outletDir } : {})}>
                  {source.outlets
                    .map((o) => (
                      <bdi key={o} className="outlet-name">
                        {o}
                      </bdi>
                    ))
                    .reduce<ReactNode[]>((acc, el, i) => (i ? [...acc, outletDir === 'rtl' ? '، ' : ', ', el] : [el]), [])}
                </span>
              </td>
              <td>
                <details>
                  <summary>{t('sources.claimCount', { count: source.claims.length })}</summary>
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
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
