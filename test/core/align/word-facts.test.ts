import { describe, expect, it } from 'vitest';
import { eventClassesOfWord, isAgentWord, isDeclaration, isLightVerb, isRelativeWord } from '../../../src/core/align/predicates.ts';
import { wordFactsOf } from '../../../src/core/align/word-facts.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

/** A key reader that counts how often each word is keyed (stop words by a small list of mine). */
function countingKeys(stops: readonly string[]): { keyOf: (norm: string) => string | null; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    keyOf: (norm) => {
      calls.set(norm, (calls.get(norm) ?? 0) + 1);
      return stops.includes(norm) ? null : norm;
    },
  };
}

describe('word facts (align/word-facts.ts): what a frame asks of a word, read once per word form', () => {
  it('answers as the predicate lookups do, word by word', () => {
    const { keyOf } = countingKeys(['the', 'where', 'after']);
    const facts = wordFactsOf('en', keyOf);
    for (const norm of ['demonstrators', 'where', 'the', 'declared', 'stormed', 'talks', 'after']) {
      const key = keyOf(norm);
      const got = facts(norm);
      expect(got.key).toBe(key);
      expect(got.light).toBe(isLightVerb('en', norm));
      if (key === null) {
        expect(got.relative).toBe(isRelativeWord('en', norm));
        expect(got.event.classes).toEqual([]);
      } else {
        expect(got.agent).toBe(isAgentWord('en', norm));
        expect(got.declaration).toBe(isDeclaration('en', norm, key));
        expect(got.event).toEqual(eventClassesOfWord('en', norm, key));
      }
    }
    expect(facts('where').relative).toBe(true);
    expect(facts('demonstrators').agent).toBe(true);
  });

  it('reads an Arabic light verb with a conjunction glued on it as its plain form', () => {
    const facts = wordFactsOf('ar', (norm) => norm);
    expect(facts(foldForMatch('وتم')).light).toBe(true);
    expect(facts(foldForMatch('تمام')).light).toBe(false);
  });

  it('keys each distinct word once per key reader; another reader keeps a table of its own', () => {
    const first = countingKeys([]);
    const facts = wordFactsOf('en', first.keyOf);
    const once = facts('stormed');
    expect(facts('stormed')).toBe(once);
    // A second reader made from the same key function shares the table.
    expect(wordFactsOf('en', first.keyOf)('stormed')).toBe(once);
    expect(first.calls.get('stormed')).toBe(1);
    // Another key function (another case's terms) may key the word otherwise: its own table.
    const other = wordFactsOf('en', () => null)('stormed');
    expect(other.key).toBeNull();
    expect(other).not.toBe(once);
  });
});
