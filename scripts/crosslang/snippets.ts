/**
 * Shared by the cross-language probes: find the claims an annotation snippet stands for (either holds the
 * other once diacritics, tatweel and spacing are folded), and walk the *tuned* dev cases' mixed views
 * analysed (unseen cases are never opened).
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import type { CaseAnalysis, Claim } from '../../src/core/types.ts';

/** Folded for comparison: diacritics and tatweel off, spaces collapsed. */
export const norm = (s: string) => s.normalize('NFKC').replace(/[\u064B-\u0652\u0640]/gu, '').replace(/\s+/g, ' ').trim();

/** The claim's text and the snippet hold one another, folded. */
export const covers = (claim: string, snippet: string): boolean => norm(claim).includes(norm(snippet)) || norm(snippet).includes(norm(claim));

/** The claims of one article that the snippet stands for. */
export const claimsOf = (analysis: CaseAnalysis, articleId: string, snippet: string): Claim[] =>
  analysis.articles.find((a) => a.id === articleId)?.claims.filter((c) => covers(c.text, snippet)) ?? [];

/** Each tuned dev case's mixed view: its name, annotations, analysis and each article's language. */
export function* tunedMixedCases(): Generator<{ name: string; annotations: ReturnType<typeof devCaseView>['annotations']; analysis: CaseAnalysis; languageOf: Map<string, string> }> {
  for (const name of listDevCases()) {
    const devCase = loadDevCase(name);
    if (devCase.meta.split !== 'tuned') continue;
    const { inputs, annotations } = devCaseView(devCase, 'mixed');
    const analysis = analyzeCase(inputs);
    yield { name, annotations, analysis, languageOf: new Map(analysis.articles.map((a) => [a.id, a.language])) };
  }
}
