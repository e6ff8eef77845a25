/**
 * How many claims of the *tuned* dev cases name a news event the frames can read (a word of an event
 * class of predicates.json, align/predicates.ts), per language; with `--missing=N`, the N most frequent
 * first content words of claims that name none (what the classes miss). Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-event-coverage.ts [--missing=30]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { eventClassesOfWord } from '../../src/core/align/predicates.ts';
import { termsOfTokens } from '../../src/core/align/terms.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { wordTokens } from '../../src/core/normalize/index.ts';

const missingArg = process.argv.find((a) => a.startsWith('--missing='));
const showMissing = missingArg ? Number(missingArg.slice(10)) : 0;
const tally = new Map<string, { claims: number; withEvent: number; missing: Map<string, number> }>();
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs } = devCaseView(devCase, lang);
    const t = tally.get(lang) ?? tally.set(lang, { claims: 0, withEvent: 0, missing: new Map() }).get(lang)!;
    for (const article of analyzeCase(inputs).articles) {
      for (const claim of article.claims) {
        const tokens = wordTokens(claim.text, lang);
        t.claims++;
        let found = false;
        for (const token of tokens) {
          const key = termsOfTokens([token], lang)[0]?.stem ?? '';
          if (key && eventClassesOfWord(lang, token.norm, key).classes.length) {
            found = true;
            break;
          }
        }
        if (found) t.withEvent++;
        else for (const token of tokens.slice(0, 8)) {
          const key = termsOfTokens([token], lang)[0]?.stem;
          if (key) t.missing.set(token.norm, (t.missing.get(token.norm) ?? 0) + 1);
        }
      }
    }
  }
}
for (const [lang, t] of tally) {
  console.log(`${lang}: ${t.withEvent} / ${t.claims} claims name an event class (${((100 * t.withEvent) / t.claims).toFixed(1)} %)`);
  if (showMissing) console.log('  ' + [...t.missing].sort((a, b) => b[1] - a[1]).slice(0, showMissing).map(([w, n]) => `${w} ${n}`).join(', '));
}
