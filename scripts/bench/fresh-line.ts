/**
 * The README line for the fresh Arabic attribution set (scripts/bench/fresh.ts), from the `fresh` entry
 * `npm run bench:quality -- --json` writes: source P / R / F1 of the tuned half and of the held half,
 * which no rule was chosen on. Kept apart from scripts/readme-figures.ts, which writes README.md when
 * loaded, so the formatting can be tested.
 */

type Json = Record<string, unknown>;

const pct = (x: unknown): string => (typeof x === 'number' ? (x * 100).toFixed(1) : '–');

/**
 * One Markdown list item, or null when the figures hold no half.
 * @example freshLine([{ half: 'tuned', articles: 6, source: { precision: 1, recall: 1, f1: 1, gold: 34 } }]) // "- Fresh Arabic articles … tuned half (6 articles, 34 attributions) 100.0 / 100.0 / 100.0 …"
 */
export function freshLine(fresh: unknown): string | null {
  if (!Array.isArray(fresh)) return null;
  const halves = (fresh as Json[]).filter((h) => h && (h.half === 'tuned' || h.half === 'held'));
  if (halves.length === 0) return null;
  const part = (h: Json): string => {
    const s = (h.source ?? {}) as Json;
    return `${String(h.half)} half (${String(h.articles)} articles, ${String(s.gold)} attributions) ${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}`;
  };
  const order = (h: Json): number => (h.half === 'tuned' ? 0 : 1);
  return `- Fresh Arabic articles (\`fixtures/attribution-fresh/ar\`: news of other stories and countries, annotated before Parallax ran on them; rules were looked at on the tuned half only, the held half is only measured): source P/R/F1 ${[...halves].sort((a, b) => order(a) - order(b)).map(part).join('; ')}.`;
}
