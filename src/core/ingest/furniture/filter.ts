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
import type { RemovedLine } from '../../types.ts';

export type FilterOptions = TitleOptions;

export interface FilteredText extends FurnitureMeta {
  text: string;
  removed: RemovedLine[];
  title?: string;
}

/** Joins kept lines, keeping paragraph breaks and never two blank lines in a row. */
function joinKept(lines: Line[]): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (line.drop) continue;
    if (line.blank) {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) out.push('');
    pendingBlank = false;
    out.push(line.text);
  }
  return out.join('\n');
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
  const removed: RemovedLine[] = lines.filter((l) => l.drop).map((l) => ({ text: l.text.trim(), reason: l.drop! }));
  const result: FilteredText = { text: joinKept(lines), removed, ...meta };
  if (title) result.title = title;
  return result;
}
