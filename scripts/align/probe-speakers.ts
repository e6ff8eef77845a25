/**
 * Candidate pairs of the *tuned* dev cases (word score ≥ the rescue floor), one language at a time, by
 * how their stated speakers relate: own voice, both anonymous, a named source beside an anonymous one,
 * two named sources naming one entity / other entities / none resolved. True / false per relation and
 * score band (is "another speaker" evidence of another row?). Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-speakers.ts [--pairs]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { EntityIndex } from '../../src/core/entities/index.ts';
import type { Claim } from '../../src/core/types.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';

const showPairs = process.argv.includes('--pairs');
const tally = new Map<string, { tp: number; fp: number }>();
const add = (key: string, positive: boolean): void => {
  const cell = tally.get(key) ?? tally.set(key, { tp: 0, fp: 0 }).get(key)!;
  if (positive) cell.tp++;
  else cell.fp++;
};
const sourceEntities = (claim: Claim, entities: EntityIndex): string[] => {
  const source = claim.attribution?.source;
  if (!source) return [];
  return (entities.byArticle.get(claim.articleId) ?? []).filter((m) => m.start >= source.start && m.end <= source.end).map((m) => m.entityId);
};
const relation = (a: Claim, b: Claim, entities: EntityIndex): string => {
  const sa = a.attribution?.source;
  const sb = b.attribution?.source;
  if (!sa || !sb) return 'own voice';
  const ea = sourceEntities(a, entities);
  const eb = sourceEntities(b, entities);
  const anonA = sa.kind === 'anonymous';
  const anonB = sb.kind === 'anonymous';
  if (anonA && anonB) return 'anon/anon';
  if (anonA !== anonB) return (anonA ? eb : ea).length ? `named/anon${(anonA ? ea : eb).length ? ' of an entity' : ''}` : 'unresolved/anon';
  if (!ea.length || !eb.length) return `${sa.kind}/${sb.kind} unresolved`;
  return ea.some((x) => eb.includes(x)) ? 'same entity' : `other entities ${sa.kind}/${sb.kind}`;
};
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    const analysis = analyzeCase(inputs);
    const entities = resolveEntities(analysis.articles);
    const prepared = prepareCase(analysis.articles, { entities });
    const rowsOfClaim = annotatedRowsOfClaims(analysis.articles, annotations.rows);
    const candidates = blockedCandidates(prepared);
    for (let k = 0; k + 1 < candidates.length; k += 2) {
      const i = candidates[k]!;
      const j = candidates[k + 1]!;
      const s = prepared.score(i, j);
      if (s < 0.15) continue;
      const ci = prepared.claims[i]!;
      const cj = prepared.claims[j]!;
      const ra = rowsOfClaim.get(ci.id);
      const rb = rowsOfClaim.get(cj.id);
      if (!ra || !rb) continue;
      const positive = [...ra].some((x) => rb.has(x));
      const rel = relation(ci, cj, entities);
      const band = s >= 0.4 ? '≥0.4' : s >= 0.25 ? '0.25–0.4' : '0.15–0.25';
      add(`${band} ${rel}`, positive);
      if (showPairs && rel !== 'own voice' && rel !== 'anon/anon') console.log(`${positive} s ${s.toFixed(2)} ${rel} ${name} ${lang}\n  A [${ci.attribution?.source.text ?? ''}] ${ci.text.slice(0, 160)}\n  B [${cj.attribution?.source.text ?? ''}] ${cj.text.slice(0, 160)}`);
    }
  }
}
for (const [key, c] of [...tally].sort()) console.log(key.padEnd(44), `${c.tp} true / ${c.fp} false`);
