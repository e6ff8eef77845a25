/**
 * The furniture filter: drops page furniture (comment forms, cookie notices, share buttons, related
 * links, navigation, datelines, bylines …) line by line, with per-language patterns from
 * lang/<code>/furniture.json plus language-independent signals, and keeps what the page states as
 * metadata. Conservative: a full sentence with a reporting verb is never dropped by a generic signal.
 */
import { furnitureData } from './data.ts';
import { analyseLines, type Line } from './lines.ts';
import { extractMetadata, type FurnitureMeta } from './metadata.ts';
import { applyRules, findZones } from './rules.ts';
import { applyGenericSignals } from './signals.ts';
import { applyZones, type TitleOptions } from './zones.ts';
import { siteSuffixAt } from './site-suffix.ts';
import type { RemovedLine } from '../../types.ts';

export interface FilterOptions extends TitleOptions {
  /**
   * Keep the headline line above the body in the text (its offsets in `titleSpan`), so it can stand as
   * a title claim; its repeats are still dropped. Default false: the title is removed like furniture.
   */
  keepTitle?: boolean;
  /** The outlet the user or the page states: its name after the kept headline's dash is dropped. */
  outlet?: string;
}

export interface FilteredText extends FurnitureMeta {
  text: string;
  removed: RemovedLine[];
  title?: string;
  /** With `keepTitle`: where the kept headline line stands in `text`. */
  titleSpan?: { start: number; end: number };
}

/** Joins kept lines, keeping paragraph breaks and never two blank lines in a row; `mark`: the span of that line. */
function joinKept(lines: Line[], mark = -1): { text: string; span?: { start: number; end: number } } {
  const out: string[] = [];
  let pendingBlank = false;
  let length = 0;
  let span: { start: number; end: number } | undefined;
  for (const line of lines) {
    if (line.drop) continue;
    if (line.blank) {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) {
      out.push('');
      length += 1;
    }
    pendingBlank = false;
    const start = length + (out.length > 0 ? 1 : 0);
    out.push(line.text);
    length = start + line.text.length;
    if (line.index === mark) {
      const lead = line.text.length - line.text.trimStart().length;
      span = { start: start + lead, end: start + line.text.trimEnd().length };
    }
  }
  return span ? { text: out.join('\n'), span } : { text: out.join('\n') };
}

/** The headline line kept in the text: the first line dropped as the title, above the body. */
function keptTitleLine(lines: Line[], firstStrong: number): number {
  const line = lines.find((l) => l.drop === 'title');
  if (!line || firstStrong < 0 || line.index > firstStrong) return -1;
  delete line.drop;
  return line.index;
}

/**
 * Drops page furniture from normalised text and returns the article body, what was removed and why,
 * and the metadata the furniture stated.
 * @example filterFurniture('Share this article\n\nThe minister said the talks failed.').removed[0].reason === 'share-buttons'
 */
export function filterFurniture(text: string, options: FilterOptions = {}): FilteredText {
  const data = furnitureData();
  const lines = analyseLines(text, data);
  applyRules(lines, data);
  const zones = findZones(lines);
  applyRules(lines, data, zones);
  applyGenericSignals(lines, data, zones);
  const title = applyZones(lines, zones, options);
  const meta = extractMetadata(lines, data, zones);
  const mark = options.keepTitle && title ? keptTitleLine(lines, zones.firstStrong) : -1;
  const removed: RemovedLine[] = lines.filter((l) => l.drop).map((l) => ({ text: l.text.trim(), reason: l.drop! }));
  // "Headline | Site": the site's name leaves the kept headline (and the title) as outlet furniture.
  let shownTitle = title;
  const kept = mark >= 0 ? lines[mark]! : undefined;
  const cut = kept ? siteSuffixAt(kept.text, options.outlet ?? meta.outlet) : -1;
  if (kept && cut > 0) {
    removed.push({ text: kept.text.slice(cut).replace(/^\s*[|｜\-–—·:]\s*/u, '').trim(), reason: 'outlet-name' });
    kept.text = kept.text.slice(0, cut);
    shownTitle = kept.text.trim();
  }
  const joined = joinKept(lines, mark);
  const result: FilteredText = { text: joined.text, removed, ...meta };
  if (shownTitle) result.title = shownTitle;
  if (joined.span) result.titleSpan = joined.span;
  return result;
}
