/**
 * Per tuned dev case (unseen cases are never opened), the annotated actors both languages name that the
 * analysis did not merge into one actor, each with why, by the benchmark's own matching rule
 * (`scoreMergedActors`):
 * - not found in Arabic / in English: no actor of the analysis carries any of its names in that script;
 * - merged wrongly: its Arabic (or Latin) name sits on an actor that carries another annotated actor's
 *   name in the other script;
 * - apart, no word the bridge knows: both sides are actors, apart, and no word of the Latin names is an English
 *   word the bridge knows (a person's or place's name);
 * - apart, name not bridged: both sides are actors, apart, and the Latin names hold words of the language;
 * - acronym not expanded: the Latin names are acronyms only.
 *
 *   node bin/run-ts.mjs scripts/crosslang/actor-misses.ts [--case=NAME]
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { isBridgedEnglishWord } from '../../src/core/crosslang/bridge.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';

const only = process.argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
const arabicScript = (s: string) => /[\u0600-\u06FF]/u.test(s);
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0640]/gu, '')
    .replace(/[’'`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
// The benchmark's rule: equal, or the shorter (4 letters or more) a whole-word part of the longer.
const same = (x: string, y: string) => {
  const [a, b] = [norm(x), norm(y)];
  if (!a || !b) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (shorter.length >= 4 && ` ${longer} `.includes(` ${shorter} `));
};

type Actor = CaseAnalysis['actors'][number];
const namesOf = (a: Actor) => [a.name, ...(a.aliases ?? [])];

const tally = new Map<string, number>();
let total = 0;
for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (only && name !== only)) continue;
  const { inputs, annotations } = devCaseView(devCase, 'mixed');
  const analysis = analyzeCase(inputs);
  const inAny = (alias: string, arabic: boolean) => analysis.articles.some((a) => arabicScript(a.text.slice(0, 2000)) === arabic && a.text.includes(alias));
  const annotated = Object.entries(annotations.actors);
  const lines: string[] = [];
  for (const [actor, aliases] of annotated) {
    const ar = aliases.filter((a) => arabicScript(a) && inAny(a, true));
    const la = aliases.filter((a) => !arabicScript(a) && inAny(a, false));
    if (ar.length === 0 || la.length === 0) continue;
    total++;
    const holds = (names: string[]) => (c: Actor) => namesOf(c).some((n) => names.some((m) => same(n, m)));
    const arActors = analysis.actors.filter(holds(ar));
    const laActors = analysis.actors.filter(holds(la));
    if (arActors.some((c) => laActors.includes(c))) continue;
    // Another annotated actor whose name in the other script an actor carries.
    const otherOf = (c: Actor, arabic: boolean) =>
      annotated.find(([other, names]) => other !== actor && names.some((m) => arabicScript(m) === arabic && namesOf(c).some((n) => same(n, m))))?.[0];
    let why: string;
    if (arActors.length === 0 && laActors.length === 0) why = 'found in neither language';
    else if (arActors.length === 0) why = 'not found in Arabic';
    else if (laActors.length === 0) why = 'not found in English';
    else {
      const wrong = arActors.map((c) => otherOf(c, false)).find(Boolean) ?? laActors.map((c) => otherOf(c, true)).find(Boolean);
      if (wrong) why = `merged wrongly (with ${wrong})`;
      else if (la.every((l) => /^[A-Z.]{2,8}$/u.test(l))) why = 'acronym not expanded';
      else if (!la.some((l) => l.split(/\s+/u).some((w) => isBridgedEnglishWord(w.toLowerCase())))) why = 'apart, no word the bridge knows (transliteration or vocabulary)';
      else why = 'apart, name not bridged';
    }
    tally.set(why.replace(/ \(.*/u, ''), (tally.get(why.replace(/ \(.*/u, '')) ?? 0) + 1);
    const shown = (cs: Actor[]) => cs.map((c) => namesOf(c).slice(0, 4).join(' | ')).join(' ; ') || '–';
    lines.push(`  - ${actor}: ${why}\n      annotated: ${la.join(' | ')} / ${ar.join(' | ')}\n      Arabic side: ${shown(arActors)}\n      Latin side: ${shown(laActors)}`);
  }
  console.log(`${name}: ${lines.length} not merged`);
  for (const l of lines) console.log(l);
}
const missed = [...tally.values()].reduce((s, n) => s + n, 0);
console.log(`\nTuned: ${total - missed}/${total} merged; not merged by why: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
