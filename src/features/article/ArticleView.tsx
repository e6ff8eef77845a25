import { useEffect, useId, useRef, useState } from 'react';
import { ArticleText } from '../../components/ArticleText.tsx';
import { ClaimMeta, EditedMark, KindBadge } from '../../components/ClaimMeta.tsx';
import { SOURCE_KINDS } from '../../core/vocabulary.ts';
import { dirOf } from '../../components/direction.ts';
import { useSlots } from '../../components/slots.tsx';
import { languageName, useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { claimSourceCorrected, sentenceMarkedAsClaim } from '../../model/correctionsSlice.ts';
import { selectAllClaimsById, selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { nameOf, selectArticleNames } from '../../model/outlets.ts';
import { articleSelected, claimSelected, rowShown, selectSelectedClaimId } from '../../model/uiSlice.ts';
import { selectArticleSegments, selectShownArticle } from './selectors.ts';

/**
 * The article span the user selected inside the text: its words, and where they stand — the occurrence
 * in the claim, else the nearest one before it (a source often leads), else after it.
 */
function selectedSpan(container: HTMLElement | null, text: string, claim: { start: number; end: number }): { text: string; start: number; end: number } | null {
  const selection = typeof getSelection === 'function' ? getSelection() : null;
  if (!container || !selection || selection.rangeCount === 0 || !container.contains(selection.anchorNode)) return null;
  const words = selection.toString().replace(/\s+/g, ' ').trim();
  if (!words) return null;
  const occurrences: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) occurrences.push(at);
  if (occurrences.length === 0) return null;
  const inside = occurrences.find((at) => at >= claim.start && at + words.length <= claim.end);
  const before = occurrences.filter((at) => at + words.length <= claim.start).pop();
  const start = inside ?? before ?? occurrences[0]!;
  return { text: words, start, end: start + words.length };
}

/** Read one article: its cleaned text with claims and sources marked; select a claim to see or correct it. */
export function ArticleView() {
  const t = useT();
  const { ClaimEditor } = useSlots();
  const locale = useLocale();
  const id = useId();
  const dispatch = useAppDispatch();
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const names = useAppSelector(selectArticleNames);
  const article = useAppSelector(selectShownArticle);
  const segments = useAppSelector(selectArticleSegments);
  const selectedId = useAppSelector(selectSelectedClaimId);
  const claims = useAppSelector(selectAllClaimsById);
  const [editing, setEditing] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    textRef.current?.querySelector('.is-selected')?.scrollIntoView?.({ block: 'center' });
  }, [article?.id]);

  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  if (!article) return <p>{t('compare.empty')}</p>;

  const selectedClaim = selectedId ? claims[selectedId] : undefined;
  const selectedSentence = selectedId?.startsWith('s:') ? segments.find((s) => s.type === 'sentence' && s.id === selectedId) : undefined;
  const rowId = selectedClaim ? analysis.rowIdByClaim[selectedClaim.claim.id] : undefined;
  const a = selectedClaim?.claim.attribution;

  return (
    <div className={editing ? 'article-view with-panel' : 'article-view'}>
      <div>
        <div className="editor-row">
          <label htmlFor={`${id}-pick`}>{t('article.pick')}</label>
          <select id={`${id}-pick`} value={article.id} onChange={(e) => dispatch(articleSelected(e.target.value))}>
            {analysis.articles.map((x) => (
              <option key={x.id} value={x.id}>
                {nameOf(names, x)}
              </option>
            ))}
          </select>
        </div>
        <h2>
          <bdi>{nameOf(names, article)}</bdi>
        </h2>
        {article.title && article.title !== nameOf(names, article) ? (
          // Aligned with the page like the name above it (dir="auto" sent an English title to the far
          // left of the Arabic page); the title itself is isolated.
          <p className="article-title">
            <bdi>{article.title}</bdi>
          </p>
        ) : null}
        <p className="hint">
          {t('article.summary', { claims: article.claims.length, language: languageName(locale, article.language) })}
          {/* Left to right always: after Arabic words, "2019-10-15" would read "15-10-2019". */}
          {article.date ? (
            <>
              {' · '}
              <bdi dir="ltr">{article.date}</bdi>
            </>
          ) : null}
        </p>
        <p className="legend" aria-label={t('article.legend')}>
          {SOURCE_KINDS.map((k) => (
            <KindBadge key={k} kind={k} />
          ))}
        </p>
        <div ref={textRef}>
          <ArticleText
            segments={segments}
            dir={dirOf(article.language)}
            lang={article.language}
            selectedId={selectedId}
            onSelect={(claimId) => dispatch(claimSelected({ claimId, articleId: article.id }))}
          />
        </div>
        {article.removed.length > 0 ? (
          <details className="removed">
            <summary>{t('article.removed', { count: article.removed.length })}</summary>
            <ul>
              {article.removed.map((line, i) => (
                <li key={i}>
                  <span className="badge">{t(`removed.${line.reason}` as MessageKey)}</span> <bdi dir="auto">{line.text}</bdi>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <aside className="article-details" aria-label={t('article.details')}>
        {selectedClaim ? (
          <>
            <h3>{selectedClaim.dismissed ? t('article.dismissed') : t('article.claim')}</h3>
            <ClaimMeta
              source={a ? { text: a.source.text, kind: a.source.kind, ...(a.source.affiliation ? { affiliation: a.source.affiliation } : {}) } : null}
              cue={a ? { text: a.cue.text, stance: a.cue.stance } : null}
            />
            {selectedClaim.claim.edited || selectedClaim.dismissed ? <EditedMark /> : null}
            <div className="editor-buttons">
              {rowId ? (
                <button type="button" onClick={() => dispatch(rowShown({ rowId, claimId: selectedClaim.claim.id }))}>
                  {t('article.showRow')}
                </button>
              ) : null}
              <button type="button" onClick={() => setEditing(selectedClaim.claim.id)}>
                {t('article.correct')}
              </button>
            </div>
            {selectedClaim.dismissed ? null : (
              <>
                <p className="hint">{t('article.selectionHint')}</p>
                <button
                  type="button"
                  // Keep the text selection: pressing the button must not clear it before the click.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const picked = selectedSpan(textRef.current, article.text, selectedClaim.claim);
                    if (picked) dispatch(claimSourceCorrected({ claimId: selectedClaim.claim.id, text: picked.text, start: picked.start, end: picked.end }));
                  }}
                >
                  {t('article.useSelection')}
                </button>
              </>
            )}
          </>
        ) : selectedSentence ? (
          <>
            <h3>{t('article.sentence')}</h3>
            <p>{t('article.notClaim')}</p>
            <button
              type="button"
              onClick={() => {
                const { payload } = dispatch(
                  sentenceMarkedAsClaim({
                    articleId: article.id,
                    start: selectedSentence.start,
                    end: selectedSentence.start + selectedSentence.text.length,
                    text: selectedSentence.text,
                  }),
                );
                dispatch(claimSelected({ claimId: payload.id }));
              }}
            >
              {t('article.markClaim')}
            </button>
          </>
        ) : (
          <p>{t('article.selectHint')}</p>
        )}
      </aside>
      {editing ? <ClaimEditor claimId={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
