/**
 * The actors of the tuned dev cases that stand for no annotated actor (candidates for junk: a verb, a
 * common noun, a number, two names glued by a conjunction), with their kind, mentions and labels, and
 * the number of actors per case view — to count junk actors before and after a rule.
 * Refuses unseen cases (never read while changing src/).
 * --mixed: each case whole, both languages together, as a user loads it (cross-script merges of common
 * nouns show only there).
 * Run: node bin/run-ts.mjs scripts/actors/junk.ts [--case=name] [--count] [--all: every actor] [--mixed]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { annotatedActorOf } from '../bench/score.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
const countOnly = process.argv.includes('--count');
const listAll = process.argv.includes('--all');
const mixed = process.argv.includes('--mixed');
let total = 0;
let unmatched = 0;
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
  for (const lang of mixed ? ['mixed' as const] : devCaseLanguages(devCase)) {
    const { inputs, annotations } = devCaseView(devCase, lang);
    if (inputs.length < 2) continue;
    const analysis = analyzeCase(inputs);
    const standsFor = annotatedActorOf(analysis, annotations);
    const others = analysis.actors.filter((a) => !standsFor.has(a));
    total += analysis.actors.length;
    unmatched += others.length;
    console.log(`${name} [${lang}]: ${analysis.actors.length} actors, ${others.length} stand for no annotated actor`);
    if (countOnly) continue;
    for (const a of listAll ? analysis.actors : others) {
      const labels = a.labels.map((l) => l.text).join(' | ');
      console.log(`   ${a.id} «${a.name}» aliases=${(a.aliases ?? []).join("|")}${labels ? ` labels: ${labels}` : ''}`);
    }
  }
}
console.log(`\ntuned: ${total} actors, ${unmatched} stand for no annotated actor`);
