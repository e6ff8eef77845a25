/**
 * Saved HTML page → article text. Readability (over linkedom's DOMParser, which works in Node and in a
 * Web Worker) finds the article body; when it finds nothing usable, the body's text minus obvious page
 * regions (nav, footer, cookie banners …) is used and the furniture filter does the rest.
 * Scripts are never executed (linkedom runs none) and never reach the text.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { domToText } from './dom-text.ts';
import { pageMeta, normalizeDate, type PageMeta } from './html-meta.ts';
import type { Result } from '../types.ts';

export interface HtmlText extends PageMeta {
  text: string;
  warnings: string[];
  /** Photo captions (<figcaption>), left out of the text: they describe a picture, not the story. */
  captions: string[];
}

// Readability output shorter than this is not trusted over the fallback.
const MIN_ARTICLE_CHARS = 140;
const PAGE_REGION = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|cookies?|consent|gdpr|share|sharing|social|related|comments?|newsletter|subscribe|subscription|advert|ads|sidebar|footer|masthead|promo|popup|modal)([\s_-]|$)/i;
const REGION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);
const REGION_TAGS = new Set(['nav', 'footer', 'aside', 'form']);

/**
 * Rebuilds the page as <html><head>…</head><body>…</body></html>: linkedom only parses complete
 * documents correctly, and saved pages or pasted fragments often lack <html>, <head> or <body>.
 */
function canonicalHtml(html: string): string {
  const head = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/i.exec(html);
  const bodyStart = /<body(?:\s[^>]*)?>/i.exec(html);
  let body: string;
  if (bodyStart) {
    const rest = html.slice(bodyStart.index + bodyStart[0].length);
    const end = rest.search(/<\/body\s*>/i);
    body = end >= 0 ? rest.slice(0, end) : rest;
  } else {
    body = (head ? html.slice(0, head.index) + html.slice(head.index + head[0].length) : html)
      .replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>|<\?xml[^>]*>/gi, '');
  }
  return `<!DOCTYPE html><html><head>${head?.[1] ?? ''}</head><body>${body}</body></html>`;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(canonicalHtml(html), 'text/html') as unknown as Document;
}

function removeAll(doc: Document, selector: string): void {
  for (const el of [...doc.querySelectorAll(selector)]) el.remove();
}

/** Removes the page's photo captions and returns their text (once each, in page order). */
function takeCaptions(doc: Document): string[] {
  const captions: string[] = [];
  for (const el of [...doc.querySelectorAll('figcaption')]) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (text && !isHidden(el) && !captions.includes(text)) captions.push(text);
    el.remove();
  }
  return captions;
}

/** Elements a browser does not show. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Page regions a reader never reads as the article (the fallback skips them), and hidden elements. */
function isPageRegion(el: Element): boolean {
  if (isHidden(el)) return true;
  const tag = el.localName.toLowerCase();
  if (REGION_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && REGION_ROLES.has(role)) return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marks.length > 1 && PAGE_REGION.test(marks);
}

/**
 * Whether Readability has nothing to choose among: it scores the body's elements and keeps the best, so a
 * body whose text sits in one chain of single elements (pasted text, one paragraph, a paragraph wrapped in
 * a div or two) leaves it no choice, and on one long text node it costs seconds (an 80,000-character one:
 * 1.5 s, where parsing takes milliseconds). The text path reads such a body as it stands; the page's
 * metadata comes from its head either way (pageMeta). Text beside a wrapper's one child is a second part
 * to choose among, so it ends the chain.
 * @example leavesReaderNoChoice(parse('<div><p>The minister said …</p></div>').body) // true
 */
export function leavesReaderNoChoice(body: Element): boolean {
  let element: Element | null = body;
  while (element) {
    const only: Element | null = element.firstElementChild;
    if (!only) return true;
    if (only.nextElementSibling || (element !== body && hasOwnText(element))) return false;
    element = only;
  }
  return true;
}

function hasOwnText(element: Element): boolean {
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3 && node.textContent?.trim()) return true;
  }
  return false;
}

/** The body's text without the page regions (all of it when that leaves nothing): the path without Readability. */
function pageText(body: Element): string {
  const text = domToText(body, isPageRegion);
  return text.trim() ? text : domToText(body, isHidden);
}

/** Why a page was not read, when linkedom's own call stack overflows on it (see htmlToText). */
export const TOO_MANY_PARTS = 'the HTML page has too many separate parts to read (the HTML reader ran out of stack); paste the article as plain text instead';

/**
 * Extracts the article text and the page's metadata from saved HTML.
 * @example htmlToText('<html><body><article><p>The minister said …</p></article></body></html>')
 */
export function htmlToText(html: string): Result<HtmlText> {
  try {
    return readPage(html);
  } catch (error) {
    // linkedom passes some node lists as spread arguments (innerHTML → replaceChildren(...nodes)): a page
    // of 160,000 "&gt;" entities, each its own text node, overflows the stack there. A clear reason for
    // this one article (the rest of the case goes on), not an internal error.
    if (error instanceof RangeError) return { ok: false, reason: TOO_MANY_PARTS };
    throw error;
  }
}

function readPage(html: string): Result<HtmlText> {
  const doc = parse(html);
  const meta = pageMeta(doc);
  // Nothing executable or invisible survives into Readability or the fallback.
  removeAll(doc, 'script, style, noscript, template, iframe, object, embed, svg');
  const captions = takeCaptions(doc);
  const warnings: string[] = [];
  let text = '';
  const body = doc.body ?? doc.documentElement;
  if (body && leavesReaderNoChoice(body)) {
    text = pageText(body);
    if (!text.trim()) return { ok: false, reason: 'the HTML page has no extractable text' };
    return { ok: true, data: { ...meta, text, warnings, captions } };
  }
  let overflowed = false;
  try {
    const article = new Readability<Node>(doc, { charThreshold: 250, serializer: (node) => node }).parse();
    if (article?.content) text = domToText(article.content, isHidden);
    if (!meta.byline && article?.byline) meta.byline = article.byline.trim().replace(/^by\s+/i, '');
    if (!meta.outlet && article?.siteName) meta.outlet = article.siteName;
    if (!meta.title && article?.title) meta.title = article.title;
    if (!meta.date && article?.publishedTime) {
      const date = normalizeDate(article.publishedTime);
      if (date) meta.date = date;
    }
  } catch (error) {
    // (Readability rewrites nodes through innerHTML: a page of too many text nodes overflows linkedom's
    // stack there. The text path below still reads all of it; the warning says why.)
    overflowed = error instanceof RangeError;
    if (overflowed) warnings.push('The page has too many separate parts for the article reader; its whole text was filtered instead.');
    text = '';
  }
  if (text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS) {
    // Readability mutates the document: read the fallback from a fresh parse.
    const fresh = parse(html);
    removeAll(fresh, 'script, style, noscript, template, iframe, object, embed, svg');
    takeCaptions(fresh);
    const freshBody = fresh.body ?? fresh.documentElement;
    const everything = freshBody ? pageText(freshBody) : '';
    if (everything.replace(/\s+/g, '').length > text.replace(/\s+/g, '').length) {
      if (text) warnings.push('The article body could not be told apart from the page; the whole page text was filtered instead.');
      else if (!overflowed) warnings.push('No article body was recognised; the page text was filtered instead.');
      text = everything;
    }
  }
  if (!text.trim()) return { ok: false, reason: 'the HTML page has no extractable text' };
  return { ok: true, data: { ...meta, text, warnings, captions } };
}
