/**
 * Dev cases from other stories (fixtures/dev-cases/): each case is analysed as its Arabic articles, its
 * English articles (rows and labels within one language) and all of them together (rows across
 * languages), and scored against its annotations. Figures are summed over the cases of each split, so
 * the tuned and the unseen halves are reported apart; an unseen case's own figures and misses are only
 * printed with --show-unseen (people changing the code must not read them).
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { prf, scoreAlignment, scoreAttribution, scoreContrasts, scoreLabelPrecision, scoreLabels, scoreMergedActors } from './score.ts';
import type { Prf } from './score.ts';
import { heading, pct, table } from './table.ts';
import { reportFailures } from './failures.ts';

export type Split = 'tuned' | 'unseen';

/** Counts behind one view's figures, so views sum into a split's figures. */
export interface ViewCounts {
  /** Row pairs: predicted, predicted right, annotated, annotated found. */
  rows: { predicted: number; correct: number; gold: number; found: number };
  contrasts: { total: number; landed: number };
  labels: { total: number; onActor: number };
  /** Labels shown on annotated actors, and those a reader calls a label. */
  labelPrecision: { surfaced: number; right: number };
  source: { predicted: number; correct: number; gold: number };
  claims: { predicted: number; correct: number; gold: number };
  /** Cross view only: actors named in both scripts, and those the analysis merged into one. */
  mergedActors: { total: number; merged: number };
}

export interface ViewFigures extends ViewCounts {
  case: string;
  split: Split;
  /** "ar", "en" (one language) or "cross" (the whole case, pairs across two languages only). */
  view: string;
  articles: number;
}

export interface SplitFigures {
  cases: number;
  rows: Prf;
  contrasts: { landed: number; total: number; share: number };
  labels: { onActor: number; total: number; share: number };
  labelPrecision: { right: number; surfaced: number; share: number };
  source: Prf;
  claims: Prf;
  mergedActors: { merged: number; total: number; share: number };
}

export interface DevCaseFigures {
  views: ViewFigures[];
  /** split → view kind ("ar", "en", "cross", "monolingual") → summed figures. */
  splits: Record<Split, Record<string, SplitFigures>>;
}

const zero = (): ViewCounts => ({
  rows: { predicted: 0, correct: 0, gold: 0, found: 0 },
  contrasts: { total: 0, landed: 0 },
  labels: { total: 0, onActor: 0 },
  labelPrecision: { surfaced: 0, right: 0 },
  source: { predicted: 0, correct: 0, gold: 0 },
  claims: { predicted: 0, correct: 0, gold: 0 },
  mergedActors: { total: 0, merged: 0 },
});

function add(into: ViewCounts, x: ViewCounts): void {
  for (const group of Object.keys(into) as (keyof ViewCounts)[]) {
    const target = into[group] as unknown as Record<string, number>;
    const source = x[group] as unknown as Record<string, number>;
    for (const key of Object.keys(target)) target[key]! += source[key]!;
  }
}

function summarise(counts: ViewCounts, cases: number): SplitFigures {
  const r = counts.rows;
  const base = prf(r.correct, r.predicted, r.gold);
  const recall = r.gold === 0 ? 0 : r.found / r.gold;
  const f1 = base.precision + recall === 0 ? 0 : (2 * base.precision * recall) / (base.precision + recall);
  return {
    cases,
    rows: { ...base, recall, f1 },
    contrasts: { ...counts.contrasts, share: counts.contrasts.total === 0 ? 0 : counts.contrasts.landed / counts.contrasts.total },
    labels: { ...counts.labels, share: counts.labels.total === 0 ? 0 : counts.labels.onActor / counts.labels.total },
    labelPrecision: { ...counts.labelPrecision, share: counts.labelPrecision.surfaced === 0 ? 0 : counts.labelPrecision.right / counts.labelPrecision.surfaced },
    source: prf(counts.source.correct, counts.source.predicted, counts.source.gold),
    claims: prf(counts.claims.correct, counts.claims.predicted, counts.claims.gold),
    mergedActors: { ...counts.mergedActors, share: counts.mergedActors.total === 0 ? 0 : counts.mergedActors.merged / counts.mergedActors.total },
  };
}

function scoreView(name: string, view: string, verbose: boolean): { figures: ViewFigures; notes: string[] } {
  const devCase = loadDevCase(name);
  const cross = view === 'cross';
  const { inputs, annotations, contrasts } = devCaseView(devCase, cross ? 'mixed' : view);
  const languageOf = new Map(devCase.meta.articles.map((a) => [a.id, a.language]));
  const analysis = analyzeCase(inputs);
  reportFailures(`${name} (${view})`, analysis);
  const alignment = scoreAlignment(analysis, annotations, cross ? (a, b) => languageOf.get(a) !== languageOf.get(b) : undefined);
  const counts = zero();
  counts.rows = {
    predicted: alignment.pairs.predicted,
    correct: alignment.pairs.correct,
    gold: alignment.pairs.gold,
    found: Math.round(alignment.pairs.recall * alignment.pairs.gold),
  };
  const notes = [...alignment.notes];
  if (cross) {
    const m = scoreMergedActors(analysis, annotations);
    counts.mergedActors = { total: m.total, merged: m.merged };
    notes.push(...m.notes);
  } else {
    const c = scoreContrasts(analysis, contrasts);
    counts.contrasts = { total: c.total, landed: c.landed };
    const l = scoreLabels(analysis, annotations);
    counts.labels = { total: l.total, onActor: l.foundOnActor };
    const p = scoreLabelPrecision(analysis, annotations);
    counts.labelPrecision = { surfaced: p.surfaced, right: p.right };
    if (annotations.articles.length > 0) {
      const a = scoreAttribution(analysis, annotations);
      counts.source = { predicted: a.source.predicted, correct: a.source.correct, gold: a.source.gold };
      counts.claims = { predicted: a.claims.predicted, correct: a.claims.correct, gold: a.claims.gold };
      if (verbose) notes.push(...a.notes);
    }
    notes.push(...c.notes, ...(verbose ? [...l.notes, ...p.notes] : []));
  }
  return { figures: { case: name, split: devCase.meta.split, view, articles: inputs.length, ...counts }, notes };
}

