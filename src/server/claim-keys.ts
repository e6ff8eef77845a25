/**
 * Blocking keys of a claim for the "where else was this reported?" index: the LSH band keys rows are
 * blocked on (MinHash over the claim's content stems), so a claim meets its likely matches in every
 * case of a team through an index lookup instead of a scan.
 */
import { DEFAULT_ALIGN_OPTIONS } from '../core/align/index.ts';
import { hashString, lshBandKeys, minhashSignature } from '../core/align/minhash.ts';
import { contentTerms } from '../core/align/terms.ts';
import type { LanguageCode } from '../core/types.ts';

const { bands, rows } = DEFAULT_ALIGN_OPTIONS;

/** Band keys as signed 32-bit integers (PostgreSQL's integer); none for a claim without content terms. */
export function claimKeys(text: string, language: LanguageCode): number[] {
  const elements = [...new Set(contentTerms(text, language).map((t) => hashString(t.stem)))];
  if (!elements.length) return [];
  return keysOfElements(elements);
}

/** Band keys of a set of element hashes (synthetic claims in the benchmark use this directly). */
export function keysOfElements(elements: readonly number[]): number[] {
  const keys = lshBandKeys(minhashSignature(elements, bands * rows), bands, rows);
  return [...new Int32Array(keys.buffer)];
}
