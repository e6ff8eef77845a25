/**
 * Who relays whom across a case: a relay chain's outlet that is itself an article of the case
 * ("نقلت «الغد» عن …" in a case holding an article of «الغد») links the claim to that article.
 */
import { foldForMatch } from '../normalize/index.ts';
import type { AnalyzedArticle } from '../types.ts';

/** Folded words of a name, without quotation marks and punctuation. */
function nameWords(name: string): string[] {
  return foldForMatch(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

/** Whether `words` holds `name` as a run of whole words ("صحيفة الغد" holds "الغد"). */
function holds(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) {
    let k = 0;
    while (k < name.length && words[i + k] === name[k]) k++;
    if (k === name.length) return true;
  }
  return false;
}

/**
 * Sets `articleId` on the media links of relay chains that name another article's outlet (in place).
 * @example linkRelays(articles) // a claim of "a" relaying «الغد» gets chain[0].articleId === 'b'
 */
export function linkRelays(articles: readonly AnalyzedArticle[]): void {
  // "Asharq Al-Awsat (الشرق الأوسط)": the name in parentheses is another name of the same outlet.
  const outlets = articles
    .flatMap((a) => (a.outlet ?? '').split(/[()]/u).map((name) => ({ id: a.id, words: nameWords(name) })))
    .filter((o) => o.words.join('').length >= 2);
  if (outlets.length === 0) return;
  for (const article of articles) {
    for (const claim of article.claims) {
      const chain = claim.attribution?.chain;
      if (!chain) continue;
      for (const link of chain) {
        if (link.kind !== 'media') continue;
        const words = nameWords(link.text);
        // The longest outlet name the link holds wins ("The New York Times" over "Times").
        let best: { id: string; words: string[] } | undefined;
        for (const o of outlets) if (o.id !== article.id && holds(words, o.words) && (!best || o.words.length > best.words.length)) best = o;
        if (best) link.articleId = best.id;
      }
    }
  }
}
