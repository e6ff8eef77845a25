import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// An invented Latin name whose consonants ("tkdn") are those of a verb written together with the
// complementizer («يعتقد» + «أن», "it is believed that").
const arabicOf = (arabicWord: string): string[] => {
  const index = resolveEntities([
    buildArticle('en1', 'Officials of Tekdan met in the capital on Sunday. Tekdan rejected the offer of 40 million dollars.', 'en'),
    buildArticle('en2', 'Tekdan said the talks had failed.', 'en'),
    buildArticle('ar1', `رفضت ${arabicWord} العرض البالغ 40 مليون دولار يوم الأحد. و${arabicWord} المحادثات فشلت.`, 'ar'),
  ]);
  const tekdan = index.entities.find((e) => e.name === 'Tekdan' || e.aliases.includes('Tekdan'));
  return tekdan?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];
};

describe('resolveEntities: a verb run into a complementizer is no name', () => {
  it('matches a transliteration of the same consonants', () => {
    expect(arabicOf('تكدان')).toContain('تكدان');
  });

  it('leaves a verb with the complementizer glued on, though its skeleton is the name\'s', () => {
    expect(arabicOf('يعتقدأن')).toEqual([]);
  });
});
