import { useT, type MessageKey } from '../i18n/index.tsx';

export interface ViewNavProps<V extends string> {
  views: readonly V[];
  current: V;
  onSelect: (view: V) => void;
}

/** The main navigation between views (buttons; the current one is marked for assistive technology). */
export function ViewNav<V extends string>({ views, current, onSelect }: ViewNavProps<V>) {
  const t = useT();
  return (
    <nav className="view-nav" aria-label={t('nav.label')}>
      <ul>
        {views.map((view) => (
          <li key={view}>
            <button type="button" aria-current={view === current ? 'page' : undefined} onClick={() => onSelect(view)}>
              {t(`nav.${view}` as MessageKey)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
