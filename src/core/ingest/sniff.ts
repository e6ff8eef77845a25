/** Telling plain text, Markdown and HTML apart from the content (and the file name, when given). */
import type { ArticleFormat } from '../types.ts';

const SAMPLE = 20000;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAGS = /<\/?(?:p|div|span|a|br|article|section|main|header|footer|nav|h[1-6]|ul|ol|li|meta|script|style|title|body|head|html|img|figure|table)\b[^>]*>/gi;
const MD_SIGNALS: readonly RegExp[] = [
  /^#{1,6}\s+\S/m, // ATX heading
  /\[[^\]\n]+\]\([^)\s]+[^)]*\)/, // link or image
  /^```|^~~~/m, // code fence
  /^\s{0,3}(?:[-*+]|\d+[.)])\s+\S.*\n\s{0,3}(?:[-*+]|\d+[.)])\s+\S/m, // two list items in a row
  /(?:^|[\s(])(\*\*|__)[^\s*_][^*_\n]*\1/m, // strong emphasis
  /^\s{0,3}>\s+\S/m, // block quote
  /^\S.*\n(?:=+|-+)\s*$/m, // setext heading
  /^---\n[\s\S]*?\n---\n/, // front matter
];

/**
 * The format of raw input: the file extension decides when it is known, otherwise the content.
 * @example sniffFormat('<!doctype html><html>…') === 'html'
 */
export function sniffFormat(raw: string, fileName?: string): ArticleFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext && ['html', 'htm', 'xhtml', 'shtml', 'mhtml'].includes(ext)) return 'html';
  if (ext && ['md', 'markdown', 'mdown', 'mkd', 'mdx'].includes(ext)) return 'markdown';
  const sample = raw.length > SAMPLE ? raw.slice(0, SAMPLE) : raw;
  if (HTML_START.test(sample)) return 'html';
  const tags = sample.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 3 && /<\/[a-z][a-z0-9]*>/i.test(sample)) return 'html';
  if (ext === 'txt') return 'text';
  const signals = MD_SIGNALS.filter((re) => re.test(sample)).length;
  return signals >= 2 ? 'markdown' : 'text';
}
