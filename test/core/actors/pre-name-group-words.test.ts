import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';


describe('plain words a definite determiner opens before a group\'s name', () => {
  const actors = findActors([
    buildArticle('a', 'Ana Moll, leader of the liberal Kestrel Party, said the vote was rigged. Ivo Sand, head of the now defeated Harrow Alliance, agreed. The air strikes targeting Harrow Alliance bases failed.', 'en'),
    buildArticle('b', 'The Kestrel Party said it would appeal. The Harrow Alliance won seats, and Ana Moll and Ivo Sand spoke.', 'en'),
  ]);

  it('are what one outlet calls the group, kept though no other outlet repeats them', () => {
    expect(labelsOf(actors, 'Kestrel Party')).toContain('liberal');
    expect(labelsOf(actors, 'Harrow Alliance')).toContain('now defeated');
  });

  it('are no participle governing the name', () => {
    expect(labelsOf(actors, 'Harrow Alliance').join(' | ')).not.toContain('targeting');
  });
});

describe('a group called by the noun its outlet writes before its name', () => {
  it('gives "the left-leaning opposition" to the party the article writes "the liberal opposition X Party"', () => {
    const actors = findActors([
      buildArticle('a', 'The leader accused the left-leaning opposition of treason. He faces a parliament run by the liberal opposition Kestrel Party. The opposition said no.', 'en'),
      buildArticle('b', 'The Kestrel Party said it would appeal.', 'en'),
    ]);
    const labels = labelsOf(actors, 'Kestrel Party');
    expect(labels).toContain('left-leaning opposition');
    expect(labels).not.toContain('opposition');
  });

  it('gives it to no one where two groups of the article follow that noun', () => {
    const actors = findActors([
      buildArticle('a', 'The leader accused the left-leaning opposition of treason. The main opposition Kestrel Party and the small opposition Harrow Party walked out.', 'en'),
      buildArticle('b', 'The Kestrel Party and the Harrow Party said they would appeal.', 'en'),
    ]);
    expect(actors.flatMap((a) => a.labels.map((l) => l.text))).not.toContain('left-leaning opposition');
  });
});

describe('a group called by a word another outlet writes before its name', () => {
  it('gives "the paramilitary group" to the one group the case writes "paramilitary" before', () => {
    const actors = findActors([
      buildArticle('a', "Velmar's paramilitary Northern Liberation Front (NLF) said on Monday it had seized Barsk.", 'en'),
      buildArticle('b', 'The NLF capture, if confirmed, would leave the paramilitary group in control of the valley. The Northern Liberation Front denied it.', 'en'),
    ]);
    expect(labelsOf(actors, 'Northern Liberation Front', 'b')).toContain('paramilitary group');
  });

  it('gives it to no one where the case writes the word before two groups', () => {
    const actors = findActors([
      buildArticle('a', "Velmar's paramilitary Northern Liberation Front said it had seized Barsk. The paramilitary Harrow Brigade fled.", 'en'),
      buildArticle('b', 'The capture would leave the paramilitary group in control of the valley. The Northern Liberation Front and the Harrow Brigade denied it.', 'en'),
    ]);
    expect(actors.flatMap((a) => a.labels.map((l) => l.text))).not.toContain('paramilitary group');
  });
});
