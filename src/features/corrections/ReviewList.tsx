import { useId } from 'react';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { reviewDismissed, selectNeedsReview, type ReviewItem } from '../../model/correctionsSlice.ts';

const excerpt = (text: string): string => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

function whatChanged(t: ReturnType<typeof useT>, item: ReviewItem): string[] {
  const parts: string[] = [];
  if (item.edit?.sourceText !== undefined) parts.push(t('review.source', { value: item.edit.sourceText || '—' }));
  if (item.edit?.kind) parts.push(t('review.kind', { value: t(`kind.${item.edit.kind}`) }));
  if (item.edit?.stance) parts.push(t('review.stance', { value: t(`stance.${item.edit.stance}`) }));
  if (item.edit?.notAClaim) parts.push(t('review.notAClaim'));
  if (item.rowMove) parts.push(t('review.rowMove'));
  if (item.added) parts.push(t('review.added'));
  return parts;
}

/** Corrections a re-analysis could not re-attach to their claim: listed for the user, applied nowhere. */
export function ReviewList() {
  const t = useT();
  const id = useId();
  const dispatch = useAppDispatch();
  const items = useAppSelector(selectNeedsReview);
  if (items.length === 0) return null;
  return (
    <section className="review-list" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('review.heading', { count: items.length })}</h3>
      <p>{t('review.intro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <span>
              {t('review.item', { text: excerpt(item.anchor.text) })}: {whatChanged(t, item).join('; ')}
            </span>{' '}
            <button type="button" onClick={() => dispatch(reviewDismissed(item.id))} aria-label={t('review.dismissLabel', { text: excerpt(item.anchor.text) })}>
              {t('review.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
