/**
 * Words a clitic script writes joined (Arabic): a conjunction glued on a fronted subject
 * ("والمعارضة كانت قد اتهمت …"), and the first word of a verb's object right after a definite subject
 * ("وأكد الوزير ترحيب بلاده", "أصدر الوزير قراراً بـ…"), which no إن/أن separates from it.
 */
import { definite, lookupNoun, type Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * Characters of a conjunction joined to word `k` in front of its article ("والمعارضة" → 1), else 0:
 * the source span starts after it.
 * @example joinedConjunction(view, lex, 0) // 1 for "والمعارضة كانت قد اتهمت …"
 */
export function joinedConjunction(view: SentenceView, lex: Lexicon, k: number): number {
  if (!lex.clitics) return 0;
  const word = view.norms[k]!;
  const token = view.tokens[k]!;
  for (const c of lex.conjunctions) {
    if (!word.startsWith(c) || view.text[token.start] !== token.text[0]) continue;
    const rest = word.slice(c.length);
    if (lex.articles.some((a) => rest.startsWith(a) && rest.length > a.length + 1)) return c.length;
  }
  return 0;
}


/**
 * Word `k`, indefinite right after a definite word, opens the verb's object rather than a name: it is
 * written with an indefinite ending ("قراراً") or heads a construct whose second word carries a
 * possessive pronoun ("ترحيب بلاده") or a figure ("تعرض 3 قرى"). A name after a title ("الوزير سامح شكري") shows none.
 * @example objectAfterDefinite(view, lex, 2) // true for "وأكد الوزير ترحيب بلاده بالاتفاق"
 */
export function objectAfterDefinite(view: SentenceView, lex: Lexicon, k: number): boolean {
  if (!lex.clitics || k === 0 || lex.indefiniteEndings.length === 0) return false;
  const word = view.norms[k]!;
  if (!definite(lex, view.norms[k - 1]!) || definite(lex, word) || lookupNoun(lex, view.norms, k) || lex.titleLinkWords.has(word) || lex.namePrefixes.some((p) => word.startsWith(p))) return false;
  if (view.quoteOpeningAt(k)) return false;
  const written = view.tokens[k]!.text;
  if (lex.indefiniteEndings.some((e) => written.endsWith(e))) return true;
  const next = view.norms[k + 1];
  const nextWritten = view.tokens[k + 1]?.text;
  if (next === undefined || nextWritten === undefined || definite(lex, next) || view.commaBefore(k + 1)) return false;
  // "وكشف المسؤول تعرض 3 قرى …": a figure right after it counts what the noun is about.
  // «ونفى المتحدث صحة هذه الأنباء»: a demonstrative after it opens its construct's second term; no name goes on so.
  if (/^\d/u.test(next) || lex.demonstratives.has(next)) return true;
  return lex.pronounSuffixes.some((suffix) => nextWritten.endsWith(suffix) && next.length >= suffix.length + 3);
}
