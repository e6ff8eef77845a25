import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeCase } from '../../src/core/analyze.ts';
import { inThreadRunner } from '../../src/worker/inThreadRunner.ts';

const raw = 'The mayor opened the bridge on Monday. Traffic resumed at noon.\n\nResidents welcomed the news.';

describe('sentences carried in the analysed article', () => {
  it('gives each sentence’s offsets and paragraph when asked', () => {
    const result = analyzeArticle({ id: 'a', raw, language: 'en' }, 'auto', { forScreen: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text, sentences } = result.data;
    expect(sentences?.map((s) => text.slice(s.start, s.end).trim())).toEqual(['The mayor opened the bridge on Monday.', 'Traffic resumed at noon.', 'Residents welcomed the news.']);
    expect(sentences?.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('keeps the JSON contract as it was unless asked', () => {
    const article = analyzeCase([{ id: 'a', raw, language: 'en' }]).articles[0]!;
    expect('sentences' in article || article.claims.some((c) => c.attribution?.source.speaker)).toBe(false);
    expect(analyzeCase([{ id: 'a', raw, language: 'en' }], { forScreen: true }).articles[0]!.sentences).toHaveLength(3);
  });

  it('names each stated source’s speaker when asked, as the Sources view groups them', () => {
    const [claim] = analyzeCase([{ id: 'a', raw: 'Mr. Hale said the bridge was safe.', language: 'en' }], { forScreen: true }).articles[0]!.claims;
    expect(claim!.attribution?.source.speaker).toMatchObject({ text: 'Hale', key: 'person|hale' });
  });

  it('names each relayed outlet as the screen shows it, when asked', () => {
    const raw = '“Reuters” reported that the bridge was safe.';
    const withNames = analyzeCase([{ id: 'a', raw, language: 'en' }], { forScreen: true }).articles[0]!.claims.flatMap((c) => c.attribution?.chain ?? []);
    const plain = analyzeCase([{ id: 'a', raw, language: 'en' }]).articles[0]!.claims.flatMap((c) => c.attribution?.chain ?? []);
    expect(plain.every((l) => l.shown === undefined)).toBe(true);
    expect(withNames.length).toBe(plain.length);
    expect(withNames.length).toBeGreaterThan(0);
    for (const link of withNames) expect(link.shown).toBe(link.text.replace(/[“”"]/g, '').trim());
  });

  it('the dashboard’s runner asks for them', async () => {
    const result = await inThreadRunner({ inputs: [{ id: 'a', raw, language: 'en' }], options: {} }, () => {}, new AbortController().signal);
    expect(result.articles[0]!.sentences).toHaveLength(3);
  });
});
