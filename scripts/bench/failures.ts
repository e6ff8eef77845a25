import type { CaseAnalysis } from '../../src/core/index.ts';

/**
 * Names on stderr each article the pipeline failed on: its claims are missing from the figures, which
 * would otherwise only look a little worse.
 */
export function reportFailures(where: string, analysis: Pick<CaseAnalysis, 'diagnostics'>): void {
  for (const d of analysis.diagnostics) if (d.level === 'error') console.error(`${where}: ${d.message}`);
}
