/** Metadata is shown in lists and written into exports: it must be plain text, whatever the page held. */

const HIDDEN_BLOCK = /<(script|style|template|iframe|noscript|object|textarea|title|xmp|noembed|noframes|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\s*\/?\s*[a-z!?][^<>]*>?/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', '#39': "'", '#60': '<', '#62': '>' };

/**
 * A metadata value as plain text: markup, script and style content removed (also when hidden behind
 * entities or split tags), whitespace collapsed; undefined when nothing is left.
 * @example plainMeta('<b>Jane</b> Doe<script>x()</script>') === 'Jane Doe'
 */
export function plainMeta(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let text = value;
  for (let round = 0; round < 8; round++) {
    const next = text
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#60|#62);/gi, (_, name: string) => ENTITIES[name.toLowerCase()]!)
      .replace(HIDDEN_BLOCK, ' ')
      .replace(TAG, ' ');
    if (next === text) break;
    text = next;
  }
  // Whatever still opens like a tag loses its bracket.
  text = text.replace(/<(?=\s*\/?\s*[a-z!?])/gi, '').replace(/[ \t\r\n\f]+/g, ' ').trim();
  return text || undefined;
}
