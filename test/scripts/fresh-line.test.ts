import { describe, expect, it } from 'vitest';
import { freshLine, freshLines } from '../../scripts/bench/fresh-line.ts';

const half = (name: string, articles: number, gold: number, p: number, r: number, f1: number) => ({ half: name, articles, source: { precision: p, recall: r, f1, gold }, cue: { precision: p, recall: r, f1, gold } });

describe('the README line of the fresh Arabic set', () => {
  it('gives tuned then held, each with its articles, gold and source P/R/F1', () => {
    const line = freshLine([half('held', 6, 25, 0.826, 0.76, 0.792), half('tuned', 6, 34, 1, 1, 1)])!;
    expect(line.startsWith('- Fresh Arabic articles')).toBe(true);
    expect(line).toContain('tuned half (6 articles, 34 attributions) 100.0 / 100.0 / 100.0; held half (6 articles, 25 attributions) 82.6 / 76.0 / 79.2.');
  });

  it('says nothing without figures (an older quality.json)', () => {
    expect(freshLine(undefined)).toBeNull();
    expect(freshLine([])).toBeNull();
    expect(freshLine([{ half: 'other' }])).toBeNull();
  });
});

describe('the README lines of the fresh sets, one per language', () => {
  it('names each language and its folder, Arabic alone for an older quality.json', () => {
    const lines = freshLines({ ar: [half('tuned', 6, 34, 1, 1, 1)], en: [half('held', 3, 20, 0.8, 0.7, 0.747)] });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^- Fresh English articles \(`fixtures\/attribution-fresh\/en`:.*held half \(3 articles, 20 attributions\) 80\.0 \/ 70\.0 \/ 74\.7\.$/u);
    expect(freshLines([half('tuned', 6, 34, 1, 1, 1)])[0]).toContain('`fixtures/attribution-fresh/ar`');
    expect(freshLines(undefined)).toEqual([]);
  });
});
