import type { CueHit } from './cues.ts';
import { lookupNoun, type Lexicon } from './lexicon.ts';
import { bareNpEnd, type Subject } from './subject.ts';
import type { SentenceView } from './view.ts';

/**
 * "… على تصريحات سابقة للرئيس، دعا فيها النقابات إلى …": a cue followed by a resumptive pronoun reports
 * the statement before it, so the statement's owner (its noun joined to "لـ") is the speaker, and the
 * words after the pronoun are the verb's object. Null when no owned statement noun precedes the cue.
 * @example resumptivePossessor(view, lex, hit) // "تصريحات للوزير، دعا فيها …" → the words "للوزير"
 */
export function resumptivePossessor(view: SentenceView, lex: Lexicon, hit: CueHit): Subject | null {
  if (!lex.clitics || !lex.resumptivePronouns.has(view.norms[hit.to] ?? '')) return null;
  for (let k = hit.from - 1; k >= Math.max(0, hit.from - 10); k--) {
    const noun = lookupNoun(lex, view.norms, k)?.entry.kind;
    if (!lex.channelNouns.has(view.norms[k]!) && noun !== 'document') continue;
    // The owner right after the statement noun, or after one adjective ("تصريحات سابقة للرئيس").
    for (let m = k + 1; m <= k + 2 && m < hit.from; m++) {
      if (!ownerAt(view, lex, m)) continue;
      let end = bareNpEnd(view, lex, { from: m, to: hit.from });
      for (let c = m + 1; c < end; c++) {
        if (view.commaBefore(c)) {
          end = c;
          break;
        }
      }
      return { type: 'phrase', chunks: [{ from: m, to: end }], anonymityMarked: false, side: 'before' };
    }
    return null;
  }
  return null;
}

/** "للرئيس", "لوزير": a possessive "لـ" joined to a person's or institution's noun. */
function ownerAt(view: SentenceView, lex: Lexicon, m: number): boolean {
  const word = view.norms[m]!;
  if (word.length <= 3 || !lex.viaPrepositions.has(word[0]!)) return false;
  const rest = word.slice(1);
  const candidates = [rest, ...(lex.articleAlef && rest[0] === word[0] ? [lex.articleAlef + rest] : [])];
  return candidates.some((c) => {
    const kind = lookupNoun(lex, [c, ...view.norms.slice(m + 1, m + 4)], 0)?.entry.kind;
    return kind !== undefined && kind !== 'document' && kind !== 'media';
  });
}
