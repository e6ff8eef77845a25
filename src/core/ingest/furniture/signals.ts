/** Language-independent signals: URLs, date-only lines, separator rows, short-line runs, leftovers. */
import type { CompiledFurniture } from './data.ts';
import { findDate, isDateOnly } from './dates.ts';
import { countWords, type Line } from './lines.ts';
import { drop, inEdge, MAX_FURNITURE_CHARS, open, type Zones } from './rules.ts';

const SEPARATORS = /\s*[|•·‖]\s*/u;

/** "Home | Politics | Sport": several short items between separators. */
function isSeparatedList(line: Line): boolean {
  const items = line.text.split(SEPARATORS).filter((s) => s.trim());
  return items.length >= 3 && items.every((item) => countWords(item) <= 4);
}

/** Drops what no data file needs to know: URLs, dates, separator rows, menus, leftovers. @example applyGenericSignals(lines, data, zones) */
export function applyGenericSignals(lines: Line[], data: CompiledFurniture, zones: Zones): void {
  const shareRule = data.rules.filter((r) => r.reason === 'share-buttons');
  for (const line of lines) {
    if (!open(line) || line.text.length > MAX_FURNITURE_CHARS) continue;
    if (/^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/iu.test(line.text)) {
      drop(line, 'boilerplate');
    } else if (isDateOnly(line.folded, data) || (inEdge(line.index, zones) && line.words <= 15 && findDate(line.folded, data))) {
      drop(line, 'dateline');
    } else if (/^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(line.text)) {
      drop(line, 'navigation');
    } else if (isSeparatedList(line)) {
      const items = line.text.split(SEPARATORS).filter((s) => s.trim());
      const shares = items.filter((item) => shareRule.some((r) => r.patterns.some((p) => p.test(item.trim().toLowerCase())))).length;
      drop(line, shares * 2 >= items.length ? 'share-buttons' : 'navigation');
    }
  }
  // Runs of three or more one-to-three-word lines: menus, tag lists, button rows.
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && open(lines[j]) && lines[j]!.words <= 3 && !lines[j]!.endsStatement) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) drop(lines[k]!, 'navigation');
    i = Math.max(j, i + 1);
  }
  // A short leftover right under a dropped line belongs with it ("Accept" under a cookie notice).
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    if (open(line) && line.words <= 4 && !line.endsStatement && above.drop && above.drop !== 'title' && above.drop !== 'dateline' && above.drop !== 'related-links') {
      drop(line, above.drop === 'byline' || above.drop === 'outlet-name' ? 'boilerplate' : above.drop);
    }
  }
}

