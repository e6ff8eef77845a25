import { useT } from '../i18n/index.tsx';

export interface OutletShare {
  articleId: string;
  label: string;
  attributed: number;
  anonymous: number;
  share: number;
}

/** Share of anonymous sources per outlet, as a table. */
export function AnonymousShareTable({ outlets }: { outlets: OutletShare[] }) {
  const t = useT();
  const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('sources.anonymousCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.outlet')}</th>
            <th scope="col">{t('sources.attributed')}</th>
            <th scope="col">{t('sources.anonymous')}</th>
            <th scope="col">{t('sources.share')}</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.articleId}>
              <th scope="row">
                <bdi>{o.label}</bdi>
              </th>
              <td>{o.attributed}</td>
              <td>{o.anonymous}</td>
              <td>{o.attributed ? percent.format(o.share) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
