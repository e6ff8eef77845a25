/**
 * A relayed outlet's name as screens show it and the key its wordings meet on: "وكالة «رويترز»",
 * "رويترز" and "Reuters agency" name one outlet; "صحيفة روسية" and "الصحيفة الروسية" one unnamed paper.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { languageProfile } from '../lang/profiles.ts';
import { lexiconFor } from '../attribute/lexicon.ts';
import { isStopword } from '../align/terms.ts';
import { actorData } from '../actors/lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { cleanSourceText } from './speakers.ts';

/** Words that say what kind of outlet it is ("agency", "صحيفة"), not which: each language's `outletWords`. */
const OUTLET_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.attribution.outletWords ?? []).map(foldForMatch));
const QUOTED = /[«“"„‹]([^«»“”"„‹›]+)[»”"›]/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’.-]+$/u;

export interface RelayedOutletName {
  /** The name shown: quotation marks, a glued preposition and stray words dropped. */
  shown: string;
  /** Folded words the wordings of one outlet share. */
  key: string;
}

/** The word without the language's article ("الروسية" → "روسية"), folded. */
function bare(word: string, language: LanguageCode): string {
  const folded = foldForMatch(word);
  for (const article of lexiconFor(language)?.articles ?? []) if (folded.length > article.length + 1 && folded.startsWith(article)) return folded.slice(article.length);
  return folded;
}

/**
 * Words of another script written all in small letters inside a name ("صحيفة nutre الروسية"): no name
 * (a name in Latin letters is capitalised or an acronym), so a stray word of the page, dropped.
 */
function strayWords(words: readonly string[], language: LanguageCode): Set<number> {
  const stray = new Set<number>();
  const script = languageProfile(language)?.script;
  if (!script || script === 'Latin') return stray;
  words.forEach((w, i) => {
    if (LATIN.test(w) && w === w.toLowerCase()) stray.add(i);
  });
  return stray;
}

/** "لصحيفة" → "صحيفة": a glued preposition or conjunction before an outlet word (the language's noun prefixes). */
function withoutGluedPrefix(word: string, language: LanguageCode): string {
  const folded = foldForMatch(word);
  if (folded.length !== word.length || OUTLET_WORDS.has(bare(word, language))) return word;
  for (const prefix of lexiconFor(language)?.nounPrefixes ?? []) {
    if (folded.startsWith(prefix) && OUTLET_WORDS.has(bare(word.slice(prefix.length), language))) return word.slice(prefix.length);
  }
  return word;
}

/**
 * The name of a relayed outlet shown and keyed: the quoted name when the text quotes one, else its
 * words without stray ones. The key leaves out the article of every word and, when a proper name is
 * left, the words saying what kind of outlet it is ("وكالة", "newspaper"); an outlet only described
 * ("صحيفة روسية", "الصحيفة الروسية") keeps them, so a Russian paper and a Russian agency stay two.
 * @example relayedOutletName('صحيفة nutre الروسية', 'ar') // { shown: 'صحيفة الروسية', key: 'صحيفه روسيه' }
 */
export function relayedOutletName(text: string, language: LanguageCode): RelayedOutletName {
  const quoted = QUOTED.exec(text);
  const isHeadWord = (w: string) => OUTLET_WORDS.has(bare(w, language)) || OUTLET_WORDS.has(foldForMatch(w));
  // "قناة «المسيرة» التابعة …": the outlet's head and its quoted name; what follows the name describes it.
  const named = quoted ? `${text.slice(0, quoted.index).trim().split(/\s+/u).map((w) => withoutGluedPrefix(w, language)).filter(isHeadWord).join(' ')} ${quoted[1]}` : text;
  const all = cleanSourceText(named, language).split(' ').filter(Boolean);
  if (all.length > 0) all[0] = withoutGluedPrefix(all[0]!, language);
  const stray = strayWords(all, language);
  const words = stray.size < all.length ? all.filter((_, i) => !stray.has(i)) : all;
  const shown = words.join(' ');
  const keyed = words
    .map((w) => ({ key: bare(w, language), folded: foldForMatch(w), head: isHeadWord(w) }))
    .filter((w) => /[\p{L}\p{N}]/u.test(w.key) && (w.head || !isStopword(w.folded, language)));
  const heads = keyed.filter((w) => w.head);
  const rest = keyed.filter((w) => !w.head);
  // Only relational adjectives after the head ("صحيفة روسية", "الصحيفة الروسية"; or what is left of
  // "صحيفة nutre الروسية"): a description, not a name ("قناة العربية" is one).
  const adjectives = actorData(language);
  const definite = (w: { key: string; folded: string }) => w.key !== w.folded;
  const described =
    heads.length > 0 && rest.length > 0 && rest.every((w) => adjectives.isNisba(w.folded)) && (stray.size > 0 || heads.some(definite) || !rest.some(definite));
  const key = (rest.length > 0 && !described ? rest : keyed).map((w) => w.key).join(' ');
  return { shown, key: key || foldForMatch(shown) };
}
