export { foldForMatch, foldWithMap, toOriginalRange } from './fold.ts';
export type { FoldedText } from './fold.ts';
export { wordNorms, wordSpans, wordTokens } from './tokens.ts';
export type { Token } from './tokens.ts';
