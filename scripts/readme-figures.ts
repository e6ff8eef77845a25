/**
 * Writes the README's "Quality", "Reliability" and "Performance" figures from the benchmark scripts'
 * outputs in scripts/bench/results/ (made by `npm run figures`), so no figure is typed by hand.
 * Each section sits between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->` in README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { freshLines } from './bench/fresh-line.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'scripts/bench/results');

type Json = Record<string, unknown>;
const readJson = (name: string): Json | undefined =>
  existsSync(join(RESULTS, name)) ? (JSON.parse(readFileSync(join(RESULTS, name), 'utf8')) as Json) : undefined;
const readText = (name: string): string | undefined => (existsSync(join(RESULTS, name)) ? readFileSync(join(RESULTS, name), 'utf8').trim() : undefined);

const pct = (x: unknown) => (typeof x === 'number' ? (x * 100).toFixed(1) : '–');
const num = (x: unknown, digits = 0) => (typeof x === 'number' ? x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

function quality(): string {
  const q = readJson('quality.json');
  if (!q) return '_Run `npm run figures` to measure._';
  const lines = [`Measured by \`npm run bench:quality\` on ${String(q.generatedAt ?? '').slice(0, 10)} (precision / recall / F1, %).`, ''];
  lines.push('| Case | Claim found | Source right | Kind right | Stance right | Via right | Own voice kept | Furniture lines yielding claims |', '|---|---|---|---|---|---|---|---|');
  for (const c of (q.cases as Json[] | undefined) ?? []) {
    const prf = (k: string) => `${pct(get(c, `attribution.${k}.precision`))} / ${pct(get(c, `attribution.${k}.recall`))} / ${pct(get(c, `attribution.${k}.f1`))}`;
    lines.push(
      `| ${String(c.case)} (${num(c.articles)} articles, hand-annotated) | ${prf('claims')} | ${prf('source')} | ${prf('kind')} | ${prf('stance')} | ${prf('via')} | ${pct(get(c, 'attribution.ownVoice.accuracy'))} | ${num(get(c, 'attribution.furniture.yieldingClaims'))} of ${num(get(c, 'attribution.furniture.lines'))} |`,
    );
  }
  lines.push('', '| Case | Row pairs P / R / F1 | Rows recovered | Labels found on the right actor |', '|---|---|---|---|');
  for (const c of (q.cases as Json[] | undefined) ?? []) {
    lines.push(
      `| ${String(c.case)} | ${pct(get(c, 'alignment.pairs.precision'))} / ${pct(get(c, 'alignment.pairs.recall'))} / ${pct(get(c, 'alignment.pairs.f1'))} | ${num(get(c, 'alignment.rowsRecovered'))} of ${num(get(c, 'alignment.rowsTotal'))} | ${num(get(c, 'labels.foundOnActor'))} of ${num(get(c, 'labels.total'))} |`,
    );
  }
  const dev = q.devCases as Json | undefined;
  if (dev) {
    lines.push(
      '',
      'Dev cases from other stories (`fixtures/dev-cases/`: one event each, told by Arabic and English outlets of opposite slants; rules were tuned on the *tuned* half only, the *unseen* half is only measured). Rows are scored in each language apart and, for *cross*, as pairs across the two languages of the whole case.',
      '',
      '| Split | View | Cases | Row pairs P / R / F1 | Contrasts in one actor row | Labels on the right actor | Label precision | Actors merged across scripts | Source P / R / F1 |',
      '|---|---|---:|---|---|---|---|---|---|',
    );
    for (const split of ['tuned', 'unseen']) {
      for (const view of ['ar', 'en', 'monolingual', 'cross']) {
        const f = get(dev, `${split}.${view}`) as Json | undefined;
        if (!f || !f.cases) continue;
        const counted: Record<string, string> = { labels: 'labels.onActor', contrasts: 'contrasts.landed', mergedActors: 'mergedActors.merged' };
        const labelPrecision = get(f, 'labelPrecision.surfaced') ? `${num(get(f, 'labelPrecision.right'))} of ${num(get(f, 'labelPrecision.surfaced'))} (${pct(get(f, 'labelPrecision.share'))})` : '–';
        const share = (k: string) => (get(f, `${k}.total`) ? `${num(get(f, counted[k]!))} of ${num(get(f, `${k}.total`))} (${pct(get(f, `${k}.share`))})` : '–');
        const prfOf = (k: string) => (get(f, `${k}.gold`) ? `${pct(get(f, `${k}.precision`))} / ${pct(get(f, `${k}.recall`))} / ${pct(get(f, `${k}.f1`))}` : '–');
        lines.push(`| ${split} | ${view === 'monolingual' ? 'both languages, apart' : view} | ${num(f.cases)} | ${prfOf('rows')} | ${view === 'cross' ? '–' : share('contrasts')} | ${view === 'cross' ? '–' : share('labels')} | ${view === 'cross' ? '–' : labelPrecision} | ${view === 'cross' ? share('mergedActors') : '–'} | ${prfOf('source')} |`);
      }
    }
  }
  const fresh = freshLines(q.fresh);
  if (fresh.length) lines.push('', ...fresh);
  const p = q.polnear as Json | undefined;
  const a = q.ans as Json | undefined;
  lines.push('', 'On corpora annotated by others (never tuned on article by article):', '');
  if (p) lines.push(`- PolNeAR dev (${num(p.articles)} English articles, attributions with a cue): cue P/R/F1 ${pct(get(p, 'cue.precision'))} / ${pct(get(p, 'cue.recall'))} / ${pct(get(p, 'cue.f1'))}; source ${pct(get(p, 'source.precision'))} / ${pct(get(p, 'source.recall'))} / ${pct(get(p, 'source.f1'))}.`);
  const crowded = get(q, 'ansCrowded.crowded') as Json | undefined;
  const overlap = get(q, 'ansCrowded.wordOverlapBaseline') as Json | undefined;
  if (crowded) {
    lines.push(
      `- ANS ${String(crowded.split)}, **crowded case** (every s1 headline in one article, every s2 in another — ${num(crowded.s1Lines)} and ${num(crowded.s2Lines)} lines — analysed as one case, as a user meets them; paraphrases and contradictions belong in one row): row pairs P/R/F1 ${pct(crowded.precision)} / ${pct(crowded.recall)} / ${pct(crowded.f1)}; unrelated pairs joined: ${num(crowded.otherJoined)}.` +
        (overlap ? ` Plain word overlap (Jaccard ≥ ${pct(overlap.threshold)} %, threshold chosen on ANS train) gives ${pct(overlap.precision)} / ${pct(overlap.recall)} / ${pct(overlap.f1)} on the same case.` : ''),
    );
  }
  if (a) lines.push(`- ANS ${String(a.split)}, one given pair at a time (${num(a.pairs)} Arabic headline pairs; an easier task than the crowded case): pair P/R/F1 ${pct(a.precision)} / ${pct(a.recall)} / ${pct(a.f1)}; unrelated pairs joined: ${num(a.otherJoined)}.`);
  return lines.join('\n');
}

function performance(): string {
  const s = readJson('speed.json');
  const parts: string[] = [];
  if (s) {
    const seeds = get(s, 'fixtures.seeds');
    const syn = s.synthetic as Json | undefined;
    parts.push(`Measured by \`npm run bench\` on ${String(s.generatedAt ?? '').slice(0, 10)} (${String(s.node ?? '')}, this 2-core machine).`, '');
    parts.push(`- Seed case (5 Arabic articles, ${num(get(seeds, 'words'))} words): ${num(get(seeds, 'warmMedianMs'), 1)} ms warm (median), ${num(get(seeds, 'coldMs'))} ms cold.`);
    if (syn) {
      parts.push(
        `- Synthetic case of ${num(syn.articles)} articles (${num(syn.words)} words): analysed and aligned in ${num((syn.analyzeMs as number) / 1000, 1)} s (${num(syn.usPerWord, 1)} µs/word; claims ${num((get(syn, 'stages.claimsMs') as number) / 1000, 1)} s, rows ${num((get(syn, 'stages.rowsMs') as number) / 1000, 1)} s, actors ${num((get(syn, 'stages.actorsMs') as number) / 1000, 1)} s), peak heap ${num(syn.peakHeapMB)} MB; only tokenising the same text takes ${num((syn.tokeniseMs as number) / 1000, 1)} s.`,
      );
    }
  }
  const growth = readText('growth.md');
  if (growth) parts.push('', growth);
  const ui = readText('ui.txt');
  if (ui) parts.push('', 'The dashboard in headless Chromium (`npm run bench:ui`):', '', '```', stripVTControlCharacters(ui), '```');
  return parts.length ? parts.join('\n') : '_Run `npm run figures` to measure._';
}

function reliability(): string {
  return readText('fuzz.md') ?? '_Run `npm run figures` to measure._';
}

const SECTIONS: Record<string, () => string> = { quality, performance, reliability };

let readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
for (const [name, render] of Object.entries(SECTIONS)) {
  const open = `<!-- figures:${name} -->`;
  const close = `<!-- /figures:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start === -1 || end < start) {
    console.error(`README.md has no ${open} … ${close} block; skipped`);
    continue;
  }
  readme = `${readme.slice(0, start + open.length)}\n${render()}\n${readme.slice(end)}`;
}
writeFileSync(join(ROOT, 'README.md'), readme);
console.log('README.md figures updated from scripts/bench/results/');
