/**
 * Arabic lemma candidates: a folded word as written, then with its proclitics (conjunction, preposition,
 * future marker, article) and endings (person, number, gender, pronoun) taken off, one at a time — what a
 * dictionary keyed by lemmas (the Arabic–English bridge) is looked up with.
 */

import { procliticList } from './morphology.ts';

// Proclitics (conjunction, preposition, future marker, article), longest first (morphology.json lemmaPrefixes).
export const PREFIXES = procliticList('lemmaPrefixes');
// Endings of verbs (person, number), nouns (plural, dual, feminine) and pronoun suffixes.
const SUFFIXES = ['تموها', 'تما', 'تم', 'تن', 'وا', 'ون', 'ين', 'ان', 'ات', 'ت', 'ه', 'ها', 'هم', 'هن', 'نا', 'كم', 'ي', 'ا', 'ن'];

// What a word surely carries when it is a noun: the article (with a glued conjunction or preposition)
// and a plural, dual, feminine or nisba ending. A name ("بلامي") stripped of any clitic and ending that
// fits often lands on some dictionary word ("لام"), so whether a word is common is asked with these only.
export const NOUN_PREFIXES = PREFIXES.filter((p) => p.includes('ال') || p.includes('لل'));
export const NOUN_SUFFIXES = ['ون', 'ين', 'ان', 'ات', 'ه', 'ي'];

// A verb's person prefixes in the imperfect, after an optional future "س" ("سندافع" → "دافع").
const IMPERFECT = /^[وف]?س?[اينت](?=\p{L}{3})/u;
// Pronoun suffixes, after which a plural ending is looked under too ("مرشحينا" → "مرشحي" → "مرشح").
const PRONOUNS = ['ها', 'هم', 'هن', 'نا', 'كم', 'ه'];

/**
 * The word, then its lemma candidates, most likely first (verbs also under their imperfect prefixes).
 * @example [...lemmaCandidates('والحكومات')] // ['والحكومات', 'الحكومات', …, 'حكومه', …]
 */
export function* lemmaCandidates(word: string, prefixes = PREFIXES, suffixes = SUFFIXES, verbs = true): Generator<string> {
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

// The relational (nisba) endings: "البرتغالية" is the country's adjective, as "Portuguese" is in English.
export const NISBA_ENDINGS = ['يين', 'يون', 'يه', 'ي'];

/**
 * The nouns a relational (nisba) adjective may be built on, proclitics and article off: "المركزية" →
 * "مركز", "مركزه"; nothing for a word without a nisba ending.
 * @example [...nisbaBases('الدولية')] // ['دول', 'دوله']
 */
export function* nisbaBases(word: string): Generator<string> {
  const stems = [word, ...PREFIXES.filter((p) => word.startsWith(p) && word.length - p.length >= 2).map((p) => word.slice(p.length))];
  for (const stem of stems) {
    for (const ending of NISBA_ENDINGS) {
      if (!stem.endsWith(ending) || stem.length - ending.length < 3) continue;
      const base = stem.slice(0, -ending.length);
      yield base;
      yield `${base}ه`;
    }
  }
}

/**
 * The word with each proclitic it may carry taken off (the word itself first).
 * @example [...withoutProclitics('والحكومه')] // ['والحكومه', 'الحكومه', 'حكومه', …]
 */
export function* withoutProclitics(word: string): Generator<string> {
  yield word;
  for (const p of PREFIXES) if (word.startsWith(p) && word.length - p.length >= 2) yield word.slice(p.length);
}

/**
 * A nisba adjective's other gender, proclitics and article off: the feminine is often a noun of its own
 * the dictionary has ("دولي" → "دوليه", internationalism) where the adjective is missing.
 * @example [...nisbaCounterparts('الدولي')] // ['الدوليه', 'دوليه']
 */
export function* nisbaCounterparts(word: string): Generator<string> {
  for (const stem of withoutProclitics(word)) {
    if (stem.length < 4) continue;
    if (stem.endsWith('يه')) yield stem.slice(0, -1);
    else if (stem.endsWith('ي')) yield `${stem}ه`;
  }
}

// Common broken-plural patterns (folded) and their singulars' patterns, C a root letter in order: أفعال →
// فعل («احكام» → «حكم»), فعول → فعل («طعون» → «طعن»), فعلاء → فعيل («وزراء» → «وزير»), أفعلة → فعال
// («اجهزه» → «جهاز»). Arabic WordNet lists some plurals; these are looked up only when the word is missing.
const BROKEN_PLURALS: readonly (readonly [string, string])[] = [
  ['اCCاC', 'CCC'],
  ['CCوC', 'CCC'],
  ['CCCاء', 'CCيC'],
  ['اCCCه', 'CCاC'],
];

/**
 * The singulars a broken plural may stand for, proclitics and article off (nothing for a word of no such pattern).
 * @example [...brokenPluralSingulars('الاحكام')] // ['حكم']
 */
export function* brokenPluralSingulars(word: string): Generator<string> {
  for (const stem of withoutProclitics(word)) {
    for (const [plural, singular] of BROKEN_PLURALS) {
      if (stem.length !== plural.length) continue;
      const root: string[] = [];
      let fits = true;
      for (let i = 0; i < plural.length && fits; i++) {
        if (plural[i] === 'C') root.push(stem[i]!);
        else fits = plural[i] === stem[i];
      }
      if (!fits) continue;
      let k = 0;
      yield singular.replace(/C/gu, () => root[k++]!);
    }
  }
}
