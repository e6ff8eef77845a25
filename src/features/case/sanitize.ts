import DOMPurify from 'dompurify';

/**
 * Strips scripts, event handlers and active content from pasted or uploaded HTML before it enters the case
 * (the pipeline only reads it, but a case is also saved, exported and shared).
 * Example: sanitizeHtml('<p onclick="x()">Hi</p><script>x()</script>') === '<p>Hi</p>'
 */
export function sanitizeHtml(html: string): string {
  const whole = /<html[\s>]/i.test(html);
  return DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: whole,
    // Page metadata (title, site name, date) helps the ingest stage name the outlet.
    ADD_TAGS: ['meta', 'title', 'time'],
    ADD_ATTR: ['content', 'property', 'datetime', 'itemprop'],
    FORBID_ATTR: ['http-equiv', 'style'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
  });
}
