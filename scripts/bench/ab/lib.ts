// The align stage's entry points, bundled per tree for in-process A/B runs (scripts/bench/ab/ab.mjs).
export { alignClaims } from '../../../src/core/align/index.ts';
export { analyzeCase } from '../../../src/core/analyze.ts';
export { resolveEntities } from '../../../src/core/entities/index.ts';
export { buildSyntheticCase } from '../synthetic.ts';
