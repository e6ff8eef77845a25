import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

// Invented names: a longer office ending in a rank word ("Secretary General") is the office.
describe('an office that ends in a listed rank word', () => {
  const actors = findActors([
    buildArticle('a', 'Alliance Secretary General Tomas Berg said the plan failed. Berg spoke in Oslo.', 'en'),
    buildArticle('b', 'General Tomas Berg led the parade. Berg waved.', 'en'),
  ]);

  it('"Secretary General X" labels X with the office, not with the rank "General"', () => {
    const labels = labelsOf(actors, 'Tomas Berg');
    expect(labels.some((l) => /Secretary General/.test(l))).toBe(true);
  });

  it('the rank alone is still the rank', () => {
    const labels = labelsOf(actors, 'Tomas Berg');
    expect(labels).toContain('General');
  });
});
