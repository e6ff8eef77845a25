import { readFileSync, readdirSync } from 'node:fs';
import { findActors } from './src/core/actors/index.ts';
import { buildArticle } from './test/core/align/build.ts';
const dir = '/work/main/scratch/ur20/';
const arts = readdirSync(dir).filter((f) => /^(ar|en)-.*\.txt$/u.test(f)).map((f) => buildArticle(f.replace('.txt', ''), readFileSync(dir + f, 'utf8'), f.slice(0, 2) as 'ar'));
for (const a of findActors(arts)) console.log(a.name, JSON.stringify(a.aliases ?? []), a.labels.map((l) => `${l.articleId.slice(3, 8)}:${l.text}`).join(' | '));
