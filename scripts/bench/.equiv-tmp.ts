// temporary equivalence check (performance helper); removed at the end
import { analyzeCase } from '../../src/core/analyze.ts';
import { loadCase } from '../../fixtures/load.ts';
import { buildSyntheticCase } from './synthetic.ts';
const base = (await import('/tmp/base/src/core/analyze.ts')) as { analyzeCase: typeof analyzeCase };
const n = Number(process.argv[2] ?? 300);
const cases = { seeds: loadCase('seeds'), english: loadCase('english'), synth: buildSyntheticCase({ articles: n, seed: 99 }) };
let bad = 0;
for (const [name, inputs] of Object.entries(cases)) {
  const a = JSON.stringify(analyzeCase(inputs));
  const b = JSON.stringify(base.analyzeCase(inputs));
  if (a !== b) { bad++; let i = 0; while (a[i] === b[i]) i++; console.log(name, 'DIFFERS at', i, '\n new:', a.slice(i - 200, i + 200), '\n old:', b.slice(i - 200, i + 200)); }
  else console.log(name, 'identical', a.length);
}
process.exitCode = bad ? 1 : 0;
