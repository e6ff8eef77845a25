/**
 * The furniture filter: drops page furniture (comment forms, cookie notices, share buttons, related
 * links, navigation, datelines, bylines …) line by line, with per-language patterns from
 * lang/<code>/furniture.json plus language-independent signals, and keeps what the page states as
 * metadata. Conservative: a full sentence with a reporting verb is never dropped by a generic signal.
 */
import { furnitureData, type CompiledFurniture, type FurnitureReason, type FurnitureRule } from './data.ts';
import { findDate, isDateOnly } from './dates.ts';
import { analyseLines, countWords, type Line } from './lines.ts';
import { foldForMatch } from '../../normalize/index.ts';
import type { RemovedLine } from '../../types.ts';

export interface FilterOptions {
  /** A title already known (stated by the user or the page): lines repeating it are dropped. */
  knownTitle?: string;
}

export interface FilteredText {
  text: string;
  removed: RemovedLine[];
  title?: string;
  outlet?: string;
  date?: string;
  byline?: string;
}

// Lines longer than this are body text, not furniture (cookie notices are the longest furniture).
const MAX_FURNITURE_CHARS = 400;
const MAX_LIST_ITEMS = 10;
const SEPARATORS = /\s*[|•·‖]\s*/u;

interface Zones {
  firstStrong: number;
  lastStrong: number;
}

function inEdge(i: number, zones: Zones | undefined): boolean {
  return !!zones && zones.firstStrong >= 0 && (i < zones.firstStrong || i > zones.lastStrong);
}

/** Header and footer: before the first and after the last body paragraph still kept. */
function findZones(lines: readonly Line[]): Zones {
  let firstStrong = -1;
  let lastStrong = -1;
  for (const line of lines) {
    if (!line.strong || line.drop) continue;
    if (firstStrong < 0) firstStrong = line.index;
    lastStrong = line.index;
  }
  return { firstStrong, lastStrong };
}

/** The first rule whose conditions and pattern fit the line, with the `name` group it captured. */
function matchRule(line: Line, rules: readonly FurnitureRule[], zones: Zones | undefined): { rule: FurnitureRule; name?: string } | undefined {
  if (line.blank || line.text.length > MAX_FURNITURE_CHARS) return undefined;
  const text = line.text.trim();
  const lower = text.toLowerCase();
  for (const rule of rules) {
    if (rule.maxWords !== undefined && line.words > rule.maxWords) continue;
    if (rule.weakOnly && (line.strong || line.endsStatement)) continue;
    if (rule.edgeOnly && !inEdge(line.index, zones)) continue;
    for (const pattern of rule.patterns) {
      const m = pattern.exec(lower);
      if (!m) continue;
      const span = m.indices?.groups?.['name'];
      // Lowercasing rarely changes lengths; when it does, the lowercased capture is the best we have.
      const name = span ? (lower.length === text.length ? text.slice(span[0], span[1]) : m.groups!['name']!).trim() : undefined;
      return name ? { rule, name } : { rule };
    }
  }
  return undefined;
}

function drop(line: Line, reason: FurnitureReason, captured?: string): void {
  line.drop = reason;
  if (captured) line.captured = captured;
}

/** Lines a generic (language-independent) signal may drop: not a sentence, not already decided. */
function open(line: Line | undefined): line is Line {
  return !!line && !line.blank && !line.drop && !line.reported && !line.strong;
}

/** Data-file rules; edge-only rules (outlet names) run once the zones are known. */
function applyRules(lines: Line[], data: CompiledFurniture, zones?: Zones): void {
  const rules = zones ? data.rules.filter((r) => r.edgeOnly) : data.rules;
  let strongSeen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.drop) continue;
    const match = matchRule(line, rules, zones);
    if (!match) {
      if (line.strong) strongSeen++;
      continue;
    }
    drop(line, match.rule.reason, match.name);
    if (match.rule.scope === 'list') dropList(lines, i, match.rule.reason, data, zones);
    // A comment form (or similar) after the body: everything below is page, not article.
    if (match.rule.scope === 'tail' && strongSeen >= 2) {
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j]!;
        if (next.blank) continue;
        const own = matchRule(next, data.rules, zones);
        drop(next, own?.rule.reason ?? match.rule.reason, own?.name);
      }
      return;
    }
  }
}

