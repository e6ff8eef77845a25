/**
 * A fitted pair scorer: logistic regression over what one similarity pass sees of a pair (cosine,
 * class matches, the rarest shared word, figures, years, places, lengths, question, negation). The
 * coefficients are fitted by scripts/align/fit-scorer.ts on ANS train and the tuned dev cases and
 * shipped in align/scorer.json; nothing here names a story.
 */
import model from './scorer.json' with { type: 'json' };
import { lastPair } from './vectors.ts';

/** A fitted model: one weight per feature of FEATURE_NAMES (in that order), its bias and join threshold. */
export interface FittedModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Probability at which two units join a row. */
  threshold: number;
  /** Word score a pair must also reach (the model re-ranks pairs the words already bring near; 0: none). */
  minScore: number;
  /**
   * 'replace': the model's probability decides every join. 'rescue': pairs at the word threshold join as
   * before, and the model adds pairs below it (at least `minScore`, probability ≥ `threshold`).
   */
  mode: string;
}

/** The features, in the order of `pairFeatures`' output. */
export const FEATURE_NAMES = [
  'score',
  'sqrtScore',
  'cosine',
  'classPart',
  'logShared',
  'rarity',
  'sharedFigure',
  'figureClash',
  'yearClash',
  'placeClash',
  'lengthRatio',
  'logShorter',
  'logLonger',
  'question',
  'negationClash',
  'coverShorter',
  'coverLonger',
] as const;

/** The shipped model (align/scorer.json). */
export const FITTED_MODEL: FittedModel = model;

/** Per-unit facts the features need beside the vector space. */
export interface UnitFacts {
  question: readonly boolean[];
  negated: readonly boolean[];
  /** Units in the case (for the rarity of a document frequency). */
  count: number;
}

/**
 * Fills `out` with the features of units i and j, from the `similarity` call that just gave `score`.
 * @example const s = score(i, j); pairFeatures(s, i, j, facts, out)
 */
export function pairFeatures(score: number, i: number, j: number, facts: UnitFacts, out: Float64Array): Float64Array {
  const p = lastPair;
  const shorter = Math.max(1, Math.min(p.sizeA, p.sizeB));
  const longer = Math.max(1, p.sizeA, p.sizeB);
  const idfMax = Math.log(1 + facts.count);
  out[0] = score;
  out[1] = Math.sqrt(score);
  out[2] = p.cosine;
  out[3] = p.classPart;
  out[4] = Math.log1p(p.shared);
  out[5] = p.shared > 0 && idfMax > 0 ? Math.log(1 + facts.count / Math.max(1, p.minSharedDf)) / idfMax : 0;
  out[6] = p.sharedFigures > 0 ? 1 : 0;
  out[7] = p.figureClash ? 1 : 0;
  out[8] = p.yearClash ? 1 : 0;
  out[9] = p.placeClash ? 1 : 0;
  out[10] = shorter / longer;
  out[11] = Math.log(shorter);
  out[12] = Math.log(longer);
  out[13] = facts.question[i] || facts.question[j] ? 1 : 0;
  out[14] = facts.negated[i] !== facts.negated[j] ? 1 : 0;
  // Shares of each claim's terms the pair shares: a long sentence meets many words of a story by chance.
  out[15] = Math.min(1, p.shared / shorter);
  out[16] = Math.min(1, p.shared / longer);
  return out;
}

/**
 * The model's probability that two units state one proposition, from their features.
 * @example fittedProbability(FITTED_MODEL, features) // 0.83
 */
export function fittedProbability(model: FittedModel, features: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
