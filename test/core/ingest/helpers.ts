/** Test helpers for the ingest stage: fixture reading and a success-unwrapping ingest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../../src/core/ingest/index.ts';
import type { ArticleInput, IngestedArticle } from '../../../src/core/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Ingests and fails the test with the reason when ingest refuses the input. */
export function ingestOk(input: Omit<ArticleInput, 'id'> & { id?: string }): IngestedArticle {
  const result = ingestArticle({ id: 'test', ...input });
  if (!result.ok) throw new Error(`ingest refused: ${result.reason}`);
  return result.data;
}

/** The removed lines as "reason: text" strings, for compact assertions. */
export function removedOf(article: IngestedArticle): string[] {
  return article.removed.map((r) => `${r.reason}: ${r.text}`);
}

export interface FixtureAnnotation {
  articleId: string;
  ownVoice: string[];
  headings: string[];
  furniture: string[];
  attributions: { claim: string; source: string; cue: string }[];
}

export function readAnnotation(articleId: string): FixtureAnnotation {
  return JSON.parse(readFixture('annotations', `${articleId}.json`)) as FixtureAnnotation;
}
