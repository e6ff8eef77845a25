/**
 * Runs a benchmark with alignment options other than the defaults (for measuring variants without
 * editing src/): the JSON is merged into DEFAULT_ALIGN_OPTIONS before the benchmark is loaded, so every
 * alignClaims call of it (analyzeCase's included) sees it.
 *
 * Run: node bin/run-ts.mjs scripts/align/with-options.ts '{"rescueThreshold":0.12}' scripts/bench/devcases.ts [args…]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ALIGN_OPTIONS } from '../../src/core/align/index.ts';

const [json = '{}', entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: with-options.ts '{…options}' BENCH.ts [args…]");
  process.exit(2);
}
Object.assign(DEFAULT_ALIGN_OPTIONS, JSON.parse(json) as object);
process.argv = [process.argv[0]!, resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
