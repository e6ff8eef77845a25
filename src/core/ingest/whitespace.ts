/** Whitespace normalisation: the only changes ingest makes to the characters of an article. */

/**
 * CRLF/CR → LF, lines trimmed, runs of blank lines collapsed to one, no blank lines at either end.
 * Every other character (NBSP inside names included) is kept as written.
 * @example normalizeWhitespace('  a \r\n\r\n\r\n\r\nb ') === 'a\n\nb'
 */
export function normalizeWhitespace(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}
