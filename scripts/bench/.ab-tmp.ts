// temporary before/after driver (performance helper); removed at the end
import { loadCase } from '../../fixtures/load.ts';
import { buildSyntheticCase, countWords } from './synthetic.ts';
const root = process.argv[2] === 'base' ? '/tmp/base/src/core' : '../../src/core';
const { analyzeCase } = await import(`${root}/analyze.ts`);
const cpu = () => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
const seeds = loadCase('seeds');
for (let i = 0; i < 10; i++) analyzeCase(seeds);
const ws: number[] = [];
const cs: number[] = [];
for (let i = 0; i < 30; i++) { const c0 = cpu(); const t = performance.now(); analyzeCase(seeds); ws.push(performance.now() - t); cs.push(cpu() - c0); }
ws.sort((a, b) => a - b); cs.sort((a, b) => a - b);
const out: Record<string, unknown> = { which: process.argv[2], seedsWarmWallMedian: +ws[15]!.toFixed(1), seedsWarmCpuMedian: +cs[15]!.toFixed(1) };
analyzeCase(buildSyntheticCase({ articles: 50, seed: 7 }));
for (const n of (process.argv[3] ?? '100,2000').split(',').map(Number)) {
  const inputs = buildSyntheticCase({ articles: n });
  const words = inputs.reduce((s, a) => s + countWords(a.raw), 0);
  const runs = n <= 100 ? 5 : 1;
  const t: number[] = [];
  for (let r = 0; r < runs; r++) { const c0 = cpu(); analyzeCase(inputs); t.push(cpu() - c0); }
  t.sort((a, b) => a - b);
  const ms = t[runs >> 1]!;
  out[`n${n}`] = { words, cpuMs: Math.round(ms), usPerWord: +((1000 * ms) / words).toFixed(2) };
}
console.log(JSON.stringify(out));
