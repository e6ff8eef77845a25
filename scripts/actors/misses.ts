/**
 * The tuned dev cases' annotated naming contrasts that do not land in one actor row, label by label:
 * where the label stands in its article, which actor carries it (if any), and which actors the case has
 * for the annotated actor — to count the families of misses before changing the actors stage.
 * Refuses unseen cases (never read while changing src/).
 * --shared: the labels shown whose key every outlet naming the actor uses (a word every outlet uses is no
 * contrast), to check they are titles or stand beside a word that differs.
 * Run: node bin/run-ts.mjs scripts/actors/misses.ts [--case=name] [--all] [--labels] [--families] [--shared]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { labelMatches, occurrences } from '../bench/score.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
const all = process.argv.includes('--all');
const norm = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Every tuned case's language view of two articles or more, analysed (each mode below walks the same ones). */
function* tunedViews(forScreen = false) {
  for (const name of listDevCases()) {
    const devCase = loadDevCase(name);
    if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
    for (const lang of devCaseLanguages(devCase)) {
      const view = devCaseView(devCase, lang);
      if (view.inputs.length < 2) continue;
      yield { name, lang, ...view, analysis: analyzeCase(view.inputs, { forScreen }) };
    }
  }
}

type Analysis = ReturnType<typeof analyzeCase>;
/** The analysis's actors that stand for an annotated actor (one of its annotated names is theirs). */
const actorsFor = (analysis: Analysis, names: readonly string[] | undefined) => {
  const aliases = (names ?? []).map(norm);
  return analysis.actors.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => aliases.includes(norm(n))));
};

if (!['--labels', '--families', '--shared'].some((mode) => process.argv.includes(mode))) {
  for (const { name, lang, annotations, contrasts, analysis } of tunedViews()) {
    const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
    const carriers = (articleId: string, label: string) => {
      const places = occurrences(textOf.get(articleId) ?? '', label);
      return analysis.actors.filter((actor) =>
        actor.labels.some((l) => l.articleId === articleId && (labelMatches(l.text, label) || places.some(([a, b]) => l.start < b && a < l.end))),
      );
    };
    for (const contrast of contrasts) {
      const landed = analysis.actors.some((actor) => contrast.labels.every((l) => carriers(l.articleId, l.label).includes(actor)));
      if (landed && !all) continue;
      const mine = actorsFor(analysis, annotations.actors[contrast.actor]);
      console.log(`\n== ${name} [${lang}] ${landed ? 'LANDED' : 'MISSED'} contrast on «${contrast.actor}»; actors standing for it: ${mine.map((a) => `${a.id} «${a.name}»`).join(', ') || 'none'}`);
      for (const l of contrast.labels) {
        const text = textOf.get(l.articleId) ?? '';
        const at = occurrences(text, l.label)[0];
        const context = at ? text.slice(Math.max(0, at[0] - 160), at[1] + 160).replace(/\s+/gu, ' ') : '(label not found in text)';
        const on = carriers(l.articleId, l.label);
        console.log(`  - ${l.articleId} «${l.label}» on: ${on.map((a) => `${a.id} «${a.name}»`).join(', ') || 'NO ACTOR'}`);
        console.log(`      … ${context} …`);
      }
    }
  }
}

// --labels: every annotated label not on its actor, with the actors standing for the annotated actor
// and what they carry in that article.
if (process.argv.includes('--labels')) {
  for (const { name, lang, annotations, analysis } of tunedViews()) {
    const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
    for (const gold of annotations.labels) {
      const mine = actorsFor(analysis, annotations.actors[gold.actor]);
      const places = occurrences(textOf.get(gold.articleId) ?? '', gold.label);
      const hit = mine.some((a) => a.labels.some((l) => l.articleId === gold.articleId && (labelMatches(l.text, gold.label) || places.some(([x, y]) => l.start < y && x < l.end))));
      if (hit) continue;
      const text = textOf.get(gold.articleId) ?? '';
      const at = places[0];
      const context = at ? text.slice(Math.max(0, at[0] - 100), at[1] + 100).replace(/\s+/gu, ' ') : '(not in text)';
      const carried = mine.map((a) => `${a.id}«${a.name}»[${a.labels.filter((l) => l.articleId === gold.articleId).map((l) => l.text).join(' | ')}]`).join(' ');
      console.log(`\n${name} [${lang}] ${gold.articleId} «${gold.label}» → ${gold.actor}: ${mine.length ? carried : 'NO ACTOR'}\n    … ${context} …`);
    }
  }
}

// --families: for annotated labels whose actor the analysis lacks, how many articles of the view name it.
if (process.argv.includes('--families')) {
  const tally = new Map<string, number>();
  for (const { name, lang, annotations, analysis } of tunedViews()) {
    for (const gold of annotations.labels) {
      if (actorsFor(analysis, annotations.actors[gold.actor]).length) continue;
      const naming = analysis.articles.filter((a) => (annotations.actors[gold.actor] ?? []).some((al) => occurrences(a.text, al).length > 0)).length;
      const family = naming === 0 ? 'named by no article (descriptions only)' : naming === 1 ? 'named by one article' : 'named by several articles, not found';
      tally.set(family, (tally.get(family) ?? 0) + 1);
      if (process.argv.includes('--list')) console.log(`${family}: ${name} [${lang}] ${gold.actor} «${gold.label}»`);
    }
  }
  for (const [family, n] of tally) console.log(`${n}\t${family}`);
}

// --shared: shown labels whose key every outlet naming the actor (by its mentions) uses.
if (process.argv.includes('--shared')) {
  let shown = 0;
  let shared = 0;
  for (const { name, lang, analysis } of tunedViews(true)) {
    for (const actor of analysis.actors) {
      const named = new Set((actor.mentions ?? []).map((m) => m.articleId));
      const byKey = new Map<string, Set<string>>();
      for (const l of actor.labels) byKey.set(l.key ?? l.text, (byKey.get(l.key ?? l.text) ?? new Set()).add(l.articleId));
      for (const l of actor.labels) {
        shown++;
        if (named.size < 2 || byKey.get(l.key ?? l.text)!.size < named.size) continue;
        shared++;
        console.log(`${name} [${lang}] ${actor.id}«${actor.name}» ${l.articleId} «${l.text}» key=${l.key ?? '-'} form=${l.form ?? '-'} ${l.origin} (${named.size} outlets)`);
      }
    }
  }
  console.log(`${shared} of ${shown} labels shown carry a key every outlet naming the actor uses`);
}
