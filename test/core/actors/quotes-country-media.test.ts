import { findActors } from '../../../src/core/actors/index.ts';
import { nounFormName } from '../../../src/core/entities/variants.ts';
import { markScareQuotes } from '../../../src/core/actors/labels.ts';
import type { LabelDraft } from '../../../src/core/actors/labels.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

// Invented stories (real country names only where the CLDR data must know them).
const actorNamed = (actors: Actor[], spelling: string): Actor | undefined => actors.find((a) => a.name === spelling || a.aliases?.includes(spelling));

describe('scare quotes around a label', () => {
  it('shows a quoted adjective with its quotes and a distancing stance', () => {
    const actors = findActors([
      buildArticle('a', "Lira Castan, leader of the 'moderate' Narova Union, spoke in the assembly.", 'en'),
      buildArticle('b', 'Lira Castan, leader of the moderate Narova Union, spoke in the assembly.', 'en'),
      buildArticle('c', 'Narova Union said it would vote against the budget.', 'en'),
    ]);
    const labels = actorNamed(actors, 'Narova Union')?.labels ?? [];
    const quoted = labels.find((l) => l.articleId === 'a' && /moderate/u.test(l.text));
    const plain = labels.find((l) => l.articleId === 'b' && /moderate/u.test(l.text));
    expect(quoted?.text).toBe("'moderate'");
    expect(quoted?.stance).toBe('negative');
    expect(plain?.text).toBe('moderate');
    expect(plain?.stance).toBe('positive');
  });

  it('marks a quoted word in Arabic, but not a word before a closing apostrophe', () => {
    const draftOf = (text: string, word: string): LabelDraft => {
      const start = text.indexOf(word);
      return { article: 0, text: word, start, end: start + word.length, stance: 'positive', origin: 'lexicon', form: 'adjective', key: word };
    };
    const arabic = 'قال زعيم الحزب «المعتدل» إن الحزب سيشارك.';
    const d = draftOf(arabic, 'المعتدل');
    markScareQuotes(arabic, d);
    expect([d.text, d.stance]).toEqual(['«المعتدل»', 'negative']);
    const english = "the moderates' party";
    const p = draftOf(english, 'moderates');
    markScareQuotes(english, p);
    expect([p.text, p.stance]).toEqual(['moderates', 'positive']);
  });

  it('leaves a source’s quoted statement alone', () => {
    const actors = findActors([
      buildArticle('a', 'Narova Union is a moderate party, "we are moderate and open to talks," its leader said.', 'en'),
      buildArticle('b', 'The moderate Narova Union said it would vote against the budget.', 'en'),
    ]);
    const labels = actorNamed(actors, 'Narova Union')?.labels ?? [];
    expect(labels.some((l) => l.text.includes('"'))).toBe(false);
  });
});

describe('a country and its adjective', () => {
  it('names the merged actor by the country, not the adjective', () => {
    const actors = findActors([
      buildArticle('a', 'The Bolivian minister met Bolivian unions while Bolivian police watched.', 'en'),
      buildArticle('b', 'Bolivia closed its border, and Bolivian officials said Bolivia would reopen it soon.', 'en'),
      buildArticle('c', 'Bolivian farmers marched to the capital.', 'en'),
    ]);
    expect(actors.some((a) => a.name === 'Bolivian')).toBe(false);
  });

  it('prefers the noun in either script when the group holds both', () => {
    expect(nounFormName({ name: 'Bolivian', others: ['Bolivia'] }).name).toBe('Bolivia');
    expect(nounFormName({ name: 'Bolivian', others: ['Bolivia'] }).others).toContain('Bolivian');
    expect(nounFormName({ name: 'البوليفي', others: ['بوليفيا'] }).name).toBe('بوليفيا');
    // Not a country: nothing changes.
    expect(nounFormName({ name: 'Velmari', others: ['Velmar'] }).name).toBe('Velmari');
  });
});

describe('generic media nouns', () => {
  it('is no actor for a bare "TV" ("state TV")', () => {
    const actors = findActors([
      buildArticle('a', 'Soldiers stood outside state TV on Monday. The army closed the building.', 'en'),
      buildArticle('b', 'Troops guarded state TV overnight, and later state TV went dark.', 'en'),
    ]);
    expect(actors.some((a) => a.name === 'TV')).toBe(false);
  });

  it('keeps a multiword name ending in a media noun', () => {
    const actors = findActors([
      buildArticle('a', 'On Monday the channel Kestrel TV reported the closure, and Kestrel TV showed the troops.', 'en'),
      buildArticle('b', 'Troops came to the building, Kestrel TV said.', 'en'),
    ]);
    expect(actorNamed(actors, 'Kestrel TV'), actors.map((a) => a.name).join('; ')).toBeDefined();
  });
});
