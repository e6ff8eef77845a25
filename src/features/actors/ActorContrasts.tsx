import { useId } from 'react';
import { LabelChip } from '../../components/LabelChip.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ActorContrast } from '../../model/actorMatrix.ts';

export interface ActorContrastsProps {
  contrasts: ActorContrast[];
  selected: { actorId: string; articleId: string; key: string } | null;
  onSelect: (selection: { actorId: string; articleId: string; key: string }) => void;
}

/** Per actor, which outlet calls it what, with counts: where outlets differ in naming the same actor. */
export function ActorContrasts({ contrasts, selected, onSelect }: ActorContrastsProps) {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-contrasts`} className="actor-contrasts">
      <h3 id={`${id}-contrasts`}>{t('actors.contrasts')}</h3>
      {contrasts.length === 0 ? <p className="hint">{t('actors.noContrast')}</p> : null}
      {contrasts.map((actor) => (
        <article key={actor.id} aria-labelledby={`${id}-${actor.id}`} className="actor-contrast">
          <h4 id={`${id}-${actor.id}`} dir="auto">
            {actor.name}
          </h4>
          <ul>
            {actor.outlets.map((outlet) => (
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
        </article>
      ))}
    </section>
  );
}
