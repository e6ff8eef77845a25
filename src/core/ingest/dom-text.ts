/** DOM → plain text that keeps paragraph structure, without executing or keeping any script. */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'button', 'input', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'base', 'map', 'dialog',
]);
const PARAGRAPH_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'dl', 'blockquote', 'figure', 'figcaption', 'table', 'pre', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'center',
]);
const LINE_TAGS = new Set(['li', 'dt', 'dd', 'tr', 'caption', 'legend']);

/**
 * The visible text of a DOM subtree: paragraphs separated by blank lines, list items and <br> by line
 * breaks, HTML whitespace collapsed (NBSP kept).
 * @example domToText(parse('<p>A</p><p>B<br>C</p>').body) === 'A\n\nB\nC'
 */
export function domToText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  // Iterative walk: deeply nested markup must not overflow the call stack.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push((item.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const el = item as Element;
    const tag = (el.localName ?? '').toLowerCase();
    if (item !== root && (SKIP_TAGS.has(tag) || skip(el))) continue;
    if (tag === 'br') {
      parts.push('\n');
      continue;
    }
    const breakMark = PARAGRAPH_TAGS.has(tag) ? '\n\n' : LINE_TAGS.has(tag) ? '\n' : tag === 'td' || tag === 'th' ? ' ' : '';
    // A line (list item, table row) only opens with a break: closing with one too would put a blank
    // line between the items of one list, which then read as separate paragraphs.
    if (breakMark && !LINE_TAGS.has(tag)) stack.push(breakMark);
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (breakMark) stack.push(breakMark);
  }
  return parts.join('').replace(/ {2,}/g, ' ');
}
