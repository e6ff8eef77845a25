/**
 * Prints the claims (source, cue, content), rows and word scores of a few short articles given as JSON
 * ({"a": ["sentence", …], …}), to see how sentences one writes are aligned.
 * Run: node bin/run-ts.mjs scripts/align/probe-text.ts '{"a":["…"],"b":["…"]}' [en|ar]
 */
import { analyzeCase } from '../../src/core/analyze.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
const texts: Record<string, string[]> = JSON.parse(process.argv[2]!);
const lang = (process.argv[3] ?? 'en') as 'en' | 'ar';
const inputs = Object.entries(texts).map(([id, lines]) => ({ id, raw: lines.join('\n\n'), format: 'text' as const, language: lang }));
const analysis = analyzeCase(inputs);
for (const a of analysis.articles) for (const c of a.claims) {
  const at = c.attribution;
  console.log(c.id, '|', c.text, '|', at ? `src=${at.source.text} cue=${at.cue.text} (${at.cue.lemma}) content=${at.content ? c.text.slice(at.content.start - c.start, at.content.end - c.start) : '-'}` : 'own');
}
for (const r of analysis.rows) console.log('ROW', r.claimIds.join(' '));
const p = prepareCase(analysis.articles, { entities: resolveEntities(analysis.articles), ...JSON.parse(process.argv[4] ?? '{}') });
for (let i = 0; i < p.claims.length; i++) for (let j = i + 1; j < p.claims.length; j++) if (p.claims[i]!.articleId !== p.claims[j]!.articleId) {
  const s = p.score(i, j); if (s > 0.05) console.log('pair', s.toFixed(3), '|', p.claims[i]!.text.slice(0, 60), '||', p.claims[j]!.text.slice(0, 60));
}
