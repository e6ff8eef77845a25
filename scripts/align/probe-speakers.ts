/**
 * Candidate pairs of the *tuned* dev cases (word score ≥ the rescue floor), one language at a time, by
 * how their stated speakers relate: own voice, both anonymous, a named source beside an anonymous one,
 * two named sources naming one entity / other entities / none resolved. True / false per relation and
 * score band (is "another speaker" evidence of another row?). Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-speakers.ts [--pairs]
 */
import type { EntityIndex } from '../../src/core/entities/index.ts';
import type { Claim } from '../../src/core/types.ts';
import { forEachTunedPair, sourceEntities, Tally } from './tuned-pairs.ts';

const showPairs = process.argv.includes('--pairs');
const tally = new Tally();
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
forEachTunedPair({}, ({ name, lang, prepared, entities, i, j, annotated, positive }) => {
  const s = prepared.score(i, j);
  if (s < 0.15 || !annotated) return;
  const ci = prepared.claims[i]!;
  const cj = prepared.claims[j]!;
  const rel = relation(ci, cj, entities);
  const band = s >= 0.4 ? '≥0.4' : s >= 0.25 ? '0.25–0.4' : '0.15–0.25';
  tally.add(`${band} ${rel}`, positive);
  if (showPairs && rel !== 'own voice' && rel !== 'anon/anon') console.log(`${positive} s ${s.toFixed(2)} ${rel} ${name} ${lang}\n  A [${ci.attribution?.source.text ?? ''}] ${ci.text.slice(0, 160)}\n  B [${cj.attribution?.source.text ?? ''}] ${cj.text.slice(0, 160)}`);
});
tally.print(44);
