/**
 * Prints the rows that join claims of two languages in a folder of articles (`<id>.txt`, language from
 * the id's prefix "ar-" / "en-"), with the anchors each joined pair shares: for reading a mixed case's
 * cross-language rows by eye (tuned material only).
 *
 *   node bin/run-ts.mjs scripts/crosslang/show-case.ts DIR ['{"support":0.2}'] [--summary]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCase } from '../../src/core/index.ts';
import { claimAnchors } from '../../src/core/crosslang/anchors.ts';
import { eventAnchors } from '../../src/core/crosslang/events.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';

const dir = process.argv[2]!;
const inputs = readdirSync(dir)
  .filter((f) => /^(ar|en)-.*\.txt$/.test(f))
  .map((f) => ({ id: f.replace(/\.txt$/, ''), raw: readFileSync(join(dir, f), 'utf8'), fileName: f }));
const analysis = analyzeCase(inputs);
const options = process.argv.find((a) => a.startsWith('{'));
if (options) {
  const entities = resolveEntities(analysis.articles);
  analysis.rows = linkAcrossLanguages(analysis.articles, alignClaims(analysis.articles, { entities }), JSON.parse(options), entities);
}
const summary = process.argv.includes('--summary');
let [pairs, bare, strong] = [0, 0, 0];
const claimOf = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, { text: c.text, language: a.language }] as const)));
for (const row of analysis.rows) {
  const members = row.claimIds.map((id) => ({ id, ...claimOf.get(id)! }));
  if (new Set(members.map((m) => m.language)).size < 2) continue;
  if (!summary) console.log(`\n${row.id} (score ${row.score?.toFixed(2)})`);
  if (!summary) for (const m of members) console.log(`  ${m.id}: ${m.text.slice(0, 150)}`);
  const keys = members.map((m) => new Set([...claimAnchors(m.text, m.language), ...eventAnchors(m.text, m.language)].map((a) => a.key)));
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++)
      if (members[i]!.language !== members[j]!.language) {
        const shared = [...keys[i]!].filter((k) => keys[j]!.has(k));
        pairs++;
        if (shared.length === 0) bare++;
        if (shared.length >= 2) strong++;
        if (!summary) console.log(`    ${members[i]!.id} × ${members[j]!.id}: ${shared.join(' ')}`);
      }
}
console.log(`cross-language pairs: ${pairs}, sharing no anchor: ${bare}, sharing two or more: ${strong}`);
