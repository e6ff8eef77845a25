/**
 * Prints the rows of one language of a *tuned* dev case that differ between two align option sets (the
 * default and the default with `verdictContent` set to the given value), to see what an option moves.
 * Run: node bin/run-ts.mjs scripts/align/diff-rows.ts <tuned case> <en|ar> [verdictContent]
 */
import { devCaseView, loadDevCase } from '../../fixtures/dev-cases.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
const [name, lang, v] = process.argv.slice(2);
const devCase = loadDevCase(name!);
if (devCase.meta.split !== 'tuned') throw new Error(`${name} is not a tuned case`);
const { inputs } = devCaseView(devCase, lang as 'en');
const analysis = analyzeCase(inputs);
const text = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
const entities = resolveEntities(analysis.articles);
const show = (rows: ReturnType<typeof alignClaims>) => new Set(rows.map((r) => r.claimIds.map((id) => { const c = text.get(id)!; const at = c.attribution; return `${id} ${at ? `[${at.cue.lemma}]` : ''} ${c.text.slice(0, 110)}`; }).join('\n   ')));
const off = show(alignClaims(analysis.articles, { entities, verdictContent: 0 }));
const on = show(alignClaims(analysis.articles, { entities, verdictContent: Number(v ?? 3) }));
for (const r of off) if (!on.has(r)) console.log('OFF only:\n   ' + r);
for (const r of on) if (!off.has(r)) console.log('ON only:\n   ' + r);
