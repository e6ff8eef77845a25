import type { KeyboardEvent, ReactNode } from 'react';
import type { SourceKind } from '../core/types.ts';
import { useT } from '../i18n/index.tsx';
import { kindKey } from './ClaimMeta.tsx';

/** A stated source or a reporting cue inside a segment (offsets into the segment's text). */
export interface SpanMark {
  start: number;
  end: number;
  type: 'source' | 'cue';
  /** The source's kind (sources only). */
  kind?: SourceKind;
  /** The claim it belongs to (a source may stand in the sentence before its claim). */
  claimId: string;
}

export type ArticleSegment =
  | { type: 'text'; start: number; text: string; marks?: SpanMark[] }
  | {
      type: 'claim' | 'dismissed';
      id: string;
      start: number;
      text: string;
      edited: boolean;
      /** Sources and cues within the text, its own or another claim's. */
      marks: SpanMark[];
    }
  | { type: 'sentence'; id: string; start: number; text: string; marks?: SpanMark[] }
  /** A heading or a credit line: read, not a claim. */
  | { type: 'aside'; id: string; start: number; text: string; aside: 'heading' | 'credit' | 'title' };

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
        if (segment.type === 'text') return <span key={`t${segment.start}`}>{withMarks(segment.text, segment.marks, selectedId)}</span>;
        if (segment.type === 'aside') {
          return (
            <span key={segment.id} className={`aside aside-${segment.aside}${segment.id === selectedId ? ' is-selected' : ''}`} title={t(segment.aside === 'heading' ? 'article.heading' : segment.aside === 'title' ? 'article.headline' : 'article.credit')}>
              {segment.text}
            </span>
          );
        }
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
              {withMarks(segment.text, segment.marks, selectedId)}
            </span>
          );
        }
        const body = withMarks(segment.text, segment.marks, selectedId);
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

/** The text with its sources (by kind) and cues marked; the selected claim's own marks stand out. */
function withMarks(text: string, marks: readonly SpanMark[] | undefined, selectedId: string | null): ReactNode {
  if (!marks || marks.length === 0) return text;
  return <MarkedText text={text} marks={marks} selectedId={selectedId} />;
}

function MarkedText({ text, marks, selectedId }: { text: string; marks: readonly SpanMark[]; selectedId: string | null }) {
  const t = useT();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end <= mark.start) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const linked = mark.claimId === selectedId ? ' is-linked' : '';
    parts.push(
      mark.type === 'source' ? (
        <span key={mark.start} className={`source-span kind-${mark.kind ?? 'unknown'}${linked}`} title={t(kindKey(mark.kind ?? 'unknown'))}>
          {text.slice(mark.start, mark.end)}
        </span>
      ) : (
        <span key={mark.start} className={`cue-span${linked}`} title={t('article.cue')}>
          {text.slice(mark.start, mark.end)}
        </span>
      ),
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
