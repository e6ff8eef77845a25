import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { languageName, useLocale, useT } from '../i18n/index.tsx';
import { useWindowedList } from './useWindowedList.ts';

export interface ArticleListItem {
  id: string;
  outlet: string;
  title: string;
  date: string;
  language: string;
  /** The article's one name, as every view names it (model/outlets.ts: the core's outletName, "Article N" when nothing names it). */
  name: string;
  /** The language the analysis found, when the article's is left to detection. */
  detected?: string;
  /** The text as added (editable; the analysis re-runs on it). */
  raw?: string;
  fileName?: string;
  /** Length of the article as added (characters), when known. */
  size?: number;
  /** What the analysis found (claims count) or why it could not use the article. */
  status: { kind: 'claims'; count: number } | { kind: 'error'; message: string } | { kind: 'pending' };
}

export interface MetadataChanges {
  outlet?: string;
  title?: string;
  date?: string;
  language?: string;
  raw?: string;
}

export interface ArticleListProps {
  articles: ArticleListItem[];
  onEdit: (id: string, changes: MetadataChanges) => void;
  /** `name`: the article as the list names it (for the "removed" notice). */
  onRemove: (id: string, name: string) => void;
  onOpen: (id: string) => void;
}

/** Rough height of one collapsed row (px); measured heights replace it once rows are on screen. */
const ROW_ESTIMATE = 44;

/**
 * The case's articles, one compact row each; "Edit" opens the metadata form of one article at a time.
 * A long list renders only the rows near its scrolled viewport, so a case of 1,000 articles costs a
 * screenful of rows, not 1,000 (rendering them all blocked the page for half a second).
 */
