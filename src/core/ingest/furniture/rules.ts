/** Data-file rules over lines: single lines, "read also" headline lists, and page tails. */
import type { CompiledFurniture, FurnitureReason, FurnitureRule } from './data.ts';
import type { Line } from './lines.ts';

// Lines longer than this are body text, not furniture (cookie notices are the longest furniture).
export const MAX_FURNITURE_CHARS = 400;
const MAX_LIST_ITEMS = 10;

/** Indexes of the first and last body paragraph still kept (-1: none). */
export interface Zones {
  firstStrong: number;
  lastStrong: number;
}

/** True when line `i` lies in the header or footer. @example inEdge(0, { firstStrong: 2, lastStrong: 9 }) === true */
export function inEdge(i: number, zones: Zones | undefined): boolean {
  return !!zones && zones.firstStrong >= 0 && (i < zones.firstStrong || i > zones.lastStrong);
}

/** Header and footer: before the first and after the last body paragraph still kept. */
export function findZones(lines: readonly Line[]): Zones {
  let firstStrong = -1;
  let lastStrong = -1;
  for (const line of lines) {
    if (!line.strong || line.drop) continue;
    if (firstStrong < 0) firstStrong = line.index;
    lastStrong = line.index;
  }
  return { firstStrong, lastStrong };
}

// Match indices ('d' flag) slow every exec down: each pattern gets a twin without them, tested
// first, and the indices are asked for only on the rare line that matches. One lookup per rule list.
const plainTwins = new WeakMap<readonly FurnitureRule[], RegExp[][]>();
function twinsOf(rules: readonly FurnitureRule[]): RegExp[][] {
  let twins = plainTwins.get(rules);
  if (!twins) {
    twins = rules.map((rule) => rule.patterns.map((p) => (p.hasIndices ? new RegExp(p.source, p.flags.replace('d', '')) : p)));
    plainTwins.set(rules, twins);
  }
  return twins;
}

/** The first rule whose conditions and pattern fit the line, with the `name` group it captured. */
export function matchRule(line: Line, rules: readonly FurnitureRule[], zones: Zones | undefined): { rule: FurnitureRule; name?: string } | undefined {
  if (line.blank || line.text.length > MAX_FURNITURE_CHARS) return undefined;
  const text = line.text.trim();
  const lower = text.toLowerCase();
  const twins = twinsOf(rules);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (rule.maxWords !== undefined && line.words > rule.maxWords) continue;
    if (rule.weakOnly && (line.strong || line.endsStatement)) continue;
    if (rule.zone === 'edge' && !inEdge(line.index, zones)) continue;
    if (rule.zone === 'header' && !(zones && line.index < zones.firstStrong)) continue;
    const tests = twins[r]!;
    for (let k = 0; k < tests.length; k++) {
      const pattern = rule.patterns[k]!;
      const twin = tests[k]!;
      if (twin !== pattern && !twin.test(lower)) continue;
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

/** Marks a line dropped, keeping what its rule captured. @example drop(line, 'byline', 'Jane Doe') */
export function drop(line: Line, reason: FurnitureReason, captured?: string): void {
  line.drop = reason;
  if (captured) line.captured = captured;
}

/** Lines a generic (language-independent) signal may drop: not a sentence, not already decided. */
export function open(line: Line | undefined): line is Line {
  return !!line && !line.blank && !line.drop && !line.reported && !line.strong;
}

/** Data-file rules; edge-only rules (outlet names) run once the zones are known. */
export function applyRules(lines: Line[], data: CompiledFurniture, zones?: Zones): void {
  const rules = zones ? data.edgeRules : data.rules;
  // Body characters above a line and in all: a tail marker only ends the article near its end.
  let strongTotal = 0;
  for (const line of lines) if (line.strong) strongTotal += line.text.length;
  let strongSeen = 0;
  let strongChars = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.drop) continue;
    const match = matchRule(line, rules, zones);
    if (!match) {
      if (line.strong) {
        strongSeen++;
        strongChars += line.text.length;
      }
      continue;
    }
    drop(line, match.rule.reason, match.name);
    if (match.rule.scope === 'list') dropList(lines, i, match.rule.reason, data, zones);
    // A comment form (or similar) after the body: everything below is page, not article. Not when
    // most of the body is still to come (a "12 comments" widget under the lede).
    if (match.rule.scope === 'tail' && strongSeen >= 2 && strongChars * 2 >= strongTotal - strongChars) {
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

