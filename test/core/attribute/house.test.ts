import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/attribute/lexicon.ts';

const DIR = join(import.meta.dirname, '../../../src/core/attribute');

/** Code lines (comments dropped) of the generic attribute stage that spell Arabic letters. */
function arabicInCode(): string[] {
  const found: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.trim().startsWith('*') || line.trim().startsWith('/*') ? '' : line.replace(/\/\/.*$/, '');
        if (/[\u0621-\u064A]/u.test(code)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('attribute: language knowledge lives in the data files', () => {
  it('the generic code holds no Arabic words (they are in lang/ar/attribution.json, "grammar")', () => {
    expect(arabicInCode()).toEqual([]);
  });

  it('Arabic grammar letters reach the rules through the lexicon; English has none', () => {
    const ar = lexiconFor('ar')!;
    expect(ar.suffixedFeminineEnding).toBe('ت');
    expect(ar.periodPrepositions.has('خلال')).toBe(true);
    expect(ar.elative?.maxLength).toBe(6);
    const en = lexiconFor('en')!;
    expect(en.suffixedFeminineEnding).toBe('');
    expect(en.complementPrefixes).toEqual([]);
    expect(en.elative).toBeNull();
  });
});
