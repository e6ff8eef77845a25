// temp: rows of a tuned case's mixed view that differ with attachFocus (analyzeCase, links included)
import { devCaseView, loadDevCase } from '../fixtures/dev-cases.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/core/align/index.ts';
import { analyzeCase } from '../src/core/analyze.ts';
const [name, view = 'mixed', json = '{"attachFocus":0.3}'] = process.argv.slice(2);
const dc = loadDevCase(name!);
if (dc.meta.split !== 'tuned') throw new Error('not tuned');
const inputs = devCaseView(dc, view as 'mixed').inputs;
const run = () => { const a = analyzeCase(inputs); const text = new Map(a.articles.flatMap((x) => x.claims.map((c) => [c.id, c] as const))); return new Set(a.rows.map((r) => r.claimIds.map((id) => { const c = text.get(id)!; return `${id} [${c.attribution?.cue.lemma ?? ''}] ${c.text.slice(0, 140)}`; }).join('\n   '))); };
const off = run();
Object.assign(DEFAULT_ALIGN_OPTIONS, JSON.parse(json));
const on = run();
for (const r of off) if (!on.has(r)) console.log('OFF only:\n   ' + r);
for (const r of on) if (!off.has(r)) console.log('ON only:\n   ' + r);
