/**
 * How event frames (src/core/align/frames.ts) judge annotated pairs: per annotated cross-outlet pair
 * of the fixture cases and the *tuned* dev cases, the best unit pair by word score and the frame
 * conflict it meets; and the same for the fixtures' distinct pairs. Unseen dev cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-frames.ts [--show=N] [--case=name]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { loadAnnotations, loadCase } from '../../fixtures/load.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { predicateClasses } from '../../src/core/align/predicates.ts';
import { frameConflict } from '../../src/core/align/frames.ts';
import type { EventFrame } from '../../src/core/align/frames.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import type { CaseAnnotations } from '../../fixtures/schema.ts';
import { covers } from '../bench/score.ts';
import ar from '../../src/core/lang/ar/predicates.json' with { type: 'json' };
import en from '../../src/core/lang/en/predicates.json' with { type: 'json' };

const argv = process.argv.slice(2);
const show = Number(argv.find((a) => a.startsWith('--show='))?.slice(7) ?? '0');
const only = argv.find((a) => a.startsWith('--case='))?.slice(7);
const arCount = ar.classes.length;
const className = (c: number): string => (c < arCount ? `ar:${ar.classes[c]!.split(' ')[0]}` : `en:${en.classes[c - arCount]!.split(' ')[0]}`);
void predicateClasses;
const frameText = (f: EventFrame): string => `main[${f.main.map(className).join(',')}] ev[${f.events.map(className).join(',')}] sp=${f.speaker} su=${f.subject}`;

interface Tally { pairs: number; conflicts: Record<string, number>; aboveLost: number }
const total: Tally = { pairs: 0, conflicts: {}, aboveLost: 0 };

function probe(name: string, inputs: ArticleInput[], annotations: CaseAnnotations & { distinct?: { a: { articleId: string; claim: string }; b: { articleId: string; claim: string } }[] }): void {
  const analysis = analyzeCase(inputs);
  const entities = resolveEntities(analysis.articles);
  const prepared = prepareCase(analysis.articles, { entities, frameConflict: 0.9999, speakerConflict: 0.9999 });
  const unitsOf = (articleId: string, snippet: string): number[] => prepared.claims.flatMap((c, u) => (c.articleId === articleId && covers(c.text, snippet) ? [u] : []));
  const judge = (label: string, a: { articleId: string; claim: string }, b: { articleId: string; claim: string }, tally: Tally | null): void => {
    let best: { s: number; u: number; v: number } | null = null;
    for (const u of unitsOf(a.articleId, a.claim)) for (const v of unitsOf(b.articleId, b.claim)) {
      const s = prepared.score(u, v);
      if (!best || s > best.s) best = { s, u, v };
    }
    if (!best || best.s === 0) return;
    const fu = prepared.frameOf!(best.u);
    const fv = prepared.frameOf!(best.v);
    const c = frameConflict(fu, fv);
    if (tally) {
      tally.pairs++;
      if (c) {
        tally.conflicts[c] = (tally.conflicts[c] ?? 0) + 1;
        if (best.s >= 0.25) tally.aboveLost++;
      }
    }
    if (c && (show > 0 || !tally)) {
      console.log(`${label} s=${best.s.toFixed(2)} ${c}\n   A ${frameText(fu)} | ${prepared.claims[best.u]!.text.slice(0, 160)}\n   B ${frameText(fv)} | ${prepared.claims[best.v]!.text.slice(0, 160)}`);
    } else if (!tally) console.log(`${label} s=${best.s.toFixed(2)} no conflict\n   A ${frameText(fu)}\n   B ${frameText(fv)}`);
  };
  const tally: Tally = { pairs: 0, conflicts: {}, aboveLost: 0 };
  for (const row of annotations.rows) {
    for (let i = 0; i < row.members.length; i++) for (let j = i + 1; j < row.members.length; j++) {
      if (row.members[i]!.articleId === row.members[j]!.articleId) continue;
      judge(`${name} row ${row.id}`, row.members[i]!, row.members[j]!, tally);
    }
  }
  for (const d of annotations.distinct ?? []) judge(`${name} DISTINCT`, d.a, d.b, null);
  console.log(`${name}: ${tally.pairs} scored pairs, conflicts ${JSON.stringify(tally.conflicts)}, of them ≥ 0.25: ${tally.aboveLost}`);
  total.pairs += tally.pairs;
  total.aboveLost += tally.aboveLost;
  for (const [k, v] of Object.entries(tally.conflicts)) total.conflicts[k] = (total.conflicts[k] ?? 0) + v;
}

for (const fixture of ['seeds', 'english'] as const) if (!only || only === fixture) probe(fixture, loadCase(fixture), loadAnnotations(fixture));
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && only !== name)) continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    probe(`${name}/${lang}`, inputs, annotations);
  }
}
console.log(`all: ${total.pairs} pairs, conflicts ${JSON.stringify(total.conflicts)}, ≥ 0.25: ${total.aboveLost}`);
