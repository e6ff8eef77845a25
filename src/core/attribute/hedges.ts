/**
 * Hedges (issue 9): "…، وفق زعمها", "حسب ادعائه" qualify the outlet's own voice ("as it claims") and name
 * no source; "وفقا لمزاعم الجيش" names one behind the noun of claiming, at a distance.
 */
import type { CueHit } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * What follows a prepositional cue: 'hedge' (a noun of claiming with a pronoun: no source), 'noun' (a noun
 * of claiming before its source: skip it), or null.
 * @example hedgeAfter(view, lex, hit) // "وسيطرت القوات على البلدة، وفق مزاعمها" → 'hedge'
 */
export function hedgeAfter(view: SentenceView, lex: Lexicon, hit: CueHit): 'hedge' | 'noun' | null {
  const word = view.norms[hit.to];
  if (word === undefined) return null;
  const glued = hit.entry.attachedPreposition;
  const bare = glued && word.startsWith(glued) ? word.slice(glued.length) : word;
  if (lex.hedgeWords.has(word) || lex.hedgeWords.has(bare)) return 'hedge';
  return lex.hedgeNouns.has(word) || lex.hedgeNouns.has(bare) ? 'noun' : null;
}
