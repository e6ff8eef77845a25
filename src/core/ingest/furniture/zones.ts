/** Header and footer: the title, section labels above the body, headline lists below it. */
import { foldForMatch } from '../../normalize/index.ts';
import type { Line } from './lines.ts';
import { drop, open, type Zones } from './rules.ts';

export interface TitleOptions {
  /** A title already known (stated by the user or the page): lines repeating it are dropped. */
  knownTitle?: string;
  /** Look for a headline line when no line repeats the known title (default true). */
  detectTitle?: boolean;
}

/**
 * For every line, whether its block (contiguous non-blank lines) is mostly furniture already: one pass,
 * so a page of thousands of unbroken short lines stays linear.
 */
function dominatedBlocks(lines: readonly Line[]): boolean[] {
  const dominated: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length; ) {
    if (lines[start]!.blank) {
      start++;
      continue;
    }
    let end = start;
    let dropped = 0;
    while (end < lines.length && !lines[end]!.blank) dropped += lines[end++]!.drop ? 1 : 0;
    const size = end - start;
    if (size > 1 && dropped * 2 >= size) dominated.fill(true, start, end);
    start = end;
  }
  return dominated;
}

function chooseTitle(lines: Line[], zones: Zones, counts: Map<string, number>, dominated: boolean[], options: TitleOptions): string | undefined {
  if (options.knownTitle) {
    const known = foldForMatch(options.knownTitle).trim();
    if (lines.some((l) => open(l) && l.folded === known)) return known;
  }
  if (options.detectTitle === false) return undefined;
  const header = zones.firstStrong < 0 ? [] : lines.slice(0, zones.firstStrong);
  const candidates = header.filter((l) => open(l) && !l.endsStatement && l.words >= 2 && l.words <= 30);
  const repeated = candidates.find((l) => (counts.get(l.folded) ?? 0) > 1 && l.words >= 3);
  const pick =
    repeated ??
    candidates.find((l) => l.words >= 3 && !dominated[l.index]) ??
    candidates.find((l) => l.words >= 3) ??
    candidates[0];
  if (pick) return pick.folded;
  // No headline above the body: a headline repeated below it (pages echo their title in the footer).
  const footer = zones.firstStrong < 0 ? [] : lines.slice(zones.lastStrong + 1);
  return footer.find((l) => open(l) && l.words >= 3 && (counts.get(l.folded) ?? 0) > 1)?.folded;
}

/** Picks and drops the title, then section labels above the body and link lists below it; returns the title. @example applyZones(lines, zones, {}) */
export function applyZones(lines: Line[], zones: Zones, options: TitleOptions): string | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.blank && !l.strong) counts.set(l.folded, (counts.get(l.folded) ?? 0) + 1);
  const dominated = dominatedBlocks(lines);
  const title = chooseTitle(lines, zones, counts, dominated, options);
  let titleText: string | undefined;
  for (const line of lines) {
    if (title && open(line) && line.folded === title) {
      titleText ??= line.text.trim();
      drop(line, 'title');
    }
  }
  // A weak line the page repeats (tags, echoed headlines) is not body text.
  for (const line of lines) {
    if (open(line) && !line.endsStatement && (counts.get(line.folded) ?? 0) > 1) drop(line, line.words <= 3 ? 'navigation' : 'related-links');
  }
  if (zones.firstStrong < 0) return titleText;
  for (let i = 0; i < zones.firstStrong; i++) {
    const line = lines[i]!;
    if (!open(line) || line.endsStatement) continue;
    if (line.words <= 3) drop(line, 'navigation');
    else if (dominated[i] && line.words <= 8) drop(line, 'boilerplate');
  }
  for (let i = zones.lastStrong + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open(line) || line.endsStatement) continue;
    // Headlines start a line and end without a comma; a broken sentence is boilerplate (editor's notes).
    const fragment = /^\p{Ll}/u.test(line.text) || /[,،;:\-–—]$/u.test(line.text);
    drop(line, fragment ? 'boilerplate' : line.words >= 3 ? 'related-links' : 'navigation');
  }
  return titleText;
}

