/**
 * Article words for actor finding: folded, with glued clitics stripped ("لحفتر" → "حفتر", "للجيش" →
 * "الجيش", "Haftar's" → "haftar" + possessive), and whether punctuation separates a word from the one
 * before (a name or a label never runs across a comma or a full stop).
 */
import { arabicLightStem, stripKnownClitic } from '../align/stem-ar.ts';
import { wordTokens } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

export interface ActorToken {
  /** Matching form: folded, clitics stripped. */
  key: string;
  start: number;
  end: number;
  /** Original spelling starts with an upper-case letter. */
  capitalised: boolean;
  /** English "X's". */
  possessive: boolean;
  /** Punctuation (not quotes) between this word and the previous one. */
  breakBefore: boolean;
  /** That punctuation is a single comma (an apposition may follow). */
  commaBefore: boolean;
}

const HARD_BREAK = /[.,،;؛:!?؟()[\]{}\n|–—/]/u;
const POSSESSIVE = /['’]s$/u;

/** Per-language clitic handling. Adding a language that glues clitics: a line here. */
const CLITICS: Record<LanguageCode, (folded: string, known: ReadonlySet<string>) => string> = {
  ar: (folded, known) => {
    // "لل" + noun is "ل" + "ال" + noun with the alef dropped.
    if (folded.startsWith('لل') && folded.length >= 5 && known.has(`ال${folded.slice(2)}`)) return `ال${folded.slice(2)}`;
    return stripKnownClitic(folded, known);
  },
};

/** The folded words (and their Arabic light stems) of a set of texts: the clitic-stripping vocabulary. */
export function vocabulary(texts: readonly { text: string; language: LanguageCode }[]): Set<string> {
  const known = new Set<string>();
  for (const { text, language } of texts) {
    for (const t of wordTokens(text, language)) {
      known.add(t.norm);
      if (language === 'ar') known.add(arabicLightStem(t.norm));
    }
  }
  return known;
}

/**
 * The article's words for actor matching.
 * @example actorTokens('Haftar’s forces, he said', 'en', new Set())[0] // { key: 'haftar', possessive: true, … }
 */
export function actorTokens(text: string, lang: LanguageCode, known: ReadonlySet<string>): ActorToken[] {
  const strip = CLITICS[lang];
  const out: ActorToken[] = [];
  let previousEnd = 0;
  for (const t of wordTokens(text, lang)) {
    let key = t.norm;
    const possessive = POSSESSIVE.test(key);
    if (possessive) key = key.replace(POSSESSIVE, '');
    if (strip) key = strip(key, known);
    out.push({
      key,
      start: t.start,
      end: t.end,
      capitalised: /^\p{Lu}/u.test(t.text),
      possessive,
      breakBefore: out.length === 0 || HARD_BREAK.test(text.slice(previousEnd, t.start)),
      commaBefore: false,
    });
    out[out.length - 1]!.commaBefore = out.length > 1 && /^[\s"'«»“”‘’]*[,،][\s"'«»“”‘’]*$/u.test(text.slice(previousEnd, t.start));
    previousEnd = t.end;
  }
  return out;
}
