import { resolveCase } from './src/core/entities/resolve.ts';
import { buildArticle } from './test/core/align/build.ts';
const arts = process.argv.slice(2).map((arg, n) => { const [l, ...r] = arg.split(':'); return buildArticle(`a${n + 1}`, r.join(':'), l as 'ar'); });
const r = resolveCase(arts);
for (const c of r.candidates) console.log(c.kind, JSON.stringify(c.aliases), [...(c.articles ?? [])]);
for (const g of r.groups) console.log('G', g.name, [...g.articles]);
