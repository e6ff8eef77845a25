/**
 * Attribution reads (`node bin/run-ts.mjs scripts/bench/reads.ts [--lang=ar] [--verbose]`): short
 * sets of news articles read sentence by sentence and annotated for attribution only
 * (fixtures/attribution-reads/<lang>/<story>/: the texts, sources.json, annotations/<id>.json in
 * `articleAnnotationSchema`). Each story is analysed as one case and scored with the dev cases'
 * attribution measure; the figures are summed per language. They are tuned material: their
 * failures may be read (--verbose lists them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../fixtures/load.ts';
import { articleAnnotationSchema } from '../../fixtures/schema.ts';
import { analyzeCase } from '../../src/core/index.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import { prf, scoreAttribution } from './score.ts';
import type { Prf } from './score.ts';
import { heading, pct, table } from './table.ts';

export const READS_DIR = join(FIXTURES_DIR, 'attribution-reads');

interface SourcesFile {
  story: string;
  language: string;
  articles: { id: string; file: string; outlet: string; url: string | null; date: string; note?: string }[];
}

export interface ReadFigures {
  story: string;
  language: string;
  articles: number;
  source: { predicted: number; correct: number; gold: number };
  notes: string[];
}

/**
 * Scores every annotated read of one language (or all).
 * @example scoreReads({ language: 'ar' }).total.f1
 */
export function scoreReads(options: { language?: string; quiet?: boolean; verbose?: boolean } = {}): { stories: ReadFigures[]; total: Prf } {
  const stories: ReadFigures[] = [];
  const languages = existsSync(READS_DIR) ? readdirSync(READS_DIR).filter((l) => !options.language || l === options.language) : [];
  for (const language of languages.sort()) {
    for (const story of readdirSync(join(READS_DIR, language)).sort()) {
      const dir = join(READS_DIR, language, story);
      if (!existsSync(join(dir, 'sources.json'))) continue;
      const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourcesFile;
      const inputs: ArticleInput[] = sources.articles.map((a) => ({ id: a.id, raw: readFileSync(join(dir, a.file), 'utf8'), fileName: a.file, outlet: a.outlet }));
      const annotated = sources.articles
        .map((a) => join(dir, 'annotations', `${a.id}.json`))
        .filter((p) => existsSync(p))
        .map((p) => articleAnnotationSchema.parse(JSON.parse(readFileSync(p, 'utf8'))));
      const analysis = analyzeCase(inputs);
      const a = scoreAttribution(analysis, { articles: annotated, rows: [], distinct: [], labels: [], actors: {} });
      stories.push({ story, language, articles: annotated.length, source: { predicted: a.source.predicted, correct: a.source.correct, gold: a.source.gold }, notes: a.notes });
    }
  }
  const sum = stories.reduce((s, x) => ({ predicted: s.predicted + x.source.predicted, correct: s.correct + x.source.correct, gold: s.gold + x.source.gold }), { predicted: 0, correct: 0, gold: 0 });
  const total = prf(sum.correct, sum.predicted, sum.gold);
  if (!options.quiet) {
    const f = (p: Prf) => `${pct(p.precision)} / ${pct(p.recall)} / ${pct(p.f1)}`;
    console.log(heading('Attribution reads (fixtures/attribution-reads; tuned)'));
    if (options.verbose) for (const s of stories) for (const n of s.notes) console.log(`  - ${s.story}: ${n}`);
    const rows = stories.map((s) => [s.language, s.story, String(s.articles), String(s.source.gold), f(prf(s.source.correct, s.source.predicted, s.source.gold))]);
    rows.push(['', 'all', String(stories.reduce((n, s) => n + s.articles, 0)), String(sum.gold), f(total)]);
    console.log(table(['lang', 'story', 'articles', 'gold', 'source P / R / F1'], rows));
  }
  return { stories, total };
}

const isMain = process.argv[1]?.endsWith('reads.ts');
if (isMain) {
  const argv = process.argv.slice(2);
  const language = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  scoreReads({ ...(language ? { language } : {}), verbose: argv.includes('--verbose') || argv.includes('-v') });
}
