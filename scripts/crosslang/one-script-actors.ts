/**
 * Per tuned dev case (unseen cases are never opened), the actors of the mixed analysis named in one script
 * only, most mentioned first, Arabic and Latin side by side: for reading by eye which of them are one
 * actor the cross-script merge left apart (annotated or not).
 *
 *   node bin/run-ts.mjs scripts/crosslang/one-script-actors.ts [--case=NAME] [--top=N]
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 25);
const arabic = (s: string) => /[\u0600-\u06FF]/u.test(s);

for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
  const { inputs } = devCaseView(devCase, 'mixed');
  const analysis = analyzeCase(inputs, { forScreen: true });
  const rows = analysis.actors.map((a) => {
    const names = [a.name, ...(a.aliases ?? [])];
    return { names, ar: names.some(arabic), la: names.some((n) => !arabic(n)), n: a.mentions?.length ?? 0 };
  });
  const side = (ar: boolean) =>
    rows
      .filter((r) => (ar ? r.ar && !r.la : r.la && !r.ar))
      .sort((x, y) => y.n - x.n)
      .slice(0, top)
      .map((r) => `${r.n}\t${r.names.slice(0, 4).join(' | ')}`);
  const both = rows.filter((r) => r.ar && r.la).length;
  console.log(`\n== ${name}: ${both} actors in both scripts`);
  console.log('-- Arabic only');
  for (const l of side(true)) console.log(l);
  console.log('-- Latin only');
  for (const l of side(false)) console.log(l);
}
