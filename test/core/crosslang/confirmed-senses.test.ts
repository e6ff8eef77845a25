import { claimAnchors } from '../../../src/core/crosslang/anchors.ts';
import type { ClaimSenses } from '../../../src/core/crosslang/align.ts';
import { addConfirmedSenses, confirmedSenses } from '../../../src/core/crosslang/learned.ts';

describe('claimAnchors: basis points', () => {
  const keys = (text: string, language: 'ar' | 'en') => new Set(claimAnchors(text, language).map((a) => a.key));

  it('gives the percentage a figure of basis points states, beside the figure', () => {
    const english = keys('The lender cut its main rate by 250 basis points on Monday.', 'en');
    expect(english.has('q:pct:2.5')).toBe(true);
    expect(english.has('q:n:250')).toBe(true);
    expect(keys('خفض المصرف سعر الفائدة بنسبة 2.5% يوم الاثنين.', 'ar').has('q:pct:2.5')).toBe(true);
  });

  it('gives no percentage for a figure of other points', () => {
    expect(keys('The team scored 250 points in the season.', 'en').has('q:pct:2.5')).toBe(false);
  });
});

describe('confirmedSenses', () => {
  // One Arabic word's entry: first senses 1, 2 (anchor ids), further senses 7, 8.
  const word = { first: [1, 2], further: [{ id: 7, weight: 0.5 }, { id: 8, weight: 0.4 }] };
  const other = { first: [3], further: [{ id: 9, weight: 0.5 }] };
  const senses: ClaimSenses[] = [[word], [word, other], [word], [], [], [], [word]];
  const english = (ids: number[]) => new Map(ids.map((id) => [id, 1]));
  // Claims 0–2 are Arabic, 3–5 English, 6 an Arabic claim in no joined pair.
  const vectors = [new Map([[1, 1]]), new Map(), new Map(), english([7, 20]), english([7, 9, 21]), english([8]), new Map()];

  it('confirms the further sense most joined pairs holding the word write, not a sense one pair writes', () => {
    const confirmed = confirmedSenses([[0, 3], [1, 4], [2, 5]], senses, vectors);
    expect([...confirmed.values()]).toEqual([[7]]);
  });

  it('confirms nothing from one pair', () => {
    expect(confirmedSenses([[0, 3]], senses, vectors).size).toBe(0);
  });

  it('gives the confirmed sense to every claim writing the word, the unjoined one too', () => {
    const copies = vectors.map((v) => new Map(v));
    const df = Array.from({ length: 30 }, () => 0);
    const added = addConfirmedSenses(confirmedSenses([[0, 3], [1, 4], [2, 5]], senses, vectors), senses, copies, df, 1);
    expect(added).toBe(4);
    expect(copies[6]!.get(7)).toBe(1);
    expect(df[7]).toBe(4);
    expect(copies[3]!.size).toBe(2);
  });
});
