/**
 * Names across scripts, checked against the case: where a case mixes Arabic-script and Latin-script
 * articles, a run of Arabic words whose consonant skeleton is that of a name the Latin articles use
 * ("عبد الفتاح السيسي" / "Abdel Fattah el-Sisi") becomes one more alias of that name. Arabic has no
 * capitals to tell a name from a word, so a lone Arabic word counts only when the bridge dictionary
 * does not know it as a common word.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { englishForNoun } from '../crosslang/bridge.ts';
import { nameSkeleton } from './skeleton.ts';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;
/** Longest run of Arabic words tried as one name. */
const MAX_WORDS = 3;
/** A lone word needs this many consonants to be taken for a name (short skeletons collide). */
const MIN_LONE_SKELETON = 3;
const MIN_SKELETON = 4;

/**
 * Adds to each name of the Latin-script articles the Arabic spellings the case uses for it.
 * @example addCrossScriptAliases(texts, candidates) // a candidate "Yusuf Haddad" gains ['يوسف', 'حداد']
 */
export function addCrossScriptAliases(texts: readonly CaseText[], candidates: ActorCandidate[]): void {
  const arabicTexts = texts.filter((t) => t.tokens.some((tok) => ARABIC_SCRIPT.test(tok.key)));
  if (arabicTexts.length === 0 || arabicTexts.length === texts.length) return;
  // Skeleton of each Latin alias → the candidates it names (a skeleton two names share is ambiguous).
  const bySkeleton = new Map<string, Set<number>>();
  candidates.forEach((c, n) => {
    for (const alias of c.aliases) {
      if (alias.length > MAX_WORDS || alias.some((w) => ARABIC_SCRIPT.test(w))) continue;
      const skeleton = nameSkeleton(alias);
      if (skeleton.length < (alias.length === 1 ? MIN_LONE_SKELETON : MIN_SKELETON)) continue;
      (bySkeleton.get(skeleton) ?? bySkeleton.set(skeleton, new Set()).get(skeleton)!).add(n);
    }
  });
  // One-word place names by the word itself: the bridge gives CLDR's name of a country first ("مصر" → "egypt").
  const placeByWord = new Map<string, number>();
  candidates.forEach((c, n) => {
    if (c.kind !== 'place' && c.kind !== 'other') return;
    for (const alias of c.aliases) if (alias.length === 1 && !ARABIC_SCRIPT.test(alias[0]!)) placeByWord.set(alias[0]!, n);
  });
  if (bySkeleton.size === 0 && placeByWord.size === 0) return;
  const known = candidates.map((c) => new Set(c.aliases.map((a) => a.join(' '))));
  for (const text of arabicTexts) {
    const { tokens } = text;
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        const words = tokens.slice(i, i + n);
        if (words.some((w, k) => (k > 0 && w.breakBefore) || !ARABIC_SCRIPT.test(w.key))) continue;
        const english = n === 1 ? englishForNoun(words[0]!.key) : [];
        const place = english.length > 0 ? placeByWord.get(english[0]!) : undefined;
        if (n === 1 && english.length > 0 && place === undefined) continue;
        const owners = place !== undefined ? new Set([place]) : bySkeleton.get(nameSkeleton(words.map((w) => w.key)));
        if (!owners || owners.size !== 1) continue;
        const owner = [...owners][0]!;
        const alias = words.map((w) => w.key);
        if (!known[owner]!.has(alias.join(' '))) {
          known[owner]!.add(alias.join(' '));
          candidates[owner]!.aliases.push(alias);
        }
        const spelling = text.text.slice(words[0]!.start, words[n - 1]!.end);
        const candidate = candidates[owner]!;
        candidate.spellings.set(spelling, (candidate.spellings.get(spelling) ?? 0) + 1);
        candidate.articles?.add(text.articleIndex);
        i += n - 1;
        break;
      }
    }
  }
}
