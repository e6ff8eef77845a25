import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/index.tsx';

export interface RowEditorProps {
  rowNumber: number;
  rowCount: number;
  claims: { id: string; outlet: string; text: string; dir: 'rtl' | 'ltr' | 'auto' }[];
  edited: boolean;
  onMergeInto: (rowNumber: number) => void;
  onSplit: (claimIds: string[]) => void;
  onReset: () => void;
}

/** Merge a row into another, or split some of its claims off into a new row. */
export function RowEditor({ rowNumber, rowCount, claims, edited, onMergeInto, onSplit, onReset }: RowEditorProps) {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const merge = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(target);
    if (Number.isInteger(n) && n >= 1 && n <= rowCount && n !== rowNumber) onMergeInto(n);
  };
  const split = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length > 0 && picked.length < claims.length) onSplit(picked);
  };
  return (
    <div className="row-editor">
      <form onSubmit={merge} className="editor-row">
        <label htmlFor={`${id}-merge`}>{t('rowEditor.mergeInto')}</label>
        <input id={`${id}-merge`} type="number" min={1} max={rowCount} value={target} onChange={(e) => setTarget(e.target.value)} />
        <button type="submit">{t('rowEditor.merge')}</button>
      </form>
      {claims.length > 1 ? (
        <form onSubmit={split}>
          <fieldset>
            <legend>{t('rowEditor.splitLegend')}</legend>
            {claims.map((claim) => (
              <label key={claim.id} className="split-choice">
                <input
                  type="checkbox"
                  checked={picked.includes(claim.id)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, claim.id] : picked.filter((p) => p !== claim.id))}
                />{' '}
                <bdi>{claim.outlet}</bdi>: <span dir={claim.dir}>{claim.text}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit">{t('rowEditor.split')}</button>
        </form>
      ) : null}
      {edited ? (
        <p className="editor-buttons">
          <span className="edited-mark">{t('edited.mark')}</span>
          <button type="button" onClick={onReset}>
            {t('rowEditor.reset')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
