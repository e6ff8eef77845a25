import type { LabelStance } from '../core/types.ts';
import { formatNumber, useLocale, useT, type MessageKey } from '../i18n/index.tsx';

/** One label an outlet gives an actor, with its stance, how often, and where it came from. */
export interface ActorChip {
  key: string;
  text: string;
  stance: LabelStance;
  count: number;
  origin: 'lexicon' | 'discovered' | 'user';
}

/** The label marks the glossary explains: + positive, − negative, · neutral. */
export const STANCE_SIGN: Record<LabelStance, string> = { positive: '+', negative: '−', neutral: '·' };

export interface LabelChipProps {
  chip: ActorChip;
  pressed: boolean;
  onClick: () => void;
  /** Show "×1" too (the contrasts list); otherwise only a count above one (the matrix). */
  alwaysCount?: boolean;
}

/**
 * A label as a button coloured by stance (Actors view: the matrix and the contrasts alike), its count in
 * the interface's digits; pressing it shows the sentences behind it.
 */
export function LabelChip({ chip, pressed, onClick, alwaysCount = false }: LabelChipProps) {
  const t = useT();
  const locale = useLocale();
  const stance = t(`labelStance.${chip.stance}` as MessageKey);
  return (
    <button type="button" className={`chip ${chip.stance}${chip.origin === 'user' ? ' user' : ''}`} aria-pressed={pressed} onClick={onClick} title={stance}>
      <span aria-hidden="true">{STANCE_SIGN[chip.stance]}</span>
      <bdi>{chip.text}</bdi>
      <span className="sr-only">
        ({stance}
        {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''})
      </span>
      {chip.origin === 'user' ? <span aria-hidden="true"> ✎</span> : null}
      {alwaysCount || chip.count > 1 ? <span className="chip-count">×{formatNumber(locale, chip.count)}</span> : null}
    </button>
  );
}
