import { useCallback, useId, useMemo } from 'react';
import { AnonymousShareTable } from '../../components/OutletStatsTable.tsx';
import { SourcesTable, type SourceRow } from '../../components/SourcesTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { selectCompareDirection } from '../../model/columns.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { claimShownInArticle } from '../../model/uiSlice.ts';
import { CitedOutletsTable } from './CitedOutletsTable.tsx';
import { selectCitedOutlets, selectOutletStats, selectSources } from '../../model/outletStats.ts';

/** Who the case's outlets quote: every stated source, and how much of it is anonymous. */
export function SourcesView() {
  const t = useT();
  const id = useId();
  const dispatch = useAppDispatch();
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const sources = useAppSelector(selectSources);
  const cited = useAppSelector(selectCitedOutlets);
  const stats = useAppSelector(selectOutletStats);
  const outletDir = useAppSelector(selectCompareDirection);
  // Memoised (and the callback stable): the table's memoised rows then re-render only when the sources change.
  const rows = useMemo(
    (): SourceRow[] =>
      analysis
        ? sources.map((s) => ({
            ...s,
            claims: s.claimIds.map((cid) => ({ id: cid, articleId: analysis.claimsById[cid]!.articleId, text: analysis.claimsById[cid]!.text })),
          }))
        : [],
    [analysis, sources],
  );
  const onShowClaim = useCallback((claimId: string, articleId: string) => dispatch(claimShownInArticle({ claimId, articleId })), [dispatch]);
  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  return (
    <div className="sources-view">
      <section aria-labelledby={`${id}-anon`}>
        <h2 id={`${id}-anon`}>{t('sources.anonymousHeading')}</h2>
        <AnonymousShareTable
          outlets={stats.map((s) => ({ articleId: s.articleId, label: s.label, attributed: s.attributed, anonymous: s.byKind.anonymous, share: s.anonymousShare }))}
        />
      </section>
      <section aria-labelledby={`${id}-cited`}>
        <h2 id={`${id}-cited`}>{t('sources.citedHeading')}</h2>
        <CitedOutletsTable rows={cited} />
      </section>
      <section aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>{t('sources.heading', { count: sources.length })}</h2>
        <SourcesTable sources={rows} outletDir={outletDir} onShowClaim={onShowClaim} />
      </section>
    </div>
  );
}
