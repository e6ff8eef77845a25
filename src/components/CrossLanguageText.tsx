import { Fragment } from 'react';
import { directionOf, languageName, useLocale, useT } from '../i18n/index.tsx';
import type { CellCorrespondence } from './crossLanguageModel.ts';
import './CrossLanguageText.css';

interface CrossLanguageTextProps {
  correspondence: CellCorrespondence;
  /** The claim's own language and direction (not the interface's). */
  language: string;
  dir: 'rtl' | 'ltr' | 'auto';
}

/**
 * A claim compared with a reference claim in another language: the words and figures that correspond
 * (solid underline) and those only this outlet has (dotted underline), instead of a word diff; below it,
 * what the reference says that this claim has no counterpart for, in the reference's own script.
 */
export function CrossLanguageText({ correspondence, language, dir }: CrossLanguageTextProps) {
  const t = useT();
  const locale = useLocale();
  const uiDir = directionOf(locale);
  const { segments, referenceOnly, referenceLanguage, referenceDir } = correspondence;
  const marked = segments.filter((s) => s.mark !== null);
  const shared = marked.filter((s) => s.mark === 'shared').length;
  return (
    <>
      <p className="claim-text is-cross-language" dir={dir} lang={language}>
        {segments.map((segment, i) =>
          segment.mark === null ? (
            <span key={i}>{segment.text}</span>
          ) : (
            <mark key={i} className={`xl-${segment.mark}`} title={t(segment.mark === 'shared' ? 'crosslang.shared' : 'crosslang.own')}>
              {segment.text}
            </mark>
          ),
        )}
      </p>
      <p className="xl-summary" dir={uiDir}>
        {t('crosslang.summary', { count: shared, total: marked.length, language: languageName(locale, referenceLanguage) })}
      </p>
      {referenceOnly.length > 0 ? (
        <p className="xl-reference-only" dir={uiDir}>
          {t('crosslang.referenceOnly')}{' '}
          {referenceOnly.map((word, i) => (
            <Fragment key={i}>
              {i > 0 ? ' · ' : null}
              <bdi dir={referenceDir} lang={referenceLanguage} className="xl-missing">
                {word}
              </bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
    </>
  );
}

/** Compare's legend for the marks of claims in another language than the reference column's. */
export function CrossLanguageLegend() {
  const t = useT();
  return (
    <p className="legend">
      {t('crosslang.legend')} <mark className="xl-shared">{t('crosslang.shared')}</mark> <mark className="xl-own">{t('crosslang.own')}</mark>
    </p>
  );
}
