/**
 * Who relays whom across a case: a relay chain's outlet that is itself an article of the case
 * ("نقلت «الغد» عن …" in a case holding an article of «الغد») links the claim to that article.
 */
import { nameSimilarity } from '../crosslang/names.ts';
import { LANGUAGES } from '../lang/registry.ts';
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
    const own = outlets.filter((o) => o.id === article.id);
    const mainName = (article.outlet ?? '').split(/[()]/u)[0]!.trim();
    const isOwn = (l: { text: string; kind: string }) => l.kind === 'media' && (own.some((o) => holds(nameWords(l.text), o.words)) || ownAcrossScripts(l.text, mainName));
    for (const claim of article.claims) {
      const a = claim.attribution;
      let chain = a?.chain;
      if (!a || !chain) continue;
      // "قال مسؤول لـ«الشرق الأوسط»" in that outlet's own article: the outlet is no relay of itself.
      if (chain.some(isOwn)) {
        chain = chain.filter((l) => !isOwn(l));
        if (chain.some((l) => l.kind === 'media')) a.chain = chain;
        else delete a.chain;
        continue;
      }
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

/** Words that say what kind of outlet relays ("the agency"), not which: every language's attribution.json `outletWords`. */
const ORIGIN_NOISE: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.attribution.outletWords).map(foldForMatch));

/** How closely an outlet named in another script must match the article's own outlet ("الجزيرة" / "Al Jazeera"). */
const OWN_NAME_SIMILARITY = 0.9;

/**
 * Whether a relayed outlet written in one script is the article's own outlet named in another (its
 * main name, before any bracketed note): the outlet nouns ("وكالة", "the agency") are left out first.
 */
function ownAcrossScripts(linkText: string, outletName: string): boolean {
  if (!outletName) return false;
  const words = nameWords(linkText).filter((w) => !ORIGIN_NOISE.has(w));
  if (words.length === 0 || /\p{Script=Latin}/u.test(words.join('')) === /\p{Script=Latin}/u.test(outletName)) return false;
  return nameSimilarity(words.join(' '), outletName) >= OWN_NAME_SIMILARITY;
}

/** Where a claim's words come from, as far as the text says: the outermost relayed outlet, else the source. */
export interface Origin {
  /** Folded key, so "وكالة «رويترز»" and "رويترز"-only wordings of one outlet can meet. */
  key: string;
  text: string;
  articleId?: string;
}

/**
 * The origin of a claim: its relay chain's first link (an outlet or agency), or null when nothing is relayed.
 * @example relayOrigin(claim) // { key: 'رويترز', text: 'وكالة رويترز' }
 */
export function relayOrigin(claim: { attribution: { chain?: readonly { text: string; kind: string; articleId?: string }[] } | null }): Origin | null {
  const link = claim.attribution?.chain?.[0];
  if (!link || link.kind !== 'media') return null;
  const words = nameWords(link.text).filter((w) => !ORIGIN_NOISE.has(w));
  const key = link.articleId !== undefined ? `article:${link.articleId}` : (words.length ? words : nameWords(link.text)).join(' ');
  return { key, text: link.text, ...(link.articleId !== undefined ? { articleId: link.articleId } : {}) };
}

/**
 * The one origin all the given claims (a row's, from two outlets or more) trace back to, or null.
 * @example commonOrigin([claimRelayingReutersA, claimRelayingReutersB])?.text // 'Reuters'
 */
export function commonOrigin(claims: readonly Parameters<typeof relayOrigin>[0][]): Origin | null {
  let origin: Origin | null = null;
  for (const claim of claims) {
    const o = relayOrigin(claim);
    if (!o || (origin && o.key !== origin.key)) return null;
    origin ??= o;
  }
  return claims.length > 1 ? origin : null;
}
