/**
 * Prints the rows that join claims of two languages in a folder of articles (`<id>.txt`, language from
 * the id's prefix "ar-" / "en-"), with the anchors each joined pair shares: for reading a mixed case's
 * cross-language rows by eye (tuned material only).
 *
 *   node bin/run-ts.mjs scripts/crosslang/show-case.ts DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCase } from '../../src/core/index.ts';
import { claimAnchors } from '../../src/core/crosslang/anchors.ts';

const dir = process.argv[2]!;
const inputs = readdirSync(dir)
  .filter((f) => /^(ar|en)-.*\.txt$/.test(f))
  .map((f) => ({ id: f.replace(/\.txt$/, ''), raw: readFileSync(join(dir, f), 'utf8'), fileName: f }));
const analysis = analyzeCase(inputs);
const claimOf = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, { text: c.text, language: a.language }] as const)));
for (const row of analysis.rows) {
  const members = row.claimIds.map((id) => ({ id, ...claimOf.get(id)! }));
  if (new Set(members.map((m) => m.language)).size < 2) continue;
  console.log(`\n${row.id} (score ${row.score?.toFixed(2)})`);
  for (const m of members) console.log(`  ${m.id}: ${m.text.slice(0, 150)}`);
  const keys = members.map((m) => new Set(claimAnchors(m.text, m.language).map((a) => a.key)));
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++)
      if (members[i]!.language !== members[j]!.language) console.log(`    ${members[i]!.id} × ${members[j]!.id}: ${[...keys[i]!].filter((k) => keys[j]!.has(k)).join(' ')}`);
}
