/**
 * Counts the cross-language misses of the *tuned* dev cases only (unseen cases are never opened): actors
 * named in both scripts that stay apart, by kind, and annotated cross-language row pairs that are not
 * joined, by why (a member is no claim, the two share fewer than two anchors, or they share enough
 * but lose in scoring / best-partner choice / the one-outlet rule).
 *
 *   node bin/run-ts.mjs scripts/crosslang/misses.ts [--pairs]   (--pairs: list each missed pair's shared anchors)
 */
import { claimsOf, norm, tunedMixedCases } from './snippets.ts';
import { claimAnchors } from '../../src/core/crosslang/anchors.ts';
import { eventAnchors } from '../../src/core/crosslang/events.ts';
import type { Claim } from '../../src/core/types.ts';

const showPairs = process.argv.includes('--pairs');
const arabic = (s: string) => /[\u0600-\u06FF]/.test(s);

const kindOf = (latin: string[]): string => {
  if (latin.some((l) => /^[A-Z]{2,6}$/.test(l))) return 'acronym';
  const words = Math.max(...latin.map((l) => l.split(/\s+/).length));
  return words === 1 ? 'one-word name' : 'multiword name';
};

const actorMisses = new Map<string, string[]>();
const aliasMisses: string[] = [];
const rowMisses = { noClaim: 0, fewAnchors: 0, figuresNotFolded: 0, scoring: 0, found: 0, total: 0 };
const latinDigits = (s: string) => s.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/٫/gu, '.').replace(/٬/gu, ',');
const anchorKinds = new Map<string, number>();
for (const { name, annotations, analysis, languageOf } of tunedMixedCases()) {
  for (const [actor, aliases] of Object.entries(annotations.actors)) {
    const inText = (alias: string, ar: boolean) => analysis.articles.some((a) => (a.language === 'ar') === ar && a.text.includes(alias));
    const ar = aliases.filter((a) => arabic(a) && inText(a, true));
    const la = aliases.filter((a) => !arabic(a) && inText(a, false));
    if (ar.length === 0 || la.length === 0) continue;
    const names = (c: (typeof analysis.actors)[number]) => [c.name, ...(c.aliases ?? [])].map(norm);
    const merged = analysis.actors.some((c) => names(c).some((n) => ar.some((a) => n === norm(a))) && names(c).some((n) => la.some((l) => n === norm(l) || (n.length >= 4 && ` ${norm(l)} `.includes(` ${n} `)))));
    if (merged) {
      // Which of its names, present in the texts, the merged actor still lacks.
      const actorOf = analysis.actors.find((c) => names(c).some((n) => ar.some((a) => n === norm(a))));
      for (const alias of [...ar, ...la]) if (actorOf && !names(actorOf).includes(norm(alias))) aliasMisses.push(`${name}: ${actor} lacks «${alias}»`);
      continue;
    }
    const kind = kindOf(la);
    actorMisses.set(kind, [...(actorMisses.get(kind) ?? []), `${name}: ${actor} (${la.join(' | ')} / ${ar.join(' | ')})`]);
  }
  const rowOf = new Map<string, Set<string>>();
  for (const row of analysis.rows) for (const id of row.claimIds) (rowOf.get(id) ?? rowOf.set(id, new Set()).get(id)!).add(row.id);
  for (const row of annotations.rows) {
    for (let i = 0; i < row.members.length; i++) {
      for (let j = i + 1; j < row.members.length; j++) {
        const [a, b] = [row.members[i]!, row.members[j]!];
        if (languageOf.get(a.articleId) === languageOf.get(b.articleId)) continue;
        rowMisses.total++;
        const [ca, cb] = [claimsOf(analysis, a.articleId, a.claim), claimsOf(analysis, b.articleId, b.claim)];
        if (ca.some((x) => cb.some((y) => [...(rowOf.get(x.id) ?? [])].some((r) => rowOf.get(y.id)?.has(r))))) {
          rowMisses.found++;
          continue;
        }
        if (ca.length === 0 || cb.length === 0) {
          rowMisses.noClaim++;
          continue;
        }
        const ka = new Set(ca.flatMap((c) => [...claimAnchors(c.text, languageOf.get(a.articleId)!), ...eventAnchors(c.text, languageOf.get(a.articleId)!)].map((x) => x.key)));
        const shared = [...new Set(cb.flatMap((c) => [...claimAnchors(c.text, languageOf.get(b.articleId)!), ...eventAnchors(c.text, languageOf.get(b.articleId)!)].map((x) => x.key)))].filter((k) => ka.has(k));
        for (const k of shared) anchorKinds.set(k.slice(0, 2), (anchorKinds.get(k.slice(0, 2)) ?? 0) + 1);
        if (shared.length < 2) {
          rowMisses.fewAnchors++;
          // A figure both claims write (digits of either script) that became no shared anchor.
          const figures = (cs: Claim[]) => new Set(cs.flatMap((c) => latinDigits(c.text).match(/\d+(?:[.,]\d+)?/gu) ?? []).map((f) => f.replace(/,/gu, '')));
          const fa = figures(ca);
          if ([...figures(cb)].some((f) => fa.has(f)) && !shared.some((k) => k.startsWith('q:'))) rowMisses.figuresNotFolded++;
        } else rowMisses.scoring++;
        if (showPairs) console.log(`${name} ${row.id} ${a.articleId}×${b.articleId}: shared ${shared.join(' ') || '—'}\n   ${ca[0]!.text.slice(0, 160)}\n   ${cb[0]!.text.slice(0, 160)}`);
      }
    }
  }
}
console.log('Tuned cases only.\nActors named in both scripts, not merged:');
for (const [kind, list] of actorMisses) {
  console.log(`  ${kind}: ${list.length}`);
  for (const l of list) console.log(`    - ${l}`);
}
console.log(`Names of merged actors the actor lacks: ${aliasMisses.length}`);
for (const l of aliasMisses) console.log(`    - ${l}`);
console.log(`Cross-language row pairs: ${rowMisses.total} annotated, ${rowMisses.found} joined; missed: member no claim ${rowMisses.noClaim}, < 2 shared anchors ${rowMisses.fewAnchors} (of which a figure both write, not shared as an anchor: ${rowMisses.figuresNotFolded}), enough anchors but not joined ${rowMisses.scoring}`);
console.log(`Shared anchor kinds over missed pairs: ${[...anchorKinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
