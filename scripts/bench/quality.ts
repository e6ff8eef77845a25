/**
 * Quality benchmark (`npm run bench:quality [-- --json [file]] [--verbose] [--case=seeds|english]
 * [--no-corpora]`): runs analyzeCase on the Arabic seed case and the English fixture case and scores
 * it against fixtures/annotations/ —
 * attribution P/R/F1 (claim, source, kind, cue, stance, quote, via), furniture and own voice, row pairs,
 * label coverage — then the dev cases from other stories (scripts/bench/devcases.ts; tuned and unseen
 * apart, --show-unseen to list unseen cases one by one), the fresh attribution sets (Arabic, English)
 * (scripts/bench/fresh.ts; tuned and held halves) and the PolNeAR and ANS figures of
 * scripts/bench/polnear.ts and ans.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnnotations, loadCase } from '../../fixtures/load.ts';
import type { FixtureCaseName } from '../../fixtures/load.ts';
import { scoreDevCases } from './devcases.ts';
import { scoreFresh } from './fresh.ts';
import { scoreAlignment, scoreAttribution, scoreLabels } from './score.ts';
import type { AlignmentScores, AttributionScores, LabelScores, Prf } from './score.ts';
import { heading, ms, pct, table } from './table.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { languageName } from './fresh-line.ts';
import { reportFailures } from './failures.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_JSON = resolve(HERE, 'results', 'quality.json');


interface CaseFigures {
  case: FixtureCaseName;
  articles: number;
  claims: number;
  attributed: number;
  rows: number;
  actors: number;
  ms: number;
  attribution: Omit<AttributionScores, 'notes'>;
  alignment: Omit<AlignmentScores, 'notes'>;
  labels: Omit<LabelScores, 'notes'>;
}

function parseCli(argv: string[]): { json: string | null; verbose: boolean; corpora: boolean; cases: FixtureCaseName[] } {
  let json: string | null = null;
  const only = argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
  const cases: FixtureCaseName[] = only === 'seeds' || only === 'english' ? [only] : ['seeds', 'english'];
  argv.forEach((arg, i) => {
    if (arg === '--json') json = argv[i + 1] && !argv[i + 1]!.startsWith('-') ? resolve(argv[i + 1]!) : DEFAULT_JSON;
    else if (arg.startsWith('--json=')) json = resolve(arg.slice('--json='.length));
  });
  return { json, verbose: argv.includes('--verbose') || argv.includes('-v'), corpora: !argv.includes('--no-corpora'), cases };
}

const prfRow = (name: string, x: Prf): string[] => [name, pct(x.precision), pct(x.recall), pct(x.f1), `${x.correct}/${x.predicted}/${x.gold}`];

function scoreCase(name: FixtureCaseName, verbose: boolean): CaseFigures {
  const inputs = loadCase(name);
  const annotations = loadAnnotations(name);
  const t0 = performance.now();
  const analysis = analyzeCase(inputs);
  reportFailures(name, analysis);
  const elapsed = performance.now() - t0;
  const { notes: attributionNotes, ...attribution } = scoreAttribution(analysis, annotations);
  const { notes: alignmentNotes, ...alignment } = scoreAlignment(analysis, annotations);
  const { notes: labelNotes, ...labels } = scoreLabels(analysis, annotations);
  const claims = analysis.articles.flatMap((a) => a.claims);

  console.log(heading(`${name === 'seeds' ? 'Arabic seed case' : 'English fixture case'} — ${inputs.length} articles, ${claims.length} claims, ${analysis.rows.length} rows, ${ms(elapsed)} ms`));
  for (const d of analysis.diagnostics.filter((x) => x.level !== 'info')) console.log(`  ${d.level}: ${d.message}`);
  console.log('\nAttribution (P/R/F1 %; counts: correct/predicted/gold)');
  console.log(
    table(
      ['measure', 'P', 'R', 'F1', 'counts'],
      [
        prfRow('claim found', attribution.claims),
        prfRow('source right', attribution.source),
        prfRow('kind right', attribution.kind),
        prfRow('cue right', attribution.cue),
        prfRow('stance right', attribution.stance),
        prfRow('quote right', attribution.quote),
        prfRow('via right', attribution.via),
      ],
    ),
  );
  console.log(
    table(
      ['article', 'outlet', 'annotated', 'predicted', 'found', 'source right'],
      attribution.perArticle.map((r) => [
        r.articleId,
        inputs.find((i) => i.id === r.articleId)?.outlet?.replace(/\s*\(.*\)$/, '') ?? '',
        String(r.gold),
        String(r.predicted),
        String(r.found),
        String(r.sourceRight),
      ]),
    ),
  );
  const f = attribution.furniture;
  const o = attribution.ownVoice;
  console.log('\nFurniture, headings, own voice');
  console.log(
    table(
      ['measure', 'value'],
      [
        ['furniture lines annotated', String(f.lines)],
        ['  still in the cleaned text', String(f.keptInText)],
        ['  yielding claims', String(f.yieldingClaims)],
        ['  yielding attributed claims', String(f.yieldingAttributed)],
        ['headings yielding attributed claims', `${attribution.headings.yieldingAttributed}/${attribution.headings.lines}`],
        ['own-voice accuracy %', `${pct(o.accuracy)} (${o.correct}/${o.total}, ${o.notFound} not found)`],
        ['continued sources marked', `${attribution.continued.right}/${attribution.continued.total}`],
      ],
    ),
  );
  console.log('\nRows (pairs of claims from different articles)');
  console.log(
    table(
      ['measure', 'P', 'R', 'F1', 'counts'],
      [prfRow('row pairs', alignment.pairs), prfRow('row pairs, annotated claims only', alignment.pairsAmongAnnotated)],
    ),
  );
  console.log(
    `members covered by a claim: ${alignment.members.found}/${alignment.members.total}; rows recovered whole: ${alignment.rowsRecovered}/${alignment.rowsTotal}; distinct pairs joined: ${alignment.distinct.violated}/${alignment.distinct.total}`,
  );
  console.log('\nLabels');
  console.log(
    table(
      ['measure', 'value'],
      [
        ['coverage on the right actor %', `${pct(labels.coverage)} (${labels.foundOnActor}/${labels.total})`],
        ['found on any actor', `${labels.foundAnywhere}/${labels.total}`],
        ['stance agrees (of found)', `${labels.stanceAgree}/${labels.foundOnActor}`],
      ],
    ),
  );
  if (verbose) {
    console.log('\nDetails');
    for (const note of [...attributionNotes, ...alignmentNotes, ...labelNotes]) console.log(`  - ${note}`);
  }
  return {
    case: name,
    articles: analysis.articles.length,
    claims: claims.length,
    attributed: claims.filter((c) => c.attribution !== null).length,
    rows: analysis.rows.length,
    actors: analysis.actors.length,
    ms: elapsed,
    attribution,
    alignment,
    labels,
  };
}

/** Runs an external scorer (written by another helper) if its module exists; prints what it returns. */
async function external(file: string, exportName: string, title: string): Promise<unknown> {
  const path = resolve(HERE, file);
  console.log(heading(title));
  if (!existsSync(path)) {
    console.log(`  skipped: ${file} does not exist yet`);
    return null;
  }
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const fn = mod[exportName];
    if (typeof fn !== 'function') {
      console.log(`  skipped: ${file} has no export ${exportName}`);
      return null;
    }
    const result: unknown = await (fn as () => unknown)();
    printFigures(result);
    return result;
  } catch (error) {
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Prints the numeric leaves of whatever a scorer returned (ratios as percentages). */
function printFigures(result: unknown): void {
  const rows: string[][] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') rows.push([path, value > 0 && value <= 1 && !Number.isInteger(value) ? pct(value) + ' %' : String(value)]);
    else if (typeof value === 'string' && path) rows.push([path, value]);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(result, '');
  console.log(rows.length > 0 ? table(['figure', 'value'], rows) : `  ${JSON.stringify(result)}`);
}

async function main(): Promise<void> {
  const { json, verbose, corpora, cases: names } = parseCli(process.argv.slice(2));
  const cases = names.map((name) => scoreCase(name, verbose));
  const devCases = scoreDevCases({ verbose, showUnseen: process.argv.includes('--show-unseen') });
  // The fresh sets: the tuned half's misses may be read (fresh.ts --verbose), the held half's never.
  const fresh: Record<string, Omit<ReturnType<typeof scoreFresh>[number], 'notes'>[]> = {};
  for (const language of ['ar', 'en']) {
    fresh[language] = scoreFresh(language).map(({ notes: _notes, ...figures }) => figures);
    const name = languageName(language);
    console.log(heading(`Fresh ${name} attribution (fixtures/attribution-fresh/${language}; held half reported only)`));
    console.log(table(['half', 'articles', 'gold', 'source P / R / F1', 'cue P / R / F1'], fresh[language]!.map((h) => [h.half, String(h.articles), String(h.source.gold), `${pct(h.source.precision)} / ${pct(h.source.recall)} / ${pct(h.source.f1)}`, `${pct(h.cue.precision)} / ${pct(h.cue.recall)} / ${pct(h.cue.f1)}`])));
  }
  const polnear = corpora ? await external('polnear.ts', 'scorePolnear', 'PolNeAR (English attribution, dev split)') : null;
  const ans = corpora ? await external('ans.ts', 'scoreAns', 'ANS dev rows, one given pair at a time (each pair with 6 random distractors)') : null;
  const ansCrowded = corpora ? await external('ans.ts', 'scoreAnsCrowded', 'ANS dev rows, crowded case (every s1 in one article, every s2 in another; pair P/R/F1)') : null;

  console.log(heading('Summary (F1 %)'));
  console.log(
    table(
      ['case', 'claim', 'source', 'kind', 'cue', 'stance', 'via', 'own voice', 'row pairs', 'labels'],
      cases.map((c) => [
        c.case,
        pct(c.attribution.claims.f1),
        pct(c.attribution.source.f1),
        pct(c.attribution.kind.f1),
        pct(c.attribution.cue.f1),
        pct(c.attribution.stance.f1),
        pct(c.attribution.via.f1),
        pct(c.attribution.ownVoice.accuracy),
        pct(c.alignment.pairs.f1),
        pct(c.labels.coverage),
      ]),
    ),
  );
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, JSON.stringify({ generatedAt: new Date().toISOString(), cases, devCases: devCases.splits, fresh, polnear, ans, ansCrowded }, null, 2) + '\n');
    console.log(`\nfigures written to ${json}`);
  }
}

await main();
