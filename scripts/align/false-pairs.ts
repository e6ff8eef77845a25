/**
 * The predicted row pairs of the *tuned* dev cases that no annotated row holds (precision's losses),
 * one language at a time: per false pair, whether both claims are annotated members (of other rows) or
 * one is no member at all, whether a headline is in it, and the two claims' texts. Unseen cases are
 * never read.
 * With --true, the true pairs are printed too (marked TRUE), to diff two option sets' pairs both ways.
 * Run: node bin/run-ts.mjs scripts/align/false-pairs.ts [lang] ['{…align options}'] [--true]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../../src/core/align/prepare.ts';
import { continuesSentenceClaim } from '../../src/core/attribute/index.ts';
import { analyzeCase } from '../../src/core/index.ts';
import type { Claim } from '../../src/core/types.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';
import { annotatedTogether } from './tuned-pairs.ts';

const onlyLang = process.argv[2] && !process.argv[2].startsWith('{') ? process.argv[2] : undefined;
const json = process.argv.find((a) => a.startsWith('{'));
const printTrue = process.argv.includes('--true');
if (json) Object.assign(DEFAULT_ALIGN_OPTIONS, JSON.parse(json));

const short = (c: Claim): string => `${c.kind === 'title' ? '[T] ' : ''}${c.text.replace(/\s+/g, ' ').slice(0, 150)}`;
const tally = new Map<string, number>();
const bump = (k: string): void => void tally.set(k, (tally.get(k) ?? 0) + 1);
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  for (const lang of devCaseLanguages(devCase)) {
    if (onlyLang && lang !== onlyLang) continue;
    const { inputs, annotations } = devCaseView(devCase, lang);
    const analysis = analyzeCase(inputs);
    const rowsOf = annotatedRowsOfClaims(analysis.articles, annotations.rows);
    const byId = new Map<string, Claim>();
    // Claims of a sentence split into a report and its participle clauses (aligned as one unit).
    const inSentence = new Set<string>();
    for (const a of analysis.articles) {
      a.claims.forEach((c, k) => {
        byId.set(c.id, c);
        const next = a.claims[k + 1];
        if (next && continuesSentenceClaim(next, c)) inSentence.add(c.id).add(next.id);
      });
    }
    for (const row of analysis.rows) {
      for (let i = 0; i < row.claimIds.length; i++) {
        for (let j = i + 1; j < row.claimIds.length; j++) {
          const x = byId.get(row.claimIds[i]!)!;
          const y = byId.get(row.claimIds[j]!)!;
          if (x.articleId === y.articleId) continue;
          const together = annotatedTogether(rowsOf, x.id, y.id);
          const title = x.kind === 'title' || y.kind === 'title' ? 'title' : inSentence.has(x.id) || inSentence.has(y.id) ? 'clause' : 'body';
          bump(`${lang} ${title} ${together === true ? 'true' : together === undefined ? 'false-unannotated' : 'false-other-row'}`);
          if (together === true && !printTrue) continue;
          console.log(`${name} [${lang}] row ${row.id} ${together === true ? 'TRUE' : together === undefined ? 'UNANN' : 'OTHER'} ${title}\n  A ${short(x)}\n  B ${short(y)}`);
        }
      }
    }
  }
}
for (const [k, n] of [...tally].sort()) console.log(k.padEnd(32), n);
