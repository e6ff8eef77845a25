/** Markdown → plain text: syntax stripped, words kept as written, front matter read as metadata. */

export interface MarkdownText {
  text: string;
  title?: string;
  outlet?: string;
  date?: string;
  byline?: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_KEYS: Record<string, keyof Omit<MarkdownText, 'text'>> = {
  title: 'title', headline: 'title',
  date: 'date', published: 'date', datepublished: 'date', published_time: 'date',
  author: 'byline', authors: 'byline', byline: 'byline',
  source: 'outlet', outlet: 'outlet', publisher: 'outlet', site_name: 'outlet', site: 'outlet',
};
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', '#39': "'" };
// Escaped punctuation is parked in the private-use area so the emphasis rules do not see it.
const PARK = 0xe000;

function inline(line: string): string {
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)))
    // Link texts exclude "[" and are bounded, so a line of unbalanced brackets stays linear.
    .replace(/!\[[^[\]]{0,1000}\]\([^()]{0,2000}\)|!\[[^[\]]{0,1000}\]\[[^[\]]{0,1000}\]/g, '')
    .replace(/\[([^[\]]{1,1000})\]\((?:[^()]|\([^()]{0,2000}\)){0,2000}\)/g, '$1')
    .replace(/\[([^[\]]{1,1000})\]\[[^[\]]{0,1000}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/[\uE000-\uE07F]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK));
}

function readFrontMatter(block: string, out: MarkdownText): void {
  for (const row of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_]+)\s*:\s*(.+?)\s*$/.exec(row);
    const key = m && FRONT_KEYS[m[1]!.toLowerCase()];
    if (!m || !key || out[key]) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value) out[key] = value;
  }
}

/**
 * Converts Markdown to plain text: headings become their text line, links their text, images vanish,
 * list markers and quote marks go, code blocks stay as text, scripts and HTML comments are removed.
 * @example markdownToText('# Title\n\nThe **minister** [said](http://x) so.').text === 'Title\n\nThe minister said so.'
 */
export function markdownToText(raw: string): MarkdownText {
  const out: MarkdownText = { text: '' };
  let source = raw;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    readFrontMatter(front[1]!, out);
    source = source.slice(front[0].length);
  }
  source = source
    .replace(/<(script|style|template|iframe|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style)\b[^>]*\/?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const result: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      else result.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    // Setext underline or thematic break.
    if (/^\s{0,3}(?:=+|-{2,}|(?:\*\s*){3,}|(?:_\s*){3,})\s*$/.test(line)) {
      result.push('');
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/.test(line)) continue; // table delimiter row
    line = line.replace(/^(?:\s{0,3}>\s?)+/, '');
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) line = heading[1]!;
    else line = line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().slice(1, -1).trim();
    result.push(inline(line));
  }
  out.text = result.join('\n');
  return out;
}
