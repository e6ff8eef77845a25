import { devCaseView, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
const [name, lang, ...ids] = process.argv.slice(2);
const { inputs } = devCaseView(loadDevCase(name!), lang as 'en');
const analysis = analyzeCase(inputs);
for (const a of analysis.articles) {
  if (ids.length && !ids.includes(a.id)) continue;
  for (const c of a.claims) console.log(a.id, JSON.stringify({ t: c.text, s: c.source?.text ?? null, cue: c.cue?.text ?? null, ...(Object.fromEntries(Object.entries(c).filter(([k]) => !['text','source','cue','id','articleId','start','end'].includes(k)))) }));
}
