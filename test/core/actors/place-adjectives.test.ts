/**
 * "landlocked X": an adjective right before a country's name, no determiner, no place noun, is what the outlet
 * says the place is; a verb there ("visited X", "occupied X") or a word that only says where ("northern X") is
 * the sentence's. The adjectives are data (lang/en/adjectives.json, WordNet's adjectives that are no verb's
 * form). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('adjectives that are no verb', () => {
  it('lists "landlocked" and "sovereign", not a verb\'s form or a verb', () => {
    const { adjectiveWords } = actorData('en');
    expect(['landlocked', 'sovereign', 'impoverished', 'occupied', 'visited', 'open'].filter((w) => adjectiveWords.has(w))).toEqual(['landlocked', 'sovereign']);
  });
});

describe('an adjective before a country\'s name', () => {
  it('reads "landlocked X" and "sovereign X" as labels of the country', () => {
    const actors = findActors([
      buildArticle('x', 'The pact gives landlocked Bolivia access to a port. Chile rejected the pact on Monday.', 'en'),
      buildArticle('y', 'Chile said the pact breaks the borders of sovereign Bolivia. Bolivia signed it anyway.', 'en'),
    ]);
    expect(labelsOf(actors, 'Bolivia', 'x')).toEqual(['landlocked']);
    expect(labelsOf(actors, 'Bolivia', 'y')).toEqual(['sovereign']);
  });

  it('takes no verb and no word that only says where', () => {
    const actors = findActors([
      buildArticle('x', 'The minister visited Bolivia on Monday. Troops occupied Bolivia in the old war, Chile said.', 'en'),
      buildArticle('y', 'Floods hit northern Bolivia. Chile sent aid to Bolivia.', 'en'),
    ]);
    expect(labelsOf(actors, 'Bolivia', 'x')).toEqual([]);
    expect(labelsOf(actors, 'Bolivia', 'y')).toEqual([]);
  });
});
