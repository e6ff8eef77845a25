/**
 * A light Arabic stemmer for matching (in the spirit of Larkey's light10), on folded text (ة→ه, أ→ا,
 * ى→ي). Snowball's Arabic stemmer is inconsistent across clitics ("المفاوضات"→"مفاوض" but
 * "مفاوضات"→"مفاوضا"), which matters more for matching than linguistic accuracy.
 */

// Article with glued prepositions/conjunctions, longest first.
const ARTICLE_PREFIXES = ['وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];
const SUFFIXES = ['هما', 'كما', 'تان', 'تين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'كم', 'نا', 'يه', 'ه', 'ي', 'ا'];
/** Clitics glued to a word without the article: conjunctions and prepositions. */
const CLITIC_PREFIXES = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * Strips the article family and one inflectional suffix, keeping at least three letters.
 * @example arabicLightStem('الليبيه') === arabicLightStem('ليبي') // 'ليب'
 */
export function arabicLightStem(word: string): string {
  let w = word;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // A nisba or feminine ending left after a plural suffix ("ليبيين" → "ليبي" → "ليب").
  if (w.length > 3 && (w.endsWith('ي') || w.endsWith('ه'))) w = w.slice(0, -1);
  return w;
}

/**
 * Strips a glued conjunction/preposition when the rest (or its stem) is a word of the case ("وسليمان" →
 * "سليمان" when "سليمان" occurs): a bare "و…" is too often part of the word ("وزير", "وفد") to strip blindly.
 * `known`: the case's folded words, or a test (alignment asks whether the rest's matching key occurs in
 * the case, so "وقطر" meets "القطري" and "لليرة" meets "الليرة").
 * @example stripKnownClitic('لسليمان', new Set(['سليمان'])) === 'سليمان'
 */
export function stripKnownClitic(word: string, known: ReadonlySet<string> | ((rest: string) => boolean)): string {
  const isKnown = typeof known === 'function' ? known : (rest: string): boolean => known.has(rest);
  for (const p of CLITIC_PREFIXES) {
    if (word.length - p.length < 3 || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (isKnown(rest)) return rest;
  }
  return word;
}

/**
 * A folded word for actor finding without its glued clitic, when the bare word occurs in the case:
 * "لل" + noun is "ل" + "ال" + noun with the alef dropped, so "للجيش" reads "الجيش".
 * @example stripActorClitic('للجيش', new Set(['الجيش'])) === 'الجيش'
 */
export function stripActorClitic(folded: string, known: ReadonlySet<string>): string {
  if (folded.startsWith('لل') && folded.length >= 5 && known.has(`ال${folded.slice(2)}`)) return `ال${folded.slice(2)}`;
  return stripKnownClitic(folded, known);
}

/**
 * The spelling to show for a word whose key restored the article a preposition had fused ("للجيش" → "الجيش"); null otherwise.
 * @example fusedArticleSpelling('للجيش', 'للجيش', 'الجيش') === 'الجيش'
 */
export function fusedArticleSpelling(surface: string, folded: string, key: string): string | null {
  return key.startsWith('ال') && folded.startsWith('لل') ? `ال${surface.slice(2)}` : null;
}
