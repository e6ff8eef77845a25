/**
 * XSS payloads (fixtures/xss/payloads.json) through the core's ingest, in every place a hostile page can
 * put them: the article body, a page without an article element, a bare fragment, the <title>, meta
 * tags, JSON-LD, a byline, and Markdown. The ingest returns plain text; what must hold:
 * - the code of a page's scripts, event handlers and javascript:/data: URLs never reaches the text or
 *   the metadata (only what a browser would display as text may — jsdom is the reference);
 * - metadata (title, outlet, byline, date) holds no markup at all and no javascript: URL;
 * - nothing throws; a page is either text or a reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES_DIR } from '../../../fixtures/load.ts';
import { ingestArticle } from '../../../src/core/ingest/index.ts';
import type { ArticleFormat, IngestedArticle } from '../../../src/core/types.ts';

export interface Payload {
  id: string;
  html: string;
}

/** The code the payloads run (what `__X__` becomes), easy to find in output. */
export const MARK = 'top.__xss=1';
const MARKERS = /__xss/i;

/**
 * The payload corpus, `__X__` replaced by the marker code.
 * @example loadPayloads()[0] // { id: 'script-tag', html: '<script>top.__xss=1</script>' }
 */
export function loadPayloads(): Payload[] {
  const file = JSON.parse(readFileSync(join(FIXTURES_DIR, 'xss', 'payloads.json'), 'utf8')) as { payloads: Payload[] };
  return file.payloads.map((p) => ({ id: p.id, html: p.html.split('__X__').join(MARK) }));
}

// Ordinary article paragraphs around the payload, so Readability finds an article.
const PARAGRAPHS = [
  'The finance minister said on Tuesday that the budget talks with the opposition had failed after three days of meetings in the capital, and that a new round would not be scheduled before the end of the month.',
  'Opposition leaders denied the account, telling reporters that the government had walked out of the talks when the question of regional funding was raised for the second time.',
  'Independent observers who attended the sessions described the atmosphere as tense but said both sides had agreed on a timetable for publishing the disputed figures.',
];
const P = PARAGRAPHS.map((p) => `<p>${p}</p>`);

export interface Context {
  name: string;
  format: ArticleFormat;
  build: (payload: string) => string;
}

export const CONTEXTS: Context[] = [
  {
    name: 'article body',
    format: 'html',
    build: (x) => `<!doctype html><html><head><title>Budget talks fail</title></head><body><article><h1>Budget talks fail</h1>${P[0]}${x}${P[1]}${P[2]}</article></body></html>`,
  },
  { name: 'page without article', format: 'html', build: (x) => `<html><body><div>${x}</div><div>${P[0]}</div></body></html>` },
  { name: 'fragment', format: 'html', build: (x) => `${x}${P[0]}` },
  {
    name: 'title',
    format: 'html',
    build: (x) => `<!doctype html><html><head><title>${x}</title></head><body><article>${P.join('')}</article></body></html>`,
  },
  {
    name: 'meta tags',
    format: 'html',
    build: (x) =>
      `<!doctype html><html><head><meta property="og:site_name" content="${x}"><meta name="author" content="${x}"><meta property="og:title" content="${x}"><meta property="article:published_time" content="${x}"></head><body><article>${P.join('')}</article></body></html>`,
  },
  {
    name: 'JSON-LD',
    format: 'html',
    build: (x) =>
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: x, author: { name: x }, publisher: { name: x }, datePublished: x })}</script></head><body><article>${P.join('')}</article></body></html>`,
  },
  {
    name: 'byline',
    format: 'html',
    build: (x) => `<!doctype html><html><body><article><h1>Budget talks fail</h1><p class="byline author">By ${x}</p>${P.join('')}</article></body></html>`,
  },
  { name: 'markdown', format: 'markdown', build: (x) => `---\ntitle: ${x}\nauthor: ${x}\n---\n# Budget talks fail\n\n${PARAGRAPHS[0]}\n\n${x}\n\n${PARAGRAPHS[1]}` },
];

/** Text a browser would display for the page (never script, style or template content, never attributes). */
function displayedText(html: string, format: ArticleFormat): string {
  if (format !== 'html') return html;
  const { document } = new JSDOM(html).window;
  const parts: string[] = [];
  const walker = document.createTreeWalker(document, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, template, iframe, noembed, noframes, object')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

const MARKUP = /<\s*\/?\s*[a-z!?]/i;
const SCRIPT_URL = /(?:java|vb)script\s*:|data\s*:\s*text\/html/i;

/**
 * Violations for one payload in one context (empty: safe).
 * @example xssProblems(loadPayloads()[0]!, CONTEXTS[0]!) // []
 */
export function xssProblems(payload: Payload, context: Context): string[] {
  const raw = context.build(payload.html);
  let result: ReturnType<typeof ingestArticle>;
  try {
    result = ingestArticle({ id: 'x', raw, format: context.format });
  } catch (error) {
    return [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (!result.ok) return result.reason.trim() ? [] : ['refused without a reason'];
  const article: IngestedArticle = result.data;
  const problems: string[] = [];
  // Body text: the payload's code only where the page itself displays it as text (parsing with jsdom
  // only then: it is slow).
  if (MARKERS.test(article.text) && !MARKERS.test(displayedText(raw, context.format))) problems.push(`text carries script code: ${excerpt(article.text)}`);
  // Markdown link and image targets are not text ("[read more](javascript:…)" → "read more").
  if (context.format === 'markdown' && SCRIPT_URL.test(article.text.replace(/<javascript:[^>]*>/gi, ''))) problems.push(`text keeps a link target: ${excerpt(article.text)}`);
  // Metadata is shown in lists and written into exports: it must be plain text, whatever the page held.
  for (const key of ['title', 'outlet', 'byline', 'date'] as const) {
    const value = article[key];
    if (value !== undefined && MARKUP.test(value)) problems.push(`${key} holds markup: ${JSON.stringify(value)}`);
  }
  return problems;
}

function excerpt(text: string): string {
  const at = text.search(MARKERS);
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
}
