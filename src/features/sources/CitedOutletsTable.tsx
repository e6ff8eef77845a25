import { useT } from '../../i18n/index.tsx';
import type { CitedOutlet } from '../../model/sourceIdentity.ts';

/** Who cites whom: each outlet, the outlets and agencies it relays, and how many claims it takes from each. */
export function CitedOutletsTable({ rows }: { rows: readonly CitedOutlet[] }) {
  const t = useT();
  if (rows.length === 0) return <p>{t('sources.citedNone')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{t('sources.citedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.outlet')}</th>
            <th scope="col">{t('sources.cites')}</th>
            <th scope="col">{t('sources.claims')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.articleId}|${r.cited}`}>
              <th scope="row">
                <bdi>{r.citing}</bdi>
              </th>
              <td dir="auto">
                <bdi>{r.cited}</bdi>
                {r.citedArticleId !== undefined ? <span className="hint"> ({t('sources.inCase')})</span> : null}
              </td>
              <td>{r.claimIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
