import { useId } from 'react';
import { ActorMatrix } from '../../components/ActorMatrix.tsx';
import { ClaimMeta } from '../../components/ClaimMeta.tsx';
import { DiffText } from '../../components/DiffText.tsx';
import { blindspotsByOutlet } from '../../model/blindspots.ts';
import { formatNumber, localDigits, numberLocale, useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useAppSelector } from '../../model/hooks.ts';
import { selectActorMatrix } from '../../model/actorMatrix.ts';
import { selectCaseName } from '../../model/caseSlice.ts';
import { selectColumns, selectCompareDirection, selectReferenceColumnId, selectRowBuilder } from '../../model/columns.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { SOURCE_KINDS } from '../../core/vocabulary.ts';
import { selectCaseStats } from '../../model/outletStats.ts';

/** A printable summary of the case for a class or an editor (print CSS hides the app's chrome). */
export function ReportView() {
  const t = useT();
  const id = useId();
  const locale = useLocale();
  const num = (value: number) => formatNumber(locale, value);
  const name = useAppSelector(selectCaseName);
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const columns = useAppSelector(selectColumns);
  const caseStats = useAppSelector(selectCaseStats);
  const stats = caseStats.outlets;
  const actors = useAppSelector(selectActorMatrix);
  const getRow = useAppSelector(selectRowBuilder);
  const referenceId = useAppSelector(selectReferenceColumnId);
  const direction = useAppSelector(selectCompareDirection);
  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  const percent = new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const rowNumbers = new Map(analysis.rows.map((r, i) => [r.id, i + 1]));
  const blindspots = blindspotsByOutlet(analysis.rows, (claimId) => analysis.claimsById[claimId]?.articleId, columns.map((c) => c.articleId));
  const shared = analysis.rows.filter((r) => new Set(r.claimIds.map((c) => analysis.claimsById[c]?.articleId)).size > 1);
  const reference = columns.find((c) => c.articleId === referenceId);
  return (
    <article className="report">
      <p className="no-print editor-buttons">
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
      <h2>{t('report.title', { name: name || t('case.untitled') })}</h2>
      <p className="hint">{t('report.generated', { date: localDigits(locale, new Date().toISOString().slice(0, 10)) })}</p>

      <section aria-labelledby={`${id}-outlets`}>
        <h3 id={`${id}-outlets`}>{t('report.outlets')}</h3>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sources.outlet')}</th>
                <th scope="col">{t('case.title')}</th>
                <th scope="col">{t('case.date')}</th>
                <th scope="col">{t('sources.claims')}</th>
                {SOURCE_KINDS.map((k) => (
                  <th scope="col" key={k}>
                    {t(`kind.${k}` as MessageKey)}
                  </th>
                ))}
                <th scope="col">{t('kind.none')}</th>
                <th scope="col">{t('sources.share')}</th>
                <th scope="col">{t('charts.rowsReported')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.articles.map((article, i) => {
                const s = stats[i]!;
                return (
                  <tr key={article.id}>
                    <th scope="row">
                      <bdi>{s.label}</bdi>
                    </th>
                    <td dir="auto">{article.title ?? ''}</td>
                    <td>{localDigits(locale, article.date ?? '')}</td>
                    <td>{num(s.claims)}</td>
                    {SOURCE_KINDS.map((k) => (
                      <td key={k}>{num(s.byKind[k])}</td>
                    ))}
                    <td>{num(s.ownVoice)}</td>
                    <td>{s.attributed ? percent.format(s.anonymousShare) : '–'}</td>
                    <td>
                      <bdi>{num(s.rowsShared)}</bdi> / <bdi>{num(caseStats.sharedRows)}</bdi>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${id}-rows`}>
        <h3 id={`${id}-rows`}>{t('report.sharedRows', { count: shared.length })}</h3>
        {reference ? <p className="hint">{t('report.reference', { outlet: reference.label })}</p> : null}
        {shared.map((r) => {
          const row = getRow(r.id);
          if (!row) return null;
          return (
            <section key={r.id} className="report-row">
              <h4>
                <bdi>{t('compare.rowNumber', { n: row.number })}</bdi> · <bdi>{t('compare.coverage', { n: row.coverage, total: columns.length })}</bdi>
              </h4>
              <ul>
                {row.cells.map((cell, i) => (
                  <li key={cell.articleId}>
                    <strong>
                      <bdi>{columns[i]!.label}</bdi>:
                    </strong>{' '}
                    {cell.claims.length === 0 ? (
                      <em>{t('compare.notReported')}</em>
                    ) : (
                      cell.claims.map((c) => (
                        <div key={c.id} dir={columns[i]!.dir}>
                          {c.parts ? <DiffText parts={c.parts} /> : c.text}
                          <ClaimMeta source={c.source} cue={c.cue} />
                        </div>
                      ))
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      <section aria-labelledby={`${id}-blind`}>
        <h3 id={`${id}-blind`}>{t('report.blindspots')}</h3>
        <p className="hint">{t('report.blindspotsHint')}</p>
        <ul>
          {columns.map((column) => {
            const missing = blindspots.get(column.articleId) ?? [];
            return (
              <li key={column.articleId}>
                <strong>
                  <bdi>{column.label}</bdi>:
                </strong>{' '}
                {missing.length === 0
                  ? t('report.noBlindspots')
                  : t('report.blindspotRows', { count: missing.length, rows: missing.map((rowId) => num(rowNumbers.get(rowId) ?? 0)).join(t('list.separator')) })}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={`${id}-actors`}>
        <h3 id={`${id}-actors`}>{t('actors.heading')}</h3>
        <ActorMatrix columns={columns} actors={actors} dir={direction} />
      </section>
    </article>
  );
}
