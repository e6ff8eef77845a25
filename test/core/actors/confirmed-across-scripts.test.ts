/** A titled name of three words in a script without capitals is kept whole when another script of the case spells it alike (invented names). */
import { discoverActors } from '../../../src/core/actors/discover.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { actorTokens, vocabulary } from '../../../src/core/actors/tokens.ts';
import { wordTokens } from '../../../src/core/normalize/index.ts';
import type { LanguageCode } from '../../../src/core/types.ts';

function candidates(articles: { text: string; lang: LanguageCode }[]) {
  const words = articles.map((a) => wordTokens(a.text, a.lang));
  const known = vocabulary(words);
  const texts = articles.map((a, k) => ({ articleIndex: k, lang: a.lang, text: a.text, tokens: actorTokens(a.text, a.lang, known, words[k]!), data: actorData(a.lang) }));
  return discoverActors(texts);
}

describe('a full name another script of the case spells alike', () => {
  const arabic = { text: 'وأعلن رئيس البرلمان الفالماري وو رين سيك أن البرلمان صوت لإلغاء المرسوم.', lang: 'ar' as const };
  it('«وو رين سيك» after a title stays three words when an English outlet writes "Woo Rin Sek"', () => {
    const found = candidates([{ text: 'Lawmakers voted, with Assembly speaker Woo Rin Sek declaring the decree invalid. Mr Woo spoke later.', lang: 'en' }, arabic]);
    expect(found.some((c) => c.aliases.some((a) => a.join(' ') === 'وو رين سيك'))).toBe(true);
  });
  it('without that spelling elsewhere, one mention of a long name is not trusted beyond its first word', () => {
    const found = candidates([{ text: 'Lawmakers voted on Tuesday and the decree fell.', lang: 'en' }, arabic]);
    expect(found.some((c) => c.aliases.some((a) => a.join(' ') === 'وو رين سيك'))).toBe(false);
  });
});
