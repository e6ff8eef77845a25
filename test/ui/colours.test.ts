// Colours are defined once, as CSS variables in src/app/styles.css; code names the variables.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_STANCES, LABEL_STANCES, SOURCE_KINDS } from '../../src/core/vocabulary.ts';
import { kindColor, labelChartSeries, stanceColor } from '../../src/model/charts.ts';

const css = readFileSync('src/app/styles.css', 'utf8');
const root = css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root')));
const declared = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const variableOf = (colour: string) => /^var\((--[\w-]+)\)$/.exec(colour)?.[1];
/** The literal colour a variable ends at (following var() references). */
const literal = (name: string): string | undefined => {
  const value = declared.get(name);
  const next = value && variableOf(value);
  return next ? literal(next) : value;
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('colours', () => {
  it('every chart colour is a variable the stylesheet declares', () => {
    const used = [
      ...SOURCE_KINDS.map(kindColor),
      kindColor('none'),
      ...CUE_STANCES.map(stanceColor),
      ...labelChartSeries([0, 1, 2, 3, 4, 5].map((n) => ({ actor: `A${n}`, byStance: LABEL_STANCES.map((stance) => ({ stance, data: [1] })) })), (k) => k).map((s) => s.color),
      'var(--chart-coverage)',
    ];
    for (const colour of used) {
      const name = variableOf(colour);
      expect(name, colour).toBeDefined();
      expect(literal(name!), colour).toMatch(/^#[0-9a-f]{3,8}$/i);
    }
  });

  it('the cue-stance chart tells its three stances apart', () => {
    expect(new Set(CUE_STANCES.map((s) => literal(variableOf(stanceColor(s))!))).size).toBe(CUE_STANCES.length);
  });

  it('no code or stylesheet outside :root spells a colour', () => {
    const offenders: string[] = [];
    for (const file of files('src').filter((f) => /\.(tsx?|css)$/.test(f) && !f.includes('/core/lang/'))) {
      let text = readFileSync(file, 'utf8');
      if (file.endsWith('styles.css')) text = text.replace(root, '');
      for (const m of text.matchAll(/#[0-9a-fA-F]{3,8}\b(?![\w-])|\brgba?\(/g)) offenders.push(`${file}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