/**
 * Scores every dev case in each of its languages and across them.
 * @example (await scoreDevCases()).splits.unseen.monolingual.rows.f1
 */
export function scoreDevCases(options: { verbose?: boolean; showUnseen?: boolean; quiet?: boolean } = {}): DevCaseFigures {
  const views: ViewFigures[] = [];
  const log = options.quiet ? () => {} : console.log;
  for (const name of listDevCases()) {
    const devCase = loadDevCase(name);
    const languages = devCaseLanguages(devCase);
    const kinds = [...languages.filter((l) => devCase.meta.articles.filter((a) => a.language === l).length >= 2), ...(languages.length > 1 ? ['cross'] : [])];
    const shown = devCase.meta.split === 'tuned' || options.showUnseen === true;
    for (const kind of kinds) {
      const { figures, notes } = scoreView(name, kind, options.verbose === true);
      views.push(figures);
      if (shown && options.verbose) for (const note of notes) log(`  - ${name} [${kind}]: ${note}`);
    }
  }
  const splits = { tuned: {}, unseen: {} } as DevCaseFigures['splits'];
  for (const split of ['tuned', 'unseen'] as const) {
    const of = views.filter((v) => v.split === split);
    const groups: Record<string, ViewFigures[]> = {
      monolingual: of.filter((v) => v.view !== 'cross'),
      cross: of.filter((v) => v.view === 'cross'),
    };
    for (const v of of) if (v.view !== 'cross') (groups[v.view] ??= []).push(v);
    for (const [kind, members] of Object.entries(groups)) {
      const sum = zero();
      members.forEach((m) => add(sum, m));
      splits[split][kind] = summarise(sum, new Set(members.map((m) => m.case)).size);
    }
  }
  printFigures(views, splits, options.showUnseen === true, log);
  return { views, splits };
}

function printFigures(views: ViewFigures[], splits: DevCaseFigures['splits'], showUnseen: boolean, log: (s: string) => void): void {
  log(heading('Dev cases from other stories (fixtures/dev-cases)'));
  if (views.length === 0) {
    log('  none yet');
    return;
  }
  const f = (p: Prf) => `${pct(p.precision)} / ${pct(p.recall)} / ${pct(p.f1)}`;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `${a}/${b} (${pct(a / b)} %)`);
  const one = (v: ViewFigures) => summarise(v, 1);
  log('\nPer case (tuned cases only' + (showUnseen ? ', and unseen: --show-unseen' : '') + ')');
  log(
    table(
      ['case', 'split', 'view', 'articles', 'row pairs P / R / F1', 'contrasts landed', 'labels on actor', 'label precision', 'actors merged across scripts', 'source P / R / F1'],
      views
        .filter((v) => v.split === 'tuned' || showUnseen)
        .map((v) => [v.case, v.split, v.view, String(v.articles), f(one(v).rows), ratio(v.contrasts.landed, v.contrasts.total), ratio(v.labels.onActor, v.labels.total), ratio(v.labelPrecision.right, v.labelPrecision.surfaced), ratio(v.mergedActors.merged, v.mergedActors.total), v.source.gold ? f(one(v).source) : '–']),
    ),
  );
  log('\nBy split (summed over cases; "cross": pairs across two languages in the whole case)');
  const rows: string[][] = [];
  for (const split of ['tuned', 'unseen'] as const) {
    for (const [kind, s] of Object.entries(splits[split])) {
      if (s.cases === 0) continue;
      rows.push([split, kind, String(s.cases), f(s.rows), ratio(s.contrasts.landed, s.contrasts.total), ratio(s.labels.onActor, s.labels.total), ratio(s.labelPrecision.right, s.labelPrecision.surfaced), ratio(s.mergedActors.merged, s.mergedActors.total), s.source.gold ? f(s.source) : '–']);
    }
  }
  log(table(['split', 'view', 'cases', 'row pairs P / R / F1', 'contrasts landed', 'labels on actor', 'label precision', 'actors merged across scripts', 'source P / R / F1'], rows));
}

const isMain = process.argv[1]?.endsWith('devcases.ts');
if (isMain) {
  const argv = process.argv.slice(2);
  scoreDevCases({ verbose: argv.includes('--verbose') || argv.includes('-v'), showUnseen: argv.includes('--show-unseen') });
}
