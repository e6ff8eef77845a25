import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';

const key = (word: string): string | undefined => contentTerms(word, 'en')[0]?.stem;

describe('irregular English verb forms (lang/en/inflections.json, built from WordNet and compromise)', () => {
  it('keys an irregular past or participle as its verb, and so as the verb’s noun', () => {
    for (const [form, ...same] of [
      ['withdrew', 'withdrawn', 'withdraw', 'withdraws'],
      ['overthrew', 'overthrown', 'overthrow'],
      ['sank', 'sunk', 'sink'],
      ['swept', 'sweep'],
      ['underwent', 'undergone', 'undergo'],
      ['forbade', 'forbid'],
    ]) {
      for (const other of same) expect(key(form!), `${form} / ${other}`).toBe(key(other!));
    }
  });

  it('leaves a form that is a word of its own, and a light verb’s forms, as they were', () => {
    // "the wound", "bound for the port", "ground forces": words in use, not "wind", "bind", "grind".
    expect(key('wound')).not.toBe(key('wind'));
    expect(key('bound')).not.toBe(key('bind'));
    expect(key('ground')).not.toBe(key('grind'));
    // "got killed", "have got": a verb of too many senses keeps its forms apart.
    expect(key('got')).not.toBe(key('get'));
  });

  it('lets a claim told in the past meet the same claim told in the present', () => {
    const texts = [
      'Government troops withdrew from the river crossing near the northern border town on Sunday.',
      'Government troops withdraw from the river crossing near the northern border town, a local official says.',
      'Bread prices rose in the capital over the week. The football league postponed two matches.',
    ];
    const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
    const prepared = prepareCase(articles, { entities: resolveEntities(articles) });
    const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
    // The verb is the claim's predicate: with it read as one word the two claims share it too.
    const terms = (article: number): string[] => contentTerms(prepared.claims[unit(article)]!.text, 'en').map((t) => t.stem);
    expect(terms(0)).toContain(key('withdraw'));
    expect(terms(1)).toContain(key('withdraw'));
    expect(prepared.score(unit(0), unit(1))).toBeGreaterThan(prepared.score(unit(0), unit(2)));
  });
});
