import { lookupNoun, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';

/**
 * A verb with no subject after an opening phrase that names whose words follow ("وعقب أول تعليق من X
 * على الحكم، أكد أن …"): the words after a statement noun and "from" up to the next preposition or comma.
 * Only a statement "from" someone names its speaker; "في رده على تصريحات X" names whom he answers.
 * @example openingSpeaker(view, lex, 9) // "وعقب أول تعليق من الوزير على القرار، أكد …" → { from: 4, to: 5 }
 */
export function openingSpeaker(view: SentenceView, lex: Lexicon, cue: number): WordRange | null {
  if (!lex.clitics || lex.statementFromPrepositions.size === 0) return null;
  for (let k = 0; k + 2 < cue; k++) {
    if (view.commaBefore(k + 1) || !lex.channelNouns.has(view.norms[k]!) || !lex.statementFromPrepositions.has(view.norms[k + 1]!)) continue;
    const from = k + 2;
    let to = from;
    while (to < cue && !(to > from && view.commaBefore(to)) && !lex.separatePrepositions.has(view.norms[to]!) && to - from < 6) to++;
    if (to === from || view.commaBefore(from)) return null;
    // A statement from an institution's document ("بيان من الوزارة") still names the institution.
    return lookupNoun(lex, view.norms, from)?.entry.kind === 'document' ? null : { from, to };
  }
  return null;
}
