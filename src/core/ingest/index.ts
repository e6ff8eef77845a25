/**
 * Stage 1, Ingest: raw input (plain text, Markdown or a saved HTML page) → the article body as clean
 * text, the metadata the page states, and every line of page furniture dropped (with its reason).
 */
import { filterFurniture } from './furniture/filter.ts';
import { htmlToText } from './html.ts';
import { markdownToText } from './markdown.ts';
import { plainMeta } from './plain-meta.ts';
import { sniffFormat } from './sniff.ts';
import { validateRaw } from './validate.ts';
import { normalizeWhitespace } from './whitespace.ts';
import type { ArticleFormat, ArticleInput, IngestedArticle, Result } from '../types.ts';

export { sniffFormat } from './sniff.ts';
export { normalizeWhitespace } from './whitespace.ts';
export { filterFurniture } from './furniture/filter.ts';

type Meta = Pick<IngestedArticle, 'title' | 'outlet' | 'date' | 'byline'>;
const META_KEYS = ['title', 'outlet', 'date', 'byline'] as const;

/**
 * Ingests one article: validates it, converts it to text by format (sniffed when not given), normalises
 * whitespace, drops page furniture and collects metadata (what the user states wins over the page).
 * @example ingestArticle({ id: 'a', raw: 'Share this article\n\nThe minister said the talks failed.' })
 */
export function ingestArticle(input: ArticleInput): Result<IngestedArticle> {
  const valid = validateRaw(input.raw);
  if (!valid.ok) return valid;
  const format: ArticleFormat = input.format ?? sniffFormat(input.raw, input.fileName);
  const warnings: string[] = [];
  const pageMeta: Meta = {};
  let converted: string;
  let captions: string[] = [];
  if (format === 'html') {
    const html = htmlToText(input.raw);
    if (!html.ok) return html;
    converted = html.data.text;
    warnings.push(...html.data.warnings);
    captions = html.data.captions;
    for (const key of META_KEYS) if (html.data[key]) pageMeta[key] = html.data[key];
  } else if (format === 'markdown') {
    const md = markdownToText(input.raw);
    converted = md.text;
    for (const key of META_KEYS) if (md[key]) pageMeta[key] = md[key];
  } else {
    converted = input.raw;
  }
  const normalized = normalizeWhitespace(converted);
  if (!normalized) return { ok: false, reason: `the ${format === 'html' ? 'HTML page' : format === 'markdown' ? 'Markdown' : 'text'} has no text once converted` };
  const knownTitle = input.title ?? pageMeta.title;
  // Readability's body rarely repeats the page's title; its first short line is a deck or subheading.
  const detectTitle = !(format === 'html' && pageMeta.title);
  // The headline above the body stays in the text, marked, to be read as the article's title claim.
  const outlet = plainMeta(input.outlet) ?? plainMeta(pageMeta.outlet);
  const filtered = filterFurniture(normalized, { ...(knownTitle ? { knownTitle } : {}), ...(outlet ? { outlet } : {}), detectTitle, keepTitle: true });
  if (!filtered.text.trim()) {
    return { ok: false, reason: `no article text found: all ${filtered.removed.length} lines looked like page furniture (menus, notices, links)` };
  }
  const removedChars = filtered.removed.reduce((n, r) => n + r.text.length, 0);
  if (filtered.removed.length >= 10 && removedChars > filtered.text.length) {
    warnings.push(`More text was removed as page furniture (${filtered.removed.length} lines) than kept; check the removed lines.`);
  }
  const removed = [...captions.map((text) => ({ text, reason: 'caption' as const })), ...filtered.removed];
  const article: IngestedArticle = { id: input.id, format, text: filtered.text, removed, warnings };
  if (filtered.titleSpan) article.titleSpan = filtered.titleSpan;
  for (const key of META_KEYS) {
    const value = plainMeta(input[key]) ?? plainMeta(pageMeta[key]) ?? plainMeta(filtered[key]);
    if (value) article[key] = value;
  }
  return { ok: true, data: article };
}
