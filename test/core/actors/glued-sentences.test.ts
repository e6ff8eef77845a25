import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { actorTokens } from '../../../src/core/actors/tokens.ts';
import { buildArticle } from '../align/build.ts';

// Invented sentences: a sentence glued onto a name where a page lost its line break ("VassThe").
describe('a sentence glued onto the word before it', () => {
  it('starts a sentence at the stopword: the name keeps its own words', () => {
    const tokens = actorTokens('Minister Karim VassThe country voted.', 'en', new Set());
    expect(tokens.map((t) => t.key)).toEqual(['minister', 'karim', 'vass', 'the', 'country', 'voted']);
    expect(tokens[3]!.sentenceStart).toBe(true);
    expect(tokens[2]!.end).toBe('Minister Karim Vass'.length);
  });

  it('leaves names written with an inner capital whole (no stopword after it)', () => {
    expect(actorTokens('Senator Ron DeLacey met McKellan officials.', 'en', new Set()).map((t) => t.key)).toEqual(['senator', 'ron', 'delacey', 'met', 'mckellan', 'officials']);
  });

  it('makes the glued name the same actor as the name written whole', () => {
    const actors = findActors([
      buildArticle('x', 'Foreign Minister Karim VassThe country\'s parliament met on Monday. Acting President Omar Dallek said the talks failed.', 'en'),
      buildArticle('y', 'Karim Vass, the foreign minister, said the talks failed. Dallek agreed. Vass flew home.', 'en'),
    ]);
    expect(actors.filter((a) => a.name.startsWith('Karim'))).toHaveLength(1);
    expect(actors.find((a) => a.name === 'Karim Vass')!.labels.map((l) => `${l.articleId}:${l.text}`)).toContain('x:Foreign Minister');
  });
});
