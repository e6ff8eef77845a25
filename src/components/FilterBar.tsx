import { useId } from 'react';
import type { CueStance } from '../core/types.ts';
import { useT } from '../i18n/index.tsx';
import { CUE_STANCES, SOURCE_KINDS } from '../core/vocabulary.ts';
import { kindKey, stanceKey } from './ClaimMeta.tsx';
import type { OutletColumn } from './model.ts';

export type KindChoice = (typeof SOURCE_KINDS)[number] | 'none' | 'all';
export type CoverageChoice = 'all' | 'single' | 'shared' | 'everyone';
export type SortChoice = 'position' | 'coverage-desc' | 'coverage-asc' | 'score';

export interface FilterValues {
  actorId: string | null;
  kind: KindChoice;
  stance: CueStance | 'all';
  coverage: CoverageChoice;
  search: string;
  /** Blindspots: only the rows other outlets share and this outlet (article id) leaves out. */
  leftOutBy?: string | null;
}

export interface FilterBarProps {
  values: FilterValues;
  sort: SortChoice;
  actors: { id: string; name: string }[];
  columns: OutletColumn[];
  referenceId: string | null;
  shown: number;
  total: number;
  onChange: (changes: Partial<FilterValues>) => void;
  onSortChange: (sort: SortChoice) => void;
  onReferenceChange: (articleId: string) => void;
  onClear: () => void;
  showMissingWords: boolean;
  onToggleMissingWords: () => void;
}

/** Compare's toolbar: reference column, filters, sort, free-text search. */
export function FilterBar(props: FilterBarProps) {
  const { values, sort, actors, columns, referenceId } = props;
  const t = useT();
  const id = useId();
  return (
    <form className="filter-bar" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-ref`}>{t('filters.reference')}</label>
        <select id={`${id}-ref`} value={referenceId ?? ''} onChange={(e) => props.onReferenceChange(e.target.value)}>
          {columns.map((c) => (
            <option key={c.articleId} value={c.articleId}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input id={`${id}-search`} type="search" dir="auto" value={values.search} onChange={(e) => props.onChange({ search: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-actor`}>{t('filters.actor')}</label>
        <select id={`${id}-actor`} value={values.actorId ?? ''} onChange={(e) => props.onChange({ actorId: e.target.value || null })}>
          <option value="">{t('filters.any')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
        <select id={`${id}-kind`} value={values.kind} onChange={(e) => props.onChange({ kind: e.target.value as KindChoice })}>
          <option value="all">{t('filters.any')}</option>
          {[...SOURCE_KINDS, 'none' as const].map((k) => (
            <option key={k} value={k}>
              {t(kindKey(k))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stance`}>{t('filters.stance')}</label>
        <select id={`${id}-stance`} value={values.stance} onChange={(e) => props.onChange({ stance: e.target.value as CueStance | 'all' })}>
          <option value="all">{t('filters.any')}</option>
          {CUE_STANCES.map((s) => (
            <option key={s} value={s}>
              {t(stanceKey(s))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-coverage`}>{t('filters.coverage')}</label>
        <select id={`${id}-coverage`} value={values.coverage} onChange={(e) => props.onChange({ coverage: e.target.value as CoverageChoice })}>
          <option value="all">{t('filters.coverage.all')}</option>
          <option value="single">{t('filters.coverage.single')}</option>
          <option value="shared">{t('filters.coverage.shared')}</option>
          <option value="everyone">{t('filters.coverage.everyone')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-leftout`}>{t('filters.leftOutBy')}</label>
        <select id={`${id}-leftout`} value={values.leftOutBy ?? ''} onChange={(e) => props.onChange({ leftOutBy: e.target.value || null })}>
          <option value="">{t('filters.leftOutBy.none')}</option>
          {columns.map((c) => (
            <option key={c.articleId} value={c.articleId}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t('filters.sort')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => props.onSortChange(e.target.value as SortChoice)}>
          <option value="position">{t('filters.sort.position')}</option>
          <option value="coverage-desc">{t('filters.sort.coverageDesc')}</option>
          <option value="coverage-asc">{t('filters.sort.coverageAsc')}</option>
          <option value="score">{t('filters.sort.score')}</option>
        </select>
      </div>
      <div className="field field-check">
        <label>
          <input type="checkbox" checked={props.showMissingWords} onChange={props.onToggleMissingWords} /> {t('filters.missingWords')}
        </label>
      </div>
      <p className="filter-count" role="status">
        {t('filters.count', { shown: props.shown, total: props.total })}
      </p>
      <button type="button" onClick={props.onClear}>
        {t('filters.clear')}
      </button>
    </form>
  );
}
