import { useT, type MessageKey } from '../i18n/index.tsx';
import { Panel } from './Panel.tsx';

const TERMS = ['row', 'reference', 'crossLanguage', 'ownVoice', 'cueStance', 'labelMarks', 'blindspot', 'needsReview'] as const;

/** A short glossary of the words the views use, in the interface language (opened from the header on every view). */
export function Glossary({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Panel title={t('help.title')} onClose={onClose}>
      <dl className="glossary">
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`help.${term}` as MessageKey)}</dt>
            <dd>{t(`help.${term}.text` as MessageKey)}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
