/**
 * Claims split off a sentence's first report: "X said A, adding that B", "…، مؤكدا أن …". The clause is
 * a claim of its own (same speaker, the participle as its cue); later stages may want to know that it
 * goes on from the claim before it.
 */
import type { Claim } from '../types.ts';

/** The rule name sentence.ts gives a participle clause with content of its own. */
export const PARTICIPLE_CLAUSE_RULE = 'participle-clause';

/**
 * Whether a claim is a participle clause going on from the claim before it in its sentence.
 * @example continuesSentenceClaim(claims[3], claims[2]) // "…, مؤكدا أن …" after "وقال X إن …" → true
 */
export function continuesSentenceClaim(claim: Pick<Claim, 'attribution' | 'sentenceIndex'>, previous: Pick<Claim, 'attribution' | 'sentenceIndex'> | undefined): boolean {
  const rule = claim.attribution?.rule;
  if (!rule || !previous?.attribution || previous.sentenceIndex !== claim.sentenceIndex) return false;
  return rule === PARTICIPLE_CLAUSE_RULE || rule.startsWith(`${PARTICIPLE_CLAUSE_RULE}+`);
}
