/**
 * Why each annotated label and naming contrast of the tuned dev cases is missed, by kind of error, so
 * the biggest kinds are fixed first:
 *   - actor not found (no actor of the analysis stands for the annotated actor), with how many
 *     articles of the view write one of its annotated names (0: described only; 1; several);
 *   - label not extracted (no actor carries it) while the actor exists;
 *   - attached to another actor (an actor carries it, not one standing for the annotated actor);
 *   - per missed contrast, one cause (CAUSE_ORDER): the label not in its text (scoring), the actor not
 *     resolved, its sides on two actors of its own (not merged), a label on another actor, a label found
 *     but not surfaced (the case analysed again with `keepDropped` carries it), a label not extracted.
 * Refuses unseen cases (never read while changing src/).
 * Run: node bin/run-ts.mjs scripts/actors/why.ts [--case=name] [--list]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { findActors } from '../../src/core/actors/index.ts';
import { annotatedActorOf, labelMatcher, occurrences } from '../bench/score.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
const list = process.argv.includes('--list');
const labelKinds = new Map<string, number>();
const contrastKinds = new Map<string, number>();
const contrastMixes = new Map<string, number>();
/** A missed contrast's cause is the first of its labels' causes in this order (the one to fix first). */
const CAUSE_ORDER = [
  'scoring (label not in its text)',
  'actor not resolved',
  'actor not merged (sides on two actors)',
  'placed on another actor',
  'placed on another actor (and filtered)',
  'found, not surfaced (filtered)',
  'label not extracted',
];
const tally = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
  for (const lang of devCaseLanguages(devCase)) {
    const { inputs, annotations, contrasts } = devCaseView(devCase, lang);
    if (inputs.length < 2) continue;
    const analysis = analyzeCase(inputs);
    const standsFor = annotatedActorOf(analysis, annotations);
    const matcher = labelMatcher(analysis);
    const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
    const mine = (gold: string) => analysis.actors.filter((a) => standsFor.get(a) === gold);
    const show = (a: (typeof analysis.actors)[number]) => `${a.id}«${a.name}»`;
    const context = (articleId: string, label: string): string => {
      const text = textOf.get(articleId) ?? '';
      const at = occurrences(text, label)[0];
      return at ? text.slice(Math.max(0, at[0] - 90), at[1] + 90).replace(/\s+/gu, ' ') : '(not in text)';
    };
    /** The kind of error for one annotated label, or undefined when it is on its actor. */
    const whyLabel = (articleId: string, label: string, gold: string): string | undefined => {
      const m = matcher(articleId, label);
      const right = mine(gold);
      if (right.some((a) => a.labels.some(m))) return undefined;
      const others = analysis.actors.filter((a) => a.labels.some(m));
      if (right.length === 0) {
        const naming = analysis.articles.filter((a) => (annotations.actors[gold] ?? []).some((al) => occurrences(a.text, al).length > 0)).length;
        const who = naming === 0 ? 'described only' : naming === 1 ? 'named in one article' : `named in ${naming} articles`;
        return `actor not found (${who})${others.length ? `; label on ${others.map(show).join(', ')}` : ''}`;
      }
      if (others.length) return `attached to another actor (${others.map(show).join(', ')})`;
      return 'label not extracted';
    };
    for (const gold of annotations.labels) {
      const why = whyLabel(gold.articleId, gold.label, gold.actor);
      if (!why) continue;
      tally(labelKinds, why.replace(/ \(.*$|;.*$/u, '') + (why.startsWith('actor not found') ? ` — ${why.match(/\((.*?)\)/u)?.[1]}` : ''));
      if (list) {
        const carried = mine(gold.actor).map((a) => `${show(a)}[${a.labels.filter((l) => l.articleId === gold.articleId).map((l) => l.text).join(' | ')}]`).join(' ');
        console.log(`LABEL ${name} [${lang}] ${gold.articleId} «${gold.label}» → ${gold.actor}: ${why}\n    has: ${carried || '-'}\n    … ${context(gold.articleId, gold.label)} …`);
      }
    }
    // The same case with nothing filtered: a label there and not here was found and not surfaced.
    const full = { ...analysis, actors: findActors(analysis.articles, { keepDropped: true }) };
    const fullStandsFor = annotatedActorOf(full, annotations);
    const fullMatcher = labelMatcher(full);
    /** The cause of one contrast label's miss (undefined: on an actor standing for the contrast's actor). */
    const causeOf = (articleId: string, label: string, gold: string): string | undefined => {
      if (occurrences(textOf.get(articleId) ?? '', label).length === 0) return 'scoring (label not in its text)';
      const m = matcher(articleId, label);
      if (mine(gold).some((a) => a.labels.some(m))) return undefined;
      if (analysis.actors.some((a) => a.labels.some(m))) return 'placed on another actor';
      const fm = fullMatcher(articleId, label);
      const fullCarriers = full.actors.filter((a) => a.labels.some(fm));
      if (fullCarriers.some((a) => fullStandsFor.get(a) === gold)) return 'found, not surfaced (filtered)';
      if (mine(gold).length === 0) return 'actor not resolved';
      if (fullCarriers.length) return 'placed on another actor (and filtered)';
      return 'label not extracted';
    };
    for (const contrast of contrasts) {
      const carriers = contrast.labels.map((l) => analysis.actors.filter((a) => a.labels.some(matcher(l.articleId, l.label))));
      if (analysis.actors.some((a) => carriers.every((c) => c.includes(a)))) continue;
      const causes = contrast.labels.map((l) => causeOf(l.articleId, l.label, contrast.actor));
      // Sides on actors of its own that no one actor joins: the actor was not merged.
      const own = new Set(carriers.flatMap((c) => c.filter((a) => standsFor.get(a) === contrast.actor)));
      const kinds = new Set(causes.filter((c): c is string => c !== undefined));
      if (own.size > 1) kinds.add('actor not merged (sides on two actors)');
      const kind = CAUSE_ORDER.find((c) => kinds.has(c)) ?? 'actor not merged (sides on two actors)';
      tally(contrastKinds, kind);
      tally(contrastMixes, [...kinds].sort().join(' + '));
      if (list) {
        console.log(`\nCONTRAST ${name} [${lang}] «${contrast.actor}»: ${kind}; actors: ${mine(contrast.actor).map(show).join(', ') || 'none'}`);
        contrast.labels.forEach((l, i) => console.log(`  - ${l.articleId} «${l.label}»: ${causes[i] ?? 'on ' + carriers[i]!.map(show).join(', ')}${causes[i] ? ' — ' + whyLabel(l.articleId, l.label, contrast.actor) : ''}`));
      }
    }
  }
}
console.log('\nMissed labels by kind (tuned):');
for (const [k, n] of [...labelKinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
console.log('\nMissed contrasts by cause (tuned; the first cause in CAUSE_ORDER):');
for (const [k, n] of [...contrastKinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
console.log('\nMissed contrasts by all their causes (tuned):');
for (const [k, n] of [...contrastMixes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
