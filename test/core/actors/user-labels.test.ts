import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

// Invented names. Issue 10 (3): a label the user adds must show, and must not cost a label already found.
const articles = [
  buildArticle('a', 'Rogue general Karim Zahran met envoys. The coup general then left the capital. Zahran said little.', 'en'),
  buildArticle('b', 'Field Marshal Karim Zahran met envoys. Zahran said the talks went well.', 'en'),
];
const zahran = (actors: Actor[]): Actor => actors.find((a) => a.name === 'Karim Zahran')!;
const summary = (actor: Actor): string[] => actor.labels.map((l) => `${l.articleId}:${l.text}:${l.origin}`);

describe('labels the user adds', () => {
  const before = zahran(findActors(articles));

  it('attaches every occurrence, epithets used instead of the name included, to the chosen actor', () => {
    const after = zahran(findActors(articles, { extraLabels: [{ forms: ['coup general'], stance: 'negative', language: 'en', actors: ['Karim Zahran'] }] }));
    expect(summary(after)).toContain('a:coup general:user');
    expect(after.labels.find((l) => l.origin === 'user')).toMatchObject({ stance: 'negative', key: 'coup general' });
  });

  it('keeps every label found before (a user phrase overlapping lexicon words does not hide them)', () => {
    const after = zahran(findActors(articles, { extraLabels: [{ forms: ['rogue general', 'field marshal'], stance: 'negative', language: 'en' }] }));
    const spans = (actor: Actor): string[] => actor.labels.map((l) => `${l.articleId}:${l.start}-${l.end}`);
    for (const span of spans(before)) expect(spans(after)).toContain(span);
    // On the very words of a lexicon label, the user's entry replaces it (the user's stance wins);
    // "The coup general" standing for him is an epithet of the lexicon's own.
    expect(summary(after)).toEqual(['a:Rogue general:user', 'a:Rogue:lexicon', 'a:general:lexicon', 'a:coup general:lexicon', 'b:Field Marshal:user']);
  });

  it('gives a label without a chosen actor to the nearest actor of its sentence, and none across sentences', () => {
    const after = zahran(findActors(articles, { extraLabels: [{ forms: ['envoys'], stance: 'neutral', language: 'en' }] }));
    expect(summary(after).filter((s) => s.endsWith(':user'))).toEqual(['a:envoys:user', 'b:envoys:user']);
    const none = findActors(articles, { extraLabels: [{ forms: ['the capital'], stance: 'neutral', language: 'en' }] });
    expect(none.flatMap((a) => a.labels).filter((l) => l.origin === 'user')).toEqual([]);
  });

  it('leaves actors and names as they were', () => {
    const after = findActors(articles, { extraLabels: [{ forms: ['Karim'], stance: 'negative', language: 'en' }] });
    expect(after.map((a) => [a.name, a.aliases])).toEqual(findActors(articles).map((a) => [a.name, a.aliases]));
  });
});
