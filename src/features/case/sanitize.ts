import DOMPurify from 'dompurify';

// Style blocks and attributes are dropped before DOMPurify parses the page: parsing them in the app's
// document already breaks its Content-Security-Policy (a console error per saved page), though the
// sanitiser removes them afterwards.
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const STYLE_ATTR = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Strips scripts, event handlers and active content from pasted or uploaded HTML before it enters the case
 * (the pipeline only reads it, but a case is also saved, exported and shared).
 * Example: sanitizeHtml('<p onclick="x()">Hi</p><script>x()</script>') === '<p>Hi</p>'
 */
export function sanitizeHtml(html: string): string {
  const whole = /<html[\s>]/i.test(html);
  return DOMPurify.sanitize(html.replace(STYLE_BLOCK, '').replace(STYLE_ATTR, ''), {
    WHOLE_DOCUMENT: whole,
    // Page metadata (title, site name, date) helps the ingest stage name the outlet.
    ADD_TAGS: ['meta', 'title', 'time'],
    ADD_ATTR: ['content', 'property', 'datetime', 'itemprop'],
    // Metadata values such as "og:site_name" or "Floods: …" look like URLs of an unknown scheme, which
    // DOMPurify drops; a <meta> never navigates (http-equiv is forbidden), so they are kept as written.
    ADD_URI_SAFE_ATTR: ['content', 'property', 'itemprop', 'datetime'],
    FORBID_ATTR: ['http-equiv', 'style'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
  });
}
