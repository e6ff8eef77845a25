/**
 * Arabic words to English ones, through the bridge built from Arabic WordNet and WordNet
 * (lang/bridge/ar-en.json). Words in text carry clitics and inflections the dictionary's lemmas do not,
 * so a word is looked up as it is, then with its glued conjunctions, prepositions, article and endings
 * taken off, one at a time.
 */
import bridge from '../lang/bridge/ar-en.json' with { type: 'json' };

const WORDNET_ENTRIES: Record<string, string> = bridge.entries;
const PLACE_NAMES: Record<string, string> = bridge.names;

// Proclitics (conjunction, preposition, future marker, article), longest first.
const PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'وس', 'وب', 'ول', 'و', 'ف', 'ب', 'ل', 'س'];
// Endings of verbs (person, number), nouns (plural, dual, feminine) and pronoun suffixes.
const SUFFIXES = ['تموها', 'تما', 'تم', 'تن', 'وا', 'ون', 'ين', 'ان', 'ات', 'ت', 'ه', 'ها', 'هم', 'هن', 'نا', 'كم', 'ي', 'ا', 'ن'];

// What a word surely carries when it is a noun: the article (with a glued conjunction or preposition)
// and a plural, dual, feminine or nisba ending. A name ("بلامي") stripped of any clitic and ending that
// fits often lands on some dictionary word ("لام"), so whether a word is common is asked with these only.
const NOUN_PREFIXES = PREFIXES.filter((p) => p.includes('ال') || p.includes('لل'));
const NOUN_SUFFIXES = ['ون', 'ين', 'ان', 'ات', 'ه', 'ي'];

// A verb's person prefixes in the imperfect, after an optional future "س" ("سندافع" → "دافع").
const IMPERFECT = /^[وف]?س?[اينت](?=\p{L}{3})/u;
// Pronoun suffixes, after which a plural ending is looked under too ("مرشحينا" → "مرشحي" → "مرشح").
const PRONOUNS = ['ها', 'هم', 'هن', 'نا', 'كم', 'ه'];

function* lemmaCandidates(word: string, prefixes = PREFIXES, suffixes = SUFFIXES, verbs = true): Generator<string> {
  yield word;
  const stems = [word];
  for (const p of prefixes) if (word.startsWith(p) && word.length - p.length >= 2) stems.push(word.slice(p.length));
  for (const stem of stems) {
    if (stem !== word) yield stem;
    for (const s of suffixes) {
      if (!stem.endsWith(s) || stem.length - s.length < 2) continue;
      const bare = stem.slice(0, -s.length);
      yield bare;
      // A feminine noun's ta marbuta is a t before a suffix ("حكومتها" → "حكومه").
      if (bare.endsWith('ت')) yield `${bare.slice(0, -1)}ه`;
      yield `${bare}ه`;
      if (!PRONOUNS.includes(s)) continue;
      // Before a pronoun a masculine plural loses its ن ("مرشحي" + "نا"); a feminine one keeps "ات".
      if (/[يو]$/u.test(bare) && bare.length >= 4) yield bare.slice(0, -1);
      if (bare.endsWith('ات') && bare.length >= 5) yield bare.slice(0, -2);
    }
  }
  if (verbs && IMPERFECT.test(word)) yield* lemmaCandidates(word.replace(IMPERFECT, ''), prefixes, suffixes, false);
}

/**
 * English words for a folded Arabic word, best first (empty when the bridge has none).
 * @example englishFor('والمركزي') // ['central', …] (the dictionary's; Arabic WordNet has no مركزي)
 */
export function englishFor(foldedArabicWord: string): string[] {
  return lookUp(lemmaCandidates(foldedArabicWord));
}

/**
 * English words for a folded Arabic word read as a noun (only the article and noun endings taken off):
 * empty for most names, which the looser `englishFor` may read as a word with clitics.
 * @example englishForNoun('الحكومات') // ['government', …]
 */
export function englishForNoun(foldedArabicWord: string): string[] {
  return lookUp(lemmaCandidates(foldedArabicWord, NOUN_PREFIXES, NOUN_SUFFIXES, false));
}

function lookUp(candidates: Iterable<string>): string[] {
  for (const candidate of candidates) {
    const wordnet = WORDNET_ENTRIES[candidate];
    if (wordnet !== undefined) return wordnet.split(' ');
  }
  return [];
}

// The relational (nisba) endings: "البرتغالية" is the country's adjective, as "Portuguese" is in English.
const NISBA_ENDINGS = ['يين', 'يون', 'يه', 'ي'];

/**
 * The English name of a country or region an Arabic word names, or whose adjective it is (CLDR), or
 * undefined.
 * @example placeNameFor('البرتغاليه') // 'portugal'
 */
export function placeNameFor(foldedArabicWord: string): string | undefined {
  for (const candidate of lemmaCandidates(foldedArabicWord, PREFIXES, [], false)) {
    // "الروسي" / "ليبي" are the adjectives of "روسيا" / "ليبيا".
    // "للبرتغال" is "ل" + "البرتغال", its alef gone.
    const name = PLACE_NAMES[candidate] ?? PLACE_NAMES[`ال${candidate}`] ?? (candidate.endsWith('ي') ? PLACE_NAMES[`${candidate}ا`] : undefined);
    if (name !== undefined) return name;
    for (const ending of NISBA_ENDINGS) {
      if (!candidate.endsWith(ending) || candidate.length - ending.length < 3) continue;
      const place = PLACE_NAMES[candidate.slice(0, -ending.length)];
      if (place !== undefined) return place;
    }
  }
  return undefined;
}
