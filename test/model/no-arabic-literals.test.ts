// Arabic wording lives in the language data (src/core/lang/ar) and the interface catalogue (src/i18n);
// the dashboard's code is generic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
/** Code without its comments (line and block), so examples in comments may stay. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('generic code', () => {
  it('spells no Arabic outside the language data and the interface catalogue', () => {
    const offenders: string[] = [];
    // The furniture stage is generic too: its letter variants and joined conjunctions are in lang/<code>/furniture.json.
    for (const dir of ['src/app', 'src/features', 'src/model', 'src/components', 'src/core/ingest/furniture']) {
      for (const file of files(dir).filter((f) => /\.tsx?$/.test(f))) {
        code(readFileSync(file, 'utf8'))
          .split('\n')
          .forEach((line, i) => {
            if (/\p{Script=Arabic}/u.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('in the core, spells no Arabic letters outside lang/ (punctuation such as ، and ؟ is shared by scripts)', () => {
    const offenders: string[] = [];
    for (const file of files('src/core').filter((f) => /\.tsx?$/.test(f) && !f.startsWith(join('src/core', 'lang')))) {
      code(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (/[\u0621-\u064A]/u.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