/** Headline lines under a "Read also" marker: contiguous weak lines (blank lines only before the first). */
function dropList(lines: Line[], at: number, reason: FurnitureReason, data: CompiledFurniture, zones: Zones | undefined): void {
  let items = 0;
  for (let j = at + 1; j < lines.length && items < MAX_LIST_ITEMS; j++) {
    const next = lines[j]!;
    if (next.blank) {
      if (items > 0) return;
      continue;
    }
    if (!open(next) || next.endsStatement || next.words > 20 || matchRule(next, data.rules, zones)) return;
    drop(next, reason);
    items++;
  }
}

/** "Home | Politics | Sport": several short items between separators. */
function isSeparatedList(line: Line): boolean {
  const items = line.text.split(SEPARATORS).filter((s) => s.trim());
  return items.length >= 3 && items.every((item) => countWords(item) <= 4);
}

function applyGenericSignals(lines: Line[], data: CompiledFurniture, zones: Zones): void {
  const shareRule = data.rules.filter((r) => r.reason === 'share-buttons');
  for (const line of lines) {
    if (!open(line) || line.text.length > MAX_FURNITURE_CHARS) continue;
    if (isDateOnly(line.folded, data) || (inEdge(line.index, zones) && line.words <= 15 && findDate(line.folded, data))) {
      drop(line, 'dateline');
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

/** Contiguous non-blank lines around `i`. */
function blockOf(lines: Line[], i: number): Line[] {
  let start = i;
  let end = i;
  while (start > 0 && !lines[start - 1]!.blank) start--;
  while (end < lines.length - 1 && !lines[end + 1]!.blank) end++;
  return lines.slice(start, end + 1);
}

function furnitureDominated(lines: Line[], i: number): boolean {
  const block = blockOf(lines, i);
  const dropped = block.filter((l) => l.drop).length;
  return block.length > 1 && dropped * 2 >= block.length;
}

function chooseTitle(lines: Line[], zones: Zones, counts: Map<string, number>, knownTitle?: string): string | undefined {
  if (knownTitle) return foldForMatch(knownTitle).trim();
  const header = zones.firstStrong < 0 ? [] : lines.slice(0, zones.firstStrong);
  const candidates = header.filter((l) => open(l) && !l.endsStatement && l.words >= 2 && l.words <= 30);
  const repeated = candidates.find((l) => (counts.get(l.folded) ?? 0) > 1 && l.words >= 3);
  const pick =
    repeated ??
    candidates.find((l) => l.words >= 3 && !furnitureDominated(lines, l.index)) ??
    candidates.find((l) => l.words >= 3) ??
    candidates[0];
  if (pick) return pick.folded;
  // No headline above the body: a headline repeated below it (pages echo their title in the footer).
  const footer = zones.firstStrong < 0 ? [] : lines.slice(zones.lastStrong + 1);
  return footer.find((l) => open(l) && l.words >= 3 && (counts.get(l.folded) ?? 0) > 1)?.folded;
}

function applyZones(lines: Line[], zones: Zones, knownTitle?: string): string | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.blank && !l.strong) counts.set(l.folded, (counts.get(l.folded) ?? 0) + 1);
  const title = chooseTitle(lines, zones, counts, knownTitle);
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
    else if (furnitureDominated(lines, i) && line.words <= 8) drop(line, 'boilerplate');
  }
  for (let i = zones.lastStrong + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open(line) || line.endsStatement) continue;
    drop(line, line.words >= 3 ? 'related-links' : 'navigation');
  }
  return titleText;
}

function extractMetadata(lines: Line[], data: CompiledFurniture, zones: Zones): Omit<FilteredText, 'text' | 'removed' | 'title'> {
  const meta: Omit<FilteredText, 'text' | 'removed' | 'title'> = {};
  const outletRules = data.rules.filter((r) => r.reason === 'outlet-name');
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
        const m = matchRule(probe, outletRules, zones);
        if (m) meta.outlet = m.name ?? prefix;
      }
    }
  }
  if (!meta.outlet) {
    // "ESTREL, March 3 (Global Wire) - …" opening the first paragraph.
    const first = lines.find((l) => !l.blank && !l.drop);
    const m = first && data.wireDatelines.map((p) => p.exec(first.text)).find((x) => x)?.groups?.['outlet'];
    if (m) meta.outlet = m.trim();
  }
  return meta;
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
  const title = applyZones(lines, zones, options.knownTitle);
  const meta = extractMetadata(lines, data, zones);
  const removed: RemovedLine[] = lines.filter((l) => l.drop).map((l) => ({ text: l.text.trim(), reason: l.drop! }));
  const result: FilteredText = { text: joinKept(lines), removed, ...meta };
  if (title) result.title = title;
  return result;
}
