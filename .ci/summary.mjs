// Prints one closing line, "N passed, N failed", from the JSON results the test runs wrote.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['test-results/vitest.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) continue;
  const result = JSON.parse(readFileSync(file, 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
