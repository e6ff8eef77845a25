/**
 * Names an article equates in so many words: "X, also known as Y", "X (also called Y)", «X المعروفة
 * بـY», «X أو ما يعرف بـY». Two outlets may call one group by names that share no word; only text that
 * joins them can make them one actor. The same phrases tie an epithet to the name after it ("local
 * fighters, known as the Y", «"المرتزقة" في إشارة إلى Y»).
 */
import type { ActorCandidate, CaseText } from './discover.ts';
import type { Mention } from './mentions.ts';
import { candidateJoins } from './joins.ts';

/** Plain words allowed between a name and "known as" ("X umbrella group, also known as Y"). */
const RUN_ON = 2;
/** Tokens between an epithet and "referring to"/"known as" ("mercenaries and militias, referring to Y"). */
const EPITHET_GAP = 3;

/**
 * The token where the name after an equating phrase starting at `k` begins ("known as [the] Y",
 * «المعروفة بـY»), or -1 when no such phrase starts at `k`.
 * @example knownAsNameAt(text, 3) // 6 for "X, also known as the Y"
 */
export function knownAsNameAt(c: CaseText, k: number): number {
  const { tokens, data } = c;
  const direct = data.knownAs.match(tokens, k);
  const glued = direct ? null : data.knownAsGlued.match(tokens, k);
  const phrase = direct ?? glued;
  if (!phrase) return -1;
  for (let j = k + 1; j < k + phrase.length; j++) if (tokens[j]!.breakBefore) return -1;
  let n = k + phrase.length;
  if (n >= tokens.length || (tokens[n]!.breakBefore && !tokens[n]!.commaBefore && !quotedBetween(c, n))) return -1;
  if (glued && data.knownAsPrepositions.has(tokens[n]!.key) && n + 1 < tokens.length && !tokens[n + 1]!.breakBefore) n++;
  else if (glued && !tokens[n]!.clitic) return -1;
  if (direct && data.determiners.has(tokens[n]!.key) && n + 1 < tokens.length && !tokens[n + 1]!.breakBefore) n++;
  return n;
}

/**
 * A person is one with a person or a bare name ("X, known as Abu Y"), a group with a group or a bare
 * name; a capitalised name never titled may be either ("the Korvan Y, also known as the Z Forces").
 */
function compatible(a: ActorCandidate, b: ActorCandidate): boolean {
  const kind = (x: ActorCandidate): string => (x.kind === 'person' && !x.titled ? 'other' : x.kind);
  const [x, y] = [kind(a), kind(b)];
  return x === y || x === 'other' || y === 'other';
}

function quotedBetween(c: CaseText, n: number): boolean {
  const gap = c.text.slice(c.tokens[n - 1]!.end, c.tokens[n]!.start);
  return /^[\s"'«»“”‘’]*$/u.test(gap);
}

/**
 * The first token of the name an epithet ending at `last` stands for, when the article says so right
 * after it ("…militias," referring to the Y; "pro-army fighters, known as the Y"), else -1.
 */
export function namedAfterEpithet(c: CaseText, last: number, startsName: (k: number) => boolean): number {
  for (let k = last + 1; k < c.tokens.length && k <= last + 1 + EPITHET_GAP; k++) {
    if (c.tokens[k]!.sentenceStart) return -1;
    const at = knownAsNameAt(c, k);
    if (at >= 0) return startsName(at) ? at : -1;
  }
  return -1;
}

/**
 * Joins the candidates of names an article equates ("X, also known as Y"): Y's aliases and mentions go
 * to X. A person is joined only with a person ("X, known as Abu Y"), a group only with a group.
 * @example joinKnownAs(texts, candidates, mentions) // "Velmar Shield, also known as the Dorvan Forces" → one candidate
 */
export function joinKnownAs(texts: readonly CaseText[], candidates: ActorCandidate[], mentions: Mention[]): void {
  // Per article, the name mention starting at each token (numeric keys: no string built per word).
  const startingAt: Map<number, Mention>[] = [];
  for (const m of mentions) if (m.kind === 'name') (startingAt[m.article] ??= new Map()).set(m.first, m);
  const joins = candidateJoins(candidates, mentions);
  const { find } = joins;
  for (const a of mentions) {
    if (a.kind !== 'name') continue;
    const c = texts[a.article]!;
    const { tokens } = c;
    // The name, up to two plain words that run on from it ("X umbrella group"), then the phrase.
    for (let k = a.last + 1; k < tokens.length && k <= a.last + 1 + RUN_ON; k++) {
      const at = knownAsNameAt(c, k);
      if (at >= 0) {
        const b = startingAt[a.article]!.get(at);
        if (b && find(a.actor) !== find(b.actor) && compatible(candidates[a.actor]!, candidates[b.actor]!)) {
          joins.join(a.actor, b.actor);
        }
        break;
      }
      const t = tokens[k]!;
      if (t.breakBefore || t.capitalised || t.clitic || startingAt[a.article]!.has(k)) break;
    }
  }
  joins.apply((target, source) => {
    // The joined name tells what it is: a group's head noun or a person's title wins over a bare name.
    if (target.kind === 'other' || (target.kind === 'person' && !target.titled && source.kind !== 'other')) target.kind = source.kind;
    if (source.titled) target.titled = true;
    if (source.head !== undefined) target.head ??= source.head;
  });
}
