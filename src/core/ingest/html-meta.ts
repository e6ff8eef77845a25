/** Metadata a saved HTML page states: title, outlet, date, byline (meta tags, JSON-LD, <time>, <h1>). */

export interface PageMeta {
  title?: string;
  outlet?: string;
  date?: string;
  byline?: string;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage/i;

function metaContent(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function names(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const list = value.map(names).filter((v): v is string => !!v);
    return list.length ? list.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return names((value as { name: unknown }).name);
  return undefined;
}

/** Objects of every JSON-LD block, @graph and arrays flattened; broken blocks are skipped. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        out.push(obj);
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return out;
}

/** YYYY-MM-DD when the value starts with an ISO date, otherwise the value as stated. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  // Anything else must at least look like a date ("May 5, 2024", "05/05/2024"), not arbitrary text.
  const text = value.trim();
  return /\d/.test(text) && text.length <= 40 ? text : undefined;
}

function stripSiteSuffix(title: string, site: string | undefined): string {
  if (!site) return title;
  const m = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/u.exec(title);
  if (m && m[2]!.trim().toLowerCase() === site.trim().toLowerCase()) return m[1]!;
  const pre = /^(.+?)\s+[|\-–—:·]\s+(.*\S)$/u.exec(title);
  if (pre && pre[1]!.trim().toLowerCase() === site.trim().toLowerCase()) return pre[2]!;
  return title;
}

/**
 * Reads the page's own statements about itself; absent fields are omitted.
 * @example pageMeta(doc).outlet === 'Global Wire' // from og:site_name
 */
export function pageMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')) && (o['headline'] || o['datePublished'])) ?? ld.find((o) => o['headline']);
  const ldPublisher = names(article?.['publisher']) ?? names(ld.find((o) => /organization/i.test(String(o['@type'] ?? '')))?.['name']);
  const meta: PageMeta = {};
  const outlet = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']) ?? ldPublisher;
  if (outlet) meta.outlet = outlet;
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? h1s[0]!.textContent?.replace(/\s+/g, ' ').trim() : undefined;
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    names(article?.['headline']) ??
    (h1 || undefined) ??
    (docTitle ? stripSiteSuffix(docTitle, outlet) : undefined);
  if (title) meta.title = stripSiteSuffix(title, outlet);
  // "<title>Headline | Site</title>" with the headline known from elsewhere: the rest names the site.
  if (!meta.outlet && meta.title && docTitle?.startsWith(meta.title)) {
    const site = /^\s*[|\-–—:·]\s*(.+)$/u.exec(docTitle.slice(meta.title.length))?.[1]?.trim();
    if (site && site.split(/\s+/).length <= 5) meta.outlet = site;
  }
  const time = doc.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const date = normalizeDate(
    metaContent(doc, ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]']) ??
      (typeof article?.['datePublished'] === 'string' ? article['datePublished'] : undefined) ??
      time,
  );
  if (date) meta.date = date;
  const byline = metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']) ?? names(article?.['author']);
  // article:author is often a profile URL, not a name.
  if (byline && !/^https?:\/\//.test(byline)) meta.byline = byline.replace(/^by\s+/i, '');
  return meta;
}
