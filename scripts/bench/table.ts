/** Plain-text tables and number formats for the benchmark scripts' output. */

/**
 * Renders rows under headers with aligned columns (numbers right-aligned).
 * @example console.log(table(['metric', 'F1'], [['source', '0.91']]))
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?[\d.,]+\s*\S{0,3}$|^—$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** 0.8734 → "87.3" (percent, one decimal). */
export const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '—');

/** Milliseconds with a sensible precision. */
export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** A heading line for a section of output. */
export const heading = (title: string): string => `\n${title}\n${'═'.repeat(title.length)}`;
