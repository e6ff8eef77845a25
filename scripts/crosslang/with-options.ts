/**
 * Runs a benchmark with cross-language options other than the defaults (for measuring variants without
 * editing src/): the JSON is merged into DEFAULT_CROSS_LANGUAGE_OPTIONS before the benchmark is loaded,
 * so every linkAcrossLanguages call of it (analyzeCase's included) sees it.
 *
 * Run: node bin/run-ts.mjs scripts/crosslang/with-options.ts '{"threshold":0.06}' scripts/crosslang/cross-tuned.ts [args…]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CROSS_LANGUAGE_OPTIONS } from '../../src/core/crosslang/align.ts';

const [json = '{}', entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: with-options.ts '{…options}' BENCH.ts [args…]");
  process.exit(2);
}
Object.assign(DEFAULT_CROSS_LANGUAGE_OPTIONS, JSON.parse(json) as object);
process.argv = [process.argv[0]!, resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
