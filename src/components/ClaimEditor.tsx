import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CueStance, SourceKind } from '../core/types.ts';
import { CUE_STANCES, SOURCE_KINDS } from '../core/vocabulary.ts';
import { useT } from '../i18n/index.tsx';
import { kindKey, stanceKey } from './ClaimMeta.tsx';


export interface ClaimEditorProps {
  claim: {
    id: string;
    text: string;
    dir: 'rtl' | 'ltr' | 'auto';
    sourceText: string;
    cueText: string;
    kind: SourceKind | null;
    stance: CueStance | null;
    edited: boolean;
    dismissed: boolean;
  };
  /** 1-based number of the claim's row in Compare; null when it is in none. */
  rowNumber: number | null;
  rowCount: number;
  /** The rows to move the claim to, by number with their first words (absent: a row number is typed). */
  rows?: { number: number; label: string }[];
  onSourceChange: (text: string) => void;
  onCueChange?: (text: string) => void;
  onKindChange: (kind: SourceKind) => void;
  onStanceChange: (stance: CueStance) => void;
  onNotAClaim: () => void;
  onIsAClaim: () => void;
  onMoveToRow: (rowNumber: number) => void;
  onMoveToNewRow: () => void;
  onReset: () => void;
}

/** The corrections a person can make to one claim: source, kind, stance, claim or not, row. */
export function ClaimEditor(props: ClaimEditorProps) {
  const { claim, rowNumber, rowCount } = props;
  const t = useT();
  const id = useId();
  const [source, setSource] = useState(claim.sourceText);
  const [cue, setCue] = useState(claim.cueText);
  const [target, setTarget] = useState('');
  useEffect(() => setSource(claim.sourceText), [claim.id, claim.sourceText]);
  useEffect(() => setCue(claim.cueText), [claim.id, claim.cueText]);

  const submitSource = (event: FormEvent) => {
    event.preventDefault();
    props.onSourceChange(source);
  };
  const submitMove = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(target);
    if (Number.isInteger(n) && n >= 1 && n <= rowCount) props.onMoveToRow(n);
  };

  return (
    <div className="claim-editor">
      <blockquote className="editor-claim" dir={claim.dir}>
        {claim.text}
      </blockquote>
      {claim.dismissed ? (
        <p>
          {t('editor.dismissed')}{' '}
          <button type="button" onClick={props.onIsAClaim}>
            {t('editor.isAClaim')}
          </button>
        </p>
      ) : (
        <>
          <form onSubmit={submitSource} className="editor-row">
            <label htmlFor={`${id}-source`}>{t('editor.source')}</label>
            <input id={`${id}-source`} dir="auto" value={source} onChange={(e) => setSource(e.target.value)} />
            <button type="submit">{t('editor.saveSource')}</button>
          </form>
          {props.onCueChange ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                props.onCueChange?.(cue);
              }}
              className="editor-row"
            >
              <label htmlFor={`${id}-cue`}>{t('editor.cue')}</label>
              <input id={`${id}-cue`} dir="auto" value={cue} onChange={(e) => setCue(e.target.value)} />
              <button type="submit">{t('editor.saveCue')}</button>
            </form>
          ) : null}
          <div className="editor-row">
            <label htmlFor={`${id}-kind`}>{t('editor.kind')}</label>
            <select
              id={`${id}-kind`}
              value={claim.kind ?? ''}
              onChange={(e) => e.target.value && props.onKindChange(e.target.value as SourceKind)}
            >
              {claim.kind ? null : <option value="">{t('kind.none')}</option>}
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(kindKey(k))}
                </option>
              ))}
            </select>
          </div>
          <div className="editor-row">
            <label htmlFor={`${id}-stance`}>{t('editor.stance')}</label>
            <select
              id={`${id}-stance`}
              value={claim.stance ?? ''}
              onChange={(e) => e.target.value && props.onStanceChange(e.target.value as CueStance)}
            >
              {claim.stance ? null : <option value="">{t('stance.none')}</option>}
              {CUE_STANCES.map((s) => (
                <option key={s} value={s}>
                  {t(stanceKey(s))}
                </option>
              ))}
            </select>
          </div>
          <p className="editor-rowinfo">
            {rowNumber ? t('editor.inRow', { n: rowNumber }) : t('editor.inNoRow')}
          </p>
          <form onSubmit={submitMove} className="editor-row">
            <label htmlFor={`${id}-row`}>{t('editor.moveToRow')}</label>
            {props.rows ? (
              <select id={`${id}-row`} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">{t('editor.pickRow')}</option>
                {props.rows
                  .filter((r) => r.number !== rowNumber)
                  .map((r) => (
                    <option key={r.number} value={r.number}>
                      {t('editor.rowOption', { n: r.number, text: r.label })}
                    </option>
                  ))}
              </select>
            ) : (
              <input
                id={`${id}-row`}
                type="number"
                min={1}
                max={rowCount}
                inputMode="numeric"
                value={target}
                onChange={(e) => setTarget(e.target.value)}
              />
            )}
            <button type="submit">{t('editor.move')}</button>
          </form>
          <div className="editor-buttons">
            <button type="button" onClick={props.onMoveToNewRow}>
              {t('editor.moveToNewRow')}
            </button>
            <button type="button" onClick={props.onNotAClaim}>
              {t('editor.notAClaim')}
            </button>
          </div>
        </>
      )}
      {claim.edited ? (
        <p className="editor-buttons">
          <span className="edited-mark">{t('edited.mark')}</span>
          <button type="button" onClick={props.onReset}>
            {t('editor.reset')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
