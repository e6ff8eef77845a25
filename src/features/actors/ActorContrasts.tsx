import { useId, useState } from 'react';
import { LabelChip } from '../../components/LabelChip.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ActorContrast } from '../../model/actorMatrix.ts';

export interface ActorContrastsProps {
  contrasts: ActorContrast[];
  selected: { actorId: string; articleId: string; key: string } | null;
  onSelect: (selection: { actorId: string; articleId: string; key: string }) => void;
}

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
          {/* Aligned as the list below it (the interface's side), the name in its own direction: an
              Arabic name on an English page no longer floats to the far edge away from its outlets. */}
          <h4 id={`${id}-${actor.id}`}>
            <bdi>{actor.name}</bdi>
          </h4>
          <ul>
            {outlets.map((outlet) => (
              <li key={outlet.articleId}>
                <bdi className="outlet">{outlet.outlet}</bdi>{' '}
                {outlet.chips.map((chip) => (
                  <LabelChip
                    key={chip.key}
                    chip={chip}
                    alwaysCount
                    pressed={selected?.actorId === actor.id && selected.articleId === outlet.articleId && selected.key === chip.key}
                    onClick={() => onSelect({ actorId: actor.id, articleId: outlet.articleId, key: chip.key })}
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
