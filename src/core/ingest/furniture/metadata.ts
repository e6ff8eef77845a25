/** Metadata stated by the dropped furniture: byline, outlet, date. */
import type { CompiledFurniture } from './data.ts';
import { findDate } from './dates.ts';
import { analyseLines, countWords, type Line } from './lines.ts';
import { matchRule, type Zones } from './rules.ts';

export interface FurnitureMeta {
  outlet?: string;
  date?: string;
  byline?: string;
}

/** The byline, outlet and date the dropped lines (and a wire dateline opening the body) state. */
export function extractMetadata(lines: Line[], data: CompiledFurniture, zones: Zones): FurnitureMeta {
  const meta: FurnitureMeta = {};
  for (const line of lines) {
    if (line.drop === 'byline' && !meta.byline && line.captured) meta.byline = line.captured;
    if (line.drop === 'outlet-name' && !meta.outlet) meta.outlet = line.captured ?? line.text.trim();
    if (line.drop === 'dateline') {
      const date = meta.date ? undefined : findDate(line.folded, data);
      if (date) meta.date = date;
      // "Outlet Name 3 June 2020 …": the outlet stated before the date.
      const prefix = /^[^\d\u0660-\u0669\u06F0-\u06F9]+/u.exec(line.text.trim())?.[0].trim();
      if (!meta.outlet && prefix && countWords(prefix) <= 4) {
        const probe = analyseLines(prefix, data)[0]!;
        probe.index = line.index;
        const m = matchRule(probe, data.edgeRules, zones);
        if (m?.rule.reason === 'outlet-name') meta.outlet = m.name ?? prefix;
      }
    }
  }
  if (!meta.outlet) {
    // "CITY, May 1 (Agency) - …" opening the first paragraph.
    const first = lines.find((l) => !l.blank && !l.drop);
    const m = first && data.wireDatelines.map((p) => p.exec(first.text)).find((x) => x)?.groups?.['outlet'];
    if (m) meta.outlet = m.trim();
  }
  return meta;
}

