/**
 * An irregular past after "X," is the finite verb of a clause, as an "-ed" one is: "According to X, the strike
 * hit a car …" gives X no apposition. The pasts are data (lang/en/inflections.json `pasts`, built from WordNet
 * and the conjugator). Invented names; sentences written for these tests.
 */
import { findActors } from '../../../src/core/actors/index.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { lexiconFor, pastForm } from '../../../src/core/attribute/lexicon.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('irregular pasts are past-shaped', () => {
  it('knows "struck", "hit", "took" as pasts, not "strike" or a noun', () => {
    const { isPastShaped } = actorData('en');
    expect(['struck', 'hit', 'took', 'shot', 'fought'].filter(isPastShaped)).toEqual(['struck', 'hit', 'took', 'shot', 'fought']);
    expect(['strike', 'group', 'leader', 'capital'].filter(isPastShaped)).toEqual([]);
  });

  it('is one list with attribution: pasts and participles, not the nouns the spelling list maps to a verb', () => {
    const { isPastShaped } = actorData('en');
    const lex = lexiconFor('en')!;
    const words = ['hit', 'taken', 'told', 'men', 'dead'];
    expect(words.filter(isPastShaped)).toEqual(['hit', 'taken', 'told']);
    expect(words.filter((w) => pastForm(lex, w))).toEqual(['hit', 'taken', 'told']);
  });
});

describe('"According to X, <subject> <irregular past> <object>" is a clause', () => {
  it('gives X no label from the clause; a participle phrase after "X," stays its apposition', () => {
    const actors = findActors([
      buildArticle('a', 'According to Radio Tarvel, the missile struck a convoy near the border. Radio Tarvel, a station owned by the state, gave no figures.', 'en'),
      buildArticle('b', 'According to Radio Tarvel, the drone hit the depot before dawn. Officials in Morvia said the depot was empty.', 'en'),
      buildArticle('c', 'Radio Tarvel, a station known across the north, gave the same account.', 'en'),
    ]);
    const labels = labelsOf(actors, 'Radio Tarvel');
    expect(labels.some((l) => /struck|hit|missile|drone/u.test(l))).toBe(false);
    expect(labels.some((l) => l.includes('a station owned by the state'))).toBe(true);
    expect(labels.some((l) => l.includes('a station known across the north'))).toBe(true);
  });
});
