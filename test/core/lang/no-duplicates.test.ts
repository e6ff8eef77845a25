import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A word listed twice in a lexicon says nothing more and hides which entry an edit should change
// («العقيد» twice among the ranks; "even" twice among the English auxiliaries); every list of words in the
// language data is a set. Cue entries may repeat a form on purpose (another entry, other conditions): only
// lists of strings are checked.
const LANG = resolve(__dirname, '../../../src/core/lang');

/** Whether a value is a non-empty list of strings. */
const isWordList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string');

/** Pushes each word `words` holds twice, as `at: word`. */
function pushTwice(words: string[], at: string, out: string[]): void {
  const seen = new Set<string>();
  // (An empty string is no word: predicates.json holds classes emptied by its build.)
  for (const w of words) {
    if (w !== '' && seen.has(w)) out.push(`${at}: ${w}`);
    seen.add(w);
  }
}

/**
 * Words listed more than once in each list of strings that is a field of an object. A list inside a list is a
 * tuple (a lemma and its forms), skipped, except in a field named "…Groups" (`mediaHeadGroups`): groups of words.
 */
function duplicatesIn(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (!Array.isArray(v)) duplicatesIn(v, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (isWordList(v)) pushTwice(v, at, out);
      else if (key.endsWith('Groups') && Array.isArray(v)) v.forEach((group, i) => isWordList(group) && pushTwice(group, `${at}[${i}]`, out));
      else duplicatesIn(v, at, out);
    }
  }
  return out;
}

/** Forms that two entries of a label lexicon both claim (which entry a match takes would depend on the order). */
function sharedForms(labels: { key: string; forms: string[] }[]): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const entry of labels) {
    for (const form of entry.forms) {
      const first = owner.get(form);
      if (first !== undefined && first !== entry.key) out.push(`${form}: ${first}, ${entry.key}`);
      owner.set(form, entry.key);
    }
  }
  return out;
}

describe('language data lists each word once', () => {
  it('finds a duplicate in a list of words, and none in a tuple', () => {
    expect(duplicatesIn({ ranks: ['colonel', 'major', 'colonel'], pairs: [['x', 'x']] }, 'f', [])).toEqual(['f.ranks: colonel']);
    expect(duplicatesIn({ headGroups: [['paper'], ['radio', 'tv', 'radio']] }, 'f', [])).toEqual(['f.headGroups[1]: radio']);
    expect(sharedForms([{ key: 'a', forms: ['w'] }, { key: 'b', forms: ['w'] }])).toEqual(['w: a, b']);
  });

  for (const lang of readdirSync(LANG, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const file of readdirSync(resolve(LANG, lang)).filter((f) => f.endsWith('.json'))) {
      it(`${lang}/${file}`, () => {
        const data = JSON.parse(readFileSync(resolve(LANG, lang, file), 'utf8')) as Record<string, unknown>;
        expect(duplicatesIn(data, file, [])).toEqual([]);
        if (file.startsWith('labels') && Array.isArray(data.labels)) expect(sharedForms(data.labels as { key: string; forms: string[] }[])).toEqual([]);
      });
    }
  }
});
