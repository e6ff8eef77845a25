/**
 * The README lines for the fresh attribution sets (scripts/bench/fresh.ts), one per language, from the
 * `fresh` entry `npm run bench:quality -- --json` writes (halves per language; an older file holds the
 * Arabic halves alone): source P / R / F1 of the tuned half and of the held half,
 * which no rule was chosen on. Kept apart from scripts/readme-figures.ts, which writes README.md when
 * loaded, so the formatting can be tested.
 */

type Json = Record<string, unknown>;

const pct = (x: unknown): string => (typeof x === 'number' ? (x * 100).toFixed(1) : '–');

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code's English name ("ar" → "Arabic"), for the fresh sets' headings and lines. */
export const languageName = (language: string): string => LANGUAGE_NAMES.of(language) ?? language;

/**
 * One Markdown list item per language, or none when the figures hold no half.
 * @example freshLines({ ar: [{ half: 'tuned', articles: 6, source: { precision: 1, recall: 1, f1: 1, gold: 34 } }] }) // ["- Fresh Arabic articles … tuned half (6 articles, 34 attributions) 100.0 / 100.0 / 100.0 …"]
 */
export function freshLines(fresh: unknown): string[] {
  const byLanguage: Record<string, unknown> = Array.isArray(fresh) ? { ar: fresh } : fresh && typeof fresh === 'object' ? (fresh as Json) : {};
  return Object.entries(byLanguage).flatMap(([language, halves]) => {
    const line = freshLine(halves, language);
    return line ? [line] : [];
  });
}

/** One language's line, or null when its figures hold no half. */
export function freshLine(fresh: unknown, language = 'ar'): string | null {
  if (!Array.isArray(fresh)) return null;
  const halves = (fresh as Json[]).filter((h) => h && (h.half === 'tuned' || h.half === 'held'));
  if (halves.length === 0) return null;
  const part = (h: Json): string => {
    const s = (h.source ?? {}) as Json;
    return `${String(h.half)} half (${String(h.articles)} articles, ${String(s.gold)} attributions) ${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}`;
  };
  const order = (h: Json): number => (h.half === 'tuned' ? 0 : 1);
  return `- Fresh ${languageName(language)} articles (\`fixtures/attribution-fresh/${language}\`: news of other stories and countries, annotated before Parallax ran on them; rules were looked at on the tuned half only, the held half is only measured): source P/R/F1 ${[...halves].sort((a, b) => order(a) - order(b)).map(part).join('; ')}.`;
}
