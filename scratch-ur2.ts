import { readFileSync, readdirSync } from 'node:fs';
import { resolveCase } from './src/core/entities/resolve.ts';
import { buildArticle } from './test/core/align/build.ts';
const dir = '/work/main/scratch/ur20/';
const arts = readdirSync(dir).filter((f) => /^(ar|en)-.*\.txt$/u.test(f)).map((f) => buildArticle(f.replace('.txt', ''), readFileSync(dir + f, 'utf8'), f.slice(0, 2) as 'ar'));
const r = resolveCase(arts);
for (const c of r.candidates) if (c.aliases.some((a) => a.some((w) => /كوب|cop|موتمر/u.test(w)))) console.log(c.kind, JSON.stringify(c.aliases), [...(c.articles ?? [])]);
r.texts.forEach((t) => t.tokens.forEach((k) => { if (/كوب|cop/u.test(k.key)) console.log(t.articleIndex, k.key, t.text.slice(k.start, k.end)); }));
