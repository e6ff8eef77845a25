/**
 * Prints the actors and labels Parallax finds in a few invented articles (one per argument, "lang:text"),
 * to try a rule on sentences one writes before a unit test holds it.
 * Run: node bin/run-ts.mjs scripts/actors/probe.ts 'en:First article.' 'en:Second article.'
 */
import { findActors } from '../../src/core/actors/index.ts';
import { buildArticle } from '../../test/core/align/build.ts';
import type { LanguageCode } from '../../src/core/types.ts';

const articles = process.argv.slice(2).map((arg, n) => {
  const [lang, ...rest] = arg.split(':');
  return buildArticle(`a${n + 1}`, rest.join(':'), lang as LanguageCode);
});
for (const a of findActors(articles)) {
  console.log(`${a.id} «${a.name}» aliases=${JSON.stringify(a.aliases ?? [])}`);
  for (const l of a.labels) console.log(`    ${l.articleId} «${l.text}» key=${l.key} form=${l.form ?? '-'} ${l.origin} ${l.stance}`);
}
