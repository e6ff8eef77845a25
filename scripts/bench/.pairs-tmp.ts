import { analyzeCase } from '../../src/core/analyze.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { buildSyntheticCase } from './synthetic.ts';
const c = analyzeCase(buildSyntheticCase({ articles: Number(process.argv[2] ?? 2000) }), { claimsOnly: true });
const p = prepareCase(c.articles);
let t = (process.cpuUsage().user/1000);
for (let r = 0; r < 3; r++) { const t1 = (process.cpuUsage().user/1000); blockedCandidates(p); console.log("lsh run", (process.cpuUsage().user/1000) - t1); }
const cand = blockedCandidates(p);
console.log('lsh ms', (process.cpuUsage().user/1000) - t, 'pairs', cand.length / 2, 'claims', p.claims.length);
t = (process.cpuUsage().user/1000);
let above = 0;
for (let k = 0; k < cand.length; k += 2) if (p.score(cand[k]!, cand[k + 1]!) >= p.options.threshold) above++;
console.log('score ms', (process.cpuUsage().user/1000) - t, 'above', above);
