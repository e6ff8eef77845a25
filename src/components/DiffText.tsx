import type { DiffSegment } from './model.ts';
import { useT } from '../i18n/index.tsx';

/**
 * A claim's words against the reference claim: added words underlined (<ins>), missing words struck (<del>),
 * so colour is never the only signal.
 */
export function DiffText({ parts }: { parts: readonly DiffSegment[] }) {
  const t = useT();
  return (
    <>
      {parts.map((part, i) =>
        part.op === 'equal' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'insert' ? (
          <ins key={i} className="diff-ins" title={t('diff.inserted')}>
            {part.text}
          </ins>
        ) : (
          <del key={i} className="diff-del" title={t('diff.deleted')}>
            {part.text}
          </del>
        ),
      )}
    </>
  );
}
