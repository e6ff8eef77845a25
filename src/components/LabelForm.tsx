import { useId, useState, type FormEvent } from 'react';
import type { LabelLexiconEntry, LabelStance } from '../core/types.ts';
import { COMMAS } from '../core/lang/profiles.ts';
import { LABEL_STANCES } from '../core/vocabulary.ts';

/** Forms are typed one a line or separated by a comma of either script. */
const LIST_BREAK = new RegExp(`${COMMAS.source}|\\n`, 'u');
import { useT, type MessageKey } from '../i18n/index.tsx';

export interface LabelFormProps {
  actors: { id: string; name: string }[];
  languages: string[];
  labels: (LabelLexiconEntry & { id: string })[];
  onAdd: (entry: LabelLexiconEntry) => void;
  onRemove: (id: string) => void;
}


/** Teach the analysis a label it missed ("coup general"); the case is re-analysed with it. */
export function LabelForm({ actors, languages, labels, onAdd, onRemove }: LabelFormProps) {
  const t = useT();
  const id = useId();
  const [forms, setForms] = useState('');
  const [stance, setStance] = useState<LabelStance>('negative');
  const [actor, setActor] = useState('');
  const [language, setLanguage] = useState(languages[0] ?? 'und');
  const lang = languages.includes(language) ? language : (languages[0] ?? 'und');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = forms.split(LIST_BREAK).map((f) => f.trim()).filter(Boolean);
    if (!list.length) return;
    const name = actors.find((a) => a.id === actor)?.name;
    onAdd({ forms: list, stance, language: lang, ...(name ? { actors: [name] } : {}) });
    setForms('');
  };
  return (
    <div className="label-form">
      <form onSubmit={submit}>
        <div className="editor-row">
          <label htmlFor={`${id}-forms`}>{t('labels.forms')}</label>
          <input id={`${id}-forms`} dir="auto" value={forms} onChange={(e) => setForms(e.target.value)} />
        </div>
        <div className="editor-row">
          <label htmlFor={`${id}-stance`}>{t('labels.stance')}</label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as LabelStance)}>
            {LABEL_STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`labelStance.${s}` as MessageKey)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-actor`}>{t('labels.actor')}</label>
          <select id={`${id}-actor`} value={actor} onChange={(e) => setActor(e.target.value)}>
            <option value="">{t('labels.anyActor')}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-lang`}>{t('labels.language')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <button type="submit">{t('labels.add')}</button>
        </div>
      </form>
      {labels.length ? (
        <ul className="user-labels">
          {labels.map((l) => (
            <li key={l.id}>
              <span className={`chip ${l.stance}`}>
                <bdi>{l.forms.join(' / ')}</bdi>
              </span>{' '}
              {l.actors?.length ? <bdi>→ {l.actors.join(', ')}</bdi> : null} ({l.language}){' '}
              <button type="button" className="link-button" onClick={() => onRemove(l.id)} aria-label={t('labels.removeLabel', { label: l.forms[0] ?? '' })}>
                {t('labels.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
