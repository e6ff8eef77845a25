import { useId, useState } from 'react';
import type { ActorChip } from '../../components/ActorMatrix.tsx';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import type { LabelStance } from '../../core/types.ts';
import type { ActorContrast } from '../../model/actorMatrix.ts';

export interface ActorContrastsProps {
  contrasts: ActorContrast[];
  selected: { actorId: string; articleId: string; key: string } | null;
  onSelect: (selection: { actorId: string; articleId: string; key: string }) => void;
}

const STANCE_SIGN: Record<LabelStance, string> = { positive: '+', negative: '−', neutral: '·' };

/**
 * Actors and outlets per actor listed before a "show all" (a case of 1,000 outlets and hundreds of actors
 * would otherwise put tens of thousands of chips on screen at once; the matrix below has them all).
 */
const ACTORS_SHOWN = 12;
const OUTLETS_SHOWN = 8;

/** Per actor, which outlet calls it what, with counts: where outlets differ in naming the same actor. */
export function ActorContrasts({ contrasts, selected, onSelect }: ActorContrastsProps) {
  const t = useT();
  const id = useId();
  const [allActors, setAllActors] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const shown = allActors ? contrasts : contrasts.slice(0, ACTORS_SHOWN);
  return (
    <section aria-labelledby={`${id}-contrasts`} className="actor-contrasts">
      <h3 id={`${id}-contrasts`}>{t('actors.contrasts')}</h3>
      {contrasts.length === 0 ? <p className="hint">{t('actors.noContrast')}</p> : null}
      {shown.map((actor) => {
        const outlets = expanded.has(actor.id) ? actor.outlets : actor.outlets.slice(0, OUTLETS_SHOWN);
        return (
        <article key={actor.id} aria-labelledby={`${id}-${actor.id}`} className="actor-contrast">
          <h4 id={`${id}-${actor.id}`} dir="auto">
            {actor.name}
          </h4>
          <ul>
            {outlets.map((outlet) => (
              <li key={outlet.articleId}>
                <bdi className="outlet">{outlet.outlet}</bdi>{' '}
                {outlet.chips.map((chip) => (
                  <Chip
                    key={chip.key}
                    chip={chip}
                    pressed={selected?.actorId === actor.id && selected.articleId === outlet.articleId && selected.key === chip.key}
                    onClick={() => onSelect({ actorId: actor.id, articleId: outlet.articleId, key: chip.key })}
                    stanceName={t(`labelStance.${chip.stance}` as MessageKey)}
                    userName={t('labels.yours')}
                  />
                ))}
              </li>
            ))}
          </ul>
          {outlets.length < actor.outlets.length ? (
            <button type="button" className="link-button" onClick={() => setExpanded((e) => new Set(e).add(actor.id))}>
              {t('actors.showAllOutlets', { count: actor.outlets.length })}
            </button>
          ) : null}
        </article>
        );
      })}
      {shown.length < contrasts.length ? (
        <button type="button" className="link-button" onClick={() => setAllActors(true)}>
          {t('actors.showAllActors', { count: contrasts.length })}
        </button>
      ) : null}
    </section>
  );
}

function Chip({ chip, pressed, onClick, stanceName, userName }: { chip: ActorChip; pressed: boolean; onClick: () => void; stanceName: string; userName: string }) {
  return (
    <button type="button" className={`chip ${chip.stance}${chip.origin === 'user' ? ' user' : ''}`} aria-pressed={pressed} onClick={onClick} title={stanceName}>
      <span aria-hidden="true">{STANCE_SIGN[chip.stance]}</span>
      <bdi>{chip.text}</bdi>
      <span className="sr-only">({stanceName}{chip.origin === 'user' ? `, ${userName}` : ''})</span>
      {chip.origin === 'user' ? <span aria-hidden="true"> ✎</span> : null}
      <span className="chip-count">×{chip.count}</span>
    </button>
  );
}
