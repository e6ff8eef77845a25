/**
 * The built app's main chunk carries the dashboard, not the example case: the seed articles are a chunk
 * of their own, fetched when the example is asked for (issue 10, "the house").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import meta from '../../fixtures/seeds/meta.json';

const assets = 'dist/assets';
/** A stretch of a seed article's text long enough to be its own: its first six words in a row. */
const seedSnippet = (file: string): string => /\p{L}+(?: \p{L}+){5}/u.exec(readFileSync(join('fixtures/seeds', file), 'utf8'))![0];

describe('chunks of the built app', () => {
  it('leaves the seed articles out of the entry chunk, in a chunk of their own', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const entry = /<script[^>]+src="(?:\.?\/)?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const main = readFileSync(join('dist', entry!), 'utf8');
    const chunks = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8'));
    for (const { file } of meta.articles) {
      const snippet = seedSnippet(file);
      expect(main.includes(snippet)).toBe(false);
      expect(chunks.some((code) => code.includes(snippet))).toBe(true);
    }
  });
});

describe('language data in the built app', () => {
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const holding = (mark: string) => files.filter((f) => readFileSync(join(assets, f), 'utf8').includes(mark));

  it('English data and the bridge between languages are chunks of their own, out of the worker and its analysis code', () => {
    // Words only one data file has: the English cue candidates, the bridge's English synonyms, the bridge's note.
    for (const [mark, chunk] of [['abjuring', /^en-/], ['abdominovesical', /^bridge-/], ['Arabic word (folded)', /^bridge-/]] as const) {
      const where = holding(mark);
      expect(where.length).toBeGreaterThan(0);
      // One chunk for the page, one for the worker: fetched only for a case that needs them.
      for (const file of where) expect(file).toMatch(chunk);
    }
  });
});