export function ArticleList({ articles, onEdit, onRemove, onOpen }: ArticleListProps) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  // Stable, so the memoised rows do not re-render when another row opens or closes.
  const onToggle = useCallback((id: string) => setEditing((current) => (current === id ? null : id)), []);
  const scroller = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => articles.map((a) => a.id), [articles]);
  const list = useWindowedList({ keys, container: scroller, estimate: ROW_ESTIMATE });
  const windowed = list.end - list.start < articles.length;
  return (
    // Always rendered, so the windowing hook has its scroll container from the first render on.
    <div ref={scroller} className={windowed ? 'article-list-scroller is-windowed' : 'article-list-scroller'}>
      {articles.length === 0 ? (
        <p>{t('case.noArticles')}</p>
      ) : (
        <ol className="article-list" style={windowed ? { paddingBlockStart: list.padBefore, paddingBlockEnd: list.padAfter } : undefined}>
          {articles.slice(list.start, list.end).map((article, i) => (
            <ArticleItem
              key={article.id}
              article={article}
              n={list.start + i + 1}
              total={articles.length}
              editing={editing === article.id}
              measureRef={list.measure(article.id)}
              onToggle={onToggle}
              onEdit={onEdit}
              onRemove={onRemove}
              onOpen={onOpen}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

const LANGUAGES = ['auto', 'ar', 'en', 'fr', 'es', 'de', 'tr', 'fa', 'he', 'ru', 'und'];

type ItemProps = {
  article: ArticleListItem;
  n: number;
  total: number;
  editing: boolean;
  measureRef: (element: HTMLElement | null) => void;
  onToggle: (id: string) => void;
} & Omit<ArticleListProps, 'articles'>;

// Memoised: a case of hundreds of articles re-renders only the items that changed.
const ArticleItem = memo(function ArticleItem({ article, n, total, editing, measureRef, onToggle, onEdit, onRemove, onOpen }: ItemProps) {
  const t = useT();
  const id = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const name = article.name;
  const locale = useLocale();
  const shownLanguage = article.language === 'auto' ? (article.detected ? languageName(locale, article.detected) : t('case.languageAuto')) : languageName(locale, article.language);
  return (
    // Position and size: with windowing the list holds only some of its items.
    <li className="article-item" ref={measureRef} aria-posinset={n} aria-setsize={total}>
      <div role="group" aria-labelledby={`${id}-name`} className={editing ? 'article-row is-editing' : 'article-row'}>
        <div className="article-summary">
          <bdi id={`${id}-name`} className="article-name">
            {name}
          </bdi>
          <bdi className="article-title">{article.title && article.title !== name ? article.title : ''}</bdi>
          <span className="article-lang">{t('case.languageShown', { language: shownLanguage })}</span>
          {article.size !== undefined ? <span className="article-size">{t('case.size', { size: article.size })}</span> : null}
          <span className="article-status">
            {article.status.kind === 'claims' ? (
              t('case.claimsFound', { count: article.status.count })
            ) : article.status.kind === 'error' ? (
              <span className="error-text">{article.status.message}</span>
            ) : (
              t('case.pending')
            )}
          </span>
          <span className="article-buttons">
            <button
              ref={editButton}
              type="button"
              aria-expanded={editing}
              aria-controls={editing ? `${id}-form` : undefined}
              aria-label={t('case.editLabel', { name })}
              onClick={() => onToggle(article.id)}
            >
              {t('case.edit')}
            </button>
            <button type="button" onClick={() => onOpen(article.id)}>
              {t('case.read')}
            </button>
            <button type="button" onClick={() => onRemove(article.id, name)} aria-label={t('case.removeLabel', { name })}>
              {t('case.remove')}
            </button>
          </span>
        </div>
        {editing ? (
          <ArticleEditor
            formId={`${id}-form`}
            article={article}
            onEdit={onEdit}
            onDone={() => {
              onToggle(article.id);
              // Focus goes back where the user opened the form, not to the top of the page.
              editButton.current?.focus();
            }}
          />
        ) : null}
      </div>
    </li>
  );
});

/** The metadata form of one article (outlet, title, date, language), committed on blur or Enter. */
function ArticleEditor({ formId, article, onEdit, onDone }: { formId: string; article: ArticleListItem; onEdit: ArticleListProps['onEdit']; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [draft, setDraft] = useState({ outlet: article.outlet, title: article.title, date: article.date });
  // A change from elsewhere (reset, import) replaces the drafts; unchanged values keep the same state.
  useEffect(() => {
    setDraft((d) =>
      d.outlet === article.outlet && d.title === article.title && d.date === article.date
        ? d
        : { outlet: article.outlet, title: article.title, date: article.date },
    );
  }, [article.outlet, article.title, article.date]);
  // Committed on blur or Enter, so typing does not re-run the analysis for every key.
  const commit = (field: 'outlet' | 'title' | 'date') => {
    if (draft[field] !== article[field]) onEdit(article.id, { [field]: draft[field] });
  };
  const field = (key: 'outlet' | 'title' | 'date', label: string) => (
    <div className="field">
      <label htmlFor={`${formId}-${key}`}>{label}</label>
      <input
        id={`${formId}-${key}`}
        type="text"
        dir="auto"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        onBlur={() => commit(key)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(key);
        }}
      />
    </div>
  );
  return (
    <div id={formId} className="article-fields">
      {field('outlet', t('case.outlet'))}
      {field('title', t('case.title'))}
      {field('date', t('case.date'))}
      <div className="field">
        <label htmlFor={`${formId}-lang`}>{t('case.language')}</label>
        <select id={`${formId}-lang`} value={article.language} onChange={(e) => onEdit(article.id, { language: e.target.value })}>
          {(LANGUAGES.includes(article.language) ? LANGUAGES : [...LANGUAGES, article.language]).map((code) => (
            <option key={code} value={code}>
              {code === 'auto' ? t('case.languageAuto') : languageName(locale, code)}
            </option>
          ))}
        </select>
      </div>
      <TextField formId={formId} article={article} onEdit={onEdit} />
      <button type="button" className="article-done" onClick={onDone}>
        {t('case.doneEditing')}
      </button>
    </div>
  );
}

/** The article's text, committed on blur (a changed text is re-analysed; corrections follow their claims' anchors). */
function TextField({ formId, article, onEdit }: { formId: string; article: ArticleListItem; onEdit: ArticleListProps['onEdit'] }) {
  const t = useT();
  const [draft, setDraft] = useState(article.raw ?? '');
  useEffect(() => setDraft(article.raw ?? ''), [article.raw]);
  if (article.raw === undefined) return null;
  return (
    <div className="field field-text">
      <label htmlFor={`${formId}-text`}>{t('case.text')}</label>
      <textarea
        id={`${formId}-text`}
        dir="auto"
        rows={8}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== article.raw && draft.trim() !== '' && onEdit(article.id, { raw: draft })}
      />
    </div>
  );
}
