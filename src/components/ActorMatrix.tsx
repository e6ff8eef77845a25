import { Fragment } from 'react';
import { LabelChip, type ActorChip } from './LabelChip.tsx';
import { directionOf, formatNumber, useLocale, useT, type MessageKey } from '../i18n/index.tsx';
import type { OutletColumn } from './model.ts';

export type { ActorChip };

export interface ActorMatrixRow {
  id: string;
  name: string;
  aliases: string[];
  total: number;
  cells: { articleId: string; chips: ActorChip[]; total: number }[];
}

export interface ActorMatrixProps {
  columns: OutletColumn[];
  actors: ActorMatrixRow[];
  selected?: { actorId: string; articleId: string; key: string } | null;
  /** Makes each chip a button that shows the sentences behind it; absent (the printed report): plain text. */
  onSelect?: (selection: { actorId: string; articleId: string; key: string }) => void;
  /** Direction the outlet columns run in, as in Compare (right to left for a case in Arabic). */
  dir?: 'ltr' | 'rtl';
}

/**
 * Actors as rows, outlets as columns: the labels each outlet gives each actor, as chips coloured by stance
 * (the Actors view) or, without `onSelect`, as text for print (the report): one table, one markup.
 */
export function ActorMatrix({ columns, actors, selected = null, onSelect, dir }: ActorMatrixProps) {
  const t = useT();
  const locale = useLocale();
  const uiDir = directionOf(locale);
  if (actors.length === 0) return <p>{t('actors.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="actor-matrix" dir={dir ?? uiDir}>
        <caption className="sr-only" dir={uiDir}>
          {t('actors.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" dir={uiDir}>
              {t('actors.actor')}
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.articleId}>
                <bdi>{c.label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row" dir="auto">
                {actor.name}
                {/* An actor merged across scripts has names in both: each keeps its own direction. */}
                {actor.aliases.length ? (
                  <div className="hint">
                    {actor.aliases.map((alias, i) => (
                      <Fragment key={alias}>
                        {i > 0 ? ' · ' : null}
                        <bdi>{alias}</bdi>
                      </Fragment>
                    ))}
                  </div>
                ) : null}
              </th>
              {actor.cells.map((cell, i) => (
                <td key={cell.articleId} dir={columns[i]?.dir ?? 'auto'}>
                  {cell.chips.length === 0 ? (
                    <span className="hint" dir={uiDir}>
                      {t('actors.noLabel')}
                    </span>
                  ) : (
                    cell.chips.map((chip, k) => {
                      if (!onSelect) {
                        const stance = t(`labelStance.${chip.stance}` as MessageKey);
                        return (
                          <span key={chip.key} className="chip-text">
                            {k > 0 ? t('list.separator') : null}
                            <bdi>{chip.text}</bdi> ({stance}
                            {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''}
                            {chip.count > 1 ? ` ×${formatNumber(locale, chip.count)}` : ''})
                          </span>
                        );
                      }
                      return (
                        <LabelChip
                          key={chip.key}
                          chip={chip}
                          pressed={selected?.actorId === actor.id && selected.articleId === cell.articleId && selected.key === chip.key}
                          onClick={() => onSelect({ actorId: actor.id, articleId: cell.articleId, key: chip.key })}
                        />
                      );
                    })
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
