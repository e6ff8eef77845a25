import { devCaseView, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
const [name, lang] = process.argv.slice(2);
const { inputs } = devCaseView(loadDevCase(name!), lang as 'en');
const analysis = analyzeCase(inputs);
const byId = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, `${a.id}: ${c.text.slice(0, 110)}`] as const)));
for (const row of analysis.rows) { console.log('ROW'); for (const id of row.claimIds) console.log('  ', byId.get(id)); }
