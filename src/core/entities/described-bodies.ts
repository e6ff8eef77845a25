/**
 * A body one script names by its proper name and the other by a common noun: the Arabic articles write
 * «البرلمان» (parliament) where the English ones write the legislature's own name, and nothing in the
 * words ties the two (the bridge gives no "assembly" for «برلمان»). An English article often says it in
 * an apposition: "the X Assembly, the country's parliament, …". When the noun of such a description
 * translates the head of an Arabic institution that no Latin name shares that head with, the two are one
 * actor: the text equates them, so no list of bodies is needed.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { candidateJoins } from '../actors/joins.ts';
import type { Mention } from '../actors/mentions.ts';
import { isStopword } from '../align/terms.ts';
import { englishForNoun } from '../crosslang/bridge.ts';
import { wordMemo } from '../util/word-memo.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

/** English words of an Arabic head looked at (its commonest senses). */
const HEAD_WORDS = 2;
/** An Arabic head's first English words, once per head word (heads recur across candidates and cases). */
const headWordsOf = wordMemo((head) => englishForNoun(head).slice(0, HEAD_WORDS));
/** Words before the description's noun: a determiner, a possessive ("the country's"), or both. */
const MAX_LEAD = 2;

/**
 * Joins each Arabic institution named by a generic head to the Latin name an English apposition describes
 * by that head's English word ("X, the country's parliament,"), when that word is the head of one Arabic
 * institution only and of no Latin name.
 * @example joinDescribedBodies(texts, candidates, mentions) // "Velmar Assembly, the country's parliament" + «البرلمان» → one
 */
export function joinDescribedBodies(texts: readonly CaseText[], candidates: ActorCandidate[], mentions: Mention[]): void {
  // The descriptions first (a comma after a Latin name is rare): most cases have none, and nothing else is read.
  const described: { mention: Mention; noun: string }[] = [];
  for (const a of mentions) {
    if (a.kind !== 'name') continue;
    const text = texts[a.article]!;
    if (!text.tokens[a.last + 1]?.commaBefore || ARABIC_BLOCK.test(text.tokens[a.first]!.key)) continue;
    const named = candidates[a.actor]!;
    if (named.kind === 'person' || named.kind === 'place') continue;
    const noun = describingNoun(text, a.last + 1);
    if (noun !== undefined) described.push({ mention: a, noun });
  }
  if (described.length === 0) return;
  const { byHead, latinHeads } = institutionHeads(candidates);
  const joins = candidateJoins(candidates, mentions);
  let joined = false;
  for (const { mention, noun } of described) {
    if (latinHeads.has(noun)) continue;
    const owners = byHead.get(noun);
    if (owners?.size !== 1) continue;
    const [owner] = owners;
    if (joins.find(owner!) === joins.find(mention.actor)) continue;
    joins.join(mention.actor, owner!);
    joined = true;
  }
  if (joined) joins.apply(() => undefined);
}

/**
 * The case's institutions by their head: each Arabic-headed one under its head's first English words
 * («البرلمان» under "parliament"), and the heads Latin names use ("assembly").
 */
export function institutionHeads(candidates: readonly ActorCandidate[]): { byHead: Map<string, Set<number>>; latinHeads: Set<string> } {
  const byHead = new Map<string, Set<number>>();
  const latinHeads = new Set<string>();
  candidates.forEach((c, n) => {
    if (c.kind !== 'org' || !c.head || c.aliases.length === 0) return;
    if (!ARABIC_BLOCK.test(c.head)) {
      latinHeads.add(c.head);
      return;
    }
    for (const word of headWordsOf('ar', c.head)) (byHead.get(word) ?? byHead.set(word, new Set()).get(word)!).add(n);
  });
  return { byHead, latinHeads };
}

/**
 * The noun of a description in apposition starting at token k (after a comma: "the country's
 * parliament", "its legislature", then punctuation), or undefined.
 */
function describingNoun(text: CaseText, k: number): string | undefined {
  const { tokens, data } = text;
  if (k >= tokens.length || !tokens[k]!.commaBefore) return undefined;
  let h = k;
  // A definite determiner and a possessive may lead ("the", "its", "the country's"); an indefinite one
  // classifies rather than names ("X, a parliament member"; "X, an assembly").
  while (h < tokens.length && h - k < MAX_LEAD && ((data.determiners.has(tokens[h]!.key) && !data.indefinites.has(tokens[h]!.key)) || tokens[h]!.possessive)) h++;
  if (h === k || h >= tokens.length) return undefined;
  for (let j = k + 1; j <= h; j++) if (tokens[j]!.breakBefore) return undefined;
  const noun = tokens[h]!;
  if (noun.capitalised || noun.possessive || isStopword(noun.key, text.lang)) return undefined;
  // The description ends on its noun: punctuation, or the end of the text, follows.
  if (h + 1 < tokens.length && !tokens[h + 1]!.breakBefore) return undefined;
  return noun.key;
}
