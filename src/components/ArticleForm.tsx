import { useId, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';
import { validateRaw } from '../core/ingest/validate.ts';
import { LIMITS } from '../core/limits.ts';
import type { ArticleFormat } from '../core/types.ts';
import { useT } from '../i18n/index.tsx';

export interface NewArticle {
  raw: string;
  format?: ArticleFormat;
  fileName?: string;
  outlet?: string;
}

const FORMATS: Record<string, ArticleFormat> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

/** The format a file name announces, or null when Parallax cannot read it. Example: formatOfFile('a.md') === 'markdown' */
export function formatOfFile(name: string): ArticleFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return FORMATS[ext] ?? null;
}

export interface ArticleFormProps {
  /**
   * Called with every article to add (several when several files are chosen or dropped), and the
   * files of the same choice that could not be used, so the caller tells both in one message.
   */
  onAdd: (articles: NewArticle[], rejected: string[]) => void;
  /** Input that could not be used at all, with the reason (shown by the caller). */
  onReject: (messages: string[]) => void;
}

/** Paste an article, or choose/drop .txt, .md and .html files. */
export function ArticleForm({ onAdd, onReject }: ArticleFormProps) {
  const t = useT();
  const id = useId();
  const [raw, setRaw] = useState('');
  const [outlet, setOutlet] = useState('');
  const [format, setFormat] = useState<ArticleFormat | null>(null);
  const [dragging, setDragging] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!raw.trim()) return;
    if (raw.length > LIMITS.maxRawChars) {
      onReject([t('case.pasteTooLarge', { size: raw.length, limit: LIMITS.maxRawChars })]);
      return;
    }
    const article: NewArticle = { raw };
    if (format) article.format = format;
    if (outlet.trim()) article.outlet = outlet.trim();
    onAdd([article], []);
    setRaw('');
    setOutlet('');
    setFormat(null);
  };

  // Pasting from a web page keeps its structure (better furniture removal); the caller sanitises it.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // A page's markup over the limit: its plain text is pasted instead, if that fits.
    const html = raw ? '' : event.clipboardData.getData('text/html');
    const asHtml = html.length > 0 && html.length <= LIMITS.maxRawChars;
    const pasted = asHtml ? html : event.clipboardData.getData('text/plain');
    // Over the limit: said at once and kept out of the box (a text area of millions of characters
    // freezes the page for minutes); what the box held stays, and the text is still on the clipboard.
    const box = event.currentTarget;
    const size = raw.length - Math.abs((box.selectionEnd ?? 0) - (box.selectionStart ?? 0)) + pasted.length;
    if (size > LIMITS.maxRawChars) {
      event.preventDefault();
      onReject([t('case.pasteTooLarge', { size, limit: LIMITS.maxRawChars })]);
      return;
    }
    if (asHtml) {
      event.preventDefault();
      setRaw(html);
      setFormat('html');
    }
  };

  const readFiles = async (files: FileList | File[]) => {
    const list = Array.from(files);
    const rejected: string[] = [];
    const articles: NewArticle[] = [];
    for (const file of list) {
      const fmt = formatOfFile(file.name);
      if (!fmt) {
        rejected.push(t('case.fileUnsupported', { name: file.name }));
        continue;
      }
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a file this big cannot fit, so it is not even read.
      const tooLarge = (size: number) => rejected.push(t('case.fileTooLarge', { name: file.name, size, limit: LIMITS.maxRawChars }));
      if (file.size > 3 * LIMITS.maxRawChars) {
        tooLarge(file.size);
        continue;
      }
      const text = await file.text();
      if (text.length > LIMITS.maxRawChars) {
        tooLarge(text.length);
        continue;
      }
      if (!text.trim()) {
        rejected.push(t('case.fileEmpty', { name: file.name }));
        continue;
      }
      // A PDF or an image renamed .txt, or a file in another encoding: refused now, not added as an
      // article the analysis then cannot read.
      if (!validateRaw(text).ok) {
        rejected.push(t('case.fileNotText', { name: file.name }));
        continue;
      }
      articles.push({ raw: text, format: fmt, fileName: file.name });
    }
    if (articles.length) onAdd(articles, rejected);
    else if (rejected.length) onReject(rejected);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFiles(event.dataTransfer.files);
  };

  return (
    <section className="article-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('case.addHeading')}</h2>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{t('case.pasteLabel')}</label>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={6}
          value={raw}
          onPaste={onPaste}
          onChange={(e) => {
            setRaw(e.target.value);
            if (!e.target.value) setFormat(null);
          }}
        />
        {format === 'html' ? <p className="hint">{t('case.pastedHtml')}</p> : null}
        <div className="editor-row">
          <label htmlFor={`${id}-outlet`}>{t('case.outlet')}</label>
          <input id={`${id}-outlet`} dir="auto" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          <button type="submit" disabled={!raw.trim()}>
            {t('case.addArticle')}
          </button>
        </div>
      </form>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {/* The browser's own file button speaks the browser's language: a label in the interface's stands in for it. */}
        <label htmlFor={`${id}-files`} className="file-button">
          {t('case.chooseFiles')}
        </label>
        <input
          id={`${id}-files`}
          className="file-input"
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => {
            if (e.target.files) void readFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <p className="hint">{t('case.dropHint')}</p>
      </div>
      <p className="hint case-limits">
        {t('case.limits', { articles: LIMITS.maxArticles, chars: LIMITS.maxArticleChars, raw: LIMITS.maxRawChars })}
      </p>
    </section>
  );
}
