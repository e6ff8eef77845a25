/**
 * Bytes allocated by one cross-outlet stage on a synthetic case, by function: the inspector's sampling
 * heap profiler with the objects the collector freed included, so it counts what was allocated, not
 * what survived. Unlike CPU time it does not move with the machine's load, so it can choose between
 * two versions of a hot path on a shared machine. The stage runs once to warm up, then `runs` times sampled.
 * Prints the total and the functions allocating most (self, and with what they call); writes the
 * profile as JSON when `--out=FILE` is given.
 * Run: node bin/run-ts.mjs scripts/bench/alloc.ts [align|entities|actors|crosslang] [articles] [--runs=3] [--top=N] [--out=FILE]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findActors } from '../../src/core/actors/index.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { buildSyntheticCase } from './synthetic.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const stage = positional[0] ?? 'align';
const size = Number(positional[1] ?? 500);
const top = Number(flag('top') ?? 30);

const analysis = analyzeCase(buildSyntheticCase({ articles: size, seed: 20201 }), { claimsOnly: true });
const entities = resolveEntities(analysis.articles);
const rows = alignClaims(analysis.articles, { entities });
const run: Record<string, () => unknown> = {
  align: () => alignClaims(analysis.articles, { entities }),
  entities: () => resolveEntities(analysis.articles),
  actors: () => findActors(analysis.articles, { entities }),
  crosslang: () => linkAcrossLanguages(analysis.articles, rows.map((r) => ({ ...r }))),
};
if (!run[stage]) throw new Error(`unknown stage ${stage}`);
run[stage]!();

interface Node {
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: Node[];
}
const session = new Session();
session.connect();
await session.post('Debugger.enable');
// JIT timing moves a run's figure (a hot function caught unoptimised boxes every fractional number it
// computes): several sampled runs, the one of median total shown.
const runs = Number(flag('runs') ?? 3);
const profiles: { head: Node }[] = [];
for (let r = 0; r < runs; r++) {
  await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run[stage]!();
  profiles.push(((await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: Node } }).profile);
}
const sum = (n: Node): number => n.children.reduce((s, c) => s + sum(c), n.selfSize);
const totals = profiles.map((p) => sum(p.head));
const median = [...totals].sort((a, b) => a - b)[runs >> 1]!;
const profile = profiles[totals.indexOf(median)]!;
const out = flag('out');
if (out) writeFileSync(out, JSON.stringify(profile));

// The transpiled source's text where each function starts (tsx's output keeps no line numbers of the source).
const sources = new Map<string, string[]>();
const scriptIds = new Set<string>();
const collect = (n: Node): void => {
  if (n.callFrame.url.includes('/src/')) scriptIds.add(n.callFrame.scriptId);
  n.children.forEach(collect);
};
collect(profile.head);
for (const id of scriptIds) {
  const { scriptSource } = (await session.post('Debugger.getScriptSource', { scriptId: id })) as { scriptSource: string };
  sources.set(id, scriptSource.split('\n'));
}
const name = (n: Node): string => {
  const { functionName, scriptId, url, lineNumber, columnNumber } = n.callFrame;
  const file = url.split('/src/').pop()!.split('/').slice(-2).join('/');
  const at = sources.get(scriptId)?.[lineNumber]?.slice(columnNumber, columnNumber + 40).replace(/\s+/g, ' ');
  return `${functionName || '(anon)'} ${file}${functionName || !at ? '' : ` «${at}»`}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
// Inclusive: each function counted once per stack (recursion aside).
const walk = (n: Node, stack: Set<string>): number => {
  const key = name(n);
  self.set(key, (self.get(key) ?? 0) + n.selfSize);
  const inner = new Set(stack).add(key);
  let sum = n.selfSize;
  for (const c of n.children) sum += walk(c, inner);
  if (!stack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
  return sum;
};
const total = walk(profile.head, new Set());
const mb = (b: number): string => (b / 1e6).toFixed(1).padStart(8);
console.log(`${stage} ${size} articles: ${mb(total).trim()} MB allocated (median of ${totals.map((t) => mb(t).trim()).join(', ')})`);
for (const [title, map] of [['self', self], ['inclusive', inclusive]] as const) {
  console.log(`\n${title} MB`);
  for (const [key, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(mb(bytes), key);
}
