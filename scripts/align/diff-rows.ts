/**
 * Prints the rows that differ between the default align options and the defaults with the given ones,
 * on one language of a *tuned* dev case or on a fixture case (seeds, english), to see what an option moves.
 * Run: node bin/run-ts.mjs scripts/align/diff-rows.ts <tuned case> <en|ar> '{"verdictContent":0}'
 *      node bin/run-ts.mjs scripts/align/diff-rows.ts seeds '{"alignHeadings":4}'
 */
import { devCaseView, loadDevCase } from '../../fixtures/dev-cases.ts';
import { loadCase } from '../../fixtures/load.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import type { AlignOptions } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';

const [name, ...rest] = process.argv.slice(2);
const fixture = name === 'seeds' || name === 'english';
const lang = fixture ? null : rest.shift();
const options = JSON.parse(rest[0] ?? '{}') as AlignOptions;
let inputs;
if (fixture) inputs = loadCase(name);
else {
  const devCase = loadDevCase(name!);
  if (devCase.meta.split !== 'tuned') throw new Error(`${name} is not a tuned case`);
  inputs = devCaseView(devCase, lang as 'en').inputs;
}
const analysis = analyzeCase(inputs);
const text = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
const entities = resolveEntities(analysis.articles);
const show = (rows: ReturnType<typeof alignClaims>) => new Set(rows.map((r) => r.claimIds.map((id) => { const c = text.get(id)!; const at = c.attribution; return `${id} ${at ? `[${at.cue.lemma}]` : ''} ${c.text.slice(0, 110)}`; }).join('\n   ')));
const off = show(alignClaims(analysis.articles, { entities }));
const on = show(alignClaims(analysis.articles, { entities, ...options }));
for (const r of off) if (!on.has(r)) console.log('DEFAULT only:\n   ' + r);
for (const r of on) if (!off.has(r)) console.log('WITH OPTIONS only:\n   ' + r);
