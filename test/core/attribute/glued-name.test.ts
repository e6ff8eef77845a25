/**
 * The one check for a word opening with a particle's letter (ب, و): the particle on a word, or a name.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { gluedReading } from '../../../src/core/attribute/glued-name.ts';
import { lexiconFor } from '../../../src/core/attribute/lexicon.ts';
import { findQuotes } from '../../../src/core/attribute/quotes.ts';
import { SentenceView } from '../../../src/core/attribute/view.ts';
import { foldForMatch, wordTokens } from '../../../src/core/normalize/index.ts';

const lex = lexiconFor('ar')!;
const view = (text: string) => new SentenceView(text, { index: 0, paragraph: 0, start: 0, end: text.length, text }, wordTokens(text, 'ar'), findQuotes(text));
const rest = (word: string) => foldForMatch(word).slice(1);

describe('gluedReading', () => {
  it('by the lexicon: the article, a known noun or a short rest after the letter is the particle', () => {
    expect(gluedReading(lex, rest('والمتحدث'))).toBe('particle');
    expect(gluedReading(lex, rest('ومسؤول'))).toBe('particle');
    expect(gluedReading(lex, rest('وهو'))).toBe('particle');
  });

  it('a rest no word of the language spells is unknown ("وليام")', () => {
    expect(gluedReading(lex, rest('وليام'))).toBe('unknown');
  });

  it('by the text: the given name and the word written together elsewhere make a name, before any lexicon reading', () => {
    const first = 'وقال الوزير كريم بالعيد إن الطريق سيفتح.';
    const text = `${first} وأكد كريم بالعيد ذلك.`;
    // The first sentence of a text that writes the name again in the next one.
    const v = new SentenceView(text, { index: 0, paragraph: 0, start: 0, end: first.length, text: first }, wordTokens(first, 'ar'), findQuotes(first));
    const k = v.norms.indexOf(foldForMatch('بالعيد'));
    expect(gluedReading(lex, v.norms[k]!.slice(1), { view: v, k })).toBe('name');
    const once = view('وقال الوزير كريم بالعيد إن الطريق سيفتح.');
    const j = once.norms.indexOf(foldForMatch('بالعيد'));
    expect(gluedReading(lex, once.norms[j]!.slice(1), { view: once, k: j })).toBe('particle');
  });
});
