import { ingestArticle } from './ingest/index.ts';
import { detectLanguage } from './language/index.ts';
import { LIMITS } from './limits.ts';
import type { ArticleInput, IngestedArticle, LanguageCode, Result } from './types.ts';

/** An article cleaned and its language known: what the analysis starts from. */
export interface PreparedArticle {
  ingested: IngestedArticle;
  language: LanguageCode;
}

// Kept from caseLanguages for the analysis that follows, so an article is cleaned once (taken on use).
const prepared = new WeakMap<ArticleInput, { language: LanguageCode | 'auto'; result: Result<PreparedArticle> }>();

function prepare(input: ArticleInput, language: LanguageCode | 'auto'): Result<PreparedArticle> {
  if (input.raw.length > LIMITS.maxRawChars) {
    return { ok: false, reason: `too large (${input.raw.length.toLocaleString('en')} characters; the limit is ${LIMITS.maxRawChars.toLocaleString('en')})` };
  }
  const ingested = ingestArticle(input);
  if (!ingested.ok) return ingested;
  const { text } = ingested.data;
  if (text.length > LIMITS.maxArticleChars) {
    return { ok: false, reason: `article text too long (${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.maxArticleChars.toLocaleString('en')})` };
  }
  const stated = language !== 'auto' ? language : input.language && input.language !== 'auto' ? input.language : undefined;
  return { ok: true, data: { ingested: ingested.data, language: stated ?? detectLanguage(text) } };
}

/**
 * An article cleaned (limits checked) and its language, stated or detected; reuses what caseLanguages
 * worked out for the same input object. Example: prepareArticle({ id: 'a', raw: 'The talks failed.' }).ok
 */
export function prepareArticle(input: ArticleInput, language: LanguageCode | 'auto' = 'auto'): Result<PreparedArticle> {
  const kept = prepared.get(input);
  if (kept) {
    prepared.delete(input);
    if (kept.language === language) return kept.result;
  }
  return prepare(input, language);
}

/**
 * The languages a case's articles are in, as the analysis will read them: the data to load before it
 * (the worker loads only these). Needs no language data itself. Articles are cleaned once: the next
 * analysis of the same input objects reuses the work.
 * Example: caseLanguages([{ id: 'a', raw: 'The minister said the talks failed.' }]) // ['en']
 */
export function caseLanguages(inputs: readonly ArticleInput[], language: LanguageCode | 'auto' = 'auto'): LanguageCode[] {
  const languages = new Set<LanguageCode>();
  for (const input of inputs.slice(0, LIMITS.maxArticles)) {
    const result = prepare(input, language);
    prepared.set(input, { language, result });
    if (result.ok) languages.add(result.data.language);
  }
  return [...languages];
}
