import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('the kind of body an outlet says around its name', () => {
  it('reads "the X state news agency" after a name, and keeps a body named once so', () => {
    const actors = findActors([
      buildArticle('x', 'The count was quoted by the Brask state news agency on Sunday. Meanwhile, the KORVA news agency, close to the opposition, showed other figures.', 'en'),
      buildArticle('y', "Curfews were announced, according to Velmar's Tobrek news agency. The KORVA agency reported delays.", 'en'),
    ]);
    expect(labelsOf(actors, 'Brask', 'x')).toEqual(['state news agency']);
    expect(labelsOf(actors, 'KORVA', 'x')).toEqual(['news agency']);
    // Named once, by one word: an actor because the outlet says what it is.
    expect(labelsOf(actors, 'Tobrek', 'y')).toEqual(['news agency']);
  });

  it('takes no head noun alone, no group noun before the head, nothing after a possessive ("the X agency", "X government forces", "X\'s observer mission")', () => {
    const actors = findActors([
      buildArticle('x', "The Tobrek agency reported delays. The Velmar government forces attacked the town. The Council's observer mission praised the vote.", 'en'),
      buildArticle('y', 'Tobrek said the roads were closed. Velmar denied it.', 'en'),
    ]);
    const all = actors.flatMap((a) => a.labels.map((l) => l.text));
    expect(all).not.toContain('agency');
    expect(all).not.toContain('government forces');
    // After a name in the possessive the words name what it owns.
    expect(all).not.toContain('observer mission');
  });

  it('reads "the state-owned news outlet X" before a name (a hyphenated participle is an adjective)', () => {
    const actors = findActors([
      buildArticle('x', 'The bank let the pound float, the state-owned news outlet Al-Dunya reported.', 'en'),
      buildArticle('y', 'Al-Dunya said the pound fell. Air strikes targeting Al-Dunya continued.', 'en'),
    ]);
    expect(labelsOf(actors, 'Al-Dunya', 'x')).toEqual(['state-owned news outlet']);
    // A participle alone still governs the name.
    expect(labelsOf(actors, 'Al-Dunya', 'y')).toEqual([]);
  });
});
