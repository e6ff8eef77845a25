import { memo, useEffect, useId, useState } from 'react';
import { useT } from '../i18n/index.tsx';

export interface ArticleListItem {
  id: string;
  outlet: string;
  title: string;
  date: string;
  language: string;
  fileName?: string;
  /** What the analysis found (claims count) or why it could not use the article. */
  status: { kind: 'claims'; count: number } | { kind: 'error'; message: string } | { kind: 'pending' };
}

export interface MetadataChanges {
  outlet?: string;
  title?: string;
  date?: string;
  language?: string;
}

export interface ArticleListProps {
  articles: ArticleListItem[];
  onEdit: (id: string, changes: MetadataChanges) => void;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/** The case's articles with their editable metadata. */
export function ArticleList({ articles, onEdit, onRemove, onOpen }: ArticleListProps) {
  const t = useT();
  if (articles.length === 0) return <p>{t('case.noArticles')}</p>;
  return (
    <ol className="article-list">
      {articles.map((article, n) => (
        <ArticleItem
          key={article.id}
          article={article}
          n={n + 1}
          onEdit={onEdit}
          onRemove={onRemove}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}

const LANGUAGES = ['auto', 'ar', 'en', 'fr', 'es', 'de', 'tr', 'fa', 'he', 'ru', 'und'];

// Memoised: a case of hundreds of articles re-renders only the items that changed.
const ArticleItem = memo(function ArticleItem({
  article,
  n,
  onEdit,
  onRemove,
  onOpen,
}: { article: ArticleListItem; n: number } & Omit<ArticleListProps, 'articles'>) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState({ outlet: article.outlet, title: article.title, date: article.date });
  // A change from elsewhere (reset, import) replaces the drafts; unchanged values keep the same state.
  useEffect(() => {
    setDraft((d) =>
      d.outlet === article.outlet && d.title === article.title && d.date === article.date
        ? d
        : { outlet: article.outlet, title: article.title, date: article.date },
    );
  }, [article.outlet, article.title, article.date]);
  const name = article.outlet || article.title || article.fileName || t('case.articleN', { n });
  // Committed on blur or Enter, so typing does not re-run the analysis for every key.
  const commit = (field: 'outlet' | 'title' | 'date') => {
    if (draft[field] !== article[field]) onEdit(article.id, { [field]: draft[field] });
  };
  const field = (key: 'outlet' | 'title' | 'date', label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
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
    <li className="article-item">
      <fieldset>
        <legend>
          <bdi>{name}</bdi>
        </legend>
        <div className="article-fields">
          {field('outlet', t('case.outlet'))}
          {field('title', t('case.title'))}
          {field('date', t('case.date'))}
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('case.language')}</label>
            <select id={`${id}-lang`} value={article.language} onChange={(e) => onEdit(article.id, { language: e.target.value })}>
              {(LANGUAGES.includes(article.language) ? LANGUAGES : [...LANGUAGES, article.language]).map((code) => (
                <option key={code} value={code}>
                  {code === 'auto' ? t('case.languageAuto') : code}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="article-status">
          {article.status.kind === 'claims'
            ? t('case.claimsFound', { count: article.status.count })
            : article.status.kind === 'error'
              ? <span className="error-text">{article.status.message}</span>
              : t('case.pending')}
        </p>
        <div className="editor-buttons">
          <button type="button" onClick={() => onOpen(article.id)}>
            {t('case.read')}
          </button>
          <button type="button" onClick={() => onRemove(article.id)} aria-label={t('case.removeLabel', { name })}>
            {t('case.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
});
