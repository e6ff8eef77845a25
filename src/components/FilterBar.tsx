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
  const any = { value: 'all', label: t('filters.any') };
  const outlets = columns.map((c) => ({ value: c.articleId, label: c.label }));
  return (
    <form className="filter-bar" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <LabelledSelect id={`${id}-ref`} label={t('filters.reference')} value={referenceId ?? ''} onChange={props.onReferenceChange} options={outlets} />
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input id={`${id}-search`} type="search" dir="auto" value={values.search} onChange={(e) => props.onChange({ search: e.target.value })} />
      </div>
      <LabelledSelect
        id={`${id}-actor`}
        label={t('filters.actor')}
        value={values.actorId ?? ''}
        onChange={(v) => props.onChange({ actorId: v || null })}
        options={[{ value: '', label: t('filters.any') }, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
      />
      <LabelledSelect
        id={`${id}-kind`}
        label={t('filters.kind')}
        value={values.kind}
        onChange={(v) => props.onChange({ kind: v as KindChoice })}
        options={[any, ...[...SOURCE_KINDS, 'none' as const].map((k) => ({ value: k, label: t(kindKey(k)) }))]}
      />
      <LabelledSelect
        id={`${id}-stance`}
        label={t('filters.stance')}
        value={values.stance}
        onChange={(v) => props.onChange({ stance: v as CueStance | 'all' })}
        options={[any, ...CUE_STANCES.map((s) => ({ value: s, label: t(stanceKey(s)) }))]}
      />
      <LabelledSelect
        id={`${id}-coverage`}
        label={t('filters.coverage')}
        value={values.coverage}
        onChange={(v) => props.onChange({ coverage: v as CoverageChoice })}
        options={[
          { value: 'all', label: t('filters.coverage.all') },
          { value: 'single', label: t('filters.coverage.single') },
          { value: 'shared', label: t('filters.coverage.shared') },
          { value: 'everyone', label: t('filters.coverage.everyone') },
        ]}
      />
      <LabelledSelect
        id={`${id}-leftout`}
        label={t('filters.leftOutBy')}
        value={values.leftOutBy ?? ''}
        onChange={(v) => props.onChange({ leftOutBy: v || null })}
        options={[{ value: '', label: t('filters.leftOutBy.none') }, ...outlets]}
      />
      <LabelledSelect
        id={`${id}-sort`}
        label={t('filters.sort')}
        value={sort}
        onChange={(v) => props.onSortChange(v as SortChoice)}
        options={[
          { value: 'position', label: t('filters.sort.position') },
          { value: 'coverage-desc', label: t('filters.sort.coverageDesc') },
          { value: 'coverage-asc', label: t('filters.sort.coverageAsc') },
          { value: 'score', label: t('filters.sort.score') },
        ]}
      />
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

interface LabelledSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}

/** One toolbar field: a label and its select (every filter in the bar has this shape). */
function LabelledSelect({ id, label, value, onChange, options }: LabelledSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
