/**
 * Ordinal numbers written as words, from the language's number data: «التاسع», «التاسعة والعشرين»,
 * «الحادي والثلاثين». After a body's name the ordinal says which session or edition («مؤتمر الأطراف
 * التاسع والعشرين»): a compound read whole, never cut at its «و», never a name's word nor an actor.
 */
import { languageBundle } from '../lang/registry.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import type { ActorToken } from './tokens.ts';

interface OrdinalWords {
  ordinals: ReadonlySet<string>;
  /** Tens («عشرين», «ثلاثين»): the second part of a compound. */
  tens: ReadonlySet<string>;
  connectors: readonly string[];
}

const byLanguage = new Map<LanguageCode, OrdinalWords | null>();

function ordinalWords(lang: LanguageCode): OrdinalWords | null {
  let words = byLanguage.get(lang);
  if (words === undefined) {
    const numbers = languageBundle(lang)?.numbers as { ordinals?: Record<string, number>; units?: Record<string, number>; connectors?: string[] } | undefined;
    const ordinals = Object.keys(numbers?.ordinals ?? {}).map(foldForMatch);
    const tens = Object.entries(numbers?.units ?? {})
      .filter(([, v]) => v >= 20 && v < 100 && v % 10 === 0)
      .map(([w]) => foldForMatch(w));
    words = ordinals.length ? { ordinals: new Set(ordinals), tens: new Set(tens), connectors: (numbers?.connectors ?? []).map(foldForMatch) } : null;
    byLanguage.set(lang, words);
  }
  return words;
}

/** The word without the language's article, if it has one. */
const bare = (key: string, article: string): string => (article && key.startsWith(article) && key.length > article.length + 1 ? key.slice(article.length) : key);

/**
 * The last token of the ordinal starting at token `k` (a compound's tens included), or -1.
 * @example ordinalEnd(tokens, k, 'ar', 'ال') // «التاسع والعشرين» at k → k + 1
 */
export function ordinalEnd(tokens: readonly ActorToken[], k: number, lang: LanguageCode, article: string): number {
  const t = tokens[k];
  const words = t ? ordinalWords(lang) : null;
  if (!words || !words.ordinals.has(bare(t!.key, article))) return -1;
  const next = tokens[k + 1];
  if (!next || next.breakBefore) return k;
  // «والعشرين»: the connector glued on, or already stripped as a clitic.
  const tail = words.connectors.find((w) => next.key.startsWith(w) && words.tens.has(bare(next.key.slice(w.length), article)));
  return tail !== undefined || (next.clitic && words.tens.has(bare(next.key, article))) ? k + 1 : k;
}
