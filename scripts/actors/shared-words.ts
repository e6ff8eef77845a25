/**
 * Labels of the tuned dev cases whose key every outlet naming the actor uses (a word every outlet uses
 * is no contrast): to check that such words are not shown, or are shown only as titles.
 * Refuses unseen cases (never read while changing src/).
 * Run: node bin/run-ts.mjs scripts/actors/shared-words.ts [--case=name]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
let shown = 0;
let shared = 0;
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
  for (const lang of devCaseLanguages(devCase)) {
    const view = devCaseView(devCase, lang);
    if (view.inputs.length < 2) continue;
    const analysis = analyzeCase(view.inputs, { forScreen: true });
    for (const actor of analysis.actors) {
      const named = new Set((actor.mentions ?? []).map((m) => m.articleId));
      const byKey = new Map<string, Set<string>>();
      for (const l of actor.labels) byKey.set(l.key ?? l.text, (byKey.get(l.key ?? l.text) ?? new Set()).add(l.articleId));
      for (const l of actor.labels) {
        shown++;
        if (named.size < 2 || byKey.get(l.key ?? l.text)!.size < named.size) continue;
        shared++;
        console.log(`${name} [${lang}] ${actor.id}«${actor.name}» ${l.articleId} «${l.text}» key=${l.key} form=${l.form ?? '-'} ${l.origin} (${named.size} outlets)`);
      }
    }
  }
}
console.log(`${shared} of ${shown} labels shown carry a key every outlet naming the actor uses`);
