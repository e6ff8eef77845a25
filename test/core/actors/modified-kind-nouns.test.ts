import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

// Invented sentences: a noun for a kind of body with one word of what it oversees ("the fishing watchdog").
describe('a kind noun with a modifier', () => {
  const articles = (second: string) => [
    buildArticle('x', `The Supreme Fishing Council announced the quotas on Monday. ${second}`, 'en'),
    buildArticle('y', 'The Supreme Fishing Council said the quotas would stand. Council chairman Lars Holm said so.', 'en'),
  ];

  it('stands for the one body of its kind the case names («the fishing watchdog» → the Council)', () => {
    expect(labelsOf(findActors(articles('The fishing watchdog said catches fell by half.')), 'Supreme Fishing Council', 'x')).toContain('watchdog');
  });

  it('not after a capitalised word or a possessive ("the Council\'s watchdog" is something it has)', () => {
    expect(labelsOf(findActors(articles("The Council's watchdog said catches fell by half.")), 'Supreme Fishing Council', 'x')).not.toContain('watchdog');
  });
});
