import type { KeyboardEvent } from 'react';
import type { SourceKind } from '../core/types.ts';
import { useT } from '../i18n/index.tsx';
import { kindKey } from './ClaimMeta.tsx';

export type ArticleSegment =
  | { type: 'text'; start: number; text: string }
  | {
      type: 'claim' | 'dismissed';
      id: string;
      start: number;
      text: string;
      edited: boolean;
      /** Offsets of the stated source inside `text`, when it lies in the claim. */
      source: { start: number; end: number; kind: SourceKind } | null;
    }
  | { type: 'sentence'; id: string; start: number; text: string };

export interface ArticleTextProps {
  segments: ArticleSegment[];
  dir: 'rtl' | 'ltr' | 'auto';
  lang: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * An article's cleaned text with every claim highlighted and its source marked by kind. Claims and the
 * other sentences are focusable and selectable (Enter or Space), so a person can correct either.
 * The text is always rendered as text, never as HTML.
 */
export function ArticleText({ segments, dir, lang, selectedId, onSelect }: ArticleTextProps) {
  const t = useT();
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  return (
    <div className="article-text" dir={dir} lang={lang}>
      {segments.map((segment) => {
        if (segment.type === 'text') return <span key={`t${segment.start}`}>{segment.text}</span>;
        const selected = segment.id === selectedId;
        if (segment.type === 'sentence') {
          return (
            <span
              key={segment.id}
              role="button"
              tabIndex={0}
              aria-pressed={selected}
              className={selected ? 'sentence is-selected' : 'sentence'}
              onClick={() => onSelect(segment.id)}
              onKeyDown={onKey(segment.id)}
            >
              {segment.text}
            </span>
          );
        }
        const { source } = segment;
        const body =
          source && source.end > source.start ? (
            <>
              {segment.text.slice(0, source.start)}
              <span className={`source-span kind-${source.kind}`} title={t(kindKey(source.kind))}>
                {segment.text.slice(source.start, source.end)}
              </span>
              {segment.text.slice(source.end)}
            </>
          ) : (
            segment.text
          );
        return (
          <mark
            key={segment.id}
            role="button"
            tabIndex={0}
            aria-pressed={selected}
            className={['claim', segment.type === 'dismissed' ? 'is-dismissed' : '', selected ? 'is-selected' : '', segment.edited ? 'is-edited' : '']
              .filter(Boolean)
              .join(' ')}
            onClick={() => onSelect(segment.id)}
            onKeyDown={onKey(segment.id)}
          >
            <span className="sr-only">{segment.type === 'dismissed' ? t('article.dismissed') : t('article.claim')}:</span>
            {body}
          </mark>
        );
      })}
    </div>
  );
}
