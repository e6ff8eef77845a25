// temporary profiling driver (performance helper); removed at the end
import { analyzeCase } from '../../src/core/analyze.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { findActors } from '../../src/core/actors/index.ts';
import { loadCase } from '../../fixtures/load.ts';
import { buildSyntheticCase, countWords } from './synthetic.ts';
import { cpuUsage } from 'node:process';
const n = Number(process.argv[2] ?? 500);
const cpu = () => { const u = cpuUsage(); return (u.user + u.system) / 1000; };
const seeds = loadCase('seeds');
for (let i = 0; i < 5; i++) analyzeCase(seeds);
const ws: number[] = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); analyzeCase(seeds); ws.push(performance.now() - t); }
ws.sort((a, b) => a - b);
console.log('seeds warm median ms', ws[10]!.toFixed(1));
const inputs = buildSyntheticCase({ articles: n });
const words = inputs.reduce((s, a) => s + countWords(a.raw), 0);
analyzeCase(buildSyntheticCase({ articles: 50, seed: 7 }));
let t = cpu();
const c = analyzeCase(inputs, { claimsOnly: true });
const claimsMs = cpu() - t; t = cpu();
const rows = alignClaims(c.articles);
const alignMs = cpu() - t; t = cpu();
const actors = findActors(c.articles);
const actorsMs = cpu() - t;
const tot = claimsMs + alignMs + actorsMs;
console.log(JSON.stringify({ n, words, claimsMs: Math.round(claimsMs), alignMs: Math.round(alignMs), actorsMs: Math.round(actorsMs), totalMs: Math.round(tot), usPerWord: +(1000 * tot / words).toFixed(2), rows: rows.length, actors: actors.length, claims: c.articles.reduce((s, a) => s + a.claims.length, 0) }));
