import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented stories: the Arabic article names, in its own words, what the English ones name.
const arabicMentionsOf = (index: ReturnType<typeof resolveEntities>, latinName: string, articleId: string): string[] => {
  const entity = index.entities.find((e) => e.name === latinName || e.aliases.includes(latinName));
  return entity ? entity.mentions.filter((m) => m.articleId === articleId).map((m) => m.text) : [];
};

describe('addCrossScriptAliases (through resolveEntities)', () => {
  it('joins an organisation whose Arabic name translates its English name word by word', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Free National Front rejected the budget on Monday. The Free National Front called for a vote.', 'en'),
      buildArticle('en2', 'Leaders of the Free National Front met in the capital.', 'en'),
      buildArticle('ar1', 'قالت الجبهة الوطنية الحرة إنها ترفض الميزانية، ودعت إلى تصويت.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Free National Front', 'ar1')).toContain('الجبهة الوطنية الحرة');
  });

  it('does not join an Arabic name that translates only part of the English one', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Free National Front rejected the budget on Monday. The Free National Front called for a vote.', 'en'),
      buildArticle('en2', 'Leaders of the Free National Front met in the capital.', 'en'),
      buildArticle('ar1', 'رفضت جبهة الإنقاذ الميزانية يوم الاثنين، ودعت الجبهة الوطنية إلى تصويت.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'National Salvation Front', 'ar1')).toEqual([]);
  });

  it('makes a country both scripts name one place, its Arabic adjective included', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Envoys met in Portugal on Monday. Portugal offered to host the next round.', 'en'),
      buildArticle('en2', 'The talks in Portugal ended without a deal.', 'en'),
      buildArticle('ar1', 'اجتمع المبعوثون في البرتغال يوم الاثنين، وعرضت الحكومة البرتغالية استضافة الجولة المقبلة.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Portugal', 'ar1')).toEqual(expect.arrayContaining(['البرتغال']));
  });

  it('joins a long one-word name spelled a letter apart in the other script', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Korvatz said the strike would go on. Korvatz spoke after the meeting.', 'en'),
      buildArticle('en2', 'The union leader Korvatz refused to comment.', 'en'),
      buildArticle('ar1', 'قال كورفاتس إن الإضراب سيستمر.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Korvatz', 'ar1')).toContain('كورفاتس');
  });
});
