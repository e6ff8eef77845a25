/**
 * Fresh attribution material (`node bin/run-ts.mjs scripts/bench/fresh.ts [--lang=ar|en] [--verbose]`; Arabic
 * by default): news articles, each of its own story (thirty-seven Arabic, twenty-four English; fixtures/attribution-fresh/<lang>/:
 * texts, sources.json, annotations/<id>.json in `articleAnnotationSchema`), each analysed as a case of its own and scored with the dev cases'
 * attribution measure. sources.json gives each article's half: **tuned** (its misses may be read:
 * --verbose lists them) or **held** (only its aggregate is printed; nobody changing src/ reads its
 * per-article output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../fixtures/load.ts';
import { articleAnnotationSchema } from '../../fixtures/schema.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { prf, scoreAttribution } from './score.ts';
import type { Prf } from './score.ts';
import { heading, pct, table } from './table.ts';
import { languageName } from './fresh-line.ts';
import { reportFailures } from './failures.ts';

export const FRESH_DIR = join(FIXTURES_DIR, 'attribution-fresh');

export type FreshHalf = 'tuned' | 'held';

interface FreshSources {
  language: string;
  splitRule: string;
  articles: { id: string; file: string; outlet: string; url: string; date: string; story: string; split: FreshHalf; note?: string }[];
}

interface Counts {
  predicted: number;
  gold: number;
  source: number;
  cue: number;
}

export interface FreshFigures {
  half: FreshHalf;
  articles: number;
  source: Prf;
  cue: Prf;
  /** Misses and errors, for the tuned half only. */
  notes: string[];
}

/**
 * Scores each half of one language's fresh articles (`only`: a subset of article ids, e.g. a batch's first look).
 * @example scoreFresh('ar').find((h) => h.half === 'tuned')!.source.f1
 */
export function scoreFresh(language = 'ar', only?: (id: string) => boolean): FreshFigures[] {
  const dir = join(FRESH_DIR, language);
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as FreshSources;
  const halves: FreshFigures[] = [];
  for (const half of ['tuned', 'held'] as const) {
    const sum: Counts = { predicted: 0, gold: 0, source: 0, cue: 0 };
    const notes: string[] = [];
    const articles = sources.articles.filter((a) => a.split === half && (only?.(a.id) ?? true));
    for (const a of articles) {
      const path = join(dir, 'annotations', `${a.id}.json`);
      if (!existsSync(path)) continue;
      const annotation = articleAnnotationSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const analysis = analyzeCase([{ id: a.id, raw: readFileSync(join(dir, a.file), 'utf8'), fileName: a.file, outlet: a.outlet }]);
      reportFailures(`fresh ${half}`, analysis);
      const s = scoreAttribution(analysis, { articles: [annotation], rows: [], distinct: [], labels: [], actors: {} });
      sum.predicted += s.source.predicted;
      sum.gold += s.source.gold;
      sum.source += s.source.correct;
      sum.cue += s.cue.correct;
      if (half === 'tuned') notes.push(...s.notes);
    }
    halves.push({ half, articles: articles.length, source: prf(sum.source, sum.predicted, sum.gold), cue: prf(sum.cue, sum.predicted, sum.gold), notes });
  }
  return halves;
}

const isMain = process.argv[1]?.endsWith('fresh.ts');
if (isMain) {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const language = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? 'ar';
  const halves = scoreFresh(language);
  const f = (p: Prf) => `${pct(p.precision)} / ${pct(p.recall)} / ${pct(p.f1)}`;
  const name = languageName(language);
  console.log(heading(`Fresh ${name} attribution (fixtures/attribution-fresh/${language})`));
  if (verbose) for (const n of halves.find((h) => h.half === 'tuned')!.notes) console.log(`  - ${n}`);
  console.log(table(['half', 'articles', 'gold', 'predicted', 'source P / R / F1', 'cue P / R / F1'], halves.map((h) => [h.half, String(h.articles), String(h.source.gold), String(h.source.predicted), f(h.source), f(h.cue)])));
}
