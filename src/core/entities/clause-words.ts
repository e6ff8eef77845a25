/**
 * Words that open a clause, never a name: a finite verb with a complementizer written onto it (a
 * run-on of "it is noted" + "that"). Its consonants may be a Latin name's skeleton by chance, so the
 * cross-script matcher must not read it as one. The complementizer counts only as the label data
 * spell it (lang/<code>/labels.json `actors.complementizers`, hamza kept): a name that ends on the same
 * letters without it (a plain alef) stays a name.
 */
import type { CaseText } from '../actors/discover.ts';
import { labelFile } from '../actors/lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

const written = new Map<LanguageCode, readonly string[]>();
function complementizersAsWritten(lang: LanguageCode): readonly string[] {
  let list = written.get(lang);
  if (!list) written.set(lang, (list = (labelFile(lang)?.actors?.complementizers ?? []).filter((c) => c.length > 0)));
  return list;
}

/**
 * Whether token `i` of a text is a verb the verb list knows with a complementizer glued after it.
 * @example gluedClause(text, i) // true for a present verb written together with the complementizer
 */
export function gluedClause(text: CaseText, i: number): boolean {
  const t = text.tokens[i]!;
  // Asked of every Arabic word of a mixed case: the folded ending first, the spelling only then.
  let folded = false;
  for (const c of text.data.complementizers) if (t.key.length > c.length && t.key.endsWith(c)) folded = true;
  if (!folded) return false;
  const spelt = text.text.slice(t.start, t.end);
  for (const c of complementizersAsWritten(text.lang)) {
    if (spelt.length <= c.length || !spelt.endsWith(c)) continue;
    const rest = foldForMatch(spelt.slice(0, -c.length));
    if (text.data.verb(rest) !== undefined) return true;
  }
  return false;
}
