// Imported by the build (vite.config.ts) through Vite's module runner, which closes once the import
// returns: so the analyses are made while the module is imported, not by a function called later.
import type { CaseAnalysis } from '../../src/core/types.ts';
import { EXAMPLE_LANGUAGES, exampleAnalysis } from '../../src/app/exampleAnalysis.ts';

/** The example case's analysis per interface language. */
export const analyses: Record<string, CaseAnalysis> = Object.fromEntries(
  await Promise.all(EXAMPLE_LANGUAGES.map(async (language) => [language, await exampleAnalysis(language)] as const)),
);
